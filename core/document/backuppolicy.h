// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/planbackups.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Jfp {

class Database;

/**
 * When an open plan is backed up (README, "Backups"): before the first change after it is
 * opened, and again before a change once the newest backup is more than a day old. A backup
 * that fails never stops the change: it is reported once, and tried again a day later.
 *
 * The copy for the first change is written in the background as soon as the plan is opened
 * (prepare()), so that editing never waits for it unless the first change comes before it is
 * complete; it becomes a backup only when that change comes, and is removed if none does.
 */
class BackupPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    enum class Result { NotDue, Taken, Failed };

    /** `clock` gives the time now (UTC); the system clock when empty. */
    explicit BackupPolicy(PlanBackups backups, Clock clock = {});
    /** Stops a copy still being written and removes it. */
    ~BackupPolicy();
    BackupPolicy(const BackupPolicy &) = delete;
    BackupPolicy &operator=(const BackupPolicy &) = delete;

    /** Starts writing the copy for the first change (the plan file as it is now). */
    void prepare();
    /** Waits until the copy prepare() started is written; false if it failed. */
    bool waitForPrepared();

    /** Called before every change to `db` (the plan these backups are of). */
    Result beforeChange(Database &db, QString *error);

    const PlanBackups &backups() const { return m_backups; }

    static constexpr qint64 dailySeconds = 24 * 60 * 60;

private:
    struct Prepared;

    QDateTime now() const;
    /** Makes the prepared copy the backup; falls back on a copy of `db` if it failed. */
    Result usePrepared(Database &db, QString *error);

    PlanBackups m_backups;
    Clock m_clock;
    bool m_triedSinceOpen = false;
    QDateTime m_last; // the newest backup, or the last failed try
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace Jfp
