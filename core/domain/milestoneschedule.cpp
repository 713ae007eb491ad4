// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestoneschedule.h"

#include "coretr.h"

namespace Jfp::MilestoneSchedule {

QDate dueDate(const Milestone &milestone)
{
    return milestone.forecastDate.isValid() ? milestone.forecastDate : milestone.baselineDate;
}

bool isClosed(MilestoneStatus status)
{
    return status == MilestoneStatus::Complete || status == MilestoneStatus::Cancelled;
}

int daysOverdue(const Milestone &milestone, const QDate &today)
{
    const QDate due = dueDate(milestone);
    if (isClosed(milestone.status) || !due.isValid() || !today.isValid() || due >= today)
        return 0;
    return int(due.daysTo(today));
}

QString dueText(const Milestone &milestone, const QDate &today)
{
    if (milestone.status == MilestoneStatus::Complete)
        return Tr::tr("Completed");
    if (milestone.status == MilestoneStatus::Cancelled)
        return Tr::tr("Cancelled");
    const QDate due = dueDate(milestone);
    if (!due.isValid() || !today.isValid())
        return Tr::tr("No date");
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return Tr::tr("Overdue by %n day(s)", "", int(-days));
    if (days == 0)
        return Tr::tr("Due today");
    return Tr::tr("Due in %n day(s)", "", int(days));
}

DateState dateState(const Milestone &milestone, const QDate &today, int toleranceDays)
{
    if (isClosed(milestone.status))
        return DateState::OnTime;
    if (daysOverdue(milestone, today) > 0)
        return DateState::Overdue;
    if (milestone.baselineDate.isValid() && milestone.forecastDate.isValid()
        && milestone.baselineDate.daysTo(milestone.forecastDate) > toleranceDays)
        return DateState::Slipped;
    return DateState::OnTime;
}

MilestoneStatus shownStatus(const Milestone &milestone, const QDate &today, int toleranceDays)
{
    switch (dateState(milestone, today, toleranceDays)) {
    case DateState::Overdue:
        return MilestoneStatus::OffTrack;
    case DateState::Slipped:
        // At risk or off track, set by the user, already says as much or more.
        if (milestone.status == MilestoneStatus::NotStarted
            || milestone.status == MilestoneStatus::OnTrack)
            return MilestoneStatus::AtRisk;
        return milestone.status;
    case DateState::OnTime:
        break;
    }
    return milestone.status;
}

QString statusText(const Milestone &milestone, const QDate &today, int toleranceDays)
{
    const DateState state = dateState(milestone, today, toleranceDays);
    if (state == DateState::Overdue)
        return Tr::tr("Overdue");
    if (state == DateState::Slipped
        && shownStatus(milestone, today, toleranceDays) != milestone.status)
        return Tr::tr("Slipped");
    return Enums::label(milestone.status);
}

QDate addMonths(const QDate &date, int months)
{
    const QDate moved = date.addMonths(months);
    if (!date.isValid() || date.day() != date.daysInMonth())
        return moved;
    return QDate(moved.year(), moved.month(), moved.daysInMonth());
}

} // namespace Jfp::MilestoneSchedule
