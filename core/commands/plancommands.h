// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/**
 * Changes the plan's own details (name, description, horizon, milestone slip tolerance) from
 * `before` to `after`. The history has one row per changed field of the item "plan"; the
 * tolerance's field is "milestoneSlipToleranceDays" ("Milestone slip tolerance"), in days.
 * Refuses details Validation::planInfo does not accept.
 */
std::unique_ptr<PlanCommand> editPlanInfo(const PlanInfo &before, const PlanInfo &after);
/** editPlanInfo with only the milestone slip tolerance changed to `days`. */
std::unique_ptr<PlanCommand> setMilestoneSlipTolerance(const PlanInfo &before, int days);

} // namespace Jfp::Commands
