// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "trajectorychart.h"

#include "chartlegend.h"
#include "chartstyle.h"
#include "domain/valueformat.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPainterPath>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Jfp {

namespace {

struct SeriesLook
{
    QColor colour;
    Qt::PenStyle style;
    qreal width;
    bool points;
};

SeriesLook lookFor(ChartSeries::Kind kind, int benchmarkIndex)
{
    switch (kind) {
    case ChartSeries::Kind::Actual:
        return {ChartStyle::nhsDarkBlue, Qt::SolidLine, 2.5, true};
    case ChartSeries::Kind::Planned:
        return {ChartStyle::nhsBrightBlue, Qt::DashLine, 2.0, false};
    case ChartSeries::Kind::Benchmark:
        break;
    }
    static const SeriesLook benchmarks[] = {
        {ChartStyle::nhsDarkPink, Qt::DotLine, 2.0, false},
        {ChartStyle::nhsDarkGrey, Qt::DashDotLine, 2.0, false},
        {ChartStyle::nhsAquaGreen, Qt::DashDotDotLine, 2.0, false},
    };
    return benchmarks[benchmarkIndex % 3];
}

int labelDecimals(double step)
{
    if (step >= 1)
        return 0;
    return std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
}

/** Whether the segment `line` crosses or lies in `box`. */
bool crosses(const QLineF &line, const QRectF &box)
{
    if (box.contains(line.p1()) || box.contains(line.p2()))
        return true;
    if (std::max(line.x1(), line.x2()) < box.left() || std::min(line.x1(), line.x2()) > box.right()
        || std::max(line.y1(), line.y2()) < box.top()
        || std::min(line.y1(), line.y2()) > box.bottom()) {
        return false;
    }
    const QLineF edges[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

/** What a label keeps clear of: lines (with room either side) and boxes. */
struct Obstacles
{
    QList<QPair<QLineF, qreal>> lines;
    QList<QRectF> boxes;

    bool hit(const QRectF &box) const
    {
        for (const QRectF &b : boxes) {
            if (b.intersects(box))
                return true;
        }
        for (const auto &[line, room] : lines) {
            if (crosses(line, box.adjusted(-room, -room, room, room)))
                return true;
        }
        return false;
    }
};

} // namespace

TrajectoryChart::TrajectoryChart(const ChartData &data, QGraphicsItem *parent)
    : QChart(parent)
    , m_data(data)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 6, 6, 6));
    // The title is rich text: escape it ("<75" is not a tag) and break a long one in two.
    QString title = m_data.title.toHtmlEscaped();
    if (m_data.title.size() > 55) {
        const qsizetype middle = m_data.title.size() / 2;
        qsizetype cut = m_data.title.lastIndexOf(QLatin1Char(' '), middle);
        if (cut < 10)
            cut = m_data.title.indexOf(QLatin1Char(' '), middle);
        if (cut > 0) {
            title = m_data.title.left(cut).toHtmlEscaped() + QStringLiteral("<br>")
                    + m_data.title.mid(cut + 1).toHtmlEscaped();
        }
    }
    setTitle(title);
    setTitleFont(ChartStyle::font(12, true));
    setTitleBrush(ChartStyle::nhsBlack);
    // Qt's legend elides names that do not fit on one row: this one wraps.
    m_legend = new ChartLegend(this, ChartStyle::font(8));

    m_xAxis = new QCategoryAxis(this);
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_xAxis->setStartValue(m_data.xMin);
    for (const AxisCategory &category : std::as_const(m_data.categories))
        m_xAxis->append(category.label, category.end);
    m_xAxis->setRange(m_data.xMin, m_data.xMax);
    m_xAxis->setLabelsFont(ChartStyle::font(7.5));
    m_xAxis->setLabelsBrush(ChartStyle::nhsBlack);
    // Never "2018...": the labels turn upright when they do not fit (see fitPeriodLabels).
    m_xAxis->setTruncateLabels(false);
    m_xAxis->setGridLinePen(QPen(ChartStyle::nhsPaleGrey, 1));
    m_xAxis->setLinePen(QPen(ChartStyle::nhsMidGrey, 1));

    m_yAxis = new QValueAxis(this);
    m_yAxis->setRange(m_data.yMin, m_data.yMax);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(m_data.yMin);
    m_yAxis->setTickInterval(m_data.yStep);
    m_yAxis->setLabelFormat(QStringLiteral("%.%1f").arg(labelDecimals(m_data.yStep)));
    m_yAxis->setLabelsFont(ChartStyle::font(8));
    m_yAxis->setLabelsBrush(ChartStyle::nhsBlack);
    m_yAxis->setTitleText(m_data.unitLabel);
    m_yAxis->setTitleFont(ChartStyle::font(8));
    m_yAxis->setGridLinePen(QPen(ChartStyle::nhsPaleGrey, 1));
    m_yAxis->setLinePen(QPen(ChartStyle::nhsMidGrey, 1));
    addAxis(m_xAxis, Qt::AlignBottom);
    addAxis(m_yAxis, Qt::AlignLeft);

    // An invisible series spanning the axes: overlays map their positions through it.
    m_anchorSeries = addLine(
        {{m_data.xMin, m_data.yMin}, {m_data.xMax, m_data.yMax}}, QPen(Qt::transparent), QString());
    m_legend->leaveOut(m_anchorSeries);

    int benchmarkIndex = 0;
    for (int i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries &series = m_data.series.at(i);
        addSeries(series, series.kind == ChartSeries::Kind::Benchmark ? benchmarkIndex++ : 0);
    }
    addMarks();
    addAnnotations();

    m_legend->build();

    if (m_data.illustrative)
        m_badge = ChartStyle::illustrativeBadge(tr("ILLUSTRATIVE DATA"), this);
    if (m_data.series.isEmpty() && m_data.marks.isEmpty()) {
        m_yAxis->setLabelsVisible(false); // no values, so no scale to read
        auto *empty = new QGraphicsSimpleTextItem(tr("No values to show yet"), this);
        empty->setFont(ChartStyle::font(10));
        empty->setBrush(ChartStyle::nhsDarkGrey);
        m_overlays.push_back({empty,
                              {(m_data.xMin + m_data.xMax) / 2, (m_data.yMin + m_data.yMax) / 2},
                              {-empty->boundingRect().width() / 2, -8},
                              Overlay::Text,
                              0});
    }
    // The series map to the new plot area only after this signal: place overlays just after.
    connect(this,
            &QChart::plotAreaChanged,
            this,
            &TrajectoryChart::updateOverlays,
            Qt::QueuedConnection);
}

QLineSeries *
TrajectoryChart::addLine(const QList<QPointF> &points, const QPen &pen, const QString &name)
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

void TrajectoryChart::addSeries(const ChartSeries &series, int benchmarkIndex)
{
    const SeriesLook look = lookFor(series.kind, benchmarkIndex);
    QPen pen(look.colour, look.width, look.style, Qt::RoundCap, Qt::RoundJoin);
    const int index = int(&series - m_data.series.constData());
    bool first = true;
    const QList<QList<ChartPoint>> runs = series.segments();
    for (const QList<ChartPoint> &run : runs) {
        QList<QPointF> points;
        for (const ChartPoint &p : run)
            points.append({p.x, *p.y});
        QLineSeries *line = addLine(points, pen, series.name);
        line->setPointsVisible(look.points || run.size() == 1);
        line->setMarkerSize(look.points ? 5.5 : 5);
        m_seriesIndex.insert(line, index);
        if (!first)
            m_legend->leaveOut(line);
        first = false;
    }
    if (series.kind != ChartSeries::Kind::Actual)
        return;
    // Confidence-interval whiskers.
    for (const ChartPoint &p : series.points) {
        if (!p.lower || !p.upper)
            continue;
        auto *whisker = new QGraphicsPathItem(this);
        whisker->setPen(QPen(look.colour, 1.2));
        whisker->setZValue(5);
        m_overlays.push_back({whisker, {p.x, *p.lower}, {}, Overlay::Whisker, *p.upper});
    }
}

void TrajectoryChart::addMarks()
{
    for (const ChartMark &mark : std::as_const(m_data.marks)) {
        const bool target = mark.kind == ChartMark::Kind::Target;
        const QColor colour = target ? ChartStyle::emergencyRed : ChartStyle::nhsBlack;
        const QString name = target ? tr("Target") : tr("Baseline");
        auto *label = new QGraphicsSimpleTextItem(mark.label, this);
        label->setFont(ChartStyle::font(8, target));
        label->setBrush(colour);
        label->setZValue(10);
        if (mark.x) {
            auto *scatter = new QScatterSeries(this);
            scatter->append(*mark.x, mark.y);
            scatter->setName(name);
            scatter->setMarkerShape(target ? QScatterSeries::MarkerShapeStar
                                           : QScatterSeries::MarkerShapeRotatedRectangle);
            scatter->setMarkerSize(target ? 16 : 11);
            scatter->setColor(colour);
            scatter->setBorderColor(Qt::white);
            QChart::addSeries(scatter);
            scatter->attachAxis(m_xAxis);
            scatter->attachAxis(m_yAxis);
            m_overlays.push_back({label, {*mark.x, mark.y}, {}, Overlay::MarkLabel, 0});
        } else {
            // No period stated: a reference line across the whole axis.
            QPen pen(colour, target ? 1.5 : 1.0, target ? Qt::DashLine : Qt::SolidLine);
            addLine({{m_data.xMin, mark.y}, {m_data.xMax, mark.y}}, pen, name);
            m_overlays.push_back(
                {label, {m_data.xMin, mark.y}, {}, Overlay::MarkLabel, target ? 1.0 : -1.0});
        }
    }
}

void TrajectoryChart::addAnnotations()
{
    int number = 1;
    for (const ChartAnnotation &a : std::as_const(m_data.annotations)) {
        auto *line = new QGraphicsLineItem(this);
        line->setPen(QPen(ChartStyle::nhsMidGrey, 1.2, Qt::DotLine));
        line->setZValue(4);
        m_overlays.push_back({line, {a.x, m_data.yMin}, {}, Overlay::VLine, m_data.yMax});
        auto *label
            = new QGraphicsSimpleTextItem(QStringLiteral("%1 %2").arg(number).arg(a.label), this);
        label->setFont(ChartStyle::font(7.5));
        label->setBrush(ChartStyle::nhsDarkGrey);
        label->setZValue(11);
        m_overlays.push_back(
            {label, {a.x, m_data.yMax}, {3, 2 + 12.0 * ((number - 1) % 4)}, Overlay::Text, 0});
        ++number;
    }
}

bool TrajectoryChart::fitPeriodLabels()
{
    // Side by side when every label fits its period with room to spare, else upright. Qt's own
    // test would elide them ("2018..."), so it is off and this one decides.
    const QRectF plot = plotArea();
    if (m_data.categories.isEmpty() || plot.width() <= 0 || m_data.xMax <= m_data.xMin)
        return false;
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    const double scale = plot.width() / (m_data.xMax - m_data.xMin);
    double widest = 0;
    double narrowest = plot.width();
    for (const AxisCategory &c : std::as_const(m_data.categories)) {
        widest = std::max(widest, metrics.horizontalAdvance(c.label));
        narrowest = std::min(narrowest, (c.end - c.start) * scale);
    }
    const int angle = narrowest < widest + 8 ? -90 : 0;
    if (m_xAxis->labelsAngle() == angle)
        return false;
    m_xAxis->setLabelsAngle(angle);
    return true;
}

void TrajectoryChart::updateOverlays()
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
    for (Overlay &o : m_overlays) {
        const QPointF at = mapToPosition(o.anchor, m_anchorSeries);
        switch (o.kind) {
        case Overlay::Text: {
            auto *text = static_cast<QGraphicsSimpleTextItem *>(o.item);
            QPointF pos = at + o.offset;
            const QRectF box = text->boundingRect();
            if (o.offset.y() < 0 && pos.y() < plot.top() + 1)
                pos.setY(at.y() + 3); // no room above its mark: put the label below it
            pos.setX(std::clamp(pos.x(), plot.left() + 2, plot.right() - box.width() - 2));
            pos.setY(std::clamp(pos.y(), plot.top() + 1, plot.bottom() - box.height() - 1));
            text->setPos(pos);
            break;
        }
        case Overlay::MarkLabel:
            break; // placed last, clear of everything else
        case Overlay::VLine: {
            const QPointF top = mapToPosition({o.anchor.x(), o.extra}, m_anchorSeries);
            static_cast<QGraphicsLineItem *>(o.item)->setLine(QLineF(at, top));
            break;
        }
        case Overlay::HLine:
            break;
        case Overlay::Whisker: {
            const QPointF top = mapToPosition({o.anchor.x(), o.extra}, m_anchorSeries);
            QPainterPath path;
            path.moveTo(at);
            path.lineTo(top);
            path.moveTo(at.x() - 4, at.y());
            path.lineTo(at.x() + 4, at.y());
            path.moveTo(top.x() - 4, top.y());
            path.lineTo(top.x() + 4, top.y());
            static_cast<QGraphicsPathItem *>(o.item)->setPath(path);
            break;
        }
        }
    }
    placeMarkLabels(plot);
    if (m_badge) {
        const QRectF box = m_badge->boundingRect();
        m_badge->setPos(plot.center().x() - box.width() / 2, plot.center().y());
    }
}

void TrajectoryChart::placeMarkLabels(const QRectF &plot)
{
    // What the labels keep clear of: every line and point drawn, the whiskers and the
    // annotations' labels (hard); the annotations' dotted lines only when there is room (soft).
    Obstacles hard;
    Obstacles soft;
    const auto seriesList = series();
    for (QAbstractSeries *s : seriesList) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || xy == m_anchorSeries)
            continue;
        const bool scatter = s->type() == QAbstractSeries::SeriesTypeScatter;
        const QList<QPointF> points = xy->points();
        QPointF previous;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF at = mapToPosition(points.at(i), xy);
            if (!scatter && i > 0)
                hard.lines.append({QLineF(previous, at), xy->pen().widthF() / 2 + 2});
            if (scatter || xy->pointsVisible()) {
                const qreal r = xy->markerSize() / 2 + 2;
                hard.boxes.append(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            }
            previous = at;
        }
    }
    for (const Overlay &o : m_overlays) {
        if (o.kind == Overlay::Whisker || o.kind == Overlay::Text)
            hard.boxes.append(
                o.item->mapRectToParent(o.item->boundingRect()).adjusted(-2, -2, 2, 2));
        else if (o.kind == Overlay::VLine)
            soft.lines.append({static_cast<QGraphicsLineItem *>(o.item)->line(), 2});
    }

    for (Overlay &o : m_overlays) {
        if (o.kind != Overlay::MarkLabel)
            continue;
        auto *text = static_cast<QGraphicsSimpleTextItem *>(o.item);
        const QSizeF size = text->boundingRect().size();
        const QPointF at = mapToPosition(o.anchor, m_anchorSeries);
        const double left = plot.left() + 2;
        const double right = plot.right() - size.width() - 2;
        const double top = plot.top() + 1;
        const double bottom = plot.bottom() - size.height() - 1;
        // Every place in the plot, nearest the mark first: beside its point (best above), or
        // along its line (best at the side asked for).
        struct Place
        {
            double cost;
            QRectF box;
        };
        std::vector<Place> places;
        if (right >= left && bottom >= top) {
            const auto add = [&](double x, double y) {
                const QRectF box(QPointF(x, y), size);
                const double dy = std::max({box.top() - at.y(), at.y() - box.bottom(), 0.0});
                double cost = 0;
                if (o.extra == 0) {
                    const double dx = std::max({box.left() - at.x(), at.x() - box.right(), 0.0});
                    cost = std::hypot(dx, dy) + (box.center().y() > at.y() ? 3 : 0)
                           + (box.center().x() < at.x() ? 1 : 0);
                } else {
                    const double fromSide = o.extra < 0 ? box.left() - left : right - box.left();
                    cost = dy + (box.center().y() > at.y() ? 3 : 0) + 0.02 * fromSide;
                }
                places.push_back({cost, box});
            };
            for (double y = top;; y = std::min(y + 3, bottom)) {
                for (double x = left;; x = std::min(x + 4, right)) {
                    add(x, y);
                    if (x >= right)
                        break;
                }
                if (y >= bottom)
                    break;
            }
            std::stable_sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
                return a.cost < b.cost;
            });
        }
        // First clear of everything, then of the data alone; else (a crowded, tiny chart)
        // nearest the mark.
        const Place *chosen = nullptr;
        const Obstacles *const passes[] = {&soft, nullptr};
        for (const Obstacles *also : passes) {
            for (const Place &place : places) {
                if (!hard.hit(place.box) && !(also && also->hit(place.box))) {
                    chosen = &place;
                    break;
                }
            }
            if (chosen)
                break;
        }
        if (!chosen && !places.empty())
            chosen = &places.front();
        QPointF pos = chosen ? chosen->box.topLeft() : at + QPointF(6, -size.height() - 4);
        if (!chosen)
            pos.setX(std::max(std::min(pos.x(), plot.right() - size.width() - 2), plot.left() + 2));
        text->setPos(pos);
        hard.boxes.append(QRectF(pos, size).adjusted(-3, -2, 3, 2)); // labels never overlap
    }
}

QString TrajectoryChart::describe(const QAbstractSeries *series, const QPointF &value) const
{
    const int index = m_seriesIndex.value(series, -1);
    if (index < 0)
        return {};
    const ChartSeries &s = m_data.series.at(index);
    const ChartPoint *nearest = nullptr;
    for (const ChartPoint &p : s.points) {
        if (p.y && (!nearest || std::abs(p.x - value.x()) < std::abs(nearest->x - value.x())))
            nearest = &p;
    }
    if (!nearest)
        return {};
    QString text = QStringLiteral("%1\n%2: %3")
                       .arg(s.name,
                            nearest->period,
                            ValueFormat::withUnit(nearest->y, m_data.unit, m_data.decimals));
    if (nearest->lower && nearest->upper) {
        text += QLatin1Char('\n')
                + tr("95% confidence interval %1 to %2")
                      .arg(ValueFormat::number(*nearest->lower, m_data.decimals),
                           ValueFormat::number(*nearest->upper, m_data.decimals));
    }
    if (nearest->synthetic)
        text += QLatin1Char('\n') + tr("Illustrative value");
    if (!nearest->note.isEmpty())
        text += QLatin1Char('\n') + nearest->note;
    return text;
}

} // namespace Jfp
