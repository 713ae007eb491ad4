// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp demo FILE --scale sample|ics|england [--seed N]`: writes a synthetic plan of that size
 * (DemoPlan) into a new plan file. See README.md.
 */
Command demoCommand();

} // namespace Jfp::Cli
