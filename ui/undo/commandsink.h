// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"

#include <functional>
#include <memory>

namespace Jfp {

/**
 * Where an editor widget sends its changes: the main window's undo stack (MainWindow::push).
 * Returns true when the change is in the plan file, false when it was refused (read-only plan,
 * or the file refused it: the user has been told why). Editors keep the user's input on false.
 * After a change the window re-reads the plan and shows it again, so editors do not update
 * themselves from their own input.
 */
using CommandSink = std::function<bool(std::unique_ptr<PlanCommand> command)>;

} // namespace Jfp
