// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "mainwindow.h"

#include "charts/chartpanel.h"
#include "dataactions.h"
#include "editactions.h"
#include "historyactions.h"
#include "recentfiles.h"
#include "reportactions.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"
#include "undo/undoableplancommand.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace Jfp {

namespace {

const QString planFilter()
{
    return MainWindow::tr("JFP plans (*.jfp);;All files (*)");
}

QString withPlanExtension(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".jfp");
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new PlanNavigator(this))
    , m_details(new DetailsPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_recent(new RecentFiles(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jfp-planner.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    setAccessibleName(tr("JFP Planner"));

    m_details->setCommandSink(
        [this](std::unique_ptr<PlanCommand> command) { return push(std::move(command)); });
    createActions();
    statusBar()->setAccessibleName(tr("Status"));

    connect(m_navigator,
            &PlanNavigator::currentItemChanged,
            this,
            [this](PlanTreeModel::ItemKind kind, Id id) {
                if (kind == PlanTreeModel::ItemKind::Area)
                    m_details->showArea(m_plan, id);
                else
                    m_details->showProgramme(m_plan, id);
            });
    connect(m_navigator, &PlanNavigator::selectionCleared, m_details, [this] {
        if (!hasPlan())
            m_details->showNothing();
    });
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openPlan);

    resize(1280, 800);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Plan…"), this, &MainWindow::onNew);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::onOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->populate(m_recentMenu); });
    file->addAction(tr("Open &Sample Plan"), this, &MainWindow::onOpenSample);
    file->addSeparator();
    m_data = new DataActions(this); // Import…, Export…
    m_data->populate(file);
    file->addSeparator();
    QAction *copyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::onSaveCopyAs);
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *closeAction = file->addAction(tr("&Close Plan"), this, &MainWindow::closePlan);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_planActions = {copyAction, closeAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    m_edits = new EditActions(this);
    m_edits->populate(edit);

    m_reports = new ReportActions(this);
    m_reports->populate(menuBar()->addMenu(tr("&Charts")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in Plan"), m_navigator, &PlanNavigator::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *focusTree = view->addAction(tr("Go to Plan &Tree"), this, [this] {
        m_navigator->treeView()->setFocus(Qt::ShortcutFocusReason);
    });
    focusTree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *focusIndicators = view->addAction(tr("Go to &Indicators"), this, [this] {
        m_details->showIndicatorsTab();
        m_details->indicatorTable()->setFocus(Qt::ShortcutFocusReason);
    });
    focusIndicators->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *focusMilestones = view->addAction(tr("Go to &Milestones"), this, [this] {
        m_details->showMilestonesTab();
        m_details->milestoneTable()->setFocus(Qt::ShortcutFocusReason);
    });
    focusMilestones->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_planActions << find;
    view->addSeparator();
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *history = new QUndoView(m_undoStack, m_historyDock);
    history->setAccessibleName(tr("Undo history"));
    history->setEmptyLabel(tr("<opened plan>"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(historyAction);
    m_historyActions = new HistoryActions(this); // View > Change History
    m_historyActions->populate(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About JFP Planner"), this, &MainWindow::onAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        // First run: give the plan tree room for its names.
        m_splitter->setSizes({width() * 7 / 20, width() * 13 / 20});
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

QString MainWindow::planPath() const
{
    return m_db ? m_db->path() : QString();
}

bool MainWindow::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

void MainWindow::updateTitle()
{
    for (QAction *action : std::as_const(m_planActions))
        action->setEnabled(hasPlan());
    if (m_edits)
        m_edits->updateActions();
    if (m_data)
        m_data->updateEnabled();
    if (!hasPlan()) {
        setWindowTitle(tr("JFP Planner"));
        statusBar()->showMessage(tr("No plan open"));
        return;
    }
    const QString name
        = m_plan.info.name.isEmpty() ? QFileInfo(planPath()).completeBaseName() : m_plan.info.name;
    setWindowTitle(isReadOnly() ? tr("%1 [read-only] — JFP Planner").arg(name)
                                : tr("%1 — JFP Planner").arg(name));
    statusBar()->showMessage(isReadOnly() ? tr("%1 (read-only: changes cannot be saved)")
                                                .arg(QDir::toNativeSeparators(planPath()))
                                          : QDir::toNativeSeparators(planPath()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    if (!m_silenced)
        QMessageBox::warning(this, title, message);
}

bool MainWindow::openPlan(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    std::optional<PlanSnapshot> plan;
    if (db)
        plan = PlanReader::read(*db, &error);
    if (!db || !plan) {
        showError(tr("Cannot open plan"), error);
        return false;
    }
    m_undoStack->clear(); // commands refer to the plan they were made on
    m_db = std::move(db);
    m_plan = std::move(*plan);
    m_lastError.clear();
    m_details->setReadOnly(m_db->isReadOnly());
    m_navigator->setPlan(m_plan);
    m_recent->add(path);
    QSettings().setValue(QStringLiteral("lastPlan"), QFileInfo(path).absoluteFilePath());
    updateTitle();
    Q_EMIT planChanged();
    return true;
}

bool MainWindow::openInitialPlan(const QString &requested)
{
    if (!requested.isEmpty())
        return openPlan(requested);
    const QString last = QSettings().value(QStringLiteral("lastPlan")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openPlan(last))
        return true;
    onOpenSample();
    return hasPlan();
}

bool MainWindow::createPlan(const QString &path)
{
    QString error;
    {
        auto db = Database::create(path, &error);
        if (!db) {
            showError(tr("Cannot create plan"), error);
            return false;
        }
        PlanInfo info;
        info.name = QFileInfo(path).completeBaseName();
        info.horizonStart = QStringLiteral("2024/25");
        info.horizonEnd = QStringLiteral("2028/29");
        Transaction transaction(*db);
        if (!PlanWriter(*db).setPlanInfo(info, &error) || !transaction.commit(&error)) {
            showError(tr("Cannot create plan"), error);
            return false;
        }
    }
    return openPlan(path);
}

bool MainWindow::saveCopyAs(const QString &path)
{
    QString error;
    if (!m_db || !m_db->copyTo(path, &error)) {
        showError(tr("Cannot save a copy"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::closePlan()
{
    m_undoStack->clear();
    m_db.reset();
    m_plan = {};
    m_navigator->clear();
    m_details->showNothing();
    updateTitle();
    Q_EMIT planChanged();
}

std::pair<PlanTreeModel::ItemKind, Id> MainWindow::currentItem() const
{
    if (const auto item = m_navigator->currentItem())
        return *item;
    for (const Area &a : m_plan.areas) {
        if (a.parentId == 0)
            return {PlanTreeModel::ItemKind::Area, a.id};
    }
    return {PlanTreeModel::ItemKind::Area, 0};
}

bool MainWindow::push(std::unique_ptr<PlanCommand> command)
{
    if (!m_db)
        return false;
    if (m_db->isReadOnly()) {
        showError(tr("Cannot change the plan"),
                  tr("'%1' is open read-only. Save a copy to make changes.")
                      .arg(QDir::toNativeSeparators(planPath())));
        return false;
    }
    const int before = m_undoStack->index();
    m_undoStack->push(new UndoablePlanCommand(
        *m_db,
        std::move(command),
        [this] { reloadPlan(); },
        [this](const QString &message) {
            showError(tr("The change was not made"), message);
            reloadPlan();
        }));
    // A refused command makes itself obsolete, and the stack drops it instead of adding it.
    return m_undoStack->index() > before;
}

void MainWindow::reloadPlan()
{
    if (!m_db)
        return;
    QString error;
    auto plan = PlanReader::read(*m_db, &error);
    if (!plan) {
        showError(tr("Cannot read the plan"), error);
        return;
    }
    const auto [kind, id] = currentItem();
    const Id indicator = m_details->currentIndicatorId();
    const Id milestone = m_details->currentMilestoneId();
    const bool chartShown = m_details->chartPanel()->isVisible();
    m_plan = std::move(*plan);
    m_navigator->setPlan(m_plan, true);
    m_navigator->select(kind, id);
    if (kind == PlanTreeModel::ItemKind::Area)
        m_details->showArea(m_plan, id);
    else
        m_details->showProgramme(m_plan, id);
    m_details->selectIndicator(indicator);
    m_details->selectMilestone(milestone);
    if (chartShown)
        m_details->showChartTab();
    updateTitle();
    Q_EMIT planChanged();
}

void MainWindow::onNew()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Plan"), QDir(folder).filePath(tr("New plan.jfp")), planFilter());
    if (path.isEmpty())
        return;
    path = withPlanExtension(path);
    // The dialog has already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && (path == planPath() || !QFile::remove(path))) {
        showError(tr("Cannot create plan"),
                  tr("'%1' is in use or cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    createPlan(path);
}

void MainWindow::onOpen()
{
    const QString start = hasPlan()
                              ? QFileInfo(planPath()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), start, planFilter());
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::onOpenSample()
{
    const QString path = SamplePlan::defaultLocation();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!SamplePlan::createFile(path, &error)) {
            showError(tr("Cannot create the sample plan"), error);
            return;
        }
    }
    openPlan(path);
}

void MainWindow::onSaveCopyAs()
{
    if (!hasPlan())
        return;
    const QString suggested
        = QFileInfo(planPath())
              .absoluteDir()
              .filePath(tr("%1 copy.jfp").arg(QFileInfo(planPath()).completeBaseName()));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggested, planFilter());
    if (path.isEmpty())
        return;
    path = withPlanExtension(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(planPath()).absoluteFilePath()) {
        showError(tr("Cannot save a copy"), tr("Choose a different file from the open plan."));
        return;
    }
    saveCopyAs(path);
}

void MainWindow::onAbout()
{
    QMessageBox::about(
        this,
        tr("About JFP Planner"),
        tr("<h3>JFP Planner %1</h3>"
           "<p>Plans, milestones and indicators of the NHS Cheshire and Merseyside Joint Forward "
           "Plan: system, places, localities and Primary Care Networks.</p>"
           "<p>Your plan is one file on this computer. JFP Planner makes no network "
           "connections.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(JFP_VERSION)));
}

} // namespace Jfp
