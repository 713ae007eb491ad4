// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QObject>
#include <QString>

class QDialog;
class QMenu;
class QWidget;

namespace Jfp {

/**
 * The Help menu's guides, offline: Help > User Guide (F1) shows the README's sections for
 * users (from "Where your plan lives" to "The sample plan", built into the program) in a window
 * of its own; Help > Keyboard Shortcuts lists every shortcut of the window, read from its
 * actions themselves (menus, and the keys of the tree and tables), with a filter.
 */
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    void populate(QMenu *help);
    void showUserGuide();
    void showShortcuts();

    /** The user guide as Markdown: README.md's sections for users. */
    static QString userGuide();
    /** One row per shortcut of `window`: {command, where, keys}, menus first, in menu order. */
    static QList<QStringList> shortcuts(const QWidget *window);

private:
    QWidget *m_window;
    QDialog *m_guide = nullptr;
};

} // namespace Jfp
