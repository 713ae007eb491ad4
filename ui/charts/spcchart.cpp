// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcchart.h"

#include "chartlegend.h"
#include "chartstyle.h"
#include "domain/valueformat.h"
#include "spcicons.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace Jfp {

namespace {

const QColor limitGrey(0xA6, 0xA6, 0xA6);
const QColor targetRed(0xDE, 0x1B, 0x1B);
const QColor trajectoryPurple(0x49, 0x00, 0x92);

/** An icon drawn as vectors, with its explanation as a tooltip. */
class IconItem : public QGraphicsItem
{
public:
    IconItem(std::function<void(QPainter &, const QRectF &)> paint,
             const QString &tip,
             QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_paint(std::move(paint))
    {
        setToolTip(tip);
        setAcceptHoverEvents(true);
        setZValue(30);
    }
    QRectF boundingRect() const override { return QRectF(0, 0, 34, 34); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_paint(*painter, boundingRect());
    }

private:
    std::function<void(QPainter &, const QRectF &)> m_paint;
};

} // namespace

SpcChart::SpcChart(const SpcChartData &data, QGraphicsItem *parent)
    : QChart(parent)
    , m_data(data)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    // Room above the plot for the two icons, so they never cover a point.
    setMargins(QMargins(6, 30, 6, 6));
    setTitle(m_data.title.toHtmlEscaped());
    setTitleFont(ChartStyle::font(12, true));
    setTitleBrush(ChartStyle::nhsBlack);
    // Qt's legend elides names that do not fit on one row: this one wraps.
    m_legend = new ChartLegend(this, ChartStyle::font(7.5));

    const int n = int(m_data.points.size());
    m_xAxis = new QCategoryAxis(this);
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_xAxis->setStartValue(-0.5);
    m_labelStep = std::max(1, (n + 23) / 24); // at most two dozen labels
    for (int i = 0; i < n; i += m_labelStep)
        m_xAxis->append(m_data.periods.at(i), std::min(n, i + m_labelStep) - 0.5);
    m_xAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    m_xAxis->setLabelsFont(ChartStyle::font(7.5));
    // Never "Q1 2018...": the labels turn upright when they do not fit (see fitPeriodLabels).
    m_xAxis->setTruncateLabels(false);
    m_xAxis->setLabelsAngle(n / m_labelStep > 8 ? -90 : 0);
    m_xAxis->setGridLinePen(QPen(ChartStyle::nhsPaleGrey, 1));
    m_yAxis = new QValueAxis(this);
    m_yAxis->setRange(m_data.yMin, m_data.yMax);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(m_data.yMin);
    m_yAxis->setTickInterval(m_data.yStep);
    // As many decimals as the ticks need: the step's and the first tick's (42.5 reads 42.5,
    // not 43, when the axis starts there).
    const auto decimalsOf = [](double v) {
        int d = 0;
        while (d < 6 && std::abs(std::round(v * std::pow(10.0, d)) - v * std::pow(10.0, d)) > 1e-6)
            ++d;
        return d;
    };
    m_yAxis->setLabelFormat(
        QStringLiteral("%.%1f").arg(std::max(decimalsOf(m_data.yStep), decimalsOf(m_data.yMin))));
    m_yAxis->setLabelsFont(ChartStyle::font(8));
    m_yAxis->setTitleText(Enums::label(m_data.unit));
    m_yAxis->setTitleFont(ChartStyle::font(8));
    m_yAxis->setGridLinePen(QPen(ChartStyle::nhsPaleGrey, 1));
    addAxis(m_xAxis, Qt::AlignBottom);
    addAxis(m_yAxis, Qt::AlignLeft);
    m_anchor = addLine({{-0.5, m_data.yMin}, {n - 0.5, m_data.yMax}}, QPen(Qt::transparent), {});
    m_legend->leaveOut(m_anchor);

    // Limits and mean per segment, so a rebase shows as a step.
    bool first = true;
    for (const SpcChartData::Segment &s : std::as_const(m_data.segments)) {
        const double from = s.firstX - 0.4;
        const double to = s.lastX + 0.4;
        QLineSeries *mean
            = addLine({{from, s.mean}, {to, s.mean}}, QPen(ChartStyle::nhsBlack, 1.5), tr("Mean"));
        if (!first)
            m_legend->leaveOut(mean);
        if (s.upl && s.lpl) {
            const QPen pen(limitGrey, 1.5, s.trial ? Qt::DotLine : Qt::DashLine);
            QLineSeries *upl = addLine(
                {{from, *s.upl}, {to, *s.upl}}, pen, s.trial ? tr("Limits (trial)") : tr("Limits"));
            QLineSeries *lpl = addLine({{from, *s.lpl}, {to, *s.lpl}}, pen, QString());
            m_legend->leaveOut(lpl);
            if (!first)
                m_legend->leaveOut(upl);
        }
        first = false;
    }
    if (m_data.target) {
        addLine({{-0.5, *m_data.target}, {n - 0.5, *m_data.target}},
                QPen(targetRed, 1.5, Qt::DashLine),
                tr("Target"));
    }
    if (!m_data.trajectory.isEmpty()) {
        QList<QPointF> points;
        for (const auto &[x, y] : m_data.trajectory)
            points.append({double(x), y});
        QLineSeries *t = addLine(
            points, QPen(trajectoryPurple, 1.5, Qt::DashDotLine), tr("Planned trajectory"));
        t->setPointsVisible(points.size() == 1);
    }
    QList<QPointF> all;
    for (const SpcChartData::Point &p : std::as_const(m_data.points))
        all.append({double(p.x), p.value});
    m_legend->leaveOut(addLine(all, QPen(limitGrey, 1.5), tr("Value")));

    // Points by type: colour and shape both carry the meaning.
    struct Look
    {
        Spc::PointType type;
        QScatterSeries::MarkerShape shape;
        qreal size;
        QString name;
    };
    const Look looks[] = {
        {Spc::PointType::CommonCause, QScatterSeries::MarkerShapeCircle, 7, tr("Common cause")},
        {Spc::PointType::Improvement, QScatterSeries::MarkerShapeTriangle, 12, tr("Improvement")},
        {Spc::PointType::Concern, QScatterSeries::MarkerShapeRotatedRectangle, 12, tr("Concern")},
        {Spc::PointType::NeutralHigh,
         QScatterSeries::MarkerShapeRectangle,
         10,
         tr("Neutral (high)")},
        {Spc::PointType::NeutralLow, QScatterSeries::MarkerShapeRectangle, 10, tr("Neutral (low)")},
    };
    for (const Look &look : looks) {
        auto *scatter = new QScatterSeries(this);
        for (const SpcChartData::Point &p : std::as_const(m_data.points)) {
            if (p.type == look.type)
                scatter->append(p.x, p.value);
        }
        if (scatter->count() == 0) {
            delete scatter;
            continue;
        }
        scatter->setName(look.name);
        scatter->setMarkerShape(look.shape);
        scatter->setMarkerSize(look.size);
        scatter->setColor(SpcIcons::colour(look.type));
        scatter->setBorderColor(Qt::white);
        QChart::addSeries(scatter);
        scatter->attachAxis(m_xAxis);
        scatter->attachAxis(m_yAxis);
    }

    int row = 0;
    for (const SpcChartData::Marker &m : std::as_const(m_data.rebases))
        addMarker(m.x, m.label, ChartStyle::nhsBlack, row++);
    int number = 1;
    for (const SpcChartData::Marker &m : std::as_const(m_data.annotations))
        addMarker(m.x,
                  QStringLiteral("%1 %2").arg(number++).arg(m.label),
                  ChartStyle::nhsDarkGrey,
                  row++);

    if (m_data.iconsShown) {
        const Spc::Variation variation = m_data.variation;
        const Spc::Assurance assurance = m_data.assurance;
        m_icons.append(new IconItem(
            [variation](QPainter &p, const QRectF &r) {
                SpcIcons::paintVariation(p, r, variation);
            },
            SpcChartBuilder::describe(variation),
            this));
        m_icons.append(new IconItem(
            [assurance](QPainter &p, const QRectF &r) {
                SpcIcons::paintAssurance(p, r, assurance);
            },
            SpcChartBuilder::describe(assurance),
            this));
    }
    m_legend->build();
    if (m_data.illustrative)
        m_badge = ChartStyle::illustrativeBadge(tr("ILLUSTRATIVE DATA"), this);
    connect(this, &QChart::plotAreaChanged, this, &SpcChart::updateOverlays, Qt::QueuedConnection);
}

QLineSeries *SpcChart::addLine(const QList<QPointF> &points, const QPen &pen, const QString &name)
{
    auto *line = new QLineSeries(this);
    line->append(points);
    line->setPen(pen);
    line->setName(name);
    QChart::addSeries(line);
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    return line;
}

void SpcChart::addMarker(double x, const QString &label, const QColor &colour, int row)
{
    auto *line = new QGraphicsLineItem(this);
    line->setPen(QPen(colour, 1.2, Qt::DotLine));
    line->setZValue(4);
    m_overlays.push_back({line, x, row, true});
    auto *text = new QGraphicsSimpleTextItem(label, this);
    text->setFont(ChartStyle::font(7.5));
    text->setBrush(colour);
    text->setZValue(11);
    m_overlays.push_back({text, x, row, false});
}

QRectF SpcChart::iconArea() const
{
    QRectF area;
    for (const QGraphicsItem *icon : m_icons)
        area = area.united(icon->mapRectToParent(icon->boundingRect()));
    return area;
}

bool SpcChart::fitPeriodLabels()
{
    // Side by side when every label fits its periods with room to spare, else upright. Qt's own
    // test would elide them, so it is off and this one decides.
    const QRectF plot = plotArea();
    const int n = int(m_data.periods.size());
    if (n == 0 || plot.width() <= 0)
        return false;
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    double widest = 0;
    const QStringList labels = m_xAxis->categoriesLabels();
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double slot = plot.width() / n * std::min(n, m_labelStep);
    const int angle = slot < widest + 8 ? -90 : 0;
    if (m_xAxis->labelsAngle() == angle)
        return false;
    m_xAxis->setLabelsAngle(angle);
    return true;
}

void SpcChart::updateOverlays()
{
    if (size().isEmpty())
        return;
    // The legend's rows and the period labels' angle change the plot area: settle them first,
    // laying the chart out again at once (an export draws straight after this call).
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = m_legend->fit(6);
        changed = fitPeriodLabels() || changed;
        if (!changed)
            break;
        layout()->activate();
    }
    const QRectF plot = plotArea();
    for (const Overlay &o : m_overlays) {
        const QPointF bottom = mapToPosition({o.x, m_data.yMin}, m_anchor);
        const QPointF top = mapToPosition({o.x, m_data.yMax}, m_anchor);
        if (o.line) {
            static_cast<QGraphicsLineItem *>(o.item)->setLine(QLineF(bottom, top));
        } else {
            auto *text = static_cast<QGraphicsSimpleTextItem *>(o.item);
            const double width = text->boundingRect().width();
            const double x = std::min(top.x() + 3, plot.right() - width - 2);
            text->setPos(x, plot.top() + 2 + 12.0 * (o.row % 4));
        }
    }
    if (m_badge) {
        const QRectF box = m_badge->boundingRect();
        m_badge->setPos(plot.center().x() - box.width() / 2, plot.center().y());
    }
    // The icons sit in the margin above the plot, right-aligned: never over a point.
    double x = plot.right();
    for (QGraphicsItem *icon : std::as_const(m_icons)) {
        x -= icon->boundingRect().width() + 4;
        icon->setPos(x, plot.top() - icon->boundingRect().height() - 2);
    }
}

QString SpcChart::describe(const QAbstractSeries *series, const QPointF &value) const
{
    Q_UNUSED(series)
    const int x = qRound(value.x());
    for (const SpcChartData::Point &p : std::as_const(m_data.points)) {
        if (p.x != x)
            continue;
        QString text = QStringLiteral("%1: %2\n%3")
                           .arg(p.period,
                                ValueFormat::withUnit(p.value, m_data.unit, m_data.decimals),
                                SpcChartBuilder::describe(p.rule));
        if (!p.note.isEmpty())
            text += QLatin1Char('\n') + p.note;
        return text;
    }
    return {};
}

} // namespace Jfp
