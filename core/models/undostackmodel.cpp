// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "undostackmodel.h"

#include "coretr.h"
#include "document/undostack.h"

namespace Jfp {

UndoStackModel::UndoStackModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_emptyLabel(Tr::tr("<opened plan>"))
{}

void UndoStackModel::setStack(UndoStack *stack)
{
    if (m_stack == stack)
        return;
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    if (m_stack)
        connect(m_stack, &UndoStack::changed, this, &UndoStackModel::sync);
    sync();
}

void UndoStackModel::setEmptyLabel(const QString &label)
{
    m_emptyLabel = label;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(0));
}

int UndoStackModel::currentRow() const
{
    return m_stack ? m_stack->index() : 0;
}

void UndoStackModel::sync()
{
    // Rows only ever differ at the end: a push drops the redoable tail and adds one.
    const int wanted = 1 + (m_stack ? m_stack->count() : 0);
    if (wanted < m_rows) {
        beginRemoveRows({}, wanted, m_rows - 1);
        m_rows = wanted;
        endRemoveRows();
    } else if (wanted > m_rows) {
        beginInsertRows({}, m_rows, wanted - 1);
        m_rows = wanted;
        endInsertRows();
    }
    // Which rows are applied, and the texts of replaced commands, may have changed.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1));
}

int UndoStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant UndoStackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const bool applied = row <= currentRow();
    const QString text = row == 0 ? m_emptyLabel : (m_stack ? m_stack->text(row - 1) : QString());
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::AccessibleTextRole:
        return applied ? text : Tr::tr("%1 (undone)").arg(text);
    case AppliedRole:
        return applied;
    default:
        return {};
    }
}

} // namespace Jfp
