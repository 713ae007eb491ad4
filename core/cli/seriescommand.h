// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp series FILE --indicator ID_OR_NAME [--json]`: an indicator's planned and actual values by
 * period, and its benchmarks. See README.md.
 */
Command seriesCommand();

} // namespace Jfp::Cli
