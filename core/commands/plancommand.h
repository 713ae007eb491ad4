// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

namespace Jfp {

class Database;

/**
 * One undoable change to a plan: the single path by which anything edits a plan file.
 *
 * Invariants:
 * - redo() and undo() each change the file in one transaction: fully or not at all.
 * - A command holds plain values (never pointers into a PlanSnapshot), so it survives the
 *   snapshot being re-read after every change.
 * - undo() restores exactly the rows redo() changed, with the same ids, so later commands on
 *   the stack still refer to the right rows.
 * - Every item a redo or undo changes is noted through ChangeLog::write (or
 *   Database::noteChange), so that PlanDocument can report it on its change feed.
 * Commands know nothing of widgets: PlanDocument keeps them on its UndoStack.
 */
class PlanCommand
{
public:
    virtual ~PlanCommand() = default;

    /** Shown in Edit > Undo and the undo history, e.g. "Add annotation 'Launch'". */
    virtual QString text() const = 0;
    virtual bool redo(Database &db, QString *error) = 0;
    virtual bool undo(Database &db, QString *error) = 0;
};

} // namespace Jfp
