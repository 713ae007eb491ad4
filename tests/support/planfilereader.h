// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtGlobal>

namespace Jfp::TestPlan {

/** The plan as it is in the file `path` now, read through its own connection; fatal if not. */
inline PlanSnapshot read(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    const auto plan = PlanReader::read(*db, &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    return *plan;
}

/** The SHA-256 of the file's bytes (empty when it cannot be read): to see it unchanged. */
inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Renames the plan in the file `path` through its own connection; fatal if it cannot. */
inline void rename(const QString &path, const QString &name)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    PlanInfo info = read(path).info;
    info.name = name;
    Transaction transaction(*db);
    if (!PlanWriter(*db).setPlanInfo(info, &error) || !transaction.commit(&error))
        qFatal("%s", qPrintable(error));
}

} // namespace Jfp::TestPlan
