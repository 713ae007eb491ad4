// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "areacommands.h"

#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/arearepository.h"

namespace Jfp::Commands {

std::unique_ptr<PlanCommand> addArea(const Area &area)
{
    return std::make_unique<Internal::AddItem<Area>>(area);
}

std::unique_ptr<PlanCommand> editArea(const Area &before, const Area &after)
{
    return std::make_unique<Internal::EditItem<Area>>(before, after);
}

std::unique_ptr<PlanCommand> deleteArea(const Area &area)
{
    return std::make_unique<Internal::DeleteItem<Area>>(area);
}

std::unique_ptr<PlanCommand> moveArea(const Area &area, Id parentId, int position)
{
    return std::make_unique<Internal::MoveItem<Area>>(area, Placement{0, parentId, position});
}

} // namespace Jfp::Commands
