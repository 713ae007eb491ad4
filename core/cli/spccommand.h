// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp spc [FILE|-] [options]`: XmR statistical process control of a series read from FILE or
 * standard input (one value, or `date,value`, per line), printed as JSON. See README.md.
 */
Command spcCommand();

} // namespace Jfp::Cli
