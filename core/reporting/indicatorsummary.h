// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>

namespace Jfp {

/** One indicator with the names around it and its latest actual: a row of `jfp indicators`. */
struct IndicatorSummary
{
    const Indicator *indicator = nullptr;
    const Area *area = nullptr;
    const Programme *programme = nullptr;
    std::optional<ActualValue> latest;
};

namespace IndicatorSummaries {

/** Every indicator of the plan, or of the area `areaId` and the areas beneath it, in tree order. */
QList<IndicatorSummary> forArea(const PlanSnapshot &plan, Id areaId = 0);
/** The indicators of a programme and its sub-programmes. */
QList<IndicatorSummary> forProgramme(const PlanSnapshot &plan, Id programmeId);

/** Finds an area by name, short name, ONS or ODS code (case and full stops ignored). */
const Area *findArea(const PlanSnapshot &plan, const QString &nameOrCode);

/** Areas in tree order: each area followed by the areas beneath it. */
QList<const Area *> areasInTreeOrder(const PlanSnapshot &plan);

} // namespace IndicatorSummaries
} // namespace Jfp
