// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/**
 * Adds a programme's update for a quarter. When `update.recordedAt` is not set, it is
 * stamped with the current UTC time and the operating-system user.
 */
std::unique_ptr<PlanCommand> addProgressUpdate(const ProgressUpdate &update);
std::unique_ptr<PlanCommand> editProgressUpdate(const ProgressUpdate &before,
                                                const ProgressUpdate &after);
std::unique_ptr<PlanCommand> deleteProgressUpdate(const ProgressUpdate &update);

} // namespace Jfp::Commands
