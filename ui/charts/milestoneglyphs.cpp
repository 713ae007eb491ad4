// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestoneglyphs.h"

#include "chartstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace Jfp::MilestoneGlyphs {

namespace {

QPolygonF diamond(const QPointF &c, qreal r)
{
    return QPolygonF(
        {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
}

QPolygonF triangle(const QPointF &c, qreal r, bool pointingUp)
{
    const qreal h = r * 0.9;
    const qreal tip = pointingUp ? -h : h;
    return QPolygonF(
        {{c.x(), c.y() + tip}, {c.x() + r, c.y() - tip * 0.8}, {c.x() - r, c.y() - tip * 0.8}});
}

} // namespace

QColor statusColour(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::NotStarted:
        return ChartStyle::nhsMidGrey;
    case MilestoneStatus::OnTrack:
        return ChartStyle::nhsGreen;
    case MilestoneStatus::AtRisk:
        return ChartStyle::nhsWarmYellow;
    case MilestoneStatus::OffTrack:
        return ChartStyle::emergencyRed;
    case MilestoneStatus::Complete:
        return ChartStyle::nhsBlue;
    case MilestoneStatus::Cancelled:
        return ChartStyle::nhsDarkGrey;
    }
    return ChartStyle::nhsMidGrey;
}

void paintStatus(QPainter &painter, const QRectF &box, MilestoneStatus status)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(box.width(), box.height());
    const QPointF c = box.center();
    const qreal r = side * 0.42;
    const QColor colour = statusColour(status);
    painter.setPen(QPen(ChartStyle::nhsBlack, 1));
    painter.setBrush(colour);
    switch (status) {
    case MilestoneStatus::NotStarted:
        painter.setPen(QPen(colour, std::max<qreal>(1.5, side / 8)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r * 0.85, r * 0.85);
        break;
    case MilestoneStatus::OnTrack:
        painter.drawEllipse(c, r * 0.9, r * 0.9);
        break;
    case MilestoneStatus::AtRisk:
        painter.drawPolygon(triangle(c, r * 1.05, true));
        break;
    case MilestoneStatus::OffTrack:
        painter.drawRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.8, r * 1.6, r * 1.6));
        break;
    case MilestoneStatus::Complete:
        painter.drawPolygon(diamond(c, r * 1.1));
        break;
    case MilestoneStatus::Cancelled: {
        painter.setPen(QPen(colour, std::max<qreal>(2, side / 6), Qt::SolidLine, Qt::RoundCap));
        const qreal d = r * 0.75;
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d));
        break;
    }
    }
    painter.restore();
}

void paintMarker(QPainter &painter, const QPointF &centre, qreal size, Marker marker, bool muted)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal r = size / 2;
    switch (marker) {
    case Marker::Baseline:
        painter.setPen(QPen(muted ? ChartStyle::nhsMidGrey : ChartStyle::nhsDarkGrey, 1.6));
        painter.setBrush(Qt::white);
        painter.drawPolygon(triangle(centre, r, false));
        break;
    case Marker::Forecast:
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(muted ? ChartStyle::nhsMidGrey : ChartStyle::nhsDarkBlue);
        painter.drawEllipse(centre, r * 0.85, r * 0.85);
        break;
    case Marker::Completed:
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(muted ? ChartStyle::nhsMidGrey : ChartStyle::nhsBlue);
        painter.drawPolygon(diamond(centre, r * 1.05));
        break;
    }
    painter.restore();
}

void paintWarning(QPainter &painter, const QRectF &box)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(box.width(), box.height());
    const QPointF c = box.center();
    painter.setPen(QPen(overdueColour(), 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(overdueColour());
    painter.drawPolygon(triangle(c, side * 0.5, true));
    painter.setPen(QPen(Qt::white, std::max<qreal>(1.5, side / 9), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(c.x(), c.y() - side * 0.16), QPointF(c.x(), c.y() + side * 0.12));
    painter.drawPoint(QPointF(c.x(), c.y() + side * 0.27));
    painter.restore();
}

QBrush slipBrush()
{
    return QBrush(ChartStyle::nhsOrange, Qt::BDiagPattern);
}

QColor todayColour()
{
    return ChartStyle::nhsDarkPink;
}

QColor overdueColour()
{
    return ChartStyle::emergencyRed;
}

QBrush outsideHorizonBrush()
{
    return QBrush(ChartStyle::nhsPaleGrey);
}

} // namespace Jfp::MilestoneGlyphs
