// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "plancommand.h"

#include <functional>
#include <memory>

namespace Jfp {

/**
 * Where an editor sends its changes: in the window, the undo stack (MainWindow::push); in
 * tests, a function that runs the command on a plan file. Returns true when the change is in
 * the plan file, false when it was refused (read-only plan, or the file refused it: the user
 * has been told why). Editors keep the user's input on false. After a change the plan
 * document reports it and the window shows it again, so editors and models do not update
 * themselves from their own input, and must not touch the snapshot they were shown once the
 * sink returns.
 */
using CommandSink = std::function<bool(std::unique_ptr<PlanCommand> command)>;

} // namespace Jfp
