// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QMenu;

namespace Jfp {

class Database;
class DetailsPane;
class PlanNavigator;
class RecentFiles;

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
    QString m_lastError;
    bool m_silenced = false;
};

} // namespace Jfp
