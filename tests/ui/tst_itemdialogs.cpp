// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/itemdialog.h"
#include "editors/itemform.h"
#include "mainwindow/editactions.h"
#include "models/indicatortablemodel.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include "document/undostack.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Milestones and indicators are added, edited and deleted from the tables of the details pane
 * with the keyboard (Insert, F2, Enter, Delete) or a double click, through dialogs whose OK
 * stays disabled while a field has a message. Every check of what is stored reads the file.
 */
class tst_ItemDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void insertAddsAMilestone();
    void f2EditsAMilestone();
    void okWaitsForValidInput();
    void deleteAsksFirst();
    void doubleClickEditsAnIndicator();
    void insertAddsAnIndicatorInAnArea();
    void slotsForOtherViews();
};

namespace {

void selectProgramme(UiTest::Window &w, const QString &name)
{
    const Programme *p = UiTest::byName(w->plan().programmes, name);
    QVERIFY(p);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id));
}

void type(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    else
        QTest::keyClicks(editor, text);
}

// Mental Wellbeing's one milestone, current in its table, with the keyboard focus there.
QTableView *summitRow(UiTest::Window &w)
{
    const Programme *p = UiTest::byName(w->plan().programmes, u"Mental Wellbeing"_s);
    w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id);
    QTableView *table = w->details()->milestoneTable();
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::AltModifier);
    table->setCurrentIndex(table->model()->index(0, 0));
    return table->hasFocus() ? table : nullptr;
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

void tst_ItemDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ItemDialogs::insertAddsAMilestone()
{
    UiTest::Window w;
    selectProgramme(w, u"Tackling Obesity"_s);
    const Id programmeId = UiTest::byName(w->plan().programmes, u"Tackling Obesity"_s)->id;
    QTableView *table = w->details()->milestoneTable();
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::AltModifier);
    QVERIFY(table->hasFocus());

    bool checked = false;
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        ItemForm *form = dialog->form();
        QCOMPARE(dialog->windowTitle(), u"Add Milestone"_s);
        // The programme is the selected one; the title is still missing.
        QCOMPARE(qobject_cast<QComboBox *>(form->editor(u"programmeId"_s))->currentData(),
                 QVariant(QString::number(programmeId)));
        QCOMPARE(form->shownMessage(u"title"_s), u"Give the milestone's title."_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        type(form->editor(u"title"_s), u"Healthy weight declaration signed"_s);
        type(form->editor(u"owner"_s), u"Director of Public Health"_s);
        type(form->editor(u"forecastDate"_s), u"30/09/2025"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        UiTest::screenshot(dialog, u"add-milestone-dialog"_s);
        checked = true;
        QTest::keyClick(form->editor(u"forecastDate"_s), Qt::Key_Return); // OK
    });
    QTest::keyClick(table, Qt::Key_Insert);
    QVERIFY(checked);

    const PlanSnapshot plan = UiTest::reread(w.path);
    const Milestone *m = UiTest::byName(plan.milestones, u"Healthy weight declaration signed"_s);
    QVERIFY(m);
    QCOMPARE(m->programmeId, programmeId);
    QCOMPARE(m->owner, u"Director of Public Health"_s);
    QCOMPARE(m->forecastDate, QDate(2025, 9, 30));
    QCOMPARE(w->undoStack()->text(0), u"Add milestone 'Healthy weight declaration signed'"_s);
    QCOMPARE(w->details()->currentMilestoneId(), m->id); // shown and selected
    const Id id = m->id;
    const QList<ChangeRecord> history = UiTest::history(w.path);
    QCOMPARE(history.last().itemId, id);

    QVERIFY(UiTest::reactivate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(
        !UiTest::byName(UiTest::reread(w.path).milestones, u"Healthy weight declaration signed"_s));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const PlanSnapshot again = UiTest::reread(w.path);
    QCOMPARE(UiTest::byName(again.milestones, u"Healthy weight declaration signed"_s)->id, id);
}

void tst_ItemDialogs::f2EditsAMilestone()
{
    UiTest::Window w;
    QTableView *table = summitRow(w);
    QVERIFY(table);
    const QString title = u"Mental Health Summit to launch the programme of work"_s;
    const Milestone before = *UiTest::byName(w->plan().milestones, title);
    const qsizetype rows = UiTest::history(w.path).size();

    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        ItemForm *form = dialog->form();
        QCOMPARE(dialog->windowTitle(), u"Edit Milestone '%1'"_s.arg(title));
        QVERIFY(!form->editor(u"programmeId"_s)->isEnabled()); // moving is a separate command
        type(form->editor(u"owner"_s), u"Mental Health Partnership Board"_s);
        QTest::keyClick(form->editor(u"owner"_s), Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_F2);

    const PlanSnapshot plan = UiTest::reread(w.path);
    const Milestone *after = UiTest::byName(plan.milestones, title);
    QCOMPARE(after->owner, u"Mental Health Partnership Board"_s);
    QCOMPARE(after->completionDate, before.completionDate); // an old date is kept
    const QList<ChangeRecord> history = UiTest::history(w.path);
    QCOMPARE(history.size(), rows + 1);
    QCOMPARE(history.last().field, u"owner"_s);

    // Enter edits too; Esc cancels and nothing is stored.
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        type(dialog->form()->editor(u"owner"_s), u"Someone else"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(UiTest::history(w.path).size(), rows + 1);
    QCOMPARE(w->undoStack()->count(), 1);
}

void tst_ItemDialogs::okWaitsForValidInput()
{
    UiTest::Window w;
    QTableView *table = summitRow(w);
    QVERIFY(table);
    bool seen = false;
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        ItemForm *form = dialog->form();
        QVERIFY(dialog->okButton()->isEnabled());
        type(form->editor(u"status"_s), QString()); // focus only
        auto *status = qobject_cast<QComboBox *>(form->editor(u"status"_s));
        status->setCurrentIndex(status->findData(u"on_track"_s));
        // A completion date belongs to a complete milestone only.
        QVERIFY(form->shownMessage(u"completionDate"_s).contains(u"Only a complete milestone"_s));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(form->editor(u"title"_s), Qt::Key_Return); // refused: OK is disabled
        QVERIFY(dialog->isVisible());
        type(form->editor(u"completionDate"_s), QString());
        QVERIFY(dialog->okButton()->isEnabled());
        seen = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(seen);
    const PlanSnapshot reread = UiTest::reread(w.path); // kept: `m` points into it
    const Milestone *m = UiTest::byName(reread.milestones,
                                        u"Mental Health Summit to launch the programme of work"_s);
    QVERIFY(m);
}

void tst_ItemDialogs::deleteAsksFirst()
{
    UiTest::Window w;
    QTableView *table = summitRow(w);
    QVERIFY(table);
    const QString title = u"Mental Health Summit to launch the programme of work"_s;

    // Cancel: nothing happens.
    QString question;
    UiTest::whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(question, u"Delete milestone '%1'?"_s.arg(title));
    QVERIFY(UiTest::byName(UiTest::reread(w.path).milestones, title));

    QString details;
    UiTest::whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        details = box->informativeText();
        buttonNamed(box, u"&Delete"_s)->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(details, u"You can undo this (Edit > Undo)."_s);
    QVERIFY(!UiTest::byName(UiTest::reread(w.path).milestones, title));
    QCOMPARE(w->undoStack()->text(0), u"Delete milestone '%1'"_s.arg(title));
    QVERIFY(UiTest::reactivate(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(UiTest::byName(UiTest::reread(w.path).milestones, title));
}

void tst_ItemDialogs::doubleClickEditsAnIndicator()
{
    UiTest::Window w;
    selectProgramme(w, u"A. Support healthy eating choices in the Borough"_s);
    QTableView *table = w->details()->indicatorTable();
    const QModelIndex first = table->model()->index(0, 0);
    const Id id = first.data(IndicatorTableModel::IndicatorIdRole).toLongLong();
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        ItemForm *form = dialog->form();
        type(form->editor(u"tolerance"_s), u"-1"_s);
        QCOMPARE(form->shownMessage(u"tolerance"_s), u"The tolerance cannot be negative."_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        type(form->editor(u"tolerance"_s), u"0.5"_s);
        type(form->editor(u"baselinePeriod"_s), u"2022/23"_s);
        UiTest::screenshot(dialog, u"edit-indicator-dialog"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const PlanSnapshot reread = UiTest::reread(w.path); // kept: `i` points into it
    const Indicator *i = UiTest::byId(reread.indicators, id);
    QCOMPARE(i->tolerance, OptionalValue(0.5));
    QCOMPARE(i->baselinePeriod, u"2022/23"_s);
    const QList<ChangeRecord> history = UiTest::history(w.path);
    QCOMPARE(UiTest::history(w.path).size(), 2); // exactly the two fields
    QCOMPARE(history.at(0).field + history.at(1).field, u"baselinePeriodtolerance"_s);
}

void tst_ItemDialogs::insertAddsAnIndicatorInAnArea()
{
    UiTest::Window w;
    const Area *sth = UiTest::byName(w->plan().areas, u"St Helens"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, sth->id));
    QTableView *table = w->details()->indicatorTable();
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::AltModifier);
    QVERIFY(table->hasFocus());
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        ItemForm *form = dialog->form();
        auto *programme = qobject_cast<QComboBox *>(form->editor(u"programmeId"_s));
        QCOMPARE(form->shownMessage(u"programmeId"_s), u"Choose the programme it belongs to."_s);
        // Only St Helens' programmes are offered.
        QCOMPARE(programme->count(), 1 + 14);
        programme->setFocus();
        QTest::keyClick(programme, Qt::Key_Down);
        QVERIFY(form->shownMessage(u"programmeId"_s).isEmpty());
        type(form->editor(u"name"_s), u"Children in active travel"_s);
        type(form->editor(u"baselineValue"_s), u"42"_s);
        auto *unit = qobject_cast<QComboBox *>(form->editor(u"unit"_s));
        unit->setCurrentIndex(unit->findData(u"percentage"_s));
        type(form->editor(u"baselinePeriod"_s), u"2023/24"_s);
        type(form->editor(u"targetValue"_s), u"55"_s);
        type(form->editor(u"targetPeriod"_s), u"2026/27"_s);
        type(form->editor(u"tolerance"_s), u"2"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_Insert);
    const PlanSnapshot plan = UiTest::reread(w.path);
    const Indicator *i = UiTest::byName(plan.indicators, u"Children in active travel"_s);
    QVERIFY(i);
    QCOMPARE(i->programmeId, UiTest::byName(plan.programmes, u"Warm Homes for Young Lungs"_s)->id);
    QCOMPARE(i->unit, Unit::Percentage);
    QCOMPARE(i->targetValue, OptionalValue(55));
    QCOMPARE(i->tolerance, OptionalValue(2));
    QCOMPARE(w->details()->currentIndicatorId(), i->id);
}

void tst_ItemDialogs::slotsForOtherViews()
{
    UiTest::Window w;
    EditActions *edits = w->edits();
    const Id programmeId = UiTest::byName(w->plan().programmes, u"Tackling Obesity"_s)->id;
    UiTest::whenDialogOpens<ItemDialog>([&](ItemDialog *dialog) {
        type(dialog->form()->editor(u"title"_s), u"Pledge signed"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    const Id id = edits->addMilestone(0, programmeId);
    QVERIFY(id);
    QCOMPARE(UiTest::byId(UiTest::reread(w.path).milestones, id)->title, u"Pledge signed"_s);
    edits->setConfirm([](const QString &question, const QString &) {
        return question.startsWith(u"Delete milestone 'Pledge signed'"_s);
    });
    QVERIFY(edits->deleteMilestone(id));
    QVERIFY(!UiTest::byId(UiTest::reread(w.path).milestones, id));
    QVERIFY(!edits->editMilestone(id)); // gone: nothing to edit
}

QTEST_MAIN(tst_ItemDialogs)
#include "tst_itemdialogs.moc"
