// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

namespace Jfp::Cli {

/** `jfp history FILE [--since DATE] [--item ID] [--user NAME] [--json]`: the change history. */
Command historyCommand();

} // namespace Jfp::Cli
