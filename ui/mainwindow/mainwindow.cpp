// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "mainwindow.h"
#include "helpactions.h"
#include "menukeys.h"
#include "views/screenfit.h"
#include "views/welcomepanel.h"

#include "charts/chartpanel.h"
#include "commands/plancommands.h"
#include "dataactions.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "document/backuppolicy.h"
#include "document/plandocument.h"
#include "document/undostack.h"
#include "editactions.h"
#include "historyactions.h"
#include "models/undostackmodel.h"
#include "recentfiles.h"
#include "reportactions.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planrepair.h"
#include "storage/planwriter.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

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
    , m_noPlanStack(new UndoStack([](PlanCommand &, UndoStack::Direction) { return false; }, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jfp-planner.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_welcome = new WelcomePanel(this);
    m_welcome->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_welcome);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setAccessibleName(tr("JFP Planner"));

    m_details->setCommandSink(
        [this](std::unique_ptr<PlanCommand> command) { return push(std::move(command)); });
    createActions();
    m_undoModel->setStack(undoStack());
    updateUndoActions();
    statusBar()->setAccessibleName(tr("Status"));

    connect(m_navigator,
            &PlanNavigator::currentItemChanged,
            this,
            [this](PlanTreeModel::ItemKind kind, Id id) {
                if (kind == PlanTreeModel::ItemKind::Area)
                    m_details->showArea(plan(), id);
                else
                    m_details->showProgramme(plan(), id);
            });
    connect(m_navigator, &PlanNavigator::selectionCleared, m_details, [this] {
        if (!hasPlan())
            m_details->showNothing();
    });
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openPlan);
    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::onOpen);
    connect(m_welcome, &WelcomePanel::importRequested, m_data, &DataActions::importFile);
    connect(m_welcome, &WelcomePanel::boardPackRequested, m_reports, &ReportActions::boardPack);
    connect(m_welcome, &WelcomePanel::guideRequested, m_help, &HelpActions::showUserGuide);
    connect(m_welcome, &WelcomePanel::closed, this, [this] {
        m_navigator->treeView()->setFocus(Qt::OtherFocusReason); // not lost with the panel
    });

    ScreenFit::resize(this, {1280, 800}); // or less, on a small or scaled screen
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
    QAction *repairAction = file->addAction(tr("Re&pair Plan…"), this, &MainWindow::onRepair);
    repairAction->setObjectName(QStringLiteral("repairPlanAction"));
    repairAction->setStatusTip(tr("Write a clean copy of a damaged or tampered plan, holding "
                                  "only what fits a plan; the original is not changed"));
    file->addSeparator();
    m_data = new DataActions(this); // Import…, Export…
    m_data->populate(file);
    file->addSeparator();
    QAction *copyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::onSaveCopyAs);
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *propertiesAction
        = file->addAction(tr("Plan Proper&ties…"), this, &MainWindow::onPlanProperties);
    propertiesAction->setObjectName(QStringLiteral("planPropertiesAction"));
    propertiesAction->setStatusTip(
        tr("The plan's name, description and when its milestones count as slipped"));
    m_restoreAction
        = file->addAction(tr("Restore &from Backup…"), this, &MainWindow::onRestoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(
        tr("Put back a copy of the plan taken before it was changed (the last 10 are kept)"));
    QAction *closeAction = file->addAction(tr("&Close Plan"), this, &MainWindow::closePlan);
    closeAction->setShortcut(QKeySequence::Close);
    QAction *beforeQuit = file->addSeparator(); // Print Chart… and Print Preview… go above
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_planActions = {copyAction, propertiesAction, closeAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] { undoStack()->undo(); });
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] { undoStack()->redo(); });
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // The platform's redo keys (Ctrl+Shift+Z here) and Ctrl+Y, each once: a key sequence
    // listed twice is an ambiguous shortcut, and Qt then runs neither.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    m_edits = new EditActions(this);
    m_edits->populate(edit);

    m_reports = new ReportActions(this);
    m_reports->populate(menuBar()->addMenu(tr("&Charts")));
    m_reports->populatePrint(file, beforeQuit);
    file->insertSeparator(beforeQuit);
    new MenuKeys(this); // Ctrl+E and the other menu keys work with the focus in a field too

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
    m_undoModel = new UndoStackModel(this);
    m_undoModel->setEmptyLabel(tr("<opened plan>"));
    m_undoView = new QListView(m_historyDock);
    m_undoView->setObjectName(QStringLiteral("undoHistoryView"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setModel(m_undoModel);
    m_undoView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undoView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Choosing a row undoes or redoes to the state after it.
    connect(m_undoView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_undoModel->currentRow())
                    undoStack()->setIndex(current.row());
            });
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(historyAction);
    m_historyActions = new HistoryActions(this); // View > Change History
    m_historyActions->populate(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_help = new HelpActions(this); // User Guide (F1), Keyboard Shortcuts
    m_help->populate(help);
    help->addAction(tr("&Getting Started"), this, &MainWindow::showWelcome);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About JFP Planner"), this, &MainWindow::onAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    ScreenFit::keepOnScreen(this); // saved on a bigger screen, or at another scale
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
    return m_document ? m_document->path() : QString();
}

bool MainWindow::isReadOnly() const
{
    return m_document && m_document->isReadOnly();
}

Database *MainWindow::database() const
{
    return m_document ? &m_document->database() : nullptr;
}

UndoStack *MainWindow::undoStack() const
{
    return m_document ? m_document->undoStack() : m_noPlanStack;
}

const PlanSnapshot &MainWindow::plan() const
{
    static const PlanSnapshot none;
    return m_document ? m_document->plan() : none;
}

void MainWindow::updateTitle()
{
    for (QAction *action : std::as_const(m_planActions))
        action->setEnabled(hasPlan());
    m_restoreAction->setEnabled(hasPlan() && !isReadOnly());
    if (m_edits)
        m_edits->updateActions();
    if (m_data)
        m_data->updateEnabled();
    if (m_reports)
        m_reports->updateEnabled();
    if (!hasPlan()) {
        setWindowTitle(tr("JFP Planner"));
        statusBar()->showMessage(tr("No plan open"));
        return;
    }
    const QString name
        = plan().info.name.isEmpty() ? QFileInfo(planPath()).completeBaseName() : plan().info.name;
    setWindowTitle(isReadOnly() ? tr("%1 [read-only] — JFP Planner").arg(name)
                                : tr("%1 — JFP Planner").arg(name));
    QString where = isReadOnly() ? tr("%1 (read-only: changes cannot be saved)")
                                       .arg(QDir::toNativeSeparators(planPath()))
                                 : QDir::toNativeSeparators(planPath());
    if (m_document->database().isOnNetworkDrive()) {
        where += u' '
                 + tr("(on a network drive: each change waits for the others; copy the plan to "
                      "your own disk to work faster)");
    }
    if (const int from = m_document->database().upgradedFrom()) {
        where += u' '
                 + tr("(upgraded from plan version %1, which older versions of JFP Planner "
                      "read: the plan as it was is kept, see File > Restore from Backup)")
                       .arg(from);
    }
    statusBar()->showMessage(where);
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
    // A plan not closed cleanly is checked page by page in the background, after the first
    // paint (README, "Reliability").
    auto document = PlanDocument::open(
        path, Database::OpenMode::ReadWrite, &error, Database::QuickCheck::Deferred);
    if (!document) {
        QString probeError;
        if (!m_silenced && !Database::schemaProblems(path, &probeError).isEmpty()) {
            // A tampered plan: the way out is a clean copy of it.
            m_lastError = error;
            QMessageBox box(
                QMessageBox::Warning, tr("Cannot open plan"), error, QMessageBox::NoButton, this);
            QPushButton *repair = box.addButton(tr("&Repair a Copy…"), QMessageBox::ActionRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() == repair)
                askRepairTarget(path);
            return false;
        }
        showError(tr("Cannot open plan"), error);
        return false;
    }
    // A copy before the first change and daily (README, "Backups"); a failure never stops an
    // edit, but is shown.
    document->setBackupPolicy(std::make_unique<BackupPolicy>(PlanBackups(path)));
    connect(document.get(), &PlanDocument::backupFailed, this, [this](const QString &message) {
        m_lastError = message;
        statusBar()->showMessage(message, 30000);
    });
    connect(document.get(), &PlanDocument::quickChecked, this, [this](const QString &problem) {
        if (problem.isEmpty()) {
            statusBar()->showMessage(
                tr("'%1' was not closed cleanly and has been checked: no damage was found.")
                    .arg(QDir::toNativeSeparators(planPath())),
                10000);
            return;
        }
        statusBar()->clearMessage();
        showError(tr("The plan is damaged"),
                  tr("%1\n\nMake no more changes to it: restore it with File > Restore from "
                     "Backup…, or repair a copy with File > Repair Plan….")
                      .arg(problem));
    });
    setDocument(std::move(document));
    m_lastError.clear();
    if (m_document->checkInBackground()) {
        statusBar()->showMessage(tr("'%1' was not closed cleanly: checking it in the "
                                    "background…")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    m_recent->add(path);
    QSettings().setValue(QStringLiteral("lastPlan"), QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    // The old document (and its commands, which refer to its file) goes first.
    m_undoModel->setStack(nullptr);
    m_document = std::move(document);
    if (m_document) {
        connect(m_document.get(), &PlanDocument::changed, this, &MainWindow::showChange);
        connect(m_document.get(), &PlanDocument::failed, this, [this](const QString &message) {
            showError(tr("The change was not made"), message);
        });
        connect(m_document->undoStack(), &UndoStack::changed, this, &MainWindow::updateUndoActions);
        m_details->setReadOnly(m_document->isReadOnly());
        m_navigator->setPlan(m_document->plan());
    } else {
        m_navigator->clear();
        m_details->showNothing();
    }
    m_undoModel->setStack(undoStack());
    updateUndoActions();
    updateTitle();
    updateWelcome();
    Q_EMIT planChanged();
}

void MainWindow::updateUndoActions()
{
    const UndoStack *stack = undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    const QModelIndex current = m_undoModel->index(m_undoModel->currentRow());
    if (m_undoView->currentIndex() != current)
        m_undoView->setCurrentIndex(current);
}

bool MainWindow::isSampleOpen() const
{
    return m_document
           && QFileInfo(planPath()).absoluteFilePath()
                  == QFileInfo(SamplePlan::defaultLocation()).absoluteFilePath();
}

void MainWindow::updateWelcome()
{
    // On the sample plan (where a first run starts), until the user closes it for good.
    m_welcome->setVisible(isSampleOpen() && !WelcomePanel::dismissed());
}

void MainWindow::showWelcome()
{
    WelcomePanel::setDismissed(false);
    if (!isSampleOpen())
        onOpenSample();
    updateWelcome();
    m_welcome->openButton()->setFocus(Qt::OtherFocusReason);
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
    if (!m_document || !m_document->database().copyTo(path, &error)) {
        showError(tr("Cannot save a copy"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::repairPlan(const QString &source, const QString &target)
{
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath()) {
        showError(tr("Cannot repair the plan"),
                  tr("Choose a new file for the repaired copy: the original is never changed."));
        return false;
    }
    PlanRepair::Report report;
    QString error;
    if (!PlanRepair::repair(source, target, &report, &error)) {
        showError(tr("Cannot repair the plan"), error);
        return false;
    }
    if (!m_silenced) {
        QMessageBox box(QMessageBox::Information,
                        tr("Plan repaired"),
                        tr("Wrote a repaired copy of %1 to %2. The original was not changed.\n\n%3")
                            .arg(QDir::toNativeSeparators(source),
                                 QDir::toNativeSeparators(target),
                                 report.summary().constFirst()),
                        QMessageBox::NoButton,
                        this);
        box.setDetailedText(report.summary().join(u'\n'));
        QPushButton *open = box.addButton(tr("&Open the Repaired Copy"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() != open)
            return true;
    }
    return openPlan(target);
}

void MainWindow::closePlan()
{
    setDocument(nullptr);
}

std::pair<PlanTreeModel::ItemKind, Id> MainWindow::currentItem() const
{
    if (const auto item = m_navigator->currentItem())
        return *item;
    for (const Area &a : plan().areas) {
        if (a.parentId == 0)
            return {PlanTreeModel::ItemKind::Area, a.id};
    }
    return {PlanTreeModel::ItemKind::Area, 0};
}

bool MainWindow::push(std::unique_ptr<PlanCommand> command)
{
    if (!m_document)
        return false;
    if (m_document->isReadOnly()) {
        showError(tr("Cannot change the plan"),
                  tr("'%1' is open read-only. Save a copy to make changes.")
                      .arg(QDir::toNativeSeparators(planPath())));
        return false;
    }
    // A refused command is reported on the document's failed() and never reaches the stack.
    return m_document->push(std::move(command));
}

void MainWindow::reloadPlan()
{
    QString error;
    if (m_document && !m_document->reload(&error))
        showError(tr("Cannot read the plan"), error);
}

void MainWindow::showChange(const PlanChange &change)
{
    Q_UNUSED(change)
    const auto [kind, id] = currentItem();
    const Id indicator = m_details->currentIndicatorId();
    const Id milestone = m_details->currentMilestoneId();
    const bool chartShown = m_details->chartPanel()->isVisible();
    m_navigator->setPlan(plan(), true);
    m_navigator->select(kind, id);
    if (kind == PlanTreeModel::ItemKind::Area)
        m_details->showArea(plan(), id);
    else
        m_details->showProgramme(plan(), id);
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

void MainWindow::onRepair()
{
    const QString folder = hasPlan() ? QFileInfo(planPath()).absolutePath() : QString();
    const QString source = QFileDialog::getOpenFileName(
        this, tr("Repair Plan: Choose the Damaged Plan"), folder, planFilter());
    if (!source.isEmpty())
        askRepairTarget(source);
}

void MainWindow::askRepairTarget(const QString &source)
{
    const QFileInfo info(source);
    const QString suggested
        = info.absoluteDir().filePath(tr("%1 repaired.jfp").arg(info.completeBaseName()));
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save the Repaired Copy As"), suggested, planFilter());
    if (!target.isEmpty())
        repairPlan(source, withPlanExtension(target));
}

void MainWindow::onPlanProperties()
{
    if (!hasPlan())
        return;
    if (isReadOnly()) {
        showError(tr("Cannot change the plan"),
                  tr("'%1' is open read-only. Save a copy to make changes.")
                      .arg(QDir::toNativeSeparators(planPath())));
        return;
    }
    const PlanInfo before = plan().info;
    PlanPropertiesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanInfo after = dialog.info();
    if (after.name == before.name && after.description == before.description
        && after.milestoneSlipToleranceDays == before.milestoneSlipToleranceDays
        && !before.unusableSlipTolerance)
        return;
    push(Commands::editPlanInfo(before, after));
}

void MainWindow::onRestoreBackup()
{
    if (!hasPlan())
        return;
    const QString path = planPath();
    if (isReadOnly()) {
        showError(tr("Cannot restore a backup"),
                  tr("'%1' is open read-only, so a backup cannot replace it. Save a copy to "
                     "change it.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const PlanBackups backups(path);
    const QList<PlanBackup> list = backups.list();
    if (list.isEmpty()) {
        showError(
            tr("No backups"),
            tr("'%1' has no backups yet. JFP Planner makes one before the first change "
               "each time the plan is opened, and daily, in '%2'.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backups.folder())));
        return;
    }
    RestoreBackupDialog dialog(path, list, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedPath().isEmpty())
        restoreFromBackup(dialog.selectedPath());
}

bool MainWindow::restoreFromBackup(const QString &backupPath)
{
    if (!hasPlan() || isReadOnly())
        return false;
    const QString path = planPath();
    setDocument(nullptr); // the plan is closed while it is replaced
    QString error;
    const bool restored = PlanBackups(path).restore(backupPath, &error);
    const bool reopened = openPlan(path);
    if (!restored) {
        showError(tr("Cannot restore a backup"), error);
        return false;
    }
    if (reopened) {
        statusBar()->showMessage(
            tr("Restored %1 from a backup; the plan as it was is kept as the newest backup.")
                .arg(QDir::toNativeSeparators(path)),
            10000);
    }
    return reopened;
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
