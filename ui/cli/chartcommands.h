// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "cli/commandline.h"

namespace Jfp::Cli {

/** `jfp chart` and `jfp board-pack`: need a QGuiApplication (offscreen is enough). */
void registerChartCommands();

/** The commands above, whose names tell main() to create a GUI application object. */
QStringList chartCommandNames();

} // namespace Jfp::Cli
