// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sparkline.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace Jfp::Sparkline {

void paint(QPainter &painter,
           const QRectF &rect,
           const QList<double> &values,
           const QColor &colour,
           double lineWidth,
           double dotRadius)
{
    if (values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double span = *high - *low;
    QPolygonF line;
    for (int i = 0; i < values.size(); ++i) {
        const double x = rect.left() + rect.width() * i / (values.size() - 1);
        const double fraction = span > 0 ? (values[i] - *low) / span : 0.5;
        line << QPointF(x, rect.bottom() - fraction * rect.height());
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, lineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(line.constLast(), dotRadius, dotRadius);
    painter.restore();
}

} // namespace Jfp::Sparkline
