// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "undostack.h"

namespace Jfp {

UndoStack::UndoStack(Runner runner, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
{}

UndoStack::~UndoStack() = default;

bool UndoStack::push(std::unique_ptr<PlanCommand> command)
{
    if (!command || !m_runner(*command, Direction::Redo))
        return false;
    m_commands.resize(size_t(m_index));
    m_commands.push_back(std::move(command));
    m_index = count();
    Q_EMIT changed();
    return true;
}

bool UndoStack::undo()
{
    if (!canUndo())
        return false;
    if (!m_runner(*m_commands[size_t(m_index - 1)], Direction::Undo)) {
        dropFrom(m_index - 1);
        return false;
    }
    --m_index;
    Q_EMIT changed();
    return true;
}

bool UndoStack::redo()
{
    if (!canRedo())
        return false;
    if (!m_runner(*m_commands[size_t(m_index)], Direction::Redo)) {
        dropFrom(m_index);
        return false;
    }
    ++m_index;
    Q_EMIT changed();
    return true;
}

bool UndoStack::setIndex(int index)
{
    index = std::clamp(index, 0, count());
    while (m_index > index) {
        if (!undo())
            return false;
    }
    while (m_index < index) {
        if (!redo())
            return false;
    }
    return true;
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    Q_EMIT changed();
}

QString UndoStack::text(int index) const
{
    return index >= 0 && index < count() ? m_commands[size_t(index)]->text() : QString();
}

QString UndoStack::undoText() const
{
    return canUndo() ? text(m_index - 1) : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? text(m_index) : QString();
}

void UndoStack::dropFrom(int index)
{
    m_commands.resize(size_t(index));
    m_index = std::min(m_index, index);
    Q_EMIT changed();
}

} // namespace Jfp
