// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** Adds the programme last in its area (or beneath `programme.parentId`). */
std::unique_ptr<PlanCommand> addProgramme(const Programme &programme);
/** Changes the programme's own fields and themes (not its place: see moveProgramme). */
std::unique_ptr<PlanCommand> editProgramme(const Programme &before, const Programme &after);
/** Deletes the programme with its sub-programmes, milestones, indicators and updates. */
std::unique_ptr<PlanCommand> deleteProgramme(const Programme &programme);
/**
 * Moves the programme (with its sub-programmes) to `areaId`, beneath `parentId` (0 = the
 * area's own programmes), at `position` among its new siblings (-1 = last).
 */
std::unique_ptr<PlanCommand>
moveProgramme(const Programme &programme, Id areaId, Id parentId, int position);

} // namespace Jfp::Commands
