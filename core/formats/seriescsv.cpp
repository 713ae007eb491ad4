// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriescsv.h"

#include "csvreader.h"
#include "domain/domainenums.h"
#include "domain/period.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace Jfp::SeriesTemplate {

using namespace Qt::StringLiterals;

namespace {

QString csvNumber(const OptionalValue &value)
{
    // The shortest text that reads back as the same double.
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

// Orders period labels as periods; labels that do not parse come last, by text.
bool periodLess(const QString &a, const QString &b)
{
    const Period pa = Period::parse(a);
    const Period pb = Period::parse(b);
    if (pa.isValid() != pb.isValid())
        return pa.isValid();
    if (pa.isValid() && (pa < pb || pb < pa))
        return pa < pb;
    return a < b;
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
        // Union of trajectory and actual periods, keyed by the label as stored.
        QStringList labels;
        for (const PeriodValue &p : indicator->trajectory)
            labels << p.period;
        for (const ActualValue &a : indicator->actuals) {
            const Period period = Period::parse(a.period);
            const bool known = std::any_of(labels.cbegin(), labels.cend(), [&](const QString &l) {
                return l == a.period || (period.isValid() && Period::parse(l) == period);
            });
            if (!known)
                labels << a.period;
        }
        std::stable_sort(labels.begin(), labels.end(), periodLess);
        if (labels.isEmpty())
            labels << QString(); // a row to fill in
        for (const QString &label : std::as_const(labels)) {
            const Period period = Period::parse(label);
            const auto samePeriod = [&](const QString &other) {
                return other == label || (period.isValid() && Period::parse(other) == period);
            };
            OptionalValue planned;
            for (const PeriodValue &p : indicator->trajectory) {
                if (samePeriod(p.period))
                    planned = p.value;
            }
            const ActualValue *actual = nullptr;
            for (const ActualValue &a : indicator->actuals) {
                if (samePeriod(a.period))
                    actual = &a;
            }
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
