// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "deletescope.h"

#include <QSet>

namespace Jfp {

namespace {

// Counts what hangs off a set of programmes (its milestones, indicators and updates).
void addProgrammeItems(DeleteScope &scope, const PlanSnapshot &plan, const QSet<Id> &programmes)
{
    for (const Milestone &m : plan.milestones)
        scope.milestones += programmes.contains(m.programmeId);
    for (const Indicator &i : plan.indicators) {
        if (!programmes.contains(i.programmeId))
            continue;
        ++scope.indicators;
        scope.values += int(i.trajectory.size() + i.actuals.size());
        scope.annotations += int(i.annotations.size());
    }
    for (const ProgressUpdate &u : plan.progressUpdates)
        scope.progressUpdates += programmes.contains(u.programmeId);
}

} // namespace

DeleteScope DeleteScope::ofArea(const PlanSnapshot &plan, Id areaId)
{
    DeleteScope scope;
    QSet<Id> areas;
    for (const Area &a : plan.areas) {
        if (plan.isAreaWithin(a.id, areaId)) {
            areas.insert(a.id);
            scope.areas += a.id != areaId;
            scope.practices += int(a.practices.size());
        }
    }
    QSet<Id> programmes;
    for (const Programme &p : plan.programmes) {
        if (areas.contains(p.areaId))
            programmes.insert(p.id);
    }
    scope.programmes = int(programmes.size());
    addProgrammeItems(scope, plan, programmes);
    return scope;
}

DeleteScope DeleteScope::ofProgramme(const PlanSnapshot &plan, Id programmeId)
{
    DeleteScope scope;
    QSet<Id> programmes;
    for (const Programme &p : plan.programmes) {
        if (plan.isProgrammeWithin(p.id, programmeId)) {
            programmes.insert(p.id);
            scope.programmes += p.id != programmeId;
        }
    }
    addProgrammeItems(scope, plan, programmes);
    return scope;
}

DeleteScope DeleteScope::ofIndicator(const PlanSnapshot &plan, Id indicatorId)
{
    DeleteScope scope;
    for (const Indicator &i : plan.indicators) {
        if (i.id == indicatorId) {
            scope.values = int(i.trajectory.size() + i.actuals.size());
            scope.annotations = int(i.annotations.size());
        }
    }
    return scope;
}

} // namespace Jfp
