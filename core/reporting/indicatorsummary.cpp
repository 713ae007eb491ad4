// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorsummary.h"

#include "chartdata.h"

#include "coretr.h"
#include "domain/period.h"
#include "domain/valueformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Jfp::IndicatorSummaries {

namespace {

QString normalised(const QString &text)
{
    QString s = text.simplified().toCaseFolded();
    s.remove(QLatin1Char('.'));
    return s;
}

IndicatorSummary summarise(const PlanSnapshot &plan, const Indicator &indicator)
{
    IndicatorSummary row;
    row.indicator = &indicator;
    row.programme = plan.programme(indicator.programmeId);
    row.area = row.programme ? plan.owningArea(*row.programme) : nullptr;
    row.latest = indicator.latestActual();
    return row;
}

} // namespace

QList<const Area *> areasInTreeOrder(const PlanSnapshot &plan)
{
    // Depth first from the top, each area's children in plan order: iterated over a parent →
    // children index, so neither a deep chain nor a large plan costs more than one pass.
    QHash<Id, QList<const Area *>> children;
    for (const Area &area : plan.areas)
        children[area.parentId].append(&area);
    QList<const Area *> out;
    out.reserve(plan.areas.size());
    QSet<const Area *> placed;
    QList<std::pair<const QList<const Area *> *, qsizetype>> stack;
    if (const auto top = children.constFind(0); top != children.cend())
        stack.append({&*top, 0});
    while (!stack.isEmpty()) {
        auto &[siblings, next] = stack.last();
        if (next == siblings->size()) {
            stack.removeLast();
            continue;
        }
        const Area *area = siblings->at(next++);
        if (placed.contains(area))
            continue; // a parent cycle in a malformed file
        placed.insert(area);
        out.append(area);
        if (const auto below = children.constFind(area->id); below != children.cend())
            stack.append({&*below, 0});
    }
    // Areas whose parent is missing (or in a circle) still appear, at the end.
    for (const Area &area : plan.areas) {
        if (!placed.contains(&area))
            out.append(&area);
    }
    return out;
}

QList<IndicatorSummary> forArea(const PlanSnapshot &plan, Id areaId)
{
    QHash<Id, int> areaRank;
    const QList<const Area *> order = areasInTreeOrder(plan);
    for (int i = 0; i < order.size(); ++i)
        areaRank.insert(order.at(i)->id, i);

    QList<IndicatorSummary> rows;
    for (const Indicator &indicator : plan.indicators) {
        IndicatorSummary row = summarise(plan, indicator);
        if (areaId != 0 && (!row.area || !plan.isAreaWithin(row.area->id, areaId)))
            continue;
        rows.append(row);
    }
    // Each row's rank looked up once, then sorted by it.
    QList<std::pair<int, qsizetype>> ranked;
    ranked.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const IndicatorSummary &row = rows.at(i);
        ranked.append({areaRank.value(row.area ? row.area->id : 0, INT_MAX), i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QList<IndicatorSummary> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : std::as_const(ranked))
        sorted.append(rows.at(entry.second));
    return sorted;
}

QList<IndicatorSummary> forProgramme(const PlanSnapshot &plan, Id programmeId)
{
    QList<IndicatorSummary> rows;
    for (const Indicator &indicator : plan.indicators) {
        if (plan.isProgrammeWithin(indicator.programmeId, programmeId))
            rows.append(summarise(plan, indicator));
    }
    return rows;
}

const Area *findArea(const PlanSnapshot &plan, const QString &nameOrCode)
{
    const QString wanted = normalised(nameOrCode);
    if (wanted.isEmpty())
        return nullptr;
    for (const Area &area : plan.areas) {
        const QStringList names = {area.name, area.shortName, area.onsCode, area.odsCode};
        for (const QString &name : names) {
            if (!name.isEmpty() && normalised(name) == wanted)
                return &area;
        }
    }
    return nullptr;
}

TrajectoryStatus statusAgainstTrajectory(const Indicator &indicator)
{
    const auto latest = indicator.latestActual();
    if (!latest) {
        TrajectoryStatus status;
        status.state = TrajectoryStatus::State::NoData;
        status.label = Tr::tr("No data yet");
        return status;
    }
    return statusOfActual(indicator, *latest);
}

TrajectoryStatus statusOfActual(const Indicator &indicator, const ActualValue &actualValue)
{
    TrajectoryStatus status;
    if (!actualValue.value) {
        status.state = TrajectoryStatus::State::NoData;
        status.label = Tr::tr("No data yet");
        return status;
    }
    // The planned value for the same period: written the same way (nearly always), else the
    // same period written another way ("2023/24" and "2023-24").
    auto planned = std::find_if(
        indicator.trajectory.cbegin(), indicator.trajectory.cend(), [&](const PeriodValue &v) {
            return v.value && v.period == actualValue.period;
        });
    if (planned == indicator.trajectory.cend()) {
        const Period period = Period::parse(actualValue.period);
        planned = std::find_if(
            indicator.trajectory.cbegin(), indicator.trajectory.cend(), [&](const PeriodValue &v) {
                return v.value && period.isValid() && Period::parse(v.period) == period;
            });
    }
    const QString actualText
        = ValueFormat::withUnit(actualValue.value, indicator.unit, indicator.decimals);
    if (planned == indicator.trajectory.cend()) {
        status.state = TrajectoryStatus::State::NoTrajectory;
        status.label = Tr::tr("No trajectory");
        status.detail = Tr::tr("%1 (%2); no planned value for that period")
                            .arg(actualText, actualValue.period);
        return status;
    }
    status.detail
        = Tr::tr("%1 against a planned %2 (%3)")
              .arg(actualText,
                   ValueFormat::withUnit(planned->value, indicator.unit, indicator.decimals),
                   actualValue.period);
    const double actual = *actualValue.value;
    // Within the indicator's tolerance of the plan still counts as on track.
    const double plan = *planned->value
                        + (indicator.polarity == Polarity::LowerIsBetter ? 1 : -1)
                              * indicator.tolerance.value_or(0);
    switch (indicator.polarity) {
    case Polarity::HigherIsBetter:
        status.state
            = actual >= plan ? TrajectoryStatus::State::OnTrack : TrajectoryStatus::State::OffTrack;
        break;
    case Polarity::LowerIsBetter:
        status.state
            = actual <= plan ? TrajectoryStatus::State::OnTrack : TrajectoryStatus::State::OffTrack;
        break;
    case Polarity::Neutral:
        status.state = TrajectoryStatus::State::NotAssessed;
        break;
    }
    status.label = status.state == TrajectoryStatus::State::OnTrack    ? Tr::tr("On track")
                   : status.state == TrajectoryStatus::State::OffTrack ? Tr::tr("Off track")
                                                                       : Tr::tr("Not assessed");
    return status;
}

int statusRank(TrajectoryStatus::State state)
{
    switch (state) {
    case TrajectoryStatus::State::OffTrack:
        return 0;
    case TrajectoryStatus::State::NotAssessed:
        return 1;
    case TrajectoryStatus::State::OnTrack:
        return 2;
    case TrajectoryStatus::State::NoTrajectory:
        return 3;
    case TrajectoryStatus::State::NoData:
        break;
    }
    return 4;
}

QString statusSymbol(TrajectoryStatus::State state)
{
    switch (state) {
    case TrajectoryStatus::State::OnTrack:
        return QStringLiteral("●");
    case TrajectoryStatus::State::OffTrack:
        return QStringLiteral("▲");
    case TrajectoryStatus::State::NotAssessed:
        return QStringLiteral("◆");
    case TrajectoryStatus::State::NoTrajectory:
    case TrajectoryStatus::State::NoData:
        break;
    }
    return QStringLiteral("–");
}

QString statusText(const TrajectoryStatus &status)
{
    return statusSymbol(status.state) + QLatin1Char(' ') + status.label;
}

QList<double> trend(const Indicator &indicator)
{
    // The series are kept in period order (PlanReader::sortSeries), so no period is parsed:
    // this runs for every row of a table of thousands of indicators.
    QList<double> values;
    values.reserve(indicator.actuals.size());
    for (const ActualValue &a : indicator.actuals) {
        if (a.value && std::isfinite(*a.value))
            values.append(*a.value);
    }
    // A sparkline is a few dozen pixels wide: the latest values, as many as a chart draws.
    const qsizetype from = std::max<qsizetype>(0, values.size() - ChartDataBuilder::maxChartPoints);
    return from == 0 ? values : values.mid(from);
}

const ProgressUpdate *latestProgressUpdate(const PlanSnapshot &plan, Id programmeId)
{
    const ProgressUpdate *latest = nullptr;
    for (const ProgressUpdate &u : plan.progressUpdates) {
        if (u.programmeId == programmeId
            && (!latest || Period::parse(latest->period) < Period::parse(u.period)))
            latest = &u;
    }
    return latest;
}

const ProgressUpdate *nearestProgressUpdate(const PlanSnapshot &plan, Id programmeId)
{
    for (int guard = 0; programmeId != 0 && guard <= plan.programmes.size(); ++guard) {
        if (const ProgressUpdate *latest = latestProgressUpdate(plan, programmeId))
            return latest;
        const Programme *p = plan.programme(programmeId);
        programmeId = p ? p->parentId : 0;
    }
    return nullptr;
}

QStringList narrativeLines(const ProgressUpdate &update)
{
    QStringList lines;
    if (!update.wentWell.isEmpty())
        lines << Tr::tr("What went well: %1").arg(update.wentWell);
    if (!update.didNot.isEmpty())
        lines << Tr::tr("What did not: %1").arg(update.didNot);
    if (!update.nextSteps.isEmpty())
        lines << Tr::tr("Next steps: %1").arg(update.nextSteps);
    return lines;
}

QString latestProgressNarrative(const PlanSnapshot &plan, Id programmeId)
{
    const ProgressUpdate *latest = nearestProgressUpdate(plan, programmeId);
    if (!latest)
        return Tr::tr("No progress update has been recorded for this programme.");
    const Programme *p = plan.programme(latest->programmeId);
    QStringList lines;
    lines << Tr::tr("%1 · %2 · RAG: %3")
                 .arg(p ? p->name : QString(),
                      latest->period,
                      latest->rag.isEmpty() ? Tr::tr("not given") : latest->rag.toUpper());
    lines += narrativeLines(*latest);
    return lines.join(QLatin1Char('\n'));
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
    const QString key = wanted.simplified().toCaseFolded();
    if (key.isEmpty())
        return found;
    for (const Indicator &i : plan.indicators) {
        if (i.name.simplified().toCaseFolded() == key)
            found << &i;
    }
    if (!found.isEmpty())
        return found;
    for (const Indicator &i : plan.indicators) {
        if (!i.code.isEmpty() && i.code.simplified().toCaseFolded() == key)
            found << &i;
    }
    return found;
}

const Indicator *findIndicator(const PlanSnapshot &plan, const QString &idOrName, QString *error)
{
    const QList<const Indicator *> matches = findIndicators(plan, idOrName);
    if (matches.size() == 1)
        return matches.constFirst();
    if (error) {
        if (matches.isEmpty()) {
            *error = Tr::tr("no indicator has the id or name '%1'. Run 'jfp indicators FILE "
                            "--json' to list them.")
                         .arg(idOrName);
        } else {
            QStringList choices;
            for (const Indicator *i : std::as_const(matches)) {
                const Programme *p = plan.programme(i->programmeId);
                const Area *a = p ? plan.owningArea(*p) : nullptr;
                choices << Tr::tr("%1 (%2)").arg(i->id).arg(a ? a->name : QString());
            }
            *error = Tr::tr("%1 indicators are named '%2'; give the id of one: %3")
                         .arg(matches.size())
                         .arg(idOrName, choices.join(QStringLiteral(", ")));
        }
    }
    return nullptr;
}

} // namespace Jfp::IndicatorSummaries
