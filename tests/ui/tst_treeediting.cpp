// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/itemdialog.h"
#include "editors/itemform.h"
#include "editors/programmeform.h"
#include "mainwindow/editactions.h"
#include "translations.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include "document/undostack.h"
#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Editing the plan tree: adding areas, programmes and sub-programmes (Insert, Shift+Insert,
 * the Edit menu), renaming (F2), deleting with a confirmation that says what goes with it
 * (Del), moving up and down (Ctrl+Shift+Up/Down) and drag and drop. Every check of what is
 * stored reads the file.
 */
class tst_TreeEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void insertAddsAProgramme();
    void shiftInsertAddsASubProgramme();
    void addAreaBelow();
    void f2Renames();
    void deleteSaysWhatGoes();
    void moveUpAndDown();
    void dragAndDrop();
    void refusedDrop();
    void actionsFollowTheSelection();
};

namespace {

using Kind = PlanTreeModel::ItemKind;

QTreeView *focusTree(UiTest::Window &w, Kind kind, const QString &name)
{
    Id id = 0;
    if (kind == Kind::Area)
        id = UiTest::byName(w->plan().areas, name)->id;
    else
        id = UiTest::byName(w->plan().programmes, name)->id;
    w->navigator()->select(kind, id);
    QTreeView *tree = w->navigator()->treeView();
    if (!UiTest::reactivate(w.window.get())) // after a dialog
        return nullptr;
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::AltModifier);
    return tree->hasFocus() ? tree : nullptr;
}

void type(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
}

QStringList programmesOf(const PlanSnapshot &plan, Id areaId, Id parentId)
{
    QStringList names;
    for (const Programme &p : plan.programmes) {
        if (p.areaId == areaId && p.parentId == parentId)
            names << p.name;
    }
    return names;
}

} // namespace

void tst_TreeEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_TreeEditing::insertAddsAProgramme()
{
    UiTest::Window w;
    QTreeView *tree = focusTree(w, Kind::Area, u"St Helens"_s);
    QVERIFY(tree);
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), u"Add Programme to 'St Helens'"_s);
        QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
        type(dialog->form()->editor(u"name"_s), u"Healthy Homes"_s);
        type(dialog->form()->editor(u"sro"_s), u"Director of Place"_s);
        QTest::keyClick(dialog->form()->editor(u"sro"_s), Qt::Key_Return);
    });
    QTest::keyClick(tree, Qt::Key_Insert);

    const PlanSnapshot plan = UiTest::reread(w.path);
    const Id sth = UiTest::byName(plan.areas, u"St Helens"_s)->id;
    QCOMPARE(programmesOf(plan, sth, 0).last(), u"Healthy Homes"_s);
    const Programme *added = UiTest::byName(plan.programmes, u"Healthy Homes"_s);
    QCOMPARE(added->sro, u"Director of Place"_s);
    QCOMPARE(w->navigator()->currentItem()->second, added->id); // selected in the tree
    QCOMPARE(w->details()->title(), u"Healthy Homes"_s);
    QVERIFY(UiTest::reactivate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!UiTest::byName(UiTest::reread(w.path).programmes, u"Healthy Homes"_s));
}

void tst_TreeEditing::shiftInsertAddsASubProgramme()
{
    UiTest::Window w;
    QTreeView *tree = focusTree(w, Kind::Programme, u"Tackling Obesity"_s);
    QVERIFY(tree);
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), u"Add Sub-programme to 'Tackling Obesity'"_s);
        type(dialog->form()->editor(u"name"_s), u"D. School food"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::keyClick(tree, Qt::Key_Insert, Qt::ShiftModifier);
    const PlanSnapshot plan = UiTest::reread(w.path);
    const Programme *parent = UiTest::byName(plan.programmes, u"Tackling Obesity"_s);
    QCOMPARE(programmesOf(plan, parent->areaId, parent->id).last(), u"D. School food"_s);
}

void tst_TreeEditing::addAreaBelow()
{
    UiTest::Window w;
    QVERIFY(focusTree(w, Kind::Area, u"St Helens"_s));
    w->edits()->updateActions();
    QAction *add = w->edits()->action(EditActions::Action::AddArea);
    QVERIFY(add->isEnabled());
    UiTest::whenDialogOpens<ItemDialog>([](ItemDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), u"Add Locality to 'St Helens'"_s);
        ItemForm *form = dialog->form();
        type(form->editor(u"name"_s), u"Rainford"_s);
        type(form->editor(u"onsCode"_s), u"E08000013"_s); // St Helens' code
        QCOMPARE(form->shownMessage(u"onsCode"_s),
                 u"The ONS code E08000013 is already used by St Helens."_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        type(form->editor(u"onsCode"_s), u"E99999999"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    add->trigger();
    const PlanSnapshot plan = UiTest::reread(w.path);
    const Area *area = UiTest::byName(plan.areas, u"Rainford"_s);
    QVERIFY(area);
    QCOMPARE(area->level, AreaLevel::Locality);
    QCOMPARE(area->parentId, UiTest::byName(plan.areas, u"St Helens"_s)->id);
    QCOMPARE(area->onsCode, u"E99999999"_s);
    // A locality has nothing beneath it.
    QVERIFY(focusTree(w, Kind::Area, u"Rainford"_s));
    w->edits()->updateActions();
    QVERIFY(!add->isEnabled());
}

void tst_TreeEditing::f2Renames()
{
    UiTest::Window w;
    QTreeView *tree = focusTree(w, Kind::Programme, u"Tackling Obesity"_s);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget *name = w->details()->programmeForm()->editor(u"name"_s);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, u"Healthy Weight"_s); // the old name was selected: replaced
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(UiTest::byName(UiTest::reread(w.path).programmes, u"Healthy Weight"_s));
    QCOMPARE(tree->currentIndex().data().toString(), u"Healthy Weight"_s);
    QCOMPARE(w->undoStack()->text(0), u"Edit programme 'Healthy Weight': Name"_s);
}

void tst_TreeEditing::deleteSaysWhatGoes()
{
    UiTest::Window w;
    QTreeView *tree = focusTree(w, Kind::Programme, u"Tackling Obesity"_s);
    QVERIFY(tree);
    QString question, details;
    UiTest::whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        details = box->informativeText();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        UiTest::screenshot(box, u"delete-programme-confirmation"_s);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == u"&Delete")
                b->click();
        }
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(question, u"Delete programme 'Tackling Obesity'?"_s);
    QCOMPARE(details,
             u"This also deletes 3 sub-programmes and 8 indicators. You can undo this "
             "(Edit > Undo)."_s);
    const PlanSnapshot plan = UiTest::reread(w.path);
    QVERIFY(!UiTest::byName(plan.programmes, u"Tackling Obesity"_s));
    QVERIFY(!UiTest::byName(plan.indicators, u"Prevalence of obese children (4-5)"_s));
    // The tree shows something else; undo brings it all back.
    QVERIFY(w->navigator()->currentItem().has_value());
    QVERIFY(UiTest::reactivate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    const PlanSnapshot back = UiTest::reread(w.path);
    QVERIFY(UiTest::byName(back.programmes, u"Tackling Obesity"_s));
    QVERIFY(UiTest::byName(back.indicators, u"Prevalence of obese children (4-5)"_s));

    // A place: its localities and their GP practices too.
    tree = focusTree(w, Kind::Area, u"St Helens"_s);
    UiTest::whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        details = box->informativeText();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(details,
             u"This also deletes 4 areas beneath it, 14 programmes, 1 milestone, 22 indicators "
             "with their 14 values and 33 GP practices. You can undo this (Edit > Undo)."_s);
    QVERIFY(UiTest::byName(UiTest::reread(w.path).areas, u"St Helens"_s));
}

void tst_TreeEditing::moveUpAndDown()
{
    UiTest::Window w;
    QTreeView *tree = focusTree(w, Kind::Programme, u"Tackling Obesity"_s);
    const Id sth = UiTest::byName(w->plan().areas, u"St Helens"_s)->id;
    const QStringList before = programmesOf(w->plan(), sth, 0);
    QCOMPARE(before.indexOf(u"Tackling Obesity"_s), 2);

    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(programmesOf(UiTest::reread(w.path), sth, 0).indexOf(u"Tackling Obesity"_s), 1);
    QCOMPARE(tree->currentIndex().data().toString(), u"Tackling Obesity"_s); // still selected
    QCOMPARE(w->undoStack()->text(0), u"Move programme 'Tackling Obesity'"_s);
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(programmesOf(UiTest::reread(w.path), sth, 0).indexOf(u"Tackling Obesity"_s), 3);
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(programmesOf(UiTest::reread(w.path), sth, 0).indexOf(u"Tackling Obesity"_s), 4);
    // The last cannot go further down.
    w->edits()->updateActions();
    QVERIFY(!w->edits()->action(EditActions::Action::MoveDown)->isEnabled());
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->undoStack()->count(), 4);
    // Undo four times: back as it was.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(programmesOf(UiTest::reread(w.path), sth, 0), before);
}

void tst_TreeEditing::dragAndDrop()
{
    UiTest::Window w;
    QTreeView *tree = w->navigator()->treeView();
    const PlanSnapshot plan = w->plan();
    const Programme *obesity = UiTest::byName(plan.programmes, u"Tackling Obesity"_s);
    const Id halton = UiTest::byName(plan.areas, u"Halton"_s)->id;
    QAbstractItemModel *model = tree->model(); // what the view drops onto (the filter proxy)
    w->navigator()->select(Kind::Programme, obesity->id);
    std::unique_ptr<QMimeData> data(model->mimeData({tree->currentIndex()}));
    w->navigator()->select(Kind::Area, halton);
    const QModelIndex target = tree->currentIndex();
    // Onto an item, as the view drops: row and column -1.
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    // The move happens once the drop is over.
    QTRY_COMPARE(w->undoStack()->count(), 1);
    const PlanSnapshot after = UiTest::reread(w.path);
    QCOMPARE(programmesOf(after, halton, 0).last(), u"Tackling Obesity"_s);
    const Programme *moved = UiTest::byName(after.programmes, u"Tackling Obesity"_s);
    // Its sub-programmes went with it.
    QCOMPARE(programmesOf(after, halton, moved->id).size(), 3);
    QCOMPARE(w->navigator()->currentItem()->second, moved->id);
    QCOMPARE(UiTest::history(w.path).last().command, u"Move programme 'Tackling Obesity'"_s);
    w->undoStack()->undo();
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->areaId,
             obesity->areaId);
}

void tst_TreeEditing::refusedDrop()
{
    UiTest::Window w;
    QTreeView *tree = w->navigator()->treeView();
    QAbstractItemModel *model = tree->model();
    w->navigator()->select(Kind::Area, UiTest::byName(w->plan().areas, u"St Helens"_s)->id);
    std::unique_ptr<QMimeData> data(model->mimeData({tree->currentIndex()}));
    w->navigator()->select(Kind::Area, UiTest::byName(w->plan().areas, u"Central"_s)->id);
    const QModelIndex own = tree->currentIndex(); // its own locality
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, own));
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, own));
    QTest::qWait(50);
    QCOMPARE(w->undoStack()->count(), 0);
}

void tst_TreeEditing::actionsFollowTheSelection()
{
    UiTest::Window w;
    EditActions *edits = w->edits();
    const auto enabled = [edits](EditActions::Action a) {
        edits->updateActions();
        return edits->action(a)->isEnabled();
    };
    QVERIFY(focusTree(w, Kind::Area, u"NHS Cheshire and Merseyside"_s));
    QVERIFY(enabled(EditActions::Action::AddArea));
    QVERIFY(enabled(EditActions::Action::AddProgramme));
    QVERIFY(!enabled(EditActions::Action::AddSubProgramme));
    QVERIFY(enabled(EditActions::Action::AddMilestone));
    QVERIFY(!enabled(EditActions::Action::MoveUp)); // the only system
    QVERIFY(!enabled(EditActions::Action::MoveDown));
    QVERIFY(focusTree(w, Kind::Programme, u"Tackling Obesity"_s));
    if (!qEnvironmentVariableIsEmpty("JFP_SCREENSHOT_DIR")) {
        QMenu *menu = nullptr;
        for (QAction *a : w->menuBar()->actions()) {
            if (a->text() == u"&Edit")
                menu = a->menu();
        }
        QVERIFY(menu);
        menu->popup(w->mapToGlobal(QPoint(40, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        UiTest::screenshot(menu, u"edit-menu-programme-selected"_s);
        menu->close();
    }
    QVERIFY(!enabled(EditActions::Action::AddArea));
    QVERIFY(enabled(EditActions::Action::AddSubProgramme));
    QVERIFY(enabled(EditActions::Action::MoveUp));
    QVERIFY(enabled(EditActions::Action::Delete));
    QCOMPARE(edits->action(EditActions::Action::Delete)->shortcut(),
             QKeySequence(QKeySequence::Delete));
    w->closePlan();
    QVERIFY(!enabled(EditActions::Action::Delete));
    QVERIFY(!enabled(EditActions::Action::GoTo));
    QVERIFY(!enabled(EditActions::Action::AddArea));
}

QTEST_MAIN(tst_TreeEditing)
#include "tst_treeediting.moc"
