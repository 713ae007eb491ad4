// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartdata.h"

#include "coretr.h"
#include "domain/period.h"
#include "domain/valueformat.h"

#include <cmath>

namespace Jfp {

QList<QList<ChartPoint>> ChartSeries::segments() const
{
    QList<QList<ChartPoint>> runs;
    QList<ChartPoint> current;
    for (const ChartPoint &point : points) {
        if (point.y) {
            current.append(point);
        } else if (!current.isEmpty()) {
            runs.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    return runs;
}

namespace ChartDataBuilder {

namespace {

enum class Granularity { Year, Quarter, Month };

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

bool isQuarterly(Period::Kind kind)
{
    return kind == Period::Kind::FinancialQuarter || kind == Period::Kind::CalendarQuarter
           || kind == Period::Kind::FinancialQuarterRange
           || kind == Period::Kind::CalendarQuarterRange;
}

bool isCalendar(Period::Kind kind)
{
    return kind == Period::Kind::CalendarYear || kind == Period::Kind::CalendarYearRange
           || kind == Period::Kind::CalendarQuarter || kind == Period::Kind::CalendarQuarterRange;
}

/** Collects periods and turns them into axis positions. */
class Axis
{
public:
    void add(const QString &text, bool data)
    {
        const Period p = Period::parse(text);
        if (!p.isValid())
            return;
        m_periods.append(p);
        if (!data)
            return;
        if (p.kind() == Period::Kind::Month || p.kind() == Period::Kind::MonthRange) {
            if (p.lengthInMonths() == 1)
                m_granularity = Granularity::Month;
        } else if (isQuarterly(p.kind()) && m_granularity == Granularity::Year
                   && p.lengthInMonths() == 3) {
            m_granularity = Granularity::Quarter;
        }
        m_anyData = true;
        m_allCalendar = m_allCalendar && isCalendar(p.kind());
    }

    void build(const Period &horizonEnd)
    {
        if (horizonEnd.isValid())
            m_periods.append(horizonEnd);
        QDate first;
        QDate last;
        for (const Period &p : std::as_const(m_periods)) {
            if (!first.isValid() || p.start() < first)
                first = p.start();
            if (!last.isValid() || p.end() > last)
                last = p.end();
        }
        if (!first.isValid()) {
            const Period now = Period::financialYearContaining(QDate::currentDate());
            first = now.start();
            last = now.end();
        }
        const bool calendar = m_anyData && m_allCalendar && m_granularity != Granularity::Month;
        Period category;
        switch (m_granularity) {
        case Granularity::Year:
            category = calendar ? Period::calendarYear(first.year())
                                : Period::financialYearContaining(first);
            break;
        case Granularity::Quarter: {
            const Period year = Period::financialYearContaining(first);
            category = Period::financialQuarter(year.start().year(),
                                                monthsBetween(year.start(), first) / 3 + 1);
            break;
        }
        case Granularity::Month:
            category = Period::month(first.year(), first.month());
            break;
        }
        m_start = category.start();
        int count = 0;
        for (Period c = category; c.isValid() && c.start() <= last && count < 2000; c = c.next())
            ++count;
        // Past two dozen labels the axis becomes unreadable: label whole financial years.
        if (count > 24 && m_granularity != Granularity::Year)
            category = Period::financialYearContaining(m_start);
        for (int guard = 0; category.isValid() && category.start() <= last && guard < 2000;
             ++guard) {
            const double from = monthsBetween(m_start, category.start());
            m_categories.append({category.toString(), from, from + category.lengthInMonths()});
            category = category.next();
        }
    }

    std::optional<double> x(const QString &text) const
    {
        const Period p = Period::parse(text);
        if (!p.isValid())
            return std::nullopt;
        return monthsBetween(m_start, p.start()) + p.lengthInMonths() / 2.0;
    }

    std::optional<double> x(QDate date) const
    {
        if (!date.isValid())
            return std::nullopt;
        return monthsBetween(m_start, date) + (date.day() - 1) / double(date.daysInMonth());
    }

    QList<AxisCategory> categories() const { return m_categories; }

private:
    QList<Period> m_periods;
    QList<AxisCategory> m_categories;
    Granularity m_granularity = Granularity::Year;
    bool m_anyData = false;
    bool m_allCalendar = true;
    QDate m_start;
};

QString
withPeriodOrNote(const std::optional<double> &value, const Indicator &i, const QString &period)
{
    const QString text = ValueFormat::withUnit(value, i.unit, i.decimals);
    return period.isEmpty() ? Tr::tr("%1 (period not stated)").arg(text)
                            : Tr::tr("%1 (%2)").arg(text, period);
}

} // namespace

Range niceRange(double minimum, double maximum, bool fromZero)
{
    if (fromZero && minimum > 0)
        minimum = 0;
    if (maximum < minimum)
        std::swap(minimum, maximum);
    double span = maximum - minimum;
    if (span <= 0)
        span = std::abs(maximum) > 0 ? std::abs(maximum) * 0.2 : 1.0;
    const double rough = span / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (rough <= step)
            break;
    }
    double low = std::floor(minimum / step) * step;
    double high = std::ceil(maximum / step) * step;
    // Room so that points and labels never touch the frame.
    if (high - maximum < step * 0.1)
        high += step;
    if (!(fromZero && low == 0) && minimum - low < step * 0.1)
        low -= step;
    return {low, high, step};
}

Indicator charted(const Indicator &indicator, QStringList *notes)
{
    Indicator drawn = indicator;
    const auto cut = [&](auto &values, const QString &what) {
        if (values.size() <= maxChartPoints)
            return;
        notes->append(Tr::tr("Drawn: the latest %L1 of %L2 %3")
                          .arg(maxChartPoints)
                          .arg(values.size())
                          .arg(what));
        values = values.mid(values.size() - maxChartPoints); // read in period order
    };
    cut(drawn.actuals, Tr::tr("actual values"));
    cut(drawn.trajectory, Tr::tr("planned values"));
    for (Benchmark &b : drawn.benchmarks)
        cut(b.values, Tr::tr("values of %1").arg(b.name));
    if (drawn.annotations.size() > maxChartAnnotations) {
        notes->append(Tr::tr("Drawn: the last %L1 of %L2 annotations")
                          .arg(maxChartAnnotations)
                          .arg(drawn.annotations.size()));
        drawn.annotations = drawn.annotations.mid(drawn.annotations.size() - maxChartAnnotations);
    }
    return drawn;
}

ChartData trajectory(const PlanSnapshot &plan, const Indicator &whole)
{
    QStringList cuts;
    const Indicator indicator = charted(whole, &cuts);
    ChartData data;
    data.title = indicator.name;
    data.unit = indicator.unit;
    data.unitLabel = Enums::label(indicator.unit);
    data.polarityLabel = Enums::label(indicator.polarity);

    Axis axis;
    for (const ActualValue &a : indicator.actuals)
        axis.add(a.period, true);
    for (const PeriodValue &t : indicator.trajectory)
        axis.add(t.period, true);
    for (const Benchmark &b : indicator.benchmarks) {
        for (const PeriodValue &v : b.values)
            axis.add(v.period, true);
    }
    axis.add(plan.info.horizonStart, false); // the axis always covers the plan horizon
    axis.add(indicator.baselinePeriod, false);
    axis.add(indicator.targetPeriod, false);
    for (const Annotation &a : indicator.annotations)
        axis.add(a.period, false);
    const QString horizon
        = plan.info.horizonEnd.isEmpty() ? QStringLiteral("2028/29") : plan.info.horizonEnd;
    axis.build(Period::parse(horizon));
    data.categories = axis.categories();
    if (!data.categories.isEmpty()) {
        data.xMin = data.categories.constFirst().start;
        data.xMax = data.categories.constLast().end;
    }

    std::optional<double> low;
    std::optional<double> high;
    const auto include = [&](const std::optional<double> &v) {
        if (!v)
            return;
        low = low ? std::min(*low, *v) : *v;
        high = high ? std::max(*high, *v) : *v;
    };

    ChartSeries actual;
    actual.kind = ChartSeries::Kind::Actual;
    actual.name = Tr::tr("Actual");
    for (const ActualValue &a : indicator.actuals) {
        const auto x = axis.x(a.period);
        if (!x)
            continue;
        actual.points.append({a.period, *x, a.value, a.lower, a.upper, a.note, a.synthetic});
        include(a.value);
        include(a.lower);
        include(a.upper);
        data.illustrative = data.illustrative || a.synthetic;
        if (a.value) {
            data.hasActuals = true;
            data.dataTo = a.period;
        }
    }
    ChartSeries planned;
    planned.kind = ChartSeries::Kind::Planned;
    planned.name = Tr::tr("Planned trajectory");
    for (const PeriodValue &t : indicator.trajectory) {
        if (const auto x = axis.x(t.period)) {
            planned.points.append({t.period, *x, t.value, {}, {}, {}, false});
            include(t.value);
        }
    }
    if (!actual.points.isEmpty())
        data.series.append(actual);
    if (!planned.points.isEmpty())
        data.series.append(planned);
    for (const Benchmark &b : indicator.benchmarks) {
        ChartSeries series;
        series.kind = ChartSeries::Kind::Benchmark;
        series.name = b.name;
        series.code = b.code;
        for (const PeriodValue &v : b.values) {
            if (const auto x = axis.x(v.period)) {
                series.points.append({v.period, *x, v.value, {}, {}, {}, false});
                include(v.value);
            }
        }
        if (!series.points.isEmpty())
            data.series.append(series);
    }

    if (indicator.baselineValue) {
        data.marks.append({ChartMark::Kind::Baseline,
                           axis.x(indicator.baselinePeriod),
                           *indicator.baselineValue,
                           Tr::tr("Baseline %1")
                               .arg(withPeriodOrNote(
                                   indicator.baselineValue, indicator, indicator.baselinePeriod))});
        include(indicator.baselineValue);
    }
    if (indicator.targetValue && indicator.targetKind == TargetKind::Absolute) {
        data.marks.append(
            {ChartMark::Kind::Target,
             axis.x(indicator.targetPeriod),
             *indicator.targetValue,
             Tr::tr("Target %1")
                 .arg(withPeriodOrNote(indicator.targetValue, indicator, indicator.targetPeriod))});
        include(indicator.targetValue);
    }
    for (const Annotation &a : indicator.annotations) {
        const auto x = a.date.isValid() ? axis.x(a.date) : axis.x(a.period);
        if (x) {
            const QString when = a.date.isValid() ? a.date.toString(Qt::ISODate) : a.period;
            data.annotations.append({*x, when, a.label, a.note});
        }
    }

    const bool fromZero = low && *low >= 0
                          && (indicator.unit == Unit::Percentage || indicator.unit == Unit::Count
                              || indicator.unit == Unit::RatePer100000)
                          && *low <= 0.5 * *high;
    const Range range = niceRange(low.value_or(0), high.value_or(1), fromZero);
    data.yMin = range.low;
    data.yMax = range.high;
    data.yStep = range.step;
    data.decimals = indicator.decimals;

    data.caption << Tr::tr("%1 · %2").arg(data.unitLabel, data.polarityLabel);
    QString source = indicator.source;
    if (source.isEmpty()) {
        if (const Programme *p = plan.programme(indicator.programmeId))
            source = p->source;
    }
    if (!indicator.code.isEmpty())
        source = source.isEmpty() ? indicator.code : Tr::tr("%1 (%2)").arg(source, indicator.code);
    if (!source.isEmpty())
        data.caption << Tr::tr("Source: %1").arg(source);
    data.caption << (data.hasActuals ? Tr::tr("Data to %1").arg(data.dataTo)
                                     : Tr::tr("No actual values yet"));
    if (indicator.targetKind == TargetKind::RelativePerYear && indicator.targetValue) {
        data.caption << Tr::tr("Target: a change of %1 a year")
                            .arg(ValueFormat::withUnit(
                                indicator.targetValue, Unit::Percentage, indicator.decimals));
    } else if (indicator.targetKind == TargetKind::BetterThanBenchmark) {
        data.caption << Tr::tr("Target: better than %1")
                            .arg(indicator.targetBenchmark.isEmpty() ? Tr::tr("the benchmark")
                                                                     : indicator.targetBenchmark);
    } else if (!indicator.targetValue) {
        data.caption << Tr::tr("Target: not stated");
    }
    if (!indicator.targetNote.isEmpty() && indicator.targetValue)
        data.caption << Tr::tr("Target note: %1").arg(indicator.targetNote);
    if (data.illustrative)
        data.caption << Tr::tr("Illustrative data: not published figures");
    data.caption << cuts;
    return data;
}

} // namespace ChartDataBuilder
} // namespace Jfp
