// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "historyactions.h"

#include "mainwindow.h"
#include "models/changehistorymodel.h"
#include "views/changehistoryview.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/progresspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace Jfp {

using namespace Qt::StringLiterals;

HistoryActions::HistoryActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(MainWindow::tr("Change History"), window))
    , m_view(new ChangeHistoryView(m_dock))
{
    m_dock->setObjectName(u"changeHistoryDock"_s);
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(m_view, &ChangeHistoryView::goToItemRequested, this, &HistoryActions::goToItem);
    connect(window, &MainWindow::planChanged, this, &HistoryActions::refresh);
    connect(window->navigator(),
            &PlanNavigator::currentItemChanged,
            this,
            [this](PlanTreeModel::ItemKind kind, Id id) {
                const PlanSnapshot &plan = m_window->plan();
                if (kind == PlanTreeModel::ItemKind::Area) {
                    const Area *a = plan.area(id);
                    m_view->setSelectedItem(u"area"_s, id, a ? a->name : QString());
                } else {
                    const Programme *p = plan.programme(id);
                    m_view->setSelectedItem(u"programme"_s, id, p ? p->name : QString());
                }
            });
}

QAction *HistoryActions::toggleAction() const
{
    return m_dock->toggleViewAction();
}

void HistoryActions::populate(QMenu *viewMenu)
{
    QAction *action = m_dock->toggleViewAction();
    action->setText(MainWindow::tr("&Change History"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(action, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            m_view->table()->setFocus(Qt::ShortcutFocusReason);
    });
    viewMenu->addAction(action);
}

void HistoryActions::refresh()
{
    if (m_dock->isHidden())
        return; // read when shown
    QHash<Id, int> decimals;
    for (const Indicator &i : m_window->plan().indicators)
        decimals.insert(i.id, i.decimals);
    m_view->model()->setIndicatorDecimals(decimals);
    m_view->reload(m_window->database());
}

bool HistoryActions::goToItem(const QString &kind, Id id, const QString &name)
{
    const PlanSnapshot &plan = m_window->plan();
    PlanNavigator *navigator = m_window->navigator();
    DetailsPane *details = m_window->details();
    const auto programme = [&](Id programmeId) {
        return navigator->select(PlanTreeModel::ItemKind::Programme, programmeId);
    };
    bool found = false;
    if (kind == u"area"_s) {
        found = navigator->select(PlanTreeModel::ItemKind::Area, id);
        if (found)
            navigator->treeView()->setFocus(Qt::OtherFocusReason);
    } else if (kind == u"programme"_s) {
        found = programme(id);
        if (found)
            navigator->treeView()->setFocus(Qt::OtherFocusReason);
    } else if (kind == u"milestone"_s) {
        for (const Milestone &m : plan.milestones) {
            if (m.id == id && programme(m.programmeId) && details->selectMilestone(id)) {
                details->showMilestonesTab();
                details->milestoneTable()->setFocus(Qt::OtherFocusReason);
                found = true;
            }
        }
    } else if (kind == u"indicator"_s || kind == u"annotation"_s) {
        for (const Indicator &i : plan.indicators) {
            const bool match = kind == u"indicator"_s
                                   ? i.id == id
                                   : std::any_of(i.annotations.cbegin(),
                                                 i.annotations.cend(),
                                                 [id](const Annotation &a) { return a.id == id; });
            if (match && programme(i.programmeId) && details->selectIndicator(i.id)) {
                if (kind == u"annotation"_s)
                    details->showChartTab();
                else
                    details->showTrajectoryTab();
                found = true;
                break;
            }
        }
    } else if (kind == u"progress_update"_s) {
        for (const ProgressUpdate &u : plan.progressUpdates) {
            if (u.id == id && programme(u.programmeId)) {
                details->showProgressTab();
                found = details->progressPanel()->selectUpdate(id);
            }
        }
    }
    if (!found) {
        m_window->statusBar()->showMessage(MainWindow::tr("%1 '%2' is no longer in the plan.")
                                               .arg(ChangeHistoryModel::kindLabel(kind), name),
                                           8000);
    }
    return found;
}

} // namespace Jfp
