// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace Jfp {

class UndoStack;

/**
 * An undo stack as a list for the Undo History view: row 0 is the plan as opened (the empty
 * label), row n the plan after the n-th command. The current row is the stack's index; rows
 * after it are the commands that can be redone (marked so in their accessible text).
 */
class UndoStackModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AppliedRole = Qt::UserRole + 1 };

    explicit UndoStackModel(QObject *parent = nullptr);

    void setStack(UndoStack *stack);
    UndoStack *stack() const { return m_stack; }
    void setEmptyLabel(const QString &label);

    /** The row that shows the stack's current state. */
    int currentRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void sync();

    QPointer<UndoStack> m_stack;
    QString m_emptyLabel;
    int m_rows = 1;
};

} // namespace Jfp
