// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "backuppolicy.h"

#include "storage/database.h"

#include <utility>

namespace Jfp {

BackupPolicy::BackupPolicy(PlanBackups backups, Clock clock)
    : m_backups(std::move(backups))
    , m_clock(std::move(clock))
{}

QDateTime BackupPolicy::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

BackupPolicy::Result BackupPolicy::beforeChange(Database &db, QString *error)
{
    const QDateTime at = now();
    if (m_triedSinceOpen && m_last.isValid() && m_last.secsTo(at) <= dailySeconds)
        return Result::NotDue;
    m_triedSinceOpen = true;
    m_last = at;
    return m_backups.take(db, error, at).isEmpty() ? Result::Failed : Result::Taken;
}

} // namespace Jfp
