// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "mainwindow/historyactions.h"
#include "models/changehistorymodel.h"
#include "uitest.h"
#include "views/changehistoryview.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/progresspanel.h"
#include "views/trajectoryeditor.h"

#include "document/undostack.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * View > Change History: opened by its shortcut, read again after each change (and undo),
 * filtered by item and user from the keyboard, and Enter goes to the item.
 */
class tst_ChangeHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsChangesAsTheyHappen();
    void filterByItemAndUser();
    void goToItem();

private:
    static void editManager(UiTest::Window &w, const QString &programme, const QString &manager);
};

void tst_ChangeHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_ChangeHistoryView::editManager(UiTest::Window &w,
                                        const QString &programme,
                                        const QString &manager)
{
    const Programme *p = UiTest::byName(w->plan().programmes, programme);
    Programme after = *p;
    after.manager = manager;
    QVERIFY(w->push(Commands::editProgramme(*p, after)));
}

void tst_ChangeHistoryView::showsChangesAsTheyHappen()
{
    UiTest::Window w;
    HistoryActions *history = w->historyActions();
    QVERIFY(history->dock()->isHidden());
    QTest::keyClick(w.window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(history->dock()->isVisible());
    QVERIFY(history->view()->table()->hasFocus());
    ChangeHistoryModel *model = history->view()->model();
    const int before = model->totalCount();

    Commands::Internal::setUserForTests(u"alice"_s);
    editManager(w, u"Tackling Obesity"_s, u"Jo Bloggs"_s);
    QCOMPARE(model->totalCount(), before + 1); // read again after the change
    QCOMPARE(model->index(0, ChangeHistoryModel::FieldColumn).data().toString(),
             u"Programme manager"_s);
    QCOMPARE(model->index(0, ChangeHistoryModel::NewValueColumn).data().toString(), u"Jo Bloggs"_s);
    QCOMPARE(model->index(0, ChangeHistoryModel::UserColumn).data().toString(), u"alice"_s);
    QCOMPARE(model->index(0, ChangeHistoryModel::ItemColumn).data().toString(),
             u"Programme: Tackling Obesity"_s);
    // Undo is a change too, recorded with old and new swapped.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->totalCount(), before + 2);
    QCOMPARE(model->index(0, ChangeHistoryModel::OldValueColumn).data().toString(), u"Jo Bloggs"_s);
    QVERIFY(model->index(0, 0)
                .data(ChangeHistoryModel::CommandRole)
                .toString()
                .startsWith(u"Undo: "_s));
    QVERIFY(history->view()->summary().contains(u"of %1 change"_s.arg(before + 2)));
    // The Undo History dock is still there, separately.
    QVERIFY(w->findChild<QDockWidget *>(u"undoHistoryDock"_s));
    UiTest::screenshot(w.window.get(), u"change-history"_s);
}

void tst_ChangeHistoryView::filterByItemAndUser()
{
    UiTest::Window w;
    Commands::Internal::setUserForTests(u"alice"_s);
    editManager(w, u"Tackling Obesity"_s, u"Jo Bloggs"_s);
    Commands::Internal::setUserForTests(u"bob"_s);
    editManager(w, u"Mental Wellbeing"_s, u"Sam Smith"_s);
    editManager(w, u"Tackling Obesity"_s, u"Sam Smith"_s);
    QTest::keyClick(w.window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ChangeHistoryView *view = w->historyActions()->view();
    ChangeHistoryModel *model = view->model();
    const auto shownItems = [model] {
        QStringList items;
        for (int r = 0; r < model->rowCount(); ++r)
            items << model->index(r, ChangeHistoryModel::ItemColumn).data().toString() + u"/"_s
                         + model->index(r, ChangeHistoryModel::UserColumn).data().toString();
        return items;
    };

    // By item: words typed in the filter box.
    view->filterEdit()->setFocus();
    QTest::keyClicks(view->filterEdit(), u"obesity"_s);
    QCOMPARE(shownItems(),
             (QStringList{u"Programme: Tackling Obesity/bob"_s,
                          u"Programme: Tackling Obesity/alice"_s}));
    // And by user: the list offers everyone who changed the plan.
    QComboBox *user = view->userBox();
    QVERIFY(user->findText(u"alice"_s) > 0);
    QVERIFY(user->findText(u"bob"_s) > 0);
    user->setFocus();
    while (user->currentText() != u"alice"_s)
        QTest::keyClick(user, Qt::Key_Down);
    QCOMPARE(shownItems(), (QStringList{u"Programme: Tackling Obesity/alice"_s}));
    // The filters stay when the history is read again after a change.
    editManager(w, u"Tackling Obesity"_s, u"Kim Lee"_s);
    QCOMPARE(user->currentText(), u"alice"_s);
    QCOMPARE(shownItems(), (QStringList{u"Programme: Tackling Obesity/alice"_s}));

    // By the item selected in the plan tree.
    QTest::keyClick(view->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view->filterEdit(), Qt::Key_Delete);
    user->setCurrentIndex(0);
    Q_EMIT user->activated(0);
    const Programme *wellbeing = UiTest::byName(w->plan().programmes, u"Mental Wellbeing"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Programme, wellbeing->id));
    QVERIFY(view->selectedOnlyBox()->text().contains(u"Mental Wellbeing"_s));
    view->selectedOnlyBox()->setFocus();
    QTest::keyClick(view->selectedOnlyBox(), Qt::Key_Space);
    QCOMPARE(shownItems(), (QStringList{u"Programme: Mental Wellbeing/bob"_s}));
    UiTest::screenshot(w.window.get(), u"change-history-filtered"_s);
}

void tst_ChangeHistoryView::goToItem()
{
    UiTest::Window w;
    // An indicator's trajectory, a progress update, and a milestone that is then deleted.
    // (Copies: the window's plan is replaced after each change.)
    const Indicator i = *UiTest::byName(w->plan().indicators, u"Suicide rate"_s);
    QVERIFY(w->push(Commands::setTrajectoryValues(i, {{u"2025/26"_s, 12.0}})));
    const Programme obesity = *UiTest::byName(w->plan().programmes, u"Tackling Obesity"_s);
    ProgressUpdate u;
    u.programmeId = obesity.id;
    u.period = u"Q2 2025/26"_s;
    u.rag = u"green"_s;
    QVERIFY(w->push(Commands::addProgressUpdate(u)));
    const Milestone gone = w->plan().milestones.first();
    QVERIFY(w->push(Commands::deleteMilestone(gone)));
    // Somewhere else in the tree first.
    const Area *wirral = UiTest::byName(w->plan().areas, u"Wirral"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, wirral->id));

    QTest::keyClick(w.window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ChangeHistoryView *view = w->historyActions()->view();
    QTableView *table = view->table();
    const auto rowOf = [view](const QString &kind) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->recordAt(r)->itemKind == kind)
                return r;
        }
        return -1;
    };

    // Enter on the trajectory change: its programme in the tree, the indicator's Trajectory tab.
    table->setFocus();
    table->setCurrentIndex(view->model()->index(rowOf(u"indicator"_s), 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto current = w->navigator()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->second, i.programmeId);
    QCOMPARE(w->details()->currentIndicatorId(), i.id);
    QVERIFY(w->details()->trajectoryEditor()->isVisible());

    // The progress update: the Progress tab with it selected.
    table->setFocus();
    table->setCurrentIndex(view->model()->index(rowOf(u"progress_update"_s), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(w->navigator()->currentItem()->second, obesity.id);
    QVERIFY(w->details()->progressPanel()->isVisible());
    QVERIFY(w->details()->progressPanel()->currentUpdateId() != 0);

    // The deleted milestone: said so, the selection stays.
    const auto before = w->navigator()->currentItem();
    table->setFocus();
    table->setCurrentIndex(view->model()->index(rowOf(u"milestone"_s), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(w->statusBar()->currentMessage().contains(u"is no longer in the plan"_s),
             qPrintable(w->statusBar()->currentMessage()));
    QVERIFY(w->statusBar()->currentMessage().contains(gone.title));
    QCOMPARE(w->navigator()->currentItem(), before);

    // An area goes to the area.
    QVERIFY(w->historyActions()->goToItem(u"area"_s, wirral->id, wirral->name));
    QCOMPARE(w->navigator()->currentItem()->second, wirral->id);
}

QTEST_MAIN(tst_ChangeHistoryView)
#include "tst_changehistoryview.moc"
