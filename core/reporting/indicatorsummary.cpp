// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorsummary.h"

#include <QHash>

namespace Jfp::IndicatorSummaries {

namespace {

QString normalised(const QString &text)
{
    QString s = text.simplified().toCaseFolded();
    s.remove(QLatin1Char('.'));
    return s;
}

void appendSubtree(const PlanSnapshot &plan, Id parentId, QList<const Area *> &out, int depth)
{
    if (depth > plan.areas.size())
        return; // a parent cycle in a malformed file
    for (const Area &area : plan.areas) {
        if (area.parentId == parentId) {
            out.append(&area);
            appendSubtree(plan, area.id, out, depth + 1);
        }
    }
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
    QList<const Area *> out;
    appendSubtree(plan, 0, out, 0);
    // Areas whose parent is missing still appear, at the end.
    for (const Area &area : plan.areas) {
        if (!out.contains(&area))
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
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        return areaRank.value(a.area ? a.area->id : 0, INT_MAX)
               < areaRank.value(b.area ? b.area->id : 0, INT_MAX);
    });
    return rows;
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

} // namespace Jfp::IndicatorSummaries
