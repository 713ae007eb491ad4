// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
// The workbook import: trajectory, actual and benchmark values.
#include "workbookimporter.h"

#include "coretr.h"

#include "domain/period.h"

namespace Jfp::WorkbookImport::Internal {

const Indicator *Importer::indicatorFor(CellReader &cells)
{
    bool ok = true;
    const auto key = cells.id(u"indicatorId"_s, &ok);
    const QString name = cells.text(u"indicator"_s);
    if (!ok)
        return nullptr;
    if (key) {
        const Id id = resolve(cells,
                              u"indicatorId"_s,
                              *key,
                              m_indicatorKeys,
                              workItem(m_work.indicators, *key) != nullptr,
                              Tr::tr("indicator"));
        const Indicator *indicator = id != 0 ? workItem(m_work.indicators, id) : nullptr;
        if (indicator
            && !nameAgrees(cells, u"indicator"_s, name, indicator->name, Tr::tr("indicator"), *key))
            return nullptr;
        return indicator;
    }
    QList<const Indicator *> found;
    for (const Indicator &i : std::as_const(m_work.indicators)) {
        if (!name.isEmpty() && folded(i.name) == folded(name))
            found << &i;
    }
    if (found.size() == 1)
        return found.constFirst();
    cells.error(name.isEmpty() ? u"indicatorId"_s : u"indicator"_s,
                name.isEmpty()    ? Tr::tr("is empty; give the indicator's id or name")
                : found.isEmpty() ? Tr::tr("no indicator is called '%1'").arg(name)
                                  : Tr::tr("%1 indicators are called '%2'; give the indicatorId")
                                        .arg(found.size())
                                        .arg(name));
    return nullptr;
}

void Importer::readValues(CellReader &cells, SheetKind kind)
{
    const Indicator *indicator = indicatorFor(cells);
    bool ok = indicator != nullptr;
    const QString label = cells.period(u"period"_s, &ok);
    if (!cells.has(u"period"_s)) {
        cells.error(u"period"_s, Tr::tr("is empty"));
        return;
    }
    if (!ok)
        return;
    const Period period = Period::parse(label);
    const Indicator *stored = nullptr;
    for (const Indicator &i : m_plan.indicators) {
        if (i.id == indicator->id)
            stored = &i;
    }
    const QString indicatorLabel = indicator->name;
    const auto samePeriod
        = [&period](const QString &other) { return Period::parse(other) == period; };
    QString seenKey = cells.sheetName() + u'|' + QString::number(indicator->id) + u'|';
    if (kind == SheetKind::Trajectory) {
        OptionalValue planned = cells.number(u"planned"_s, &ok);
        if (!ok)
            return;
        for (const PeriodValue &existing : stored ? stored->trajectory : QList<PeriodValue>()) {
            if (samePeriod(existing.period)) {
                keepIfSame(planned, existing.value);
                if (!planned) // an empty cell changes nothing
                    planned = existing.value;
            }
        }
        const PeriodValue value{period.toString(), planned};
        const auto messages = Validation::trajectoryValues(*indicator, {value});
        validate(cells, messages);
        if (!messages.isEmpty())
            return;
        ImportPlan::PlannedChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.value = value;
        for (const PeriodValue &existing : stored ? stored->trajectory : QList<PeriodValue>()) {
            if (samePeriod(existing.period)) {
                change.previous = existing.value;
                change.value.period = existing.period;
                change.change = existing.value == planned ? Change::Same : Change::Replace;
            }
        }
        seenKey += change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.planned << change;
    } else if (kind == SheetKind::Actuals) {
        ActualValue value;
        value.period = period.toString();
        value.value = cells.number(u"value"_s, &ok);
        value.lower = cells.number(u"lower"_s, &ok);
        value.upper = cells.number(u"upper"_s, &ok);
        value.count = cells.number(u"count"_s, &ok);
        value.denominator = cells.number(u"denominator"_s, &ok);
        value.note = cells.text(u"note"_s);
        const auto synthetic = cells.boolean(u"synthetic"_s, &ok);
        value.synthetic = synthetic.value_or(false);
        if (!ok)
            return;
        // A row with no figures records the period as missing; it never empties a value.
        const bool empty = !value.value && !value.lower && !value.upper && !value.count
                           && !value.denominator && value.note.isEmpty();
        const auto messages = Validation::actualValues(*indicator, {value});
        validate(cells, messages);
        if (!messages.isEmpty())
            return;
        ImportPlan::ActualChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.value = value;
        for (const ActualValue &existing : stored ? stored->actuals : QList<ActualValue>()) {
            if (samePeriod(existing.period)) {
                change.previous = existing;
                change.value.period = existing.period;
                keepIfSame(change.value.value, existing.value);
                keepIfSame(change.value.lower, existing.lower);
                keepIfSame(change.value.upper, existing.upper);
                keepIfSame(change.value.count, existing.count);
                keepIfSame(change.value.denominator, existing.denominator);
                if (empty)
                    change.value = existing;
                if (!synthetic)
                    change.value.synthetic = existing.synthetic;
                change.change
                    = sameActualValue(existing, change.value) ? Change::Same : Change::Replace;
            }
        }
        seenKey += change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.actuals << change;
    } else {
        const QString benchmark = cells.text(u"benchmark"_s);
        const QString code = cells.text(u"code"_s);
        OptionalValue value = cells.number(u"value"_s, &ok);
        if (benchmark.isEmpty()) {
            cells.error(u"benchmark"_s, Tr::tr("is empty; give the benchmark's name"));
            return;
        }
        if (!ok)
            return;
        ImportPlan::BenchmarkChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.benchmarkName = benchmark;
        change.benchmarkCode = code;
        change.value = {period.toString(), value};
        for (const Benchmark &b : stored ? stored->benchmarks : QList<Benchmark>()) {
            if (code.isEmpty() ? b.code.isEmpty() && folded(b.name) == folded(benchmark)
                               : b.code.compare(code, Qt::CaseInsensitive) == 0) {
                for (const PeriodValue &existing : b.values) {
                    if (samePeriod(existing.period)) {
                        keepIfSame(change.value.value, existing.value);
                        if (!change.value.value) // an empty cell changes nothing
                            change.value.value = existing.value;
                        value = change.value.value;
                        change.previous = existing.value;
                        change.value.period = existing.period;
                        change.change = existing.value == value ? Change::Same : Change::Replace;
                    }
                }
            }
        }
        seenKey += (code.isEmpty() ? benchmark : code) + u'|' + change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.benchmarks << change;
    }
    if (const auto it = m_seenValues.constFind(seenKey); it != m_seenValues.cend()) {
        cells.error(u"period"_s,
                    Tr::tr("a second row for %1, %2 (the first is row %3)")
                        .arg(indicatorLabel, period.toString())
                        .arg(*it));
        return;
    }
    m_seenValues.insert(seenKey, cells.line());
}

} // namespace Jfp::WorkbookImport::Internal
