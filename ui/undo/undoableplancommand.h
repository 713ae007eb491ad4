// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Jfp {

class Database;

/**
 * Puts a core PlanCommand on a QUndoStack. After each redo or undo it calls `changed` so the
 * window re-reads the plan; if the file refuses the change, `failed` gets the message and the
 * command becomes obsolete (the stack drops it), so the stack never claims a change that is
 * not in the file.
 */
class UndoablePlanCommand : public QUndoCommand
{
public:
    using Notify = std::function<void()>;
    using Fail = std::function<void(const QString &message)>;

    UndoablePlanCommand(Database &db,
                        std::unique_ptr<PlanCommand> command,
                        Notify changed,
                        Fail failed);

    void redo() override;
    void undo() override;

private:
    Database &m_db;
    std::unique_ptr<PlanCommand> m_command;
    Notify m_changed;
    Fail m_failed;
};

} // namespace Jfp
