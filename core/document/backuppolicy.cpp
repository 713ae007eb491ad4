// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "backuppolicy.h"

#include "storage/database.h"

#include <QThread>

#include <utility>

namespace Jfp {

/** The copy for the first change, being written on a thread of its own. */
struct BackupPolicy::Prepared
{
    QDateTime at; // when it was started: the time the backup is named by
    QString path;
    std::atomic_bool stop = false;
    bool copied = false; // written by the thread, read after it has finished
    QString error;
    std::unique_ptr<QThread> thread;
};

BackupPolicy::BackupPolicy(PlanBackups backups, Clock clock)
    : m_backups(std::move(backups))
    , m_clock(std::move(clock))
{}

BackupPolicy::~BackupPolicy()
{
    if (!m_prepared)
        return;
    m_prepared->stop = true;
    if (m_prepared->thread)
        m_prepared->thread->wait();
    if (!m_prepared->path.isEmpty())
        PlanBackups::discard(m_prepared->path);
}

void BackupPolicy::prepare()
{
    if (m_prepared || m_triedSinceOpen)
        return;
    auto prepared = std::make_unique<Prepared>();
    prepared->at = now();
    prepared->path = m_backups.newPartialPath(&prepared->error);
    if (!prepared->path.isEmpty()) {
        Prepared *p = prepared.get();
        const QString plan = m_backups.planPath();
        p->thread.reset(QThread::create([p, plan] {
            p->copied = PlanBackups::copyPlanFile(plan, p->path, &p->stop, &p->error);
        }));
        p->thread->start(QThread::LowPriority);
    }
    m_prepared = std::move(prepared);
}

bool BackupPolicy::waitForPrepared()
{
    if (!m_prepared)
        return false;
    if (m_prepared->thread)
        m_prepared->thread->wait();
    return m_prepared->copied;
}

BackupPolicy::Result BackupPolicy::usePrepared(Database &db, QString *error)
{
    const std::unique_ptr<Prepared> prepared = std::move(m_prepared);
    if (prepared->thread)
        prepared->thread->wait();
    m_triedSinceOpen = true;
    m_last = prepared->at;
    if (prepared->copied && !m_backups.keep(prepared->path, prepared->at, error).isEmpty())
        return Result::Taken;
    // The background copy failed (the folder cannot be written, or the file was busy):
    // try once more on the plan's own connection before giving up.
    if (!prepared->path.isEmpty())
        PlanBackups::discard(prepared->path);
    m_last = now();
    return m_backups.take(db, error, m_last).isEmpty() ? Result::Failed : Result::Taken;
}

QDateTime BackupPolicy::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

BackupPolicy::Result BackupPolicy::beforeChange(Database &db, QString *error)
{
    if (m_prepared)
        return usePrepared(db, error);
    const QDateTime at = now();
    if (m_triedSinceOpen && m_last.isValid() && m_last.secsTo(at) <= dailySeconds)
        return Result::NotDue;
    m_triedSinceOpen = true;
    m_last = at;
    return m_backups.take(db, error, at).isEmpty() ? Result::Failed : Result::Taken;
}

} // namespace Jfp
