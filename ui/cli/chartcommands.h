// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "cli/commandline.h"

namespace Jfp::Cli {

/**
 * `jfp chart` and `jfp board-pack` (cli/drawingcommands.h), for the `jfp-draw` program:
 * they need a QApplication (offscreen is enough).
 */
void registerChartCommands();

} // namespace Jfp::Cli
