// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"

#include <QObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace Jfp {

/**
 * The commands a plan has been changed by, in order, and how many of them are applied: what
 * Edit > Undo and Redo walk. It runs nothing itself: a command is redone or undone through
 * the runner its owner (PlanDocument) gives, which applies it to the plan file and reports
 * the change. A command the file refuses is never added; one whose undo or redo fails later
 * is dropped with every command after it, since they were made on a plan that no longer is.
 *
 * It lives in the core (QUndoStack is in QtGui) so that the plan document, the command line
 * and tests can undo without a window.
 */
class UndoStack : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Redo, Undo };
    using Runner = std::function<bool(PlanCommand &command, Direction direction)>;

    explicit UndoStack(Runner runner, QObject *parent = nullptr);
    ~UndoStack() override;

    /** Runs the command's redo; on success drops what could be redone and adds it. */
    bool push(std::unique_ptr<PlanCommand> command);
    bool undo();
    bool redo();
    /** Undoes or redoes until `index` commands are applied; false when one of them fails. */
    bool setIndex(int index);
    void clear();

    int count() const { return int(m_commands.size()); }
    /** How many commands are applied: the next undo undoes command index() - 1. */
    int index() const { return m_index; }
    QString text(int index) const;
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    QString undoText() const;
    QString redoText() const;

Q_SIGNALS:
    /** Emitted after every push, undo, redo, drop or clear. */
    void changed();

private:
    void dropFrom(int index);

    Runner m_runner;
    std::vector<std::unique_ptr<PlanCommand>> m_commands;
    int m_index = 0;
};

} // namespace Jfp
