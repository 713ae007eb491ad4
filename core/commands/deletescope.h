// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

namespace Jfp {

/**
 * What deleting an item takes with it, counted in a plan, so that the confirmation can say
 * exactly what goes (Commands::deleteArea, deleteProgramme, deleteMilestone and
 * deleteIndicator remove the same rows). The item itself is not counted.
 */
struct DeleteScope
{
    int areas = 0;      // areas beneath an area
    int programmes = 0; // an area's programmes, or a programme's sub-programmes, at any depth
    int milestones = 0;
    int indicators = 0;
    int values = 0; // the planned and actual values of those indicators (or of the indicator)
    int annotations = 0;
    int progressUpdates = 0;
    int practices = 0; // GP practices listed under the areas

    static DeleteScope ofArea(const PlanSnapshot &plan, Id areaId);
    static DeleteScope ofProgramme(const PlanSnapshot &plan, Id programmeId);
    static DeleteScope ofIndicator(const PlanSnapshot &plan, Id indicatorId);

    bool isEmpty() const { return *this == DeleteScope(); }
    friend bool operator==(const DeleteScope &, const DeleteScope &) = default;
};

} // namespace Jfp
