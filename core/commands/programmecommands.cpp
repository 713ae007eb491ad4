// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "programmecommands.h"

#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/programmerepository.h"

namespace Jfp::Commands {

std::unique_ptr<PlanCommand> addProgramme(const Programme &programme)
{
    return std::make_unique<Internal::AddItem<Programme>>(programme);
}

std::unique_ptr<PlanCommand> editProgramme(const Programme &before, const Programme &after)
{
    return std::make_unique<Internal::EditItem<Programme>>(before, after);
}

std::unique_ptr<PlanCommand> deleteProgramme(const Programme &programme)
{
    return std::make_unique<Internal::DeleteItem<Programme>>(programme);
}

std::unique_ptr<PlanCommand>
moveProgramme(const Programme &programme, Id areaId, Id parentId, int position)
{
    return std::make_unique<Internal::MoveItem<Programme>>(programme,
                                                           Placement{areaId, parentId, position});
}

} // namespace Jfp::Commands
