// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriescsv.h"

#include "csvreader.h"
#include "domain/domainenums.h"
#include "domain/period.h"

#include <QIODevice>
#include <QLocale>

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace Jfp::SeriesTemplate {

using namespace Qt::StringLiterals;

namespace {

QString csvNumber(const OptionalValue &value)
{
    // The shortest text that reads back as the same double.
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QStringList columns()
{
    return {u"indicatorId"_s,
            u"area"_s,
            u"areaCode"_s,
            u"programme"_s,
            u"indicator"_s,
            u"unit"_s,
            u"period"_s,
            u"planned"_s,
            u"actual"_s,
            u"lower"_s,
            u"upper"_s,
            u"count"_s,
            u"denominator"_s,
            u"note"_s};
}

bool writeBlank(QIODevice *device, QString *error)
{
    return writeCsvRecord(device, columns(), error);
}

bool write(QIODevice *device,
           const PlanSnapshot &plan,
           const QList<const Indicator *> &indicators,
           QString *error,
           int *rowCount)
{
    if (!writeBlank(device, error))
        return false;
    int rows = 0;
    for (const Indicator *indicator : indicators) {
        const Programme *programme = plan.programme(indicator->programmeId);
        const Area *area = programme ? plan.owningArea(*programme) : nullptr;
        // Union of trajectory and actual periods: one row per period (labels that do not
        // parse, by their text), each label parsed once, so that a long series is written in
        // n log n (it was quadratic: 100,000 values took minutes).
        struct SeriesRow
        {
            QString label;
            Period period;
            OptionalValue planned;
            const ActualValue *actual = nullptr;
        };
        QList<SeriesRow> series;
        QHash<QString, qsizetype> byLabel;
        std::map<std::tuple<qint64, int, int>, qsizetype> byPeriod;
        const auto rowFor = [&](const QString &label) -> SeriesRow & {
            if (const auto known = byLabel.constFind(label); known != byLabel.cend())
                return series[*known];
            const Period period = Period::parse(label);
            const auto key = std::make_tuple(
                period.start().toJulianDay(), period.lengthInMonths(), int(period.kind()));
            if (period.isValid()) {
                if (const auto same = byPeriod.find(key); same != byPeriod.end()) {
                    byLabel.insert(label, same->second);
                    return series[same->second];
                }
                byPeriod.emplace(key, series.size());
            }
            byLabel.insert(label, series.size());
            series.append(SeriesRow{label, period, {}, nullptr});
            return series.last();
        };
        for (const PeriodValue &p : indicator->trajectory)
            rowFor(p.period).planned = p.value;
        for (const ActualValue &a : indicator->actuals)
            rowFor(a.period).actual = &a;
        // Periods in order, then labels that do not parse, by text.
        std::stable_sort(series.begin(), series.end(), [](const SeriesRow &x, const SeriesRow &y) {
            if (x.period.isValid() != y.period.isValid())
                return x.period.isValid();
            if (x.period.isValid() && (x.period < y.period || y.period < x.period))
                return x.period < y.period;
            return x.label < y.label;
        });
        if (series.isEmpty())
            series.append(SeriesRow{}); // a row to fill in
        for (const SeriesRow &row : std::as_const(series)) {
            const QString &label = row.label;
            const OptionalValue &planned = row.planned;
            const ActualValue *actual = row.actual;
            QStringList fields(ColumnCount);
            fields[IndicatorId] = QString::number(indicator->id);
            fields[AreaName] = area ? area->name : QString();
            fields[AreaCode] = area ? area->code() : QString();
            fields[ProgrammeName] = programme ? programme->name : QString();
            fields[IndicatorName] = indicator->name;
            fields[UnitKey] = Enums::key(indicator->unit);
            fields[PeriodLabel] = label;
            fields[Planned] = csvNumber(planned);
            if (actual) {
                fields[Actual] = csvNumber(actual->value);
                fields[Lower] = csvNumber(actual->lower);
                fields[Upper] = csvNumber(actual->upper);
                fields[Count] = csvNumber(actual->count);
                fields[Denominator] = csvNumber(actual->denominator);
                fields[Note] = actual->note;
            }
            if (!writeCsvRecord(device, fields, error))
                return false;
            ++rows;
        }
    }
    if (rowCount)
        *rowCount = rows;
    return true;
}

} // namespace Jfp::SeriesTemplate
