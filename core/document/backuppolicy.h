// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/planbackups.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Jfp {

class Database;

/**
 * When an open plan is backed up (README, "Backups"): before the first change after it is
 * opened, and again before a change once the newest backup is more than a day old. A backup
 * that fails never stops the change: it is reported once, and tried again a day later.
 */
class BackupPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    enum class Result { NotDue, Taken, Failed };

    /** `clock` gives the time now (UTC); the system clock when empty. */
    explicit BackupPolicy(PlanBackups backups, Clock clock = {});

    /** Called before every change to `db` (the plan these backups are of). */
    Result beforeChange(Database &db, QString *error);

    const PlanBackups &backups() const { return m_backups; }

    static constexpr qint64 dailySeconds = 24 * 60 * 60;

private:
    QDateTime now() const;

    PlanBackups m_backups;
    Clock m_clock;
    bool m_triedSinceOpen = false;
    QDateTime m_last; // the newest backup, or the last failed try
};

} // namespace Jfp
