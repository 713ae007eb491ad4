// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** Adds the area last beneath `area.parentId`. */
std::unique_ptr<PlanCommand> addArea(const Area &area);
/** Changes the area's own fields and extra codes (not its place: see moveArea). */
std::unique_ptr<PlanCommand> editArea(const Area &before, const Area &after);
/** Deletes the area with everything beneath it; undo restores all of it with the same ids. */
std::unique_ptr<PlanCommand> deleteArea(const Area &area);
/** Re-parents and/or reorders: `position` among the new siblings, -1 = last. */
std::unique_ptr<PlanCommand> moveArea(const Area &area, Id parentId, int position);

} // namespace Jfp::Commands
