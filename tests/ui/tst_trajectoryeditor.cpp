// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/commands.h"
#include "dialogs/filltrajectorydialog.h"
#include "models/trajectorytablemodel.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/trajectoryeditor.h"

#include "document/undostack.h"
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The Trajectory tab driven by the keyboard and mouse: typing into cells, refused input,
 * paste, Delete, fill, undo and redo, and the status line; every check of what is stored
 * reads the file again.
 */
class tst_TrajectoryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeIntoCells();
    void refusedInputStaysInTheCell();
    void pasteFromSpreadsheet();
    void pasteWithBadCells();
    void deleteClears();
    void fillThenEdit();
    void followsTheSelectedIndicator();
    void statusLine_data();
    void statusLine();
    void readOnly();

private:
    TrajectoryEditor *open(UiTest::Window &w, const QString &indicator = {});
};

namespace {

QString obese()
{
    return u"Prevalence of obese children (4-5)"_s;
}

const Indicator &storedIndicator(const PlanSnapshot &plan, const QString &name)
{
    const Indicator *i = UiTest::byName(plan.indicators, name);
    if (!i)
        qFatal("no indicator %s", qPrintable(name));
    return *i;
}

QModelIndex cell(TrajectoryEditor *editor, const QString &period, int column)
{
    return editor->model()->index(editor->model()->rowOf(period), column);
}

// Makes `index` the current cell with the keyboard focus in the table.
void goTo(TrajectoryEditor *editor, const QModelIndex &index)
{
    QTableView *table = editor->table();
    if (!table->window()->isActiveWindow()) { // after a modal dialog closed
        table->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(table->window()));
    }
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([table] { return table->hasFocus(); }));
    // A click on the cell: it becomes the current cell and the only one selected.
    table->scrollTo(index);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(index).center());
    QCOMPARE(table->currentIndex(), index);
}

// Types into the current cell as a user does: the first key opens the cell's editor, which
// then has the keyboard focus and gets the rest.
void typeInCell(TrajectoryEditor *editor, const QString &text)
{
    QTest::keyClicks(editor->table(), text.left(1));
    QVERIFY(editor->isEditing());
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
}

} // namespace

void tst_TrajectoryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TrajectoryEditor *tst_TrajectoryEditor::open(UiTest::Window &w, const QString &indicator)
{
    const Indicator &i = storedIndicator(w->plan(), indicator.isEmpty() ? obese() : indicator);
    const Programme *p = w->plan().programme(i.programmeId);
    if (!w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id))
        return nullptr;
    if (!w->details()->selectIndicator(i.id))
        return nullptr;
    w->details()->showTrajectoryTab();
    return w->details()->trajectoryEditor();
}

void tst_TrajectoryEditor::typeIntoCells()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->model()->indicator().name, obese());
    QVERIFY2(
        editor->toleranceText().startsWith(
            u"Baseline 11.6% (period not stated) · target 10.4% by 2026/27 · lower is better"_s),
        qPrintable(editor->toleranceText()));
    const qsizetype historyBefore = UiTest::history(w.path).size();

    // Typing starts editing; Enter stores the value and goes down a row.
    goTo(editor, cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn));
    typeInCell(editor, u"11.1"_s);
    QVERIFY(editor->isEditing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const Indicator stored = storedIndicator(UiTest::reread(w.path), obese());
    QCOMPARE(stored.trajectory.size(), 1);
    QCOMPARE(stored.trajectory.first().period, u"2025/26"_s);
    QCOMPARE(stored.trajectory.first().value, OptionalValue(11.1));
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(editor->table()->currentIndex(),
             cell(editor, u"2026/27"_s, TrajectoryTableModel::PlannedColumn));
    QVERIFY(editor->table()->hasFocus()); // the user stays in the table

    // An actual in the next column, by F2.
    goTo(editor, cell(editor, u"2025/26"_s, TrajectoryTableModel::ActualColumn));
    QTest::keyClick(editor->table(), Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"11.5"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).actuals.size(), 1);
    QCOMPARE(w->undoStack()->count(), 2);
    QCOMPARE(cell(editor, u"2025/26"_s, TrajectoryTableModel::StatusColumn).data().toString(),
             u"Off track"_s); // lower is better, and 11.5 is above the planned 11.1
    const QList<ChangeRecord> history = UiTest::history(w.path);
    QCOMPARE(history.size(), historyBefore + 2);
    QCOMPARE(history.at(historyBefore).field, u"trajectory 2025/26"_s);
    QCOMPARE(history.last().field, u"actual 2025/26"_s);
    QCOMPARE(history.last().newValue, u"11.5"_s);

    // Ctrl+Z twice, then Ctrl+Shift+Z: the file follows.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(storedIndicator(UiTest::reread(w.path), obese()).trajectory.isEmpty());
    QVERIFY(storedIndicator(UiTest::reread(w.path), obese()).actuals.isEmpty());
    QCOMPARE(cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn).data().toString(),
             QString());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).trajectory.size(), 1);
    QCOMPARE(cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn).data().toString(),
             u"11.1"_s);
    UiTest::screenshot(w.window.get(), u"trajectory-editor"_s);
}

void tst_TrajectoryEditor::refusedInputStaysInTheCell()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    const QString before = CommandTest::dump(UiTest::reread(w.path));
    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::ActualColumn));
    typeInCell(editor, u"140"_s); // a percentage
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(editor->isEditing());
    auto *input = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(input);
    QCOMPARE(input->text(), u"140"_s); // the input stays, with the message
    QVERIFY2(editor->message().contains(u"2024/25, Actual"_s), qPrintable(editor->message()));
    QVERIFY(editor->message().contains(u"not a percentage between 0 and 100"_s));
    UiTest::screenshot(w.window.get(), u"trajectory-refused"_s);
    // Fixing it stores it and the message goes.
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(input, u"abc"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QVERIFY(editor->message().contains(u"'abc' is not a number"_s));
    QCOMPARE(CommandTest::dump(UiTest::reread(w.path)), before); // nothing stored
    QTest::keyClick(input, Qt::Key_Escape);
    QVERIFY(!editor->isEditing());
    QCOMPARE(CommandTest::dump(UiTest::reread(w.path)), before);
    QCOMPARE(w->undoStack()->count(), 0);

    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::ActualColumn));
    typeInCell(editor, u"12.2%"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(editor->message(), QString());
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).actuals.first().value,
             OptionalValue(12.2));
}

void tst_TrajectoryEditor::pasteFromSpreadsheet()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    const qsizetype historyBefore = UiTest::history(w.path).size();
    // Two columns copied from a spreadsheet: planned and actual.
    QApplication::clipboard()->setText(u"11.4\t11.6\r\n11.0\t11.2\r\n10.7\t\r\n"_s);
    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor->message(), QString());
    const Indicator stored = storedIndicator(UiTest::reread(w.path), obese());
    QCOMPARE(stored.trajectory.size(), 3);
    QCOMPARE(stored.trajectory.at(2).period, u"2026/27"_s);
    QCOMPARE(stored.trajectory.at(2).value, OptionalValue(10.7));
    QCOMPARE(stored.actuals.size(), 2);
    QCOMPARE(w->undoStack()->count(), 1); // one undoable step
    QCOMPARE(UiTest::history(w.path).size(), historyBefore + 5);
    // The pasted block is selected: three rows of two columns.
    QCOMPARE(editor->table()->selectionModel()->selectedIndexes().size(), 6);
    QVERIFY(editor->table()->selectionModel()->isSelected(
        cell(editor, u"2026/27"_s, TrajectoryTableModel::ActualColumn)));
    UiTest::screenshot(editor, u"trajectory-pasted"_s);

    // Ctrl+C copies the cells back as a spreadsheet reads them.
    editor->table()->selectionModel()->select(
        QItemSelection(cell(editor, u"2024/25"_s, TrajectoryTableModel::PlannedColumn),
                       cell(editor, u"2025/26"_s, TrajectoryTableModel::ActualColumn)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(editor->table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"11.4\t11.6\n11\t11.2\n"_s);

    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    const Indicator undone = storedIndicator(UiTest::reread(w.path), obese());
    QVERIFY(undone.trajectory.isEmpty());
    QVERIFY(undone.actuals.isEmpty());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).trajectory.size(), 3);
}

void tst_TrajectoryEditor::pasteWithBadCells()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    const QString before = CommandTest::dump(UiTest::reread(w.path));
    QApplication::clipboard()->setText(u"11.4\nabc\n10.9\n-2\n"_s);
    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_V, Qt::ControlModifier);
    const QString message = editor->message();
    QVERIFY2(message.contains(u"Line 2 of the pasted text (2025/26, Planned): 'abc' is not a"
                              " number"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"Line 4 of the pasted text (2027/28, Planned)"_s),
             qPrintable(message));
    QVERIFY(!message.contains(u"Line 1"_s));
    QCOMPARE(CommandTest::dump(UiTest::reread(w.path)), before); // nothing written
    QCOMPARE(w->undoStack()->count(), 0);
    UiTest::screenshot(editor, u"trajectory-paste-refused"_s);
}

void tst_TrajectoryEditor::deleteClears()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    QApplication::clipboard()->setText(u"11.4\n11.0\n10.7\n"_s);
    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).trajectory.size(), 3);
    // Shift+Down selects two cells; Delete clears both in one step.
    goTo(editor, cell(editor, u"2024/25"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(editor->table(), Qt::Key_Delete);
    const Indicator stored = storedIndicator(UiTest::reread(w.path), obese());
    QCOMPARE(stored.trajectory.size(), 1);
    QCOMPARE(stored.trajectory.first().period, u"2026/27"_s);
    QCOMPARE(w->undoStack()->count(), 2);
    // Backspace clears the current cell too.
    goTo(editor, cell(editor, u"2026/27"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_Backspace);
    QVERIFY(storedIndicator(UiTest::reread(w.path), obese()).trajectory.isEmpty());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).trajectory.size(), 3);
}

void tst_TrajectoryEditor::fillThenEdit()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    // The sample states no baseline period: the user gives one in the dialog.
    bool sawPreview = false;
    UiTest::whenDialogOpens<FillTrajectoryDialog>([&](FillTrajectoryDialog *dialog) {
        QVERIFY(!dialog->problem().isEmpty()); // no baseline period yet
        QCOMPARE(dialog->baselineEdit()->text(), u"11.6"_s);
        QCOMPARE(dialog->targetEdit()->text(), u"10.4"_s);
        QCOMPARE(dialog->targetPeriodEdit()->text(), u"2026/27"_s);
        dialog->baselinePeriodEdit()->setFocus();
        QTest::keyClicks(dialog->baselinePeriodEdit(), u"2023/24"_s);
        QCOMPARE(dialog->problem(), QString());
        QCOMPARE(dialog->preview()->rowCount(), 5); // 2024/25 to 2028/29
        QCOMPARE(dialog->preview()->item(2, 0)->text(), u"2026/27"_s);
        QCOMPARE(dialog->preview()->item(2, 2)->text(), u"10.4"_s);
        QCOMPARE(dialog->preview()->item(0, 2)->text(), u"11.2"_s);
        UiTest::screenshot(dialog, u"trajectory-fill-dialog"_s);
        sawPreview = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(editor->fillButton(), Qt::LeftButton);
    QVERIFY(sawPreview);
    Indicator stored = storedIndicator(UiTest::reread(w.path), obese());
    QCOMPARE(stored.trajectory.size(), 5);
    QCOMPARE(stored.trajectory.at(0).value, OptionalValue(11.2));
    QCOMPARE(stored.trajectory.at(4).value, OptionalValue(10.4)); // held at the target
    QCOMPARE(w->undoStack()->count(), 1);

    // Then a cell is edited by hand.
    goTo(editor, cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn));
    typeInCell(editor, u"10.9"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    stored = storedIndicator(UiTest::reread(w.path), obese());
    QCOMPARE(stored.trajectory.at(1).value, OptionalValue(10.9));
    QCOMPARE(w->undoStack()->count(), 2);
    // Undo twice takes the edit and then the whole fill back.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedIndicator(UiTest::reread(w.path), obese()).trajectory.at(1).value,
             OptionalValue(10.8));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(storedIndicator(UiTest::reread(w.path), obese()).trajectory.isEmpty());

    // A constant percentage change is offered too; Cancel changes nothing.
    UiTest::whenDialogOpens<FillTrajectoryDialog>([](FillTrajectoryDialog *dialog) {
        dialog->baselinePeriodEdit()->setText(u"2023/24"_s);
        dialog->targetEdit()->setText(u"5.8"_s); // half the baseline over three years
        QCOMPARE(dialog->preview()->item(0, 2)->text(), u"9.7"_s); // a straight line
        dialog->methodBox()->setCurrentIndex(1);
        const QString filled = dialog->preview()->item(0, 2)->text();
        dialog->reject();
        QCOMPARE(filled, u"9.2"_s); // 11.6 × 0.5^(1/3)
    });
    QVERIFY(!editor->fill());
    QCOMPARE(w->undoStack()->index(), 0);
}

void tst_TrajectoryEditor::followsTheSelectedIndicator()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    const Indicator &other = storedIndicator(w->plan(), u"Prevalence of obese children - Year 6"_s);
    QVERIFY(w->details()->selectIndicator(other.id));
    QCOMPARE(editor->model()->indicator().id, other.id);
    QVERIFY(editor->statusText().contains(other.name));
    // Choosing quarters shows quarters from the horizon's start.
    editor->granularityBox()->setFocus();
    QTest::keyClick(editor->granularityBox(), Qt::Key_Down);
    QCOMPARE(editor->model()->granularity(), TrajectoryTableModel::Granularity::Quarterly);
    QCOMPARE(editor->model()->index(0, 0).data(TrajectoryTableModel::PeriodRole).toString(),
             u"Q1 2024/25"_s);
    // An area without indicators leaves the tab with a hint.
    const Area *halton = UiTest::byName(w->plan().areas, u"Halton"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, halton->id));
    QVERIFY(w->details()->currentIndicatorId() != 0 || !editor->model()->hasIndicator());
}

void tst_TrajectoryEditor::statusLine_data()
{
    QTest::addColumn<QString>("polarity");
    QTest::addColumn<double>("tolerance"); // < 0: none
    QTest::addColumn<double>("actual");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("shape");
    // Planned 11.0 in 2025/26.
    QTest::newRow("lower is better, below the plan")
        << u"lower_is_better"_s << -1.0 << 10.8 << u"On track"_s << u"green"_s;
    QTest::newRow("lower is better, above the plan")
        << u"lower_is_better"_s << -1.0 << 11.3 << u"Off track"_s << u"red"_s;
    QTest::newRow("lower is better, within the tolerance")
        << u"lower_is_better"_s << 0.5 << 11.3 << u"On track"_s << u"green"_s;
    QTest::newRow("higher is better, below the plan beyond the tolerance")
        << u"higher_is_better"_s << 0.1 << 10.8 << u"Off track"_s << u"red"_s;
    QTest::newRow("higher is better, above the plan")
        << u"higher_is_better"_s << -1.0 << 11.3 << u"On track"_s << u"green"_s;
    QTest::newRow("neutral") << u"neutral"_s << -1.0 << 11.3 << u"Not assessed"_s << u"grey"_s;
}

void tst_TrajectoryEditor::statusLine()
{
    QFETCH(QString, polarity);
    QFETCH(double, tolerance);
    QFETCH(double, actual);
    QFETCH(QString, words);
    QFETCH(QString, shape);
    UiTest::Window w;
    // The polarity and tolerance come from the indicator's own fields.
    const Indicator before = storedIndicator(w->plan(), obese());
    Indicator after = before;
    after.polarity = *Enums::fromKey<Polarity>(polarity);
    after.tolerance = tolerance < 0 ? OptionalValue() : OptionalValue(tolerance);
    QVERIFY(w->push(Commands::editIndicator(before, after)));
    TrajectoryEditor *editor = open(w);
    QCOMPARE(editor->statusKey(), QString()); // no actual yet
    QVERIFY2(editor->statusText().contains(u"No data yet"_s), qPrintable(editor->statusText()));
    QVERIFY(editor->toleranceText().contains(tolerance < 0 ? u"tolerance: none"_s
                                                           : u"tolerance %1%"_s.arg(tolerance)));

    QApplication::clipboard()->setText(u"11\t%1\n"_s.arg(actual));
    goTo(editor, cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor->message(), QString());
    QCOMPARE(editor->statusKey(), shape);
    QVERIFY2(editor->statusText().contains(words + u": "_s), qPrintable(editor->statusText()));
    QVERIFY2(editor->statusText().contains(u"against a planned 11.0% (2025/26)"_s),
             qPrintable(editor->statusText()));
    const QModelIndex status = cell(editor, u"2025/26"_s, TrajectoryTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), words);
    QCOMPARE(status.data(TrajectoryTableModel::RagRole).toString(), shape);
    if (shape == u"red"_s)
        UiTest::screenshot(editor, u"trajectory-off-track"_s);
}

void tst_TrajectoryEditor::readOnly()
{
    UiTest::Window w;
    TrajectoryEditor *editor = open(w);
    w->details()->setReadOnly(true); // as for a file opened read-only
    QVERIFY(!(editor->model()->flags(cell(editor, u"2025/26"_s, 1)) & Qt::ItemIsEditable));
    QVERIFY(!editor->fillButton()->isEnabled());
    QApplication::clipboard()->setText(u"11\n"_s);
    goTo(editor, cell(editor, u"2025/26"_s, TrajectoryTableModel::PlannedColumn));
    QTest::keyClick(editor->table(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(editor->message().contains(u"cannot be changed"_s));
    QVERIFY(storedIndicator(UiTest::reread(w.path), obese()).trajectory.isEmpty());
}

QTEST_MAIN(tst_TrajectoryEditor)
#include "tst_trajectoryeditor.moc"
