// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "fingertipsimport.h"

#include "coretr.h"
#include "storage/database.h"
#include "storage/seriesrepository.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

const QString englandCode = u"E92000001"_s;

QString number(const OptionalValue &value)
{
    return value ? QString::number(*value, 'g', 15) : Tr::tr("none");
}

QString describe(const ActualValue &a)
{
    QString text = number(a.value);
    if (a.lower || a.upper)
        text += u" (95% CI "_s + number(a.lower) + u" to "_s + number(a.upper) + u')';
    if (a.count || a.denominator)
        text += u", "_s + number(a.count) + u" / "_s + number(a.denominator);
    return text;
}

bool sameActual(const ActualValue &a, const ActualValue &b)
{
    return a.value == b.value && a.lower == b.lower && a.upper == b.upper && a.count == b.count
           && a.denominator == b.denominator && a.note == b.note && a.synthetic == b.synthetic;
}

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

bool ImportPlan::hasErrors() const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.isError(); });
}

QStringList ImportPlan::errorMessages() const
{
    QStringList messages;
    for (const ImportProblem &p : problems) {
        if (p.isError())
            messages << p.toString();
    }
    return messages;
}

bool ImportPlan::hasChanges() const
{
    return std::any_of(links.cbegin(), links.cend(), [](const Link &l) { return l.isNew; })
           || count(Change::Add) + count(Change::Replace) > 0;
}

int ImportPlan::count(Change change) const
{
    int n = 0;
    for (const ActualChange &a : actuals)
        n += a.change == change ? 1 : 0;
    for (const BenchmarkChange &b : benchmarks)
        n += b.change == change ? 1 : 0;
    return n;
}

QString ImportPlan::summary() const
{
    QString text;
    const auto countOf = [](const auto &list, Change change) {
        return int(std::count_if(list.cbegin(), list.cend(), [change](const auto &item) {
            return item.change == change;
        }));
    };
    text += Tr::tr("Import from %1").arg(file) + u'\n';
    text += Tr::tr("Links:") + u'\n';
    if (links.isEmpty())
        text += u"  "_s + Tr::tr("none") + u'\n';
    for (const Link &link : links) {
        text += u"  "_s
                + Tr::tr("Fingertips %1 -> %2 (%3, id %4)")
                      .arg(link.externalId, link.indicatorName, link.areaName)
                      .arg(link.indicatorId);
        if (link.isNew)
            text += u' ' + Tr::tr("[new, will be remembered]");
        text += u'\n';
    }
    text += Tr::tr("Actual values: %1 to add, %2 to replace, %3 unchanged")
                .arg(countOf(actuals, Change::Add))
                .arg(countOf(actuals, Change::Replace))
                .arg(countOf(actuals, Change::Same))
            + u'\n';
    for (const ActualChange &a : actuals) {
        if (a.change == Change::Add) {
            text += u"  "_s
                    + Tr::tr("add %1 %2: %3 (line %4)")
                          .arg(a.indicatorName, a.value.period, describe(a.value))
                          .arg(a.line)
                    + u'\n';
        } else if (a.change == Change::Replace) {
            text += u"  "_s
                    + Tr::tr("replace %1 %2: %3 with %4 (line %5)")
                          .arg(a.indicatorName,
                               a.value.period,
                               a.previous ? describe(*a.previous) : QString(),
                               describe(a.value))
                          .arg(a.line)
                    + u'\n';
        }
    }
    text += Tr::tr("Benchmark values: %1 to add, %2 to replace, %3 unchanged")
                .arg(countOf(benchmarks, Change::Add))
                .arg(countOf(benchmarks, Change::Replace))
                .arg(countOf(benchmarks, Change::Same))
            + u'\n';
    for (const BenchmarkChange &b : benchmarks) {
        if (b.change == Change::Add) {
            text += u"  "_s
                    + Tr::tr("add %1, %2 (%3) %4: %5 (line %6)")
                          .arg(b.indicatorName,
                               b.benchmarkName,
                               b.benchmarkCode,
                               b.value.period,
                               number(b.value.value))
                          .arg(b.line)
                    + u'\n';
        } else if (b.change == Change::Replace) {
            text += u"  "_s
                    + Tr::tr("replace %1, %2 (%3) %4: %5 with %6 (line %7)")
                          .arg(b.indicatorName,
                               b.benchmarkName,
                               b.benchmarkCode,
                               b.value.period,
                               number(b.previous),
                               number(b.value.value))
                          .arg(b.line)
                    + u'\n';
        }
    }
    QStringList notices;
    QStringList errors;
    for (const ImportProblem &p : problems)
        (p.isError() ? errors : notices) << u"  "_s + p.toString();
    if (!notices.isEmpty())
        text += Tr::tr("Skipped and notes:") + u'\n' + notices.join(u'\n') + u'\n';
    if (!errors.isEmpty())
        text += Tr::tr("Errors (nothing will be written):") + u'\n' + errors.join(u'\n') + u'\n';
    return text;
}

QList<const Indicator *> findIndicators(const PlanSnapshot &plan, const QString &idNameOrCode)
{
    QList<const Indicator *> found;
    const QString wanted = idNameOrCode.trimmed();
    bool isId = false;
    const Id id = wanted.toLongLong(&isId);
    if (isId) {
        for (const Indicator &i : plan.indicators) {
            if (i.id == id)
                return {&i};
        }
    }
    const QString key = folded(wanted);
    if (key.isEmpty())
        return found;
    for (const Indicator &i : plan.indicators) {
        if (folded(i.name) == key)
            found << &i;
    }
    if (!found.isEmpty())
        return found;
    for (const Indicator &i : plan.indicators) {
        if (!i.code.isEmpty() && folded(i.code) == key)
            found << &i;
    }
    return found;
}

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

    ImportPlan run(const QList<IndicatorLinkRequest> &requests);

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
    for (const FingertipsRow *row : rows) {
        const QString period = row->period.toString();
        if (isOwn(row->areaCode)) {
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
            for (const ActualValue &existing : indicator.actuals) {
                if (Period::parse(existing.period) == row->period) {
                    change.previous = existing;
                    change.change = sameActual(existing, change.value)
                                        ? ImportPlan::Change::Same
                                        : ImportPlan::Change::Replace;
                    break;
                }
            }
            m_result.actuals.append(change);
            continue;
        }
        const qsizetype b = benchmarkCodes.indexOf(row->areaCode.toUpper());
        if (b < 0) {
            ++other;
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
        for (const Benchmark &existing : indicator.benchmarks) {
            if (existing.code.compare(change.benchmarkCode, Qt::CaseInsensitive) != 0)
                continue;
            for (const PeriodValue &v : existing.values) {
                if (Period::parse(v.period) == row->period) {
                    change.previous = v.value;
                    change.change = v.value == row->value ? ImportPlan::Change::Same
                                                          : ImportPlan::Change::Replace;
                    break;
                }
            }
            break;
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

ImportPlan Planner::run(const QList<IndicatorLinkRequest> &requests)
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
    for (auto it = categoryRows.cbegin(); it != categoryRows.cend(); ++it) {
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
    return m_result;
}

} // namespace

ImportPlan
plan(const PlanSnapshot &plan, const FingertipsData &data, const QList<IndicatorLinkRequest> &links)
{
    Planner planner(plan, data);
    return planner.run(links);
}

bool apply(Database &db, const ImportPlan &importPlan, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (importPlan.hasErrors())
        return fail(Tr::tr("the import has errors, so nothing was written"));
    if (db.isReadOnly())
        return fail(Tr::tr("'%1' is read-only, so nothing was written").arg(db.path()));
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(
            Tr::tr("could not start a transaction: %1").arg(db.connection().lastError().text()));
    SeriesRepository repository(db);
    QString detail;
    for (const ImportPlan::Link &link : importPlan.links) {
        if (link.isNew
            && !repository.addLink(link.indicatorId, importPlan.source, link.externalId, &detail))
            return fail(
                Tr::tr("could not remember the link to %1: %2").arg(link.externalId, detail));
    }
    for (const ImportPlan::ActualChange &a : importPlan.actuals) {
        if (a.change != ImportPlan::Change::Same
            && !repository.upsertActual(a.indicatorId, a.value, &detail))
            return fail(Tr::tr("could not write the actual value of %1 %2 (line %3): %4")
                            .arg(a.indicatorName, a.value.period)
                            .arg(a.line)
                            .arg(detail));
    }
    QHash<QString, Id> benchmarkIds;
    for (const ImportPlan::BenchmarkChange &b : importPlan.benchmarks) {
        if (b.change == ImportPlan::Change::Same)
            continue;
        const QString key = QString::number(b.indicatorId) + u'|' + b.benchmarkCode;
        Id benchmarkId = benchmarkIds.value(key);
        if (benchmarkId == 0) {
            benchmarkId = repository.ensureBenchmark(
                b.indicatorId, b.benchmarkName, b.benchmarkCode, &detail);
            if (benchmarkId == 0)
                return fail(
                    Tr::tr("could not write the benchmark %1: %2").arg(b.benchmarkName, detail));
            benchmarkIds.insert(key, benchmarkId);
        }
        if (!repository.upsertBenchmarkValue(benchmarkId, b.value, &detail))
            return fail(Tr::tr("could not write the benchmark value %1 %2 (line %3): %4")
                            .arg(b.benchmarkName, b.value.period)
                            .arg(b.line)
                            .arg(detail));
    }
    if (!transaction.commit(&detail))
        return fail(Tr::tr("could not save the import: %1").arg(detail));
    return true;
}

} // namespace FingertipsImport
} // namespace Jfp
