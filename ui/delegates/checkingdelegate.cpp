// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "checkingdelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPersistentModelIndex>

namespace Jfp {

namespace {

const char *const indexProperty = "jfpEditedIndex";

} // namespace

CheckingDelegate::CheckingDelegate(Check check, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_check(std::move(check))
{}

QWidget *CheckingDelegate::createEditor(QWidget *parent,
                                        const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    const QString row = index.siblingAtColumn(0).data(Qt::EditRole).toString();
    editor->setAccessibleName(tr("%1 for %2").arg(column, row));
    editor->setProperty(indexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

bool CheckingDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (enter || tab) {
            const QModelIndex index
                = editor->property(indexProperty).value<QPersistentModelIndex>();
            const QStringList problems = m_check ? m_check(index, editor->text()) : QStringList();
            if (!problems.isEmpty()) {
                Q_EMIT refused(problems.join(QLatin1Char('\n')));
                editor->selectAll();
                return true; // the input stays in the editor
            }
            Q_EMIT accepted();
            if (enter) {
                // Storing the value re-reads the plan, which closes this editor; then go down.
                const int row = index.row();
                const int column = index.column();
                Q_EMIT commitData(editor);
                // A stored change re-reads the plan, and the view has let go of this editor.
                if (editor->isVisible())
                    Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                Q_EMIT advance(row, column);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Jfp
