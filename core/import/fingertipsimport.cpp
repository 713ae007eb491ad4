// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "fingertipsimport.h"

#include "commands/validation.h"
#include "coretr.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

const QString englandCode = u"E92000001"_s;

} // namespace

namespace FingertipsImport {

namespace {

class Planner
{
public:
    Planner(const PlanSnapshot &plan, const FingertipsData &data)
        : m_plan(plan)
        , m_data(data)
    {
        m_result.file = data.fileName;
        m_result.problems = data.problems;
    }

    ImportPlan
    run(const QList<IndicatorLinkRequest> &requests) &&; // once: it hands over its result

private:
    void error(qint64 line, const QString &message)
    {
        m_result.problems.append(
            {ImportProblem::Severity::Error, m_data.fileName, line, QString(), message});
    }
    void notice(qint64 line, const QString &message)
    {
        m_result.problems.append(
            {ImportProblem::Severity::Notice, m_data.fileName, line, QString(), message});
    }
    const Area *areaOf(const Indicator &indicator) const
    {
        const Programme *programme = m_plan.programme(indicator.programmeId);
        return programme ? m_plan.owningArea(*programme) : nullptr;
    }
    void addLinks(const QList<IndicatorLinkRequest> &requests);
    void importIndicator(const QString &externalId, const QList<const FingertipsRow *> &rows);
    void importInto(const Indicator &indicator, const QList<const FingertipsRow *> &rows);

    const PlanSnapshot &m_plan;
    const FingertipsData &m_data;
    ImportPlan m_result;
    QList<QPair<QString, Id>> m_linked; // (Fingertips id, plan indicator id), in order
};

void Planner::addLinks(const QList<IndicatorLinkRequest> &requests)
{
    for (const Indicator &i : m_plan.indicators) {
        for (const auto &[source, externalId] : i.links) {
            if (source != m_result.source)
                continue;
            m_linked.append({externalId, i.id});
            const Area *area = areaOf(i);
            m_result.links.append({externalId, i.id, i.name, area ? area->name : QString(), false});
        }
    }
    QSet<QString> fileIds;
    for (const FingertipsData::IndicatorInFile &i : m_data.indicators)
        fileIds.insert(i.id);
    for (const FingertipsRow &row : m_data.rows)
        fileIds.insert(row.indicatorId);
    for (const FingertipsRow &row : m_data.categoryRows)
        fileIds.insert(row.indicatorId);

    for (const IndicatorLinkRequest &request : requests) {
        const QString externalId = request.externalId.trimmed();
        bool isNumber = false;
        const qlonglong id = externalId.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            error(0,
                  Tr::tr("link %1=%2: '%1' is not a Fingertips indicator id (a whole number)")
                      .arg(request.externalId, request.indicator));
            continue;
        }
        const QList<const Indicator *> matches = findIndicators(m_plan, request.indicator);
        if (matches.isEmpty()) {
            error(0,
                  Tr::tr("link %1=%2: no indicator in the plan has the id, name or code '%2'. "
                         "Run 'jfp indicators' to list them.")
                      .arg(externalId, request.indicator));
            continue;
        }
        if (matches.size() > 1) {
            QStringList ids;
            for (const Indicator *i : matches)
                ids << QString::number(i->id);
            error(0,
                  Tr::tr("link %1=%2: %3 indicators have that name (ids %4); give the id instead")
                      .arg(externalId, request.indicator)
                      .arg(matches.size())
                      .arg(ids.join(u", "_s)));
            continue;
        }
        const Indicator &indicator = *matches.constFirst();
        const bool unreadable = fileIds.isEmpty() && m_data.hasErrors();
        if (!fileIds.contains(externalId) && !unreadable) {
            error(0,
                  Tr::tr("link %1=%2: the file has no rows for Fingertips indicator %1")
                      .arg(externalId, request.indicator));
        }
        const QPair<QString, Id> pair{externalId, indicator.id};
        if (m_linked.contains(pair))
            continue;
        m_linked.append(pair);
        const Area *area = areaOf(indicator);
        m_result.links.append(
            {externalId, indicator.id, indicator.name, area ? area->name : QString(), true});
    }
}

void Planner::importInto(const Indicator &indicator, const QList<const FingertipsRow *> &rows)
{
    const Area *area = areaOf(indicator);
    if (!area) {
        error(0,
              Tr::tr("indicator %1 (%2) belongs to no area").arg(indicator.id).arg(indicator.name));
        return;
    }
    const auto isOwn = [area](const QString &code) {
        return (!area->onsCode.isEmpty() && code.compare(area->onsCode, Qt::CaseInsensitive) == 0)
               || (!area->odsCode.isEmpty()
                   && code.compare(area->odsCode, Qt::CaseInsensitive) == 0);
    };
    // Benchmarks: England, and the parent of the indicator's own area in the file (its region).
    QStringList benchmarkCodes = {englandCode};
    for (const FingertipsRow *row : rows) {
        if (isOwn(row->areaCode) && !row->parentCode.isEmpty() && !isOwn(row->parentCode)
            && !benchmarkCodes.contains(row->parentCode, Qt::CaseInsensitive))
            benchmarkCodes << row->parentCode;
    }
    const QString label = Tr::tr("%1 (%2)").arg(indicator.name, area->name);

    QHash<QString, qint64> actualLines; // period → line, to catch two rows for one period
    QHash<QString, qint64> benchmarkLines;
    int own = 0;
    int other = 0;
    // The stored values by period, to compare each row with at once.
    QHash<QString, const ActualValue *> storedActuals;
    for (const ActualValue &existing : indicator.actuals)
        storedActuals.insert(Period::parse(existing.period).toString(), &existing);
    QHash<QString, const PeriodValue *> storedBenchmarks; // "CODE|period", the first benchmark
    for (auto b = indicator.benchmarks.crbegin(); b != indicator.benchmarks.crend(); ++b) {
        for (const PeriodValue &v : b->values)
            storedBenchmarks.insert(b->code.toUpper() + u'|' + Period::parse(v.period).toString(),
                                    &v);
    }
    for (const FingertipsRow *row : rows) {
        const bool ownRow = isOwn(row->areaCode);
        if (!ownRow && !benchmarkCodes.contains(row->areaCode, Qt::CaseInsensitive)) {
            ++other; // most rows of a national file: counted, not looked at
            continue;
        }
        const QString period = row->period.toString();
        if (ownRow) {
            ++own;
            if (const auto it = actualLines.constFind(period); it != actualLines.cend()) {
                error(row->line,
                      Tr::tr("a second value for %1 %2 (the first is on line %3)")
                          .arg(label, period)
                          .arg(*it));
                continue;
            }
            actualLines.insert(period, row->line);
            ImportPlan::ActualChange change;
            change.indicatorId = indicator.id;
            change.indicatorName = label;
            change.line = row->line;
            change.value = {period,
                            row->value,
                            row->lowerCi95,
                            row->upperCi95,
                            row->count,
                            row->denominator,
                            row->valueNote,
                            false};
            // Checked as the trajectory editor checks a typed actual (a rate of 106 % is
            // refused here, before anything is written, not by the import's own check).
            for (const Validation::FieldMessage &m :
                 Validation::actualValues(indicator, {change.value}))
                error(row->line, Tr::tr("%1: %2").arg(label, m.message));
            if (const ActualValue *existing = storedActuals.value(period)) {
                change.previous = *existing;
                change.value.period = existing->period; // keep the stored label
                change.change = sameActualValue(*existing, change.value)
                                    ? ImportPlan::Change::Same
                                    : ImportPlan::Change::Replace;
            }
            m_result.actuals.append(change);
            continue;
        }
        const QString key = row->areaCode.toUpper() + u'|' + period;
        if (const auto it = benchmarkLines.constFind(key); it != benchmarkLines.cend()) {
            error(row->line,
                  Tr::tr("a second value for benchmark %1 %2 (the first is on line %3)")
                      .arg(row->areaCode, period)
                      .arg(*it));
            continue;
        }
        benchmarkLines.insert(key, row->line);
        ImportPlan::BenchmarkChange change;
        change.indicatorId = indicator.id;
        change.indicatorName = label;
        change.line = row->line;
        change.benchmarkCode = row->areaCode.toUpper();
        change.benchmarkName = !row->areaName.isEmpty()       ? row->areaName
                               : row->areaCode == englandCode ? u"England"_s
                                                              : row->areaCode;
        change.value = {period, row->value};
        if (const PeriodValue *v = storedBenchmarks.value(key)) {
            change.previous = v->value;
            change.value.period = v->period;
            change.change
                = v->value == row->value ? ImportPlan::Change::Same : ImportPlan::Change::Replace;
        }
        m_result.benchmarks.append(change);
    }
    if (own == 0) {
        notice(0,
               Tr::tr("%1: the file has no rows for %2 (%3), so no actual values")
                   .arg(label, area->name, area->code()));
    }
    if (other > 0) {
        notice(0, Tr::tr("%1: rows of other areas skipped: %2").arg(label).arg(other));
    }
}

void Planner::importIndicator(const QString &externalId, const QList<const FingertipsRow *> &rows)
{
    QList<Id> targets;
    for (const auto &[ext, id] : std::as_const(m_linked)) {
        if (ext == externalId)
            targets << id;
    }
    const QString name = rows.constFirst()->indicatorName;
    if (targets.isEmpty()) {
        notice(rows.constFirst()->line,
               Tr::tr("Fingertips indicator %1 (%2) is not linked to a plan indicator, so its "
                      "rows are skipped (%3); link it with --link %1=INDICATOR")
                   .arg(externalId, name)
                   .arg(rows.size()));
        return;
    }
    // One series per indicator: the only sex/age breakdown, or Persons / All ages.
    QList<QPair<QString, QString>> breakdowns;
    for (const FingertipsRow *row : rows) {
        const QPair<QString, QString> b{row->sex, row->age};
        if (!breakdowns.contains(b))
            breakdowns << b;
    }
    QPair<QString, QString> chosen = breakdowns.constFirst();
    if (breakdowns.size() > 1) {
        const auto persons
            = std::find_if(breakdowns.cbegin(), breakdowns.cend(), [](const auto &b) {
                  return b.first.compare(u"Persons"_s, Qt::CaseInsensitive) == 0
                         && b.second.compare(u"All ages"_s, Qt::CaseInsensitive) == 0;
              });
        if (persons == breakdowns.cend()) {
            QStringList names;
            for (const auto &b : std::as_const(breakdowns))
                names << b.first + u", "_s + b.second;
            error(rows.constFirst()->line,
                  Tr::tr("Fingertips indicator %1 has several sex/age breakdowns (%2) and none "
                         "is Persons, All ages; export one breakdown only")
                      .arg(externalId, names.join(u"; "_s)));
            return;
        }
        chosen = *persons;
    }
    QList<const FingertipsRow *> selected;
    for (const FingertipsRow *row : rows) {
        if (row->sex == chosen.first && row->age == chosen.second)
            selected << row;
    }
    if (selected.size() < rows.size()) {
        notice(0,
               Tr::tr("Fingertips indicator %1: rows of other sex/age breakdowns skipped: %2 "
                      "(%3, %4 taken)")
                   .arg(externalId)
                   .arg(rows.size() - selected.size())
                   .arg(chosen.first, chosen.second));
    }
    for (const Id id : std::as_const(targets)) {
        const auto it = std::find_if(m_plan.indicators.cbegin(),
                                     m_plan.indicators.cend(),
                                     [id](const Indicator &i) { return i.id == id; });
        if (it != m_plan.indicators.cend())
            importInto(*it, selected);
    }
}

ImportPlan Planner::run(const QList<IndicatorLinkRequest> &requests) &&
{
    addLinks(requests);
    QStringList order;
    QHash<QString, QList<const FingertipsRow *>> byIndicator;
    for (const FingertipsRow &row : m_data.rows) {
        if (!byIndicator.contains(row.indicatorId))
            order << row.indicatorId;
        byIndicator[row.indicatorId].append(&row);
    }
    for (const QString &id : std::as_const(order))
        importIndicator(id, byIndicator.value(id));

    QHash<QString, int> categoryRows;
    for (const FingertipsRow &row : m_data.categoryRows)
        ++categoryRows[row.indicatorId];
    // Indicators whose rows the reader left out (FingertipsReader::Options::keepIndicators).
    for (const FingertipsData::IndicatorInFile &i : m_data.indicators) {
        if (i.kept)
            continue;
        categoryRows[i.id] += i.categoryRows;
        const bool linked = std::any_of(
            m_linked.cbegin(), m_linked.cend(), [&i](const auto &l) { return l.first == i.id; });
        if (linked) {
            error(i.firstLine,
                  Tr::tr("the rows of Fingertips indicator %1 (%2) were left out when the file "
                         "was read; read the file again to import them")
                      .arg(i.id, i.name));
        } else if (i.rows > 0) {
            notice(i.firstLine,
                   Tr::tr("Fingertips indicator %1 (%2) is not linked to a plan indicator, so "
                          "its rows are skipped (%3); link it with --link %1=INDICATOR")
                       .arg(i.id, i.name)
                       .arg(i.rows));
        }
    }
    for (auto it = categoryRows.cbegin(); it != categoryRows.cend(); ++it) {
        if (it.value() == 0)
            continue;
        notice(0,
               Tr::tr("Fingertips indicator %1: category rows (inequality breakdowns) "
                      "skipped: %2; only the headline series is imported")
                   .arg(it.key())
                   .arg(it.value()));
    }
    std::stable_sort(
        m_result.problems.begin(),
        m_result.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return std::move(m_result);
}

} // namespace

ImportPlan
plan(const PlanSnapshot &plan, const FingertipsData &data, const QList<IndicatorLinkRequest> &links)
{
    return Planner(plan, data).run(links);
}

QSet<QString> linkedIds(const PlanSnapshot &plan, const QList<IndicatorLinkRequest> &links)
{
    QSet<QString> ids;
    for (const Indicator &i : plan.indicators) {
        for (const auto &[source, externalId] : i.links) {
            if (source == u"fingertips"_s)
                ids.insert(externalId);
        }
    }
    for (const IndicatorLinkRequest &link : links) {
        bool isNumber = false;
        const qlonglong id = link.externalId.trimmed().toLongLong(&isNumber);
        if (isNumber && id > 0)
            ids.insert(QString::number(id));
    }
    return ids;
}

QList<Id> fedIndicators(const PlanSnapshot &plan, const QList<IndicatorLinkRequest> &links)
{
    QList<Id> ids;
    QSet<Id> seen;
    const auto take = [&](Id id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const Indicator &i : plan.indicators) {
        for (const auto &link : i.links) {
            if (link.first == u"fingertips"_s)
                take(i.id);
        }
    }
    for (const IndicatorLinkRequest &link : links) {
        for (const Indicator *i : findIndicators(plan, link.indicator))
            take(i->id);
    }
    return ids;
}

} // namespace FingertipsImport
} // namespace Jfp
