// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/** `jfp template FILE.csv`: writes a blank series CSV to fill in. See README.md. */
Command templateCommand();

} // namespace Jfp::Cli
