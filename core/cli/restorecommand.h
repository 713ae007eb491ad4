// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp restore FILE [--json]` lists the plan's backups, newest first;
 * `jfp restore FILE --backup N|PATH` puts one back (checked first; the plan as it was is kept
 * as a backup).
 */
Command restoreCommand();

/**
 * `jfp upgrade FILE` upgrades a plan from an older version of JFP Planner to this one's
 * (Database::open keeps the plan as it was as a backup first); an up-to-date plan is left as
 * it is.
 */
Command upgradeCommand();

} // namespace Jfp::Cli
