// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "plan.h"

#include <QDate>
#include <QString>

/**
 * When a milestone is due and whether it is overdue, in one place for the milestones table,
 * its filters and the timeline. A milestone is due on its forecast date, or on its baseline
 * date when it has no forecast; it is overdue when that day has passed and it is neither
 * complete nor cancelled. Its status is shown from the dates where they say worse than the
 * status set (statusText).
 */
namespace Jfp::MilestoneSchedule {

/** The forecast date, else the baseline date; invalid when it has neither. */
QDate dueDate(const Milestone &milestone);
/** Complete or cancelled: nothing is due any more. */
bool isClosed(MilestoneStatus status);
/** Days from the due date to `today` when the milestone is overdue, else 0. */
int daysOverdue(const Milestone &milestone, const QDate &today);
/**
 * The schedule in words: "Overdue by 12 days", "Due today", "Due in 3 days", "Completed",
 * "Cancelled" or "No date".
 */
QString dueText(const Milestone &milestone, const QDate &today);

/** Where the dates put a milestone that is neither complete nor cancelled. */
enum class DateState { OnTime, Slipped, Overdue };
/**
 * Overdue when its due date has passed; else slipped when its forecast is more than
 * `toleranceDays` after its baseline (the plan's PlanInfo::milestoneSlipToleranceDays: a
 * forecast that many days late is still on time); else on time. Complete or cancelled: on
 * time.
 */
DateState dateState(const Milestone &milestone, const QDate &today, int toleranceDays);
/**
 * The status the milestone is shown with, from its status as set and its dates: complete and
 * cancelled as set; "Overdue" once its due date has passed; "Slipped" when its forecast has
 * slipped past `toleranceDays`, unless the user set a status later than that (At risk, Off
 * track); else as set. The status as set stays in the plan and in the tooltip.
 */
QString statusText(const Milestone &milestone, const QDate &today, int toleranceDays);
/** The status whose shape and colour stand for statusText: At risk for slipped, Off track
 *  for overdue. */
MilestoneStatus shownStatus(const Milestone &milestone, const QDate &today, int toleranceDays);
/**
 * `date` moved by whole months, as the timeline's Ctrl+Shift+Left/Right moves a forecast: the
 * last day of a month stays the last day (31 Jan, 28 Feb, 31 Mar, 30 Apr), so that steps one
 * at a time never drift; any other day is kept, or the month's last day when it is shorter.
 */
QDate addMonths(const QDate &date, int months);

} // namespace Jfp::MilestoneSchedule
