// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

/**
 * The copy of the plan an import keeps while it runs its item commands: each item written is
 * put into it (added, or in place of the stored one), so that the next item is checked against
 * the plan as the steps before it left it.
 */
namespace Jfp::WorkingPlan {

void remember(PlanSnapshot &plan, const Area &area);
/** A framework keeps the themes the copy already has for it. */
void remember(PlanSnapshot &plan, Framework framework);
void remember(PlanSnapshot &plan, const Theme &theme);
void remember(PlanSnapshot &plan, const Programme &programme);
void remember(PlanSnapshot &plan, const Milestone &milestone);
void remember(PlanSnapshot &plan, const ProgressUpdate &update);
void remember(PlanSnapshot &plan, const Indicator &indicator);
/** Nothing is checked against annotations: does nothing. */
void remember(PlanSnapshot &plan, const Annotation &annotation);

} // namespace Jfp::WorkingPlan
