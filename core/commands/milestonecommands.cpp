// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonecommands.h"

#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/milestonerepository.h"

namespace Jfp::Commands {

std::unique_ptr<PlanCommand> addMilestone(const Milestone &milestone)
{
    return std::make_unique<Internal::AddItem<Milestone>>(milestone);
}

std::unique_ptr<PlanCommand> editMilestone(const Milestone &before, const Milestone &after)
{
    return std::make_unique<Internal::EditItem<Milestone>>(before, after);
}

std::unique_ptr<PlanCommand> deleteMilestone(const Milestone &milestone)
{
    return std::make_unique<Internal::DeleteItem<Milestone>>(milestone);
}

std::unique_ptr<PlanCommand> moveMilestone(const Milestone &milestone, Id programmeId, int position)
{
    return std::make_unique<Internal::MoveItem<Milestone>>(milestone,
                                                           Placement{0, programmeId, position});
}

} // namespace Jfp::Commands
