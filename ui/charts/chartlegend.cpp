// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartlegend.h"

#include "chartstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QXYSeries>

#include <cmath>
#include <numbers>

namespace Jfp {

namespace {

constexpr qreal symbolWidth = 24; // long enough to show a dash-dot pattern
constexpr qreal symbolGap = 5;    // between the symbol and its name
constexpr qreal entryGap = 14;    // between entries on a row
constexpr qreal maxMarker = 12;   // scatter markers are drawn at most this size
constexpr int legendGap = 8;      // between the period labels and the legend

QPainterPath markerPath(QScatterSeries::MarkerShape shape, const QPointF &centre, qreal size)
{
    const qreal r = size / 2;
    QPainterPath path;
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(QRectF(centre.x() - r, centre.y() - r, size, size));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y());
        path.lineTo(centre.x(), centre.y() + r);
        path.lineTo(centre.x() - r, centre.y());
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeTriangle:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeStar:
    case QScatterSeries::MarkerShapePentagon: {
        const bool star = shape == QScatterSeries::MarkerShapeStar;
        const int corners = star ? 10 : 5;
        for (int i = 0; i < corners; ++i) {
            const qreal radius = star && i % 2 ? r * 0.45 : r;
            const qreal angle = -std::numbers::pi / 2 + i * 2 * std::numbers::pi / corners;
            const QPointF p(centre.x() + radius * std::cos(angle),
                            centre.y() + radius * std::sin(angle));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    case QScatterSeries::MarkerShapeCircle:
    default:
        path.addEllipse(centre, r, r);
        break;
    }
    return path;
}

} // namespace

ChartLegend::ChartLegend(QChart *chart, const QFont &font)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_font(font)
{
    setZValue(20);
    chart->legend()->hide();
}

void ChartLegend::leaveOut(QAbstractSeries *series)
{
    m_leftOut.append(series);
}

void ChartLegend::build()
{
    // Qt's legend markers list the series in the order they were added, once each.
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->label().isEmpty() || m_leftOut.contains(marker->series()))
            continue;
        auto *text = new QGraphicsSimpleTextItem(marker->label(), this);
        text->setFont(m_font);
        text->setBrush(ChartStyle::nhsBlack);
        m_entries.append({marker->series(), text, {}});
    }
}

bool ChartLegend::fit(int margin)
{
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    if (m_chart->layout())
        m_chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const QMargins margins = m_chart->margins();
    const QSizeF size = m_chart->size();
    const qreal width = size.width() - left - right - margins.left() - margins.right();
    const qreal height = m_entries.isEmpty() || width <= 0 ? 0 : heightFor(width);
    // A gap between the period labels and the legend, as Qt's own legend leaves.
    const int wanted = margin + (height > 0 ? int(std::ceil(height)) + legendGap : 0);
    if (margins.bottom() != wanted) {
        m_chart->setMargins(QMargins(margins.left(), margins.top(), margins.right(), wanted));
        return true;
    }
    place(QRectF(left + margins.left(), size.height() - bottom - margin - height, width, height));
    return false;
}

qreal ChartLegend::entryWidth(const Entry &entry) const
{
    return symbolWidth + symbolGap + entry.text->boundingRect().width();
}

qreal ChartLegend::rowHeight() const
{
    return std::max(QFontMetricsF(m_font).height(), maxMarker) + 3;
}

QList<QList<int>> ChartLegend::rows(qreal width) const
{
    const auto fill = [this](qreal limit) {
        QList<QList<int>> rows;
        qreal used = 0;
        for (int i = 0; i < m_entries.size(); ++i) {
            const qreal w = entryWidth(m_entries.at(i));
            if (rows.isEmpty() || (used + entryGap + w > limit && !rows.constLast().isEmpty())) {
                rows.append(QList<int>());
                used = -entryGap;
            }
            rows.last().append(i);
            used += entryGap + w;
        }
        return rows;
    };
    // As few rows as fit, then as even as they go (not one entry alone on the last row).
    const QList<QList<int>> fewest = fill(width);
    if (fewest.size() < 2)
        return fewest;
    qreal total = -entryGap;
    for (const Entry &entry : m_entries)
        total += entryGap + entryWidth(entry);
    for (qreal limit = total / fewest.size(); limit < width; limit += 8) {
        const QList<QList<int>> even = fill(limit);
        if (even.size() == fewest.size())
            return even;
    }
    return fewest;
}

qreal ChartLegend::heightFor(qreal width) const
{
    return rows(width).size() * rowHeight();
}

void ChartLegend::place(const QRectF &area)
{
    prepareGeometryChange();
    setPos(area.topLeft());
    m_area = QRectF(QPointF(0, 0), area.size());
    const qreal height = rowHeight();
    const QList<QList<int>> laidOut = rows(area.width());
    qreal y = 0;
    for (const QList<int> &row : laidOut) {
        qreal total = -entryGap;
        for (int i : row)
            total += entryGap + entryWidth(m_entries.at(i));
        qreal x = std::max(0.0, (area.width() - total) / 2);
        for (int i : row) {
            Entry &entry = m_entries[i];
            entry.symbol = QPointF(x + symbolWidth / 2, y + height / 2);
            const QRectF box = entry.text->boundingRect();
            entry.text->setPos(x + symbolWidth + symbolGap, y + (height - box.height()) / 2);
            x += entryWidth(entry) + entryGap;
        }
        y += height;
    }
    update();
}

QRectF ChartLegend::boundingRect() const
{
    return m_area;
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Entry &entry : std::as_const(m_entries)) {
        const QPointF c = entry.symbol;
        if (auto *scatter = qobject_cast<QScatterSeries *>(entry.series)) {
            const qreal size = std::min(scatter->markerSize(), maxMarker);
            painter->setPen(QPen(scatter->borderColor(), 1));
            painter->setBrush(scatter->color());
            painter->drawPath(markerPath(scatter->markerShape(), c, size));
        } else if (auto *line = qobject_cast<QXYSeries *>(entry.series)) {
            QPen pen = line->pen();
            pen.setWidthF(std::min(pen.widthF(), 3.0));
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawLine(
                QLineF(c.x() - symbolWidth / 2, c.y(), c.x() + symbolWidth / 2, c.y()));
            if (line->pointsVisible()) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(pen.color());
                const qreal r = std::min(line->markerSize(), 8.0) / 2;
                painter->drawEllipse(c, r, r);
            }
        }
    }
    painter->restore();
}

} // namespace Jfp
