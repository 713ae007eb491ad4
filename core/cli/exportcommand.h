// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp export FILE --out OUT.csv [--area NAME_OR_CODE] [--programme NAME_OR_ID]`: the plan's
 * indicator series as a series CSV (see SeriesTemplate), which `jfp import --format template`
 * reads back. See README.md.
 */
Command exportCommand();

} // namespace Jfp::Cli
