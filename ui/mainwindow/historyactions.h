// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace Jfp {

class ChangeHistoryView;
class MainWindow;

/**
 * View > Change History: a dock with the plan's recorded changes (who, when, which item and
 * field, old and new value), read again after every change, filtered by item and user; Enter
 * on a change goes to its item in the plan tree and the details pane, if it still exists.
 */
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    explicit HistoryActions(MainWindow *window);

    void populate(QMenu *viewMenu);
    QDockWidget *dock() const { return m_dock; }
    ChangeHistoryView *view() const { return m_view; }
    QAction *toggleAction() const;

    /** Reads the history again (the window calls it after the plan changed). */
    void refresh();
    /** Shows the item of a history row; false (and says so) when it no longer exists. */
    bool goToItem(const QString &kind, Id id, const QString &name);

private:
    MainWindow *m_window;
    QDockWidget *m_dock;
    ChangeHistoryView *m_view;
};

} // namespace Jfp
