// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"
#include "import/importplan.h"

#include <memory>

namespace Jfp::Commands {

/**
 * Writes an import preview (an ImportPlan without errors) as one undoable change, made of the
 * same steps an edit in the window takes: each item to add or change goes through its item
 * command (AddItem, EditItem of commands/itemcommands.h), so it is checked, stored and logged
 * in the history exactly as if it had been typed, field by field with old and new values;
 * each item is checked against the plan as the steps before it left it. The values (planned,
 * actual, benchmark) and links follow, each value checked as the trajectory editor checks it.
 *
 * redo() runs it all in one transaction (the item commands as savepoints of it), and undo()
 * undoes each step, last first, also in one transaction. What a row held is read from the
 * file on the first redo, not taken from the preview, so undo is exact even if the preview
 * was made on an older snapshot. `forgetLinks` are remembered links the user dropped in the
 * preview: redo forgets them, undo remembers them again. Every history row carries the
 * import's name ("Import 'x.xlsx'").
 *
 * Test hook: when the environment variable JFP_TEST_IMPORT_PAUSE_AFTER holds a number N,
 * redo() stops after writing N values, with its transaction still open, writes
 * "jfp: test hook: import paused after N values" to standard error and sleeps for a minute,
 * so that a test can kill the process mid-import (tests/cli/tst_importkill.cpp). Nothing
 * sets it outside that test.
 */
std::unique_ptr<PlanCommand> importValues(const ImportPlan &plan,
                                          const QList<ImportPlan::Link> &forgetLinks = {});

} // namespace Jfp::Commands
