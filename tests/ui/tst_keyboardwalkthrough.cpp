// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/filltrajectorydialog.h"
#include "dialogs/gotodialog.h"
#include "dialogs/itemdialog.h"
#include "editors/itemform.h"
#include "models/trajectorytablemodel.h"
#include "translations.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/trajectoryeditor.h"

#include "document/undostack.h"
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The keyboard-only walk-through: find a place with Ctrl+G, add a programme (Insert in
 * the tree), fill in its manager in the details pane, add a milestone (Alt+3, Insert) and an
 * indicator (Alt+2, Insert), fill its trajectory (Ctrl+Tab to the Trajectory tab, Alt+J),
 * enter an actual, then undo twice. Only keys are used; the file is read back after each
 * step. With JFP_SCREENSHOT_DIR set it leaves a picture of each step.
 */
class tst_KeyboardWalkThrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkThrough();
};

namespace {

// Types into the focused widget, as a user would.
void typeHere(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

// Tabs to the field `key` of the dialog's form.
bool tabTo(ItemDialog *dialog, const QString &key)
{
    if (!QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }))
        return false;
    for (int i = 0; i < 40 && QApplication::focusWidget() != dialog->form()->editor(key); ++i)
        press(Qt::Key_Tab);
    return QApplication::focusWidget() == dialog->form()->editor(key);
}

} // namespace

void tst_KeyboardWalkThrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_KeyboardWalkThrough::walkThrough()
{
    UiTest::Window w;
    w->resize(1280, 800);

    // 1. Ctrl+G, "St Helens", Enter: the place is selected in the tree.
    UiTest::whenDialogOpens<GoToDialog>([](GoToDialog *) {
        typeHere(u"st helens"_s);
        press(Qt::Key_Return);
    });
    press(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(w->details()->title(), u"St Helens"_s);

    // 2. Alt+1 to the tree, Insert: a programme, named and given an SRO, Enter.
    QVERIFY(UiTest::reactivate(w.window.get()));
    press(Qt::Key_1, Qt::AltModifier);
    QVERIFY(w->navigator()->treeView()->hasFocus());
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        // The cursor starts where the message is.
        QTRY_VERIFY2(dialog->form()->editor(u"name"_s)->hasFocus(),
                     QApplication::focusWidget()
                         ? QApplication::focusWidget()->metaObject()->className()
                         : "nothing");
        typeHere(u"Healthy Homes"_s);
        QVERIFY(tabTo(dialog, u"sro"_s));
        typeHere(u"Director of Place"_s);
        UiTest::screenshot(dialog, u"walkthrough-1-add-programme"_s);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    QCOMPARE(w->details()->title(), u"Healthy Homes"_s);
    const PlanSnapshot withProgramme = UiTest::reread(w.path);
    const Programme *added = UiTest::byName(withProgramme.programmes, u"Healthy Homes"_s);
    QVERIFY(added);
    const Id programmeId = added->id;

    // 3. F2 goes to the name in the details pane; Tab on to the manager; type; Enter.
    QVERIFY(UiTest::reactivate(w.window.get()));
    press(Qt::Key_1, Qt::AltModifier);
    press(Qt::Key_F2);
    for (int i = 0;
         i < 6 && !QApplication::focusWidget()->accessibleName().startsWith(u"Programme manager"_s);
         ++i) {
        press(Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Programme manager"_s);
    typeHere(u"Sam Patel"_s);
    press(Qt::Key_Return);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Healthy Homes"_s)->manager,
             u"Sam Patel"_s);
    UiTest::screenshot(w.window.get(), u"walkthrough-2-programme-form"_s);

    // 4. Alt+3, Insert: a milestone with a forecast date.
    press(Qt::Key_3, Qt::AltModifier);
    QVERIFY(w->details()->milestoneTable()->hasFocus());
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        QVERIFY(tabTo(dialog, u"title"_s));
        typeHere(u"Damp and mould survey complete"_s);
        QVERIFY(tabTo(dialog, u"forecastDate"_s));
        typeHere(u"31/03/2026"_s);
        UiTest::screenshot(dialog, u"walkthrough-3-add-milestone"_s);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    const PlanSnapshot afterMilestone = UiTest::reread(w.path);
    const Milestone *m
        = UiTest::byName(afterMilestone.milestones, u"Damp and mould survey complete"_s);
    QVERIFY(m);
    QCOMPARE(m->programmeId, programmeId);
    QCOMPARE(m->forecastDate, QDate(2026, 3, 31));

    // 5. Alt+2, Insert: an indicator with baseline, target and tolerance.
    QVERIFY(UiTest::reactivate(w.window.get()));
    press(Qt::Key_2, Qt::AltModifier);
    QVERIFY(w->details()->indicatorTable()->hasFocus());
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        QVERIFY(tabTo(dialog, u"name"_s));
        typeHere(u"Homes with damp reported"_s);
        QVERIFY(tabTo(dialog, u"polarity"_s));
        press(Qt::Key_Up); // from Neutral to Lower is better
        QVERIFY(tabTo(dialog, u"baselineValue"_s));
        typeHere(u"420"_s);
        QVERIFY(tabTo(dialog, u"baselinePeriod"_s));
        typeHere(u"2024/25"_s);
        QVERIFY(tabTo(dialog, u"targetValue"_s));
        typeHere(u"300"_s);
        QVERIFY(tabTo(dialog, u"targetPeriod"_s));
        typeHere(u"2026/27"_s);
        QVERIFY(tabTo(dialog, u"tolerance"_s));
        typeHere(u"10"_s);
        UiTest::screenshot(dialog, u"walkthrough-4-add-indicator"_s);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    const PlanSnapshot withIndicator = UiTest::reread(w.path);
    const Indicator *i = UiTest::byName(withIndicator.indicators, u"Homes with damp reported"_s);
    QVERIFY(i);
    QCOMPARE(i->programmeId, programmeId);
    QCOMPARE(i->tolerance, OptionalValue(10));
    QCOMPARE(i->polarity, Polarity::LowerIsBetter);
    QVERIFY(UiTest::reactivate(w.window.get()));
    UiTest::screenshot(w.window.get(), u"walkthrough-5-after-adding"_s);

    // 6. Ctrl+Tab to the Trajectory tab; Alt+J fills it from baseline to target (Enter
    //    accepts the preview); the first period's actual is typed into its cell.
    TrajectoryEditor *trajectory = w->details()->trajectoryEditor();
    for (int i = 0; i < 6 && !trajectory->isVisible(); ++i)
        press(Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(trajectory->isVisible());
    bool filling = false;
    UiTest::whenDialogOpens<FillTrajectoryDialog>([&filling](FillTrajectoryDialog *dialog) {
        filling = true;
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        UiTest::screenshot(dialog, u"walkthrough-6-fill-trajectory"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(w.window.get(), Qt::Key_J, Qt::AltModifier);
    QTRY_VERIFY(filling); // a mnemonic clicks the button a moment later
    const PlanSnapshot filled = UiTest::reread(w.path);
    const Indicator *withTrajectory
        = UiTest::byName(filled.indicators, u"Homes with damp reported"_s);
    QVERIFY(!withTrajectory->trajectory.isEmpty());
    QVERIFY(UiTest::reactivate(w.window.get()));
    QTableView *cells = trajectory->table();
    cells->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([cells] { return cells->hasFocus(); }));
    press(Qt::Key_Home, Qt::ControlModifier); // the first period, then the one after it
    press(Qt::Key_Down);
    for (int i = 0; i < 6 && cells->currentIndex().column() != TrajectoryTableModel::ActualColumn;
         ++i) {
        press(Qt::Key_Right);
    }
    QCOMPARE(cells->currentIndex().column(), int(TrajectoryTableModel::ActualColumn));
    const QString period = cells->currentIndex().data(TrajectoryTableModel::PeriodRole).toString();
    press(Qt::Key_F2);
    typeHere(u"365"_s);
    press(Qt::Key_Return);
    const PlanSnapshot withActual = UiTest::reread(w.path);
    const Indicator *entered = UiTest::byName(withActual.indicators, u"Homes with damp reported"_s);
    QCOMPARE(entered->actuals.size(), 1);
    QCOMPARE(entered->actuals.first().period, period);
    QCOMPARE(entered->actuals.first().value, OptionalValue(365));
    // 365 against a planned 360, lower is better, within the tolerance of 10: on track.
    const QModelIndex status = cells->model()->index(cells->currentIndex().row() - 1,
                                                     TrajectoryTableModel::StatusColumn);
    QCOMPARE(status.data(TrajectoryTableModel::PeriodRole).toString(), period);
    QVERIFY2(status.data().toString().contains(u"On track"_s, Qt::CaseInsensitive),
             qPrintable(status.data().toString()));
    UiTest::screenshot(w.window.get(), u"walkthrough-7-actual-entered"_s);

    // 7. Undo twice: the actual and then the whole fill go; the items stay.
    QCOMPARE(w->undoStack()->count(), 6);
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    const PlanSnapshot undone = UiTest::reread(w.path);
    const Indicator *back = UiTest::byName(undone.indicators, u"Homes with damp reported"_s);
    QVERIFY(back);
    QVERIFY(back->actuals.isEmpty());
    QVERIFY(back->trajectory.isEmpty());
    QVERIFY(UiTest::byName(undone.milestones, u"Damp and mould survey complete"_s));
    QCOMPARE(UiTest::byName(undone.programmes, u"Healthy Homes"_s)->manager, u"Sam Patel"_s);
    QCOMPARE(w->undoStack()->index(), 4);
}

QTEST_MAIN(tst_KeyboardWalkThrough)
#include "tst_keyboardwalkthrough.moc"
