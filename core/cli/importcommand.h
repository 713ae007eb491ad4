// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/**
 * `jfp import FILE SOURCE [--format fingertips] [--link FINGERTIPS_ID=INDICATOR]… [--dry-run]`:
 * previews an import of a Fingertips export into a plan and, unless --dry-run, applies it in one
 * transaction. Any problem in the source means nothing is written (exit 1). See README.md.
 */
Command importCommand();

} // namespace Jfp::Cli
