// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorcommands.h"

#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/indicatorrepository.h"

namespace Jfp::Commands {

std::unique_ptr<PlanCommand> addIndicator(const Indicator &indicator)
{
    return std::make_unique<Internal::AddItem<Indicator>>(indicator);
}

std::unique_ptr<PlanCommand> editIndicator(const Indicator &before, const Indicator &after)
{
    return std::make_unique<Internal::EditItem<Indicator>>(before, after);
}

std::unique_ptr<PlanCommand> deleteIndicator(const Indicator &indicator)
{
    return std::make_unique<Internal::DeleteItem<Indicator>>(indicator);
}

std::unique_ptr<PlanCommand> moveIndicator(const Indicator &indicator, Id programmeId, int position)
{
    return std::make_unique<Internal::MoveItem<Indicator>>(indicator,
                                                           Placement{0, programmeId, position});
}

} // namespace Jfp::Commands
