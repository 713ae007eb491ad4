// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/gotodialog.h"
#include "dialogs/itemdialog.h"
#include "editors/itemform.h"
#include "translations.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The keyboard-only walk-through, as far as adding items goes: find a place with
 * Ctrl+G, add a programme (Insert in the tree), fill in its manager in the details pane, add a
 * milestone (Alt+3, Insert) and an indicator (Alt+2, Insert), then undo twice. Only keys are
 * used; the file is read back after each step. With JFP_SCREENSHOT_DIR set it leaves a
 * picture of each step.
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
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
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
    QVERIFY(UiTest::reactivate(w.window.get()));
    UiTest::screenshot(w.window.get(), u"walkthrough-5-after-adding"_s);

    // 6. Undo twice: the indicator and the milestone go; the programme stays.
    QCOMPARE(w->undoStack()->count(), 4);
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    const PlanSnapshot undone = UiTest::reread(w.path);
    QVERIFY(!UiTest::byName(undone.indicators, u"Homes with damp reported"_s));
    QVERIFY(!UiTest::byName(undone.milestones, u"Damp and mould survey complete"_s));
    QCOMPARE(UiTest::byName(undone.programmes, u"Healthy Homes"_s)->manager, u"Sam Patel"_s);
    QCOMPARE(w->undoStack()->index(), 2);
}

QTEST_MAIN(tst_KeyboardWalkThrough)
#include "tst_keyboardwalkthrough.moc"
