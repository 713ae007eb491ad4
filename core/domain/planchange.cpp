// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planchange.h"

#include <algorithm>

namespace Jfp {

namespace {

// The history fields that say where an item sits rather than what it says.
bool isPlacementField(const QString &field)
{
    return field == QLatin1String("areaId") || field == QLatin1String("parentId")
           || field == QLatin1String("programmeId") || field == QLatin1String("position");
}

} // namespace

bool PlanChange::Item::movesItem() const
{
    return std::any_of(fields.cbegin(), fields.cend(), isPlacementField);
}

bool PlanChange::touches(const QString &kind) const
{
    if (everything)
        return true;
    for (const Item &item : items) {
        if (item.kind == kind)
            return true;
    }
    return false;
}

bool PlanChange::reshapes(const QString &kind) const
{
    if (everything)
        return true;
    for (const Item &item : items) {
        if (item.kind != kind)
            continue;
        if (item.operation != Operation::Updated || item.movesItem())
            return true;
    }
    return false;
}

void PlanChange::add(const Item &item)
{
    for (Item &existing : items) {
        if (existing.kind != item.kind || existing.id != item.id)
            continue;
        // Added then updated is still added; removed wins over everything before it;
        // removed then added (a re-insert with the same id) is an update of every field.
        if (item.operation == Operation::Removed)
            existing.operation = Operation::Removed;
        else if (existing.operation == Operation::Removed && item.operation == Operation::Added)
            existing.operation = Operation::Updated;
        for (const QString &field : item.fields) {
            if (!existing.fields.contains(field))
                existing.fields.append(field);
        }
        return;
    }
    items.append(item);
}

void PlanChange::append(const PlanChange &other)
{
    everything = everything || other.everything;
    for (const Item &item : other.items)
        add(item);
}

} // namespace Jfp
