// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "reporting/chartdata.h"

#include <QChart>
#include <QHash>

#include <vector>

class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
class QCategoryAxis;

namespace Jfp {

class ChartLegend;

/**
 * Draws a ChartData as a Qt chart: actual values (solid, markers, confidence whiskers), the
 * planned trajectory (dashed), benchmarks (dotted and dash-dot), the baseline and target
 * (marked and labelled), annotations and an "Illustrative data" badge. Labels follow the
 * plot area when the chart is resized: the period labels turn upright when they do not fit side
 * by side (never cut short), the legend wraps onto more rows, and the baseline and target labels
 * go to the nearest place clear of every line, point, whisker and other label.
 */
class TrajectoryChart : public QChart
{
    Q_OBJECT

public:
    explicit TrajectoryChart(const ChartData &data, QGraphicsItem *parent = nullptr);

    const ChartData &data() const { return m_data; }

    /** The point of a series nearest to `value` (chart coordinates), for hover text. */
    QString describe(const QAbstractSeries *series, const QPointF &value) const;

    /** Repositions labels and whiskers; called on every geometry change. */
    void updateOverlays();

private:
    void addSeries(const ChartSeries &series, int benchmarkIndex);
    void addMarks();
    void addAnnotations();
    QLineSeries *addLine(const QList<QPointF> &points, const QPen &pen, const QString &name);
    bool fitPeriodLabels();
    void placeMarkLabels(const QRectF &plot);

    struct Overlay
    {
        QGraphicsItem *item = nullptr;
        QPointF anchor; // chart value coordinates
        QPointF offset; // pixels from the anchor
        enum { Text, MarkLabel, VLine, HLine, Whisker } kind = Text;
        // Whisker: its top value; VLine: its top; MarkLabel: 0 for a point, -1 or 1 for a line
        // across the chart (its label best at the left or the right).
        double extra = 0;
    };

    ChartData m_data;
    QValueAxis *m_yAxis = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QLineSeries *m_anchorSeries = nullptr;
    std::vector<Overlay> m_overlays;
    QGraphicsSimpleTextItem *m_badge = nullptr;
    ChartLegend *m_legend = nullptr;
    QHash<const QAbstractSeries *, int> m_seriesIndex; // into m_data.series
};

} // namespace Jfp
