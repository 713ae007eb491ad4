// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/domainenums.h"

#include <QBrush>
#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

/**
 * The shapes of the milestones view, shared by the table, the timeline and its legend. Each
 * status and each kind of date has its own shape as well as its colour, so nothing is said by
 * colour alone:
 * - status: not started ○, on track ●, at risk ▲, off track ■, complete ◆, cancelled ✕;
 * - timeline: baseline date ▽ (hollow), forecast date ● (solid, the one to drag), completion ◆,
 *   slip from baseline to forecast as a hatched bar, overdue as a warning sign and words.
 */
namespace Jfp::MilestoneGlyphs {

enum class Marker { Baseline, Forecast, Completed };

QColor statusColour(MilestoneStatus status);
/** The status shape, centred in `box`. */
void paintStatus(QPainter &painter, const QRectF &box, MilestoneStatus status);
/** A timeline marker of `size` pixels centred on `centre`; `muted` greys it (cancelled). */
void paintMarker(
    QPainter &painter, const QPointF &centre, qreal size, Marker marker, bool muted = false);
/** A warning triangle with "!", for overdue milestones. */
void paintWarning(QPainter &painter, const QRectF &box);
/** The hatched brush of a slip bar (forecast later than baseline). */
QBrush slipBrush();
QColor todayColour();
QColor overdueColour();
/** Days outside the plan horizon. */
QBrush outsideHorizonBrush();

} // namespace Jfp::MilestoneGlyphs
