// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace Jfp {

/**
 * The legend under a chart, wrapped onto as many centred rows as its entries need, so that no
 * entry is ever cut short (Qt's own legend keeps to one row and elides the longest names). It
 * lists the chart's named series, but those left out, each drawn as its series is: line style,
 * colour and marker shape. It replaces the chart's own legend, which it hides.
 */
class ChartLegend : public QGraphicsItem
{
public:
    /** Make it before adding series to the chart, so that leaveOut() can be called. */
    ChartLegend(QChart *chart, const QFont &font);

    /** Leaves `series` out of the legend (a second run of a line, a helper line). */
    void leaveOut(QAbstractSeries *series);
    /** Makes the entries: call once the chart has all its series. */
    void build();

    /**
     * Makes room for the legend at the foot of the chart (its bottom margin becomes `margin`
     * plus the legend's rows) and places it there. Returns true when the margin changed: the
     * chart must then be laid out again, and fit() called once more.
     */
    bool fit(int margin);

    /** The height the entries take when laid out in rows at most `width` wide. */
    qreal heightFor(qreal width) const;
    /** Lays the entries out in `area` (chart coordinates), centred, from its top. */
    void place(const QRectF &area);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    struct Entry
    {
        QAbstractSeries *series = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
        QPointF symbol; // centre of the symbol, local coordinates
    };
    qreal entryWidth(const Entry &entry) const;
    qreal rowHeight() const;
    /** The rows' entries (indices) at `width`. */
    QList<QList<int>> rows(qreal width) const;

    QChart *m_chart = nullptr;
    QList<Entry> m_entries;
    QList<const QAbstractSeries *> m_leftOut;
    QFont m_font;
    QRectF m_area;
};

} // namespace Jfp
