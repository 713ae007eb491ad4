// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/database.h"
#include "storage/planreader.h"

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

} // namespace Jfp::TestPlan
