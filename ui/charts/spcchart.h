// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "reporting/spcchartdata.h"

#include <QChart>

#include <vector>

class QCategoryAxis;
class QGraphicsItem;
class QLineSeries;
class QValueAxis;

namespace Jfp {

class ChartLegend;

/**
 * Draws an SpcChartData as a Making Data Count XmR chart: points coloured and shaped by type,
 * the mean and process limits per segment, target and trajectory lines, rebase markers with
 * their reason, annotations, and the variation and assurance icons above the plot, where they
 * never cover a point (hover on an icon explains it; hover on a point names its rule). The
 * period labels turn upright when they do not fit side by side, and the legend wraps onto more
 * rows: neither is ever cut short.
 */
class SpcChart : public QChart
{
    Q_OBJECT

public:
    explicit SpcChart(const SpcChartData &data, QGraphicsItem *parent = nullptr);

    const SpcChartData &data() const { return m_data; }
    QString describe(const QAbstractSeries *series, const QPointF &value) const;
    void updateOverlays();
    /** Where the icons are drawn (chart coordinates): for tests that they cover no point. */
    QRectF iconArea() const;

private:
    QLineSeries *addLine(const QList<QPointF> &points, const QPen &pen, const QString &name);
    void addMarker(double x, const QString &label, const QColor &colour, int row);
    bool fitPeriodLabels();

    struct Overlay
    {
        QGraphicsItem *item = nullptr;
        double x = 0;
        int row = 0;
        bool line = false;
    };

    SpcChartData m_data;
    QCategoryAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLineSeries *m_anchor = nullptr;
    std::vector<Overlay> m_overlays;
    QList<QGraphicsItem *> m_icons;
    QGraphicsSimpleTextItem *m_badge = nullptr; // "ILLUSTRATIVE DATA" over synthetic values
    ChartLegend *m_legend = nullptr;
    int m_labelStep = 1; // points per period label
};

} // namespace Jfp
