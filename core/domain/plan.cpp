// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plan.h"

#include "period.h"

#include <QHash>

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

struct PlanLookup::Index
{
    QHash<Id, qsizetype> areas;
    QHash<Id, qsizetype> programmes;
    bool areasBuilt = false;
    bool programmesBuilt = false;
};

PlanLookup::~PlanLookup() = default;

PlanLookup &PlanLookup::operator=(const PlanLookup &)
{
    m_index.reset();
    return *this;
}

PlanLookup &PlanLookup::operator=(PlanLookup &&) noexcept
{
    m_index.reset();
    return *this;
}

namespace {

template<typename T>
const T *lookUp(const QList<T> &items, Id id, QHash<Id, qsizetype> &index, bool &built)
{
    const auto found = [&]() -> const T * {
        const auto it = index.constFind(id);
        if (it != index.constEnd() && *it < items.size() && items.at(*it).id == id)
            return &items.at(*it);
        return nullptr;
    };
    if (built) {
        if (const T *item = found())
            return item;
    }
    // First use, an id not seen, or lists that changed since: index them again.
    index.clear();
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    built = true;
    return found();
}

} // namespace

const Area *PlanLookup::area(const QList<Area> &areas, Id id) const
{
    if (!m_index)
        m_index = std::make_shared<Index>();
    return lookUp(areas, id, m_index->areas, m_index->areasBuilt);
}

const Programme *PlanLookup::programme(const QList<Programme> &programmes, Id id) const
{
    if (!m_index)
        m_index = std::make_shared<Index>();
    return lookUp(programmes, id, m_index->programmes, m_index->programmesBuilt);
}

const Area *PlanSnapshot::area(Id id) const
{
    return lookup.area(areas, id);
}

const Programme *PlanSnapshot::programme(Id id) const
{
    return lookup.programme(programmes, id);
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
