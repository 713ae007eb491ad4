// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** Adds the indicator last in its programme, with any trajectory and actual values it has. */
std::unique_ptr<PlanCommand> addIndicator(const Indicator &indicator);
/**
 * Changes the indicator's own fields: definition, unit, polarity, baseline, target,
 * tolerance… Values go through setTrajectoryValues and setActualValues.
 */
std::unique_ptr<PlanCommand> editIndicator(const Indicator &before, const Indicator &after);
/** Deletes the indicator with its values, benchmarks, annotations and links. */
std::unique_ptr<PlanCommand> deleteIndicator(const Indicator &indicator);
/** Moves to `programmeId` at `position` among its indicators (-1 = last). */
std::unique_ptr<PlanCommand>
moveIndicator(const Indicator &indicator, Id programmeId, int position);

} // namespace Jfp::Commands
