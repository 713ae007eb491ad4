// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "menukeys.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Jfp {

namespace {

bool isTextField(const QObject *object)
{
    if (qobject_cast<const QLineEdit *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
        || qobject_cast<const QPlainTextEdit *>(object) || qobject_cast<const QTextEdit *>(object))
        return true;
    const auto *combo = qobject_cast<const QComboBox *>(object);
    return combo && combo->isEditable();
}

/** The keys a field keeps: what people edit text with. */
bool isEditingKey(const QKeyEvent *press)
{
    for (const auto key : {QKeySequence::Copy,
                           QKeySequence::Cut,
                           QKeySequence::Paste,
                           QKeySequence::SelectAll,
                           QKeySequence::Undo,
                           QKeySequence::Redo,
                           QKeySequence::DeleteStartOfWord,
                           QKeySequence::DeleteEndOfWord,
                           QKeySequence::MoveToNextWord,
                           QKeySequence::MoveToPreviousWord,
                           QKeySequence::SelectNextWord,
                           QKeySequence::SelectPreviousWord,
                           QKeySequence::MoveToStartOfDocument,
                           QKeySequence::MoveToEndOfDocument,
                           QKeySequence::SelectStartOfDocument,
                           QKeySequence::SelectEndOfDocument}) {
        if (press->matches(key))
            return true;
    }
    return false;
}

} // namespace

MenuKeys::MenuKeys(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool MenuKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isTextField(watched))
        return false;
    const auto *press = static_cast<QKeyEvent *>(event);
    if (!(press->modifiers() & Qt::ControlModifier) || isEditingKey(press))
        return false;
    const auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window || !isWindowShortcut(press))
        return false;
    event->ignore(); // not the field's: the window's shortcut takes the key
    return true;
}

bool MenuKeys::isWindowShortcut(const QKeyEvent *press) const
{
    const QKeySequence pressed(press->keyCombination());
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}

} // namespace Jfp
