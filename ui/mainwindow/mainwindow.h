// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"
#include "domain/plan.h"
#include "models/plantreemodel.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QMenu;
class QUndoStack;
class QDockWidget;

namespace Jfp {

class Database;
class DataActions;
class DetailsPane;
class EditActions;
class HistoryActions;
class PlanNavigator;
class RecentFiles;
class ReportActions;

/**
 * The main window: hosts the plan tree and the details pane, owns the open plan and the File
 * and Help menus. It composes views; the views do the work.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens `path`; on failure shows (or, when silenced, only records) the message. */
    bool openPlan(const QString &path);
    /** Opens `requested` if given, else the last plan, else the sample (created if needed). */
    bool openInitialPlan(const QString &requested = {});
    bool createPlan(const QString &path);
    bool saveCopyAs(const QString &path);
    void closePlan();

    bool hasPlan() const { return m_db != nullptr; }
    QString planPath() const;
    bool isReadOnly() const;
    QString lastError() const { return m_lastError; }
    /** Tests and screenshots: record errors instead of showing dialogs. */
    void setMessagesSilenced(bool silenced) { m_silenced = silenced; }

    PlanNavigator *navigator() const { return m_navigator; }
    DetailsPane *details() const { return m_details; }
    ReportActions *reports() const { return m_reports; }
    /** Adding, editing, moving and deleting items, and Go To (its slots serve other views). */
    EditActions *edits() const { return m_edits; }
    DataActions *data() const { return m_data; }
    /** View > Change History. */
    HistoryActions *historyActions() const { return m_historyActions; }
    /** The open plan file, for reading (its change history); nullptr when none is open. */
    Database *database() const { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    const PlanSnapshot &plan() const { return m_plan; }
    /** The item selected in the plan tree (the first area when nothing is). */
    std::pair<PlanTreeModel::ItemKind, Id> currentItem() const;
    /**
     * Runs an edit through the undo stack; the plan is re-read after it. Returns whether the
     * change is in the file (false: read-only, or refused, and the user was told why).
     */
    bool push(std::unique_ptr<PlanCommand> command);
    /** Re-reads the plan from its file, keeping the selection. */
    void reloadPlan();

Q_SIGNALS:
    /** A plan was opened or closed, or re-read after a change. */
    void planChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void onNew();
    void onOpen();
    void onOpenSample();
    void onSaveCopyAs();
    void onAbout();

    std::unique_ptr<Database> m_db;
    PlanSnapshot m_plan;
    PlanNavigator *m_navigator;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    RecentFiles *m_recent;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_planActions;
    QUndoStack *m_undoStack;
    QDockWidget *m_historyDock = nullptr;
    ReportActions *m_reports = nullptr;
    EditActions *m_edits = nullptr;
    DataActions *m_data = nullptr;
    HistoryActions *m_historyActions = nullptr;
    QString m_lastError;
    bool m_silenced = false;
};

} // namespace Jfp
