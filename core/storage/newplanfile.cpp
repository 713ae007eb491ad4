// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "newplanfile.h"

#include "coretr.h"
#include "database.h"
#include "writeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Jfp::NewPlanFile {

namespace {

/**
 * Copies every page in the write-ahead log into the plan and empties the log. Closing the
 * connection would do it too, but would say nothing if it failed (on a full disk), leaving a
 * truncated plan whose rest is still in `-wal`.
 */
bool checkpoint(Database &db, QString *error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    // One row: busy (0 when the checkpoint ran to the end), log pages, pages checkpointed.
    if (query.next() && query.value(0).toInt() != 0) {
        if (error)
            *error = Tr::tr("the new plan could not be copied out of its log");
        return false;
    }
    return true;
}

} // namespace

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
    const QString wal = partial + QStringLiteral("-wal");
    const QString shm = partial + QStringLiteral("-shm");
    const auto removePartial = [&] {
        QFile::remove(partial);
        QFile::remove(wal);
        QFile::remove(shm);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    removePartial();
    const QFileInfo folder(QFileInfo(path).absolutePath());
    // In a folder that exists and may be written to, a failure is a write that failed: most
    // likely a full disk.
    const bool writable = folder.isDir() && folder.isWritable()
                          && QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
    QString reason;
    bool ok = false;
    {
        auto db = Database::create(partial, &reason);
        if (!db && writable)
            reason.clear(); // it speaks of a damaged `.partial`, not of what went wrong
        ok = db && fill(*db, &reason) && checkpoint(*db, &reason);
    } // the last connection closes: the emptied log and its index are removed
    if (ok && QFileInfo(wal).size() > 0) {
        reason = Tr::tr("the new plan could not be copied out of its log");
        ok = false;
    }
    if (ok && !QFile::rename(partial, path)) {
        reason = Tr::tr("Could not move the new plan into place at '%1'.")
                     .arg(QDir::toNativeSeparators(path));
        ok = false;
    }
    if (!ok) {
        removePartial();
        if (error) {
            *error = Tr::tr("'%1' could not be written: %2")
                         .arg(QDir::toNativeSeparators(path),
                              writable ? WriteError::reason(reason) : reason);
        }
    }
    return ok;
}

} // namespace Jfp::NewPlanFile
