// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** Adds the milestone last in its programme. */
std::unique_ptr<PlanCommand> addMilestone(const Milestone &milestone);
/** Changes the milestone's own fields (not its programme: see moveMilestone). */
std::unique_ptr<PlanCommand> editMilestone(const Milestone &before, const Milestone &after);
std::unique_ptr<PlanCommand> deleteMilestone(const Milestone &milestone);
/** Moves to `programmeId` at `position` among its milestones (-1 = last). */
std::unique_ptr<PlanCommand>
moveMilestone(const Milestone &milestone, Id programmeId, int position);

} // namespace Jfp::Commands
