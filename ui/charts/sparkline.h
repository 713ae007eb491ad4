// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QList>

class QColor;
class QPainter;
class QRectF;

namespace Jfp::Sparkline {

/**
 * Values (oldest first) as a small line filling `rect`, lowest at the bottom and highest at
 * the top, the latest marked with a dot: the trend at a glance, in the Indicators table and
 * the board pack's dashboard. Fewer than two values draw nothing.
 */
void paint(QPainter &painter,
           const QRectF &rect,
           const QList<double> &values,
           const QColor &colour,
           double lineWidth,
           double dotRadius);

} // namespace Jfp::Sparkline
