// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"
#include "import/importplan.h"

#include <memory>

namespace Jfp::Commands {

/**
 * Writes an import preview (an ImportPlan without errors) as one undoable change.
 *
 * redo() writes every value to add or replace and remembers the new links, in one
 * transaction; undo() puts back exactly what each touched row held before (deleting the rows
 * the import added, the benchmarks it created and the links it remembered), also in one
 * transaction. What a row held is read from the file on the first redo, not taken from the
 * preview, so undo is exact even if the preview was made on an older snapshot. `forgetLinks`
 * are remembered links the user dropped in the preview: redo forgets them, undo remembers
 * them again. The change history gets one row per value and link.
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
