// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "undoableplancommand.h"

#include "storage/database.h"

namespace Jfp {

UndoablePlanCommand::UndoablePlanCommand(Database &db,
                                         std::unique_ptr<PlanCommand> command,
                                         Notify changed,
                                         Fail failed)
    : QUndoCommand(command->text())
    , m_db(db)
    , m_command(std::move(command))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void UndoablePlanCommand::redo()
{
    QString error;
    if (!m_command->redo(m_db, &error)) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_changed)
        m_changed();
}

void UndoablePlanCommand::undo()
{
    QString error;
    if (!m_command->undo(m_db, &error)) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_changed)
        m_changed();
}

} // namespace Jfp
