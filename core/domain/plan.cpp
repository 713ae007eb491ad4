// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plan.h"

#include "period.h"

namespace Jfp {

std::optional<ActualValue> Indicator::latestActual() const
{
    std::optional<ActualValue> latest;
    Period latestPeriod;
    for (const ActualValue &actual : actuals) {
        if (!actual.value)
            continue;
        const Period period = Period::parse(actual.period);
        if (!latest || latestPeriod < period) {
            latest = actual;
            latestPeriod = period;
        }
    }
    return latest;
}

const Area *PlanSnapshot::area(Id id) const
{
    for (const Area &a : areas) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Programme *PlanSnapshot::programme(Id id) const
{
    for (const Programme &p : programmes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Theme *PlanSnapshot::theme(Id id) const
{
    for (const Framework &f : frameworks) {
        for (const Theme &t : f.themes) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

const Area *PlanSnapshot::owningArea(const Programme &programme) const
{
    return area(programme.areaId);
}

bool PlanSnapshot::isAreaWithin(Id id, Id ancestorId) const
{
    // Bounded walk: a malformed file with a parent cycle must not hang the caller.
    for (qsizetype guard = 0; id != 0 && guard <= areas.size(); ++guard) {
        if (id == ancestorId)
            return true;
        const Area *a = area(id);
        id = a ? a->parentId : 0;
    }
    return false;
}

bool PlanSnapshot::isProgrammeWithin(Id id, Id ancestorId) const
{
    for (qsizetype guard = 0; id != 0 && guard <= programmes.size(); ++guard) {
        if (id == ancestorId)
            return true;
        const Programme *p = programme(id);
        id = p ? p->parentId : 0;
    }
    return false;
}

} // namespace Jfp
