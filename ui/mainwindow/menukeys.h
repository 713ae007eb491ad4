// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace Jfp {

/**
 * Gives the window's menu keys priority over a text field's own bindings: with the focus in a
 * field, Ctrl+E is Charts > Export Chart, not the field's "end of line" (X11's Emacs-style
 * keys), as in office suites. A field keeps the editing keys people use in it (copy, cut,
 * paste, select all, undo and redo: ItemForm decides those) and every key without Ctrl.
 * Installed on the application, for the widgets of one window.
 */
class MenuKeys : public QObject
{
    Q_OBJECT

public:
    explicit MenuKeys(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isWindowShortcut(const QKeyEvent *press) const;

    QWidget *m_window;
};

} // namespace Jfp
