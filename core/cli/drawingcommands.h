// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandline.h"

#include <functional>

namespace Jfp::Cli {

/**
 * The commands that draw: `jfp chart` and `jfp board-pack`. They need the GUI libraries (Qt
 * Widgets and Charts), which the rest of the command line does without, so they run in a
 * separate program, `jfp-draw`, that `jfp` hands them to. Their names, synopses and summaries
 * are kept here, once, so that `jfp help` lists them whichever program answers.
 */
QStringList drawingCommandNames();

/** The command `name` (one of drawingCommandNames()) with `run` as what it does. */
Command drawingCommand(const QString &name, const Command::Runner &run);

/**
 * Registers every drawing command to run through `handOver(name, arguments, streams)`: in
 * `jfp`, starting `jfp-draw` with the same words.
 */
void registerDrawingCommands(
    const std::function<int(const QString &name, const QStringList &, Streams &)> &handOver);

} // namespace Jfp::Cli
