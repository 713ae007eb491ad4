// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace Jfp {

class Database;

/** One backup of a plan: its file, when it was taken (UTC) and its size. */
struct PlanBackup
{
    QString path;
    QDateTime time;
    qint64 bytes = 0;
};

/**
 * The backups of one plan file, kept in the user's data folder:
 * `<data folder>/backups/<plan base name>-<short hash of the plan's full path>/`, each a
 * consistent copy named `<plan base name>-<UTC date and time>.jfp`, the last `kept` of them.
 *
 * A backup is written to a temporary name and takes its own only when complete, so a failed
 * backup leaves nothing. A backup is checked (opened read-only, as any plan is, plus SQLite's
 * integrity and foreign-key checks) before it replaces anything, and restore() keeps the plan
 * it replaces as a backup first, so that a restore can itself be undone.
 */
class PlanBackups
{
public:
    static constexpr int kept = 10;

    /**
     * `<JFP Planner's data folder>/backups`: the window's application data folder, which the
     * command line (another application name) shares. Under QStandardPaths' test mode it is
     * in the test folder.
     */
    static QString defaultRoot();

    explicit PlanBackups(const QString &planPath, const QString &root = defaultRoot());

    QString planPath() const { return m_planPath; }
    /** The folder holding this plan's backups (it may not exist yet). */
    QString folder() const { return m_folder; }

    /** The backups, newest first. */
    QList<PlanBackup> list() const;
    /** When the newest backup was taken; invalid when there is none. */
    QDateTime lastBackupTime() const;

    /**
     * Writes a consistent copy of `db` (this plan, open) as a new backup taken at `now`, then
     * keeps only the newest `kept`. Returns the backup's path, or empty with `error`.
     */
    QString take(Database &db, QString *error, const QDateTime &now = {});
    /** Removes all but the newest `keep` backups, and copies left half-written a day ago. */
    void prune(int keep = kept);

    /**
     * A new name in the backup folder (made if need be) for a copy being written, which
     * list() does not show; empty with `error` when the folder cannot be made.
     */
    QString newPartialPath(QString *error) const;
    /**
     * Writes a consistent copy of the plan file `planFile` to `target` on a connection of its
     * own that only reads, on the calling thread: the copy a document writes in the background
     * when it opens (BackupPolicy). Stops early, returning false, once `*stop` is true.
     */
    static bool copyPlanFile(const QString &planFile,
                             const QString &target,
                             const std::atomic_bool *stop,
                             QString *error);
    /**
     * Makes `partial` (a complete copy from newPartialPath()) the backup taken at `time`,
     * then keeps only the newest `kept`. Returns its path, or empty with `error` (and
     * `partial` removed).
     */
    QString keep(const QString &partial, const QDateTime &time, QString *error);
    /** Removes a copy being written, with any SQLite files beside it. */
    static void discard(const QString &partial);

    /** Empty when `backupPath` is a sound plan; otherwise why not, naming the file. */
    static QString check(const QString &backupPath);

    /**
     * Replaces the plan with `backupPath`, which is checked first. Refuses when the plan is in
     * use by another program (or this one: close it first). The plan as it was is kept as a
     * backup (its path in `keptAs`, empty when there was no plan). On any failure the plan is
     * exactly as it was, and `error` says why and what to do.
     */
    bool restore(const QString &backupPath, QString *error, QString *keptAs = nullptr);

private:
    QString newBackupPath(const QDateTime &time) const;
    /** Keeps the current plan file as a backup: a consistent copy, or its bytes if unsound. */
    bool keepCurrent(const QString &planFile, QString *keptAs, QString *error);

    QString m_planPath;
    QString m_baseName;
    QString m_folder;
};

} // namespace Jfp
