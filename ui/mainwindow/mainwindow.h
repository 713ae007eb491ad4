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
class QDockWidget;
class QListView;

namespace Jfp {

class Database;
class DataActions;
class DetailsPane;
class EditActions;
class HistoryActions;
class PlanDocument;
class PlanNavigator;
class RecentFiles;
class ReportActions;
class HelpActions;
class UndoStack;
class UndoStackModel;
class WelcomePanel;
struct PlanChange;

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
    /**
     * File > Repair Plan: writes a clean copy of the plan `source` (which may be one that
     * will not open) to `target`, says what it kept and left out, and offers to open the copy
     * (when silenced, opens it). The original is only read.
     */
    bool repairPlan(const QString &source, const QString &target);
    /**
     * Replaces the open plan with `backupPath` (checked first; the plan as it was is kept as
     * a backup) and opens it again; on failure the plan is as it was and reopened.
     */
    bool restoreFromBackup(const QString &backupPath);
    void closePlan();

    bool hasPlan() const { return m_document != nullptr; }
    /** The open plan is the sample plan in its usual place (where a first run starts). */
    bool isSampleOpen() const;
    /** Help > Getting Started: the first-run panel again, over the sample plan. */
    void showWelcome();
    WelcomePanel *welcomePanel() const { return m_welcome; }
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
    Database *database() const;
    /** The open plan, its undo stack and change feed; nullptr when none is open. */
    PlanDocument *document() const { return m_document.get(); }
    /** The open plan's undo stack (an empty one when no plan is open). */
    UndoStack *undoStack() const;

    const PlanSnapshot &plan() const;
    /** The item selected in the plan tree (the first area when nothing is). */
    std::pair<PlanTreeModel::ItemKind, Id> currentItem() const;
    /**
     * Runs an edit through the plan document's undo stack; the views then show what it
     * changed. Returns whether the change is in the file (false: read-only, or refused, and
     * the user was told why).
     */
    bool push(std::unique_ptr<PlanCommand> command);
    /** Re-reads the plan from its file, keeping the selection. */
    void reloadPlan();

Q_SIGNALS:
    /** A plan was opened or closed, or changed (after an edit, an undo or a redo). */
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
    void onRepair();
    /** Asks where the repaired copy of `source` goes, then repairs it. */
    void askRepairTarget(const QString &source);
    /** File > Plan Properties: name, description and milestone slip tolerance, undoably. */
    void onPlanProperties();
    /** File > Restore from Backup: the open plan's backups, one of which replaces it. */
    void onRestoreBackup();
    void onAbout();
    void setDocument(std::unique_ptr<PlanDocument> document);
    /** Shows what `change` changed, keeping the selection, expansion and scroll. */
    void showChange(const PlanChange &change);
    void updateUndoActions();
    void updateWelcome();

    std::unique_ptr<PlanDocument> m_document;
    PlanNavigator *m_navigator;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    WelcomePanel *m_welcome = nullptr;
    RecentFiles *m_recent;
    UndoStack *m_noPlanStack; // what undoStack() gives when no plan is open
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_planActions;
    QAction *m_restoreAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    UndoStackModel *m_undoModel = nullptr;
    QListView *m_undoView = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ReportActions *m_reports = nullptr;
    HelpActions *m_help = nullptr;
    EditActions *m_edits = nullptr;
    DataActions *m_data = nullptr;
    HistoryActions *m_historyActions = nullptr;
    QString m_lastError;
    bool m_silenced = false;
};

} // namespace Jfp
