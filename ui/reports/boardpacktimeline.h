// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "boardpacktables.h"
#include "domain/milestoneschedule.h"
#include "reporting/timelinescale.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

/**
 * The milestone timeline of the board pack's milestones section: one row per open milestone,
 * by due date, its title on the left and its dates on a time axis of financial years and
 * quarters, with a line for today. The baseline date is a hollow marker and the forecast date
 * a filled one, the slip between them a hatched bar (the shapes of the window's timeline,
 * MilestoneGlyphs); overdue and slipped milestones say so in words beside a shape, as the
 * table does (▲ Overdue, ◆ Slipped).
 */
namespace Jfp::BoardPack {

/** At most this many rows; the others are in the table. */
inline constexpr int timelineMaxRows = 30;

struct TimelineRow
{
    QString title;
    QDate baseline;
    QDate forecast;
    MilestoneSchedule::DateState state = MilestoneSchedule::DateState::OnTime;
};

struct Timeline
{
    QList<TimelineRow> rows; // the open milestones by due date, at most the cap
    int more = 0;            // open milestones left out (they are in the table)
    QDate today;
    QDate first; // the dates the axis spans: every row's and today
    QDate last;
    int slipToleranceDays = 14; // the plan's: a forecast later than this after baseline slipped
};

/** The open milestones in the pack's scope, by due date as in the table, the first `maxRows`. */
Timeline milestoneTimeline(const PlanSnapshot &plan,
                           const BoardPackRequest &request,
                           int maxRows = timelineMaxRows);

/** Where rows of the timeline go: the axis above them, the titles left, the words right. */
struct TimelineFrame
{
    QRectF area; // from the axis's top to the last row's bottom, the whole width
    QRectF plot; // the dates' part of the rows
    TimelineScale scale;
    double titleWidth = 0;
    int rows = 0;
    double rowTop(int row) const;
    double rowCentre(int row) const;
};

inline constexpr double timelineRowHeight = 17;
inline constexpr double timelineAxisHeight = 42;

/** The frame of `rows` rows whose axis starts at `top`, `width` wide from `left`. */
TimelineFrame
timelineFrame(const Timeline &timeline, double left, double top, double width, int rows);
/** The title as the row shows it: elided to the titles' column. */
QString timelineTitle(const QString &title, double titleWidth);
/** Draws the axis and the frame's rows of `timeline`, from its row `first`. */
void paintTimeline(QPainter &painter,
                   const TimelineFrame &frame,
                   const Timeline &timeline,
                   int first);
/** The legend of the markers from `y`, wrapped to the width; only measured when `painter` is
 *  null. Returns the y below it. */
double paintTimelineLegend(QPainter *painter, const Timeline &timeline, double y);

/**
 * The timeline's heading, legend and rows from `y` on the current page (or a new one when too
 * little of it is left), going on over new pages, the axis on each, as its rows need.
 */
bool flowTimeline(Pages &pages, const Timeline &timeline, double y);

} // namespace Jfp::BoardPack
