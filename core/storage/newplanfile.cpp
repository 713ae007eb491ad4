// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "newplanfile.h"

#include "coretr.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Jfp::NewPlanFile {

bool create(const QString &path, const Fill &fill, QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error) {
            *error = Tr::tr("'%1' already exists. Choose another name, or delete the file first.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    bool ok = false;
    {
        auto db = Database::create(partial, error);
        ok = db && fill(*db, error);
    } // closing the last connection checkpoints the WAL into the file
    if (ok && !QFile::rename(partial, path)) {
        if (error)
            *error = Tr::tr("Could not move the new plan into place at '%1'.")
                         .arg(QDir::toNativeSeparators(path));
        ok = false;
    }
    if (!ok) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
    }
    return ok;
}

} // namespace Jfp::NewPlanFile
