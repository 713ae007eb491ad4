// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "editors/areaform.h"
#include "editors/programmeform.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include "document/undostack.h"
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The details pane's form: a changed field is one undoable command when it loses focus or on
 * Enter; invalid input stays in the field with its message and is never stored; Esc puts the
 * stored value back. Every check of what is stored reads the file again.
 */
class tst_DetailsEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterCommitsOneField();
    void tabCommitsAndMovesOn();
    void undoKeysInAFieldUndoThePlan();
    void menuKeysWorkInAField_data();
    void menuKeysWorkInAField();
    void everyProgrammeField_data();
    void everyProgrammeField();
    void invalidInputStaysAndIsNotStored();
    void escapeReverts();
    void unstoredInputSurvivesOtherChanges();
    void themesAreTicked();
    void areaFields();
    void readOnly();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
};

namespace {

ProgrammeForm *showProgramme(UiTest::Window &w, const QString &name)
{
    const Programme *p = UiTest::byName(w->plan().programmes, name);
    if (!p || !w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id))
        return nullptr;
    return w->details()->programmeForm();
}

// Puts the keyboard focus in the field and replaces its text by typing.
void typeInto(ItemForm *form, const QString &key, const QString &text)
{
    QWidget *editor = form->editor(key);
    editor->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([editor] { return editor->hasFocus(); }));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    else
        QTest::keyClicks(editor, text);
}

} // namespace

void tst_DetailsEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DetailsEditing::enterCommitsOneField()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    QVERIFY(form && form->isVisible());
    const qsizetype historyBefore = UiTest::history(w.path).size();

    typeInto(form, u"manager"_s, u"Jo Bloggs"_s);
    QVERIFY(form->isModified(u"manager"_s));
    // Nothing is stored while typing.
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             QString());
    QTest::keyClick(form->editor(u"manager"_s), Qt::Key_Return);

    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             u"Jo Bloggs"_s);
    QVERIFY(!form->isModified(u"manager"_s));
    QVERIFY(form->editor(u"manager"_s)->hasFocus()); // the user stays where they were
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(w->undoStack()->text(0), u"Edit programme 'Tackling Obesity': Programme manager"_s);
    const QList<ChangeRecord> history = UiTest::history(w.path);
    QCOMPARE(history.size(), historyBefore + 1); // exactly the one field
    QCOMPARE(history.last().field, u"manager"_s);
    QCOMPARE(history.last().oldValue, QString());
    QCOMPARE(history.last().newValue, u"Jo Bloggs"_s);
    QCOMPARE(history.last().itemKind, u"programme"_s);

    // Ctrl+Z and Ctrl+Shift+Z: undo and redo, in the file and in the form.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             QString());
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"manager"_s))->text(), QString());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             u"Jo Bloggs"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"manager"_s))->text(), u"Jo Bloggs"_s);
    QCOMPARE(UiTest::history(w.path).size(), historyBefore + 3);
}

void tst_DetailsEditing::tabCommitsAndMovesOn()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    typeInto(form, u"sro"_s, u"Director of Public Health"_s);
    QTest::keyClick(form->editor(u"sro"_s), Qt::Key_Tab);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->sro,
             u"Director of Public Health"_s);
    QVERIFY(form->editor(u"manager"_s)->hasFocus());
    // Leaving an unchanged field stores nothing.
    QTest::keyClick(form->editor(u"manager"_s), Qt::Key_Tab);
    QCOMPARE(w->undoStack()->count(), 1);
}

void tst_DetailsEditing::undoKeysInAFieldUndoThePlan()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    QVERIFY(form);
    auto *sro = qobject_cast<QLineEdit *>(form->editor(u"sro"_s));
    QVERIFY(sro);
    const auto stored = [&w] {
        return UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->sro;
    };
    const QString before = stored();

    // Stored with Enter; the focus stays in the field, which holds no unstored typing.
    typeInto(form, u"sro"_s, u"Dr A Test"_s);
    QTest::keyClick(sro, Qt::Key_Return);
    QCOMPARE(stored(), u"Dr A Test"_s);
    QVERIFY(sro->hasFocus());

    // Ctrl+Z in the field undoes the plan, and the field shows the value undone.
    QTest::keyClick(sro, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), before);
    QCOMPARE(sro->text(), before);
    QCOMPARE(w->undoStack()->index(), 0);
    // Ctrl+Shift+Z and Ctrl+Y redo it; Tab then stores nothing more.
    QTest::keyClick(sro, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), u"Dr A Test"_s);
    QCOMPARE(sro->text(), u"Dr A Test"_s);
    QTest::keyClick(sro, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), before);
    QTest::keyClick(sro, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stored(), u"Dr A Test"_s);
    QTest::keyClick(sro, Qt::Key_Tab);
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(stored(), u"Dr A Test"_s);

    // Typing not yet stored is undone first, in the field, then the plan.
    typeInto(form, u"sro"_s, u"Typo"_s);
    for (int i = 0; i < 10 && sro->text() != u"Dr A Test"_s; ++i)
        QTest::keyClick(sro, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sro->text(), u"Dr A Test"_s);
    QCOMPARE(stored(), u"Dr A Test"_s);
    QCOMPARE(w->undoStack()->index(), 1);
    QTest::keyClick(sro, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), before);
    QCOMPARE(w->undoStack()->index(), 0);
}

void tst_DetailsEditing::menuKeysWorkInAField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("typedFirst"); // typing not yet stored in the field
    QTest::newRow("a line") << u"sro"_s << false;
    QTest::newRow("a line with typing") << u"manager"_s << true;
    QTest::newRow("a text box") << u"description"_s << false;
}

void tst_DetailsEditing::menuKeysWorkInAField()
{
    // Ctrl+E (Charts > Export Chart) from a field opens the export, as from anywhere else: a
    // field's own bindings (end of line, on X11) do not hide the menu's keys.
    QFETCH(QString, field);
    QFETCH(bool, typedFirst);
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    QVERIFY(form);
    const Indicator *obese
        = UiTest::byName(w->plan().indicators, u"Prevalence of obese children (4-5)"_s);
    QVERIFY(obese);
    QVERIFY(w->details()->selectIndicator(obese->id));
    QWidget *editor = form->editor(field);
    QVERIFY(editor);
    editor->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([editor] { return editor->hasFocus(); }));
    if (typedFirst)
        QTest::keyClicks(editor, u"Jo"_s);
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = dialog->windowTitle();
            dialog->close();
        }
    });
    QTest::keyClick(editor, Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(opened.startsWith(u"Export Chart"_s), qPrintable(opened));

    // Ctrl+A still selects the field's text, and Ctrl+C copies it: the field's own keys.
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(line->selectedText(), line->text());
    }
}

void tst_DetailsEditing::everyProgrammeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // as the history records it

    QTest::newRow("name") << u"name"_s << u"Healthy Weight"_s << u"Healthy Weight"_s;
    QTest::newRow("ambition") << u"ambition"_s << u"Fewer children obese"_s
                              << u"Fewer children obese"_s;
    QTest::newRow("description") << u"description"_s << u"Whole-system approach"_s
                                 << u"Whole-system approach"_s;
    QTest::newRow("start") << u"start"_s << u"01/04/2025"_s << u"2025-04-01"_s;
    QTest::newRow("end") << u"end"_s << u"31 March 2027"_s << u"2027-03-31"_s;
    QTest::newRow("source") << u"source"_s << u"Place plan p. 12"_s << u"Place plan p. 12"_s;
}

void tst_DetailsEditing::everyProgrammeField()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    typeInto(form, field, typed);
    QWidget *editor = form->editor(field);
    if (qobject_cast<QPlainTextEdit *>(editor))
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    else
        QTest::keyClick(editor, Qt::Key_Return);
    const ChangeRecord last = UiTest::history(w.path).last();
    QCOMPARE(last.field, field);
    QCOMPARE(last.newValue, stored);
    QVERIFY(w->undoStack()->text(0).endsWith(form->fieldLabel(field)));
}

void tst_DetailsEditing::invalidInputStaysAndIsNotStored()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    const qsizetype rows = UiTest::history(w.path).size();

    typeInto(form, u"name"_s, QString());
    QCOMPARE(form->shownMessage(u"name"_s), u"Give the programme's name."_s);
    QTest::keyClick(form->editor(u"name"_s), Qt::Key_Return);
    typeInto(form, u"end"_s, u"1/4/2020"_s); // focus leaves the name: still not stored
    QTest::keyClick(form->editor(u"end"_s), Qt::Key_Return);
    QVERIFY(form->shownMessage(u"end"_s).contains(u"outside the plan horizon"_s));
    UiTest::screenshot(w.window.get(), u"details-form-messages"_s);

    const PlanSnapshot plan = UiTest::reread(w.path);
    QVERIFY(UiTest::byName(plan.programmes, u"Tackling Obesity"_s));
    QVERIFY(!UiTest::byName(plan.programmes, u"Tackling Obesity"_s)->end.isValid());
    QCOMPARE(UiTest::history(w.path).size(), rows);
    QCOMPARE(w->undoStack()->count(), 0);
    // The input stays, with its message, for the user to fix.
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"name"_s))->text(), QString());
    QCOMPARE(form->shownMessage(u"name"_s), u"Give the programme's name."_s);
    QVERIFY(form->isModified(u"end"_s));

    // Fixed, it is stored.
    typeInto(form, u"end"_s, u"31/03/2027"_s);
    QTest::keyClick(form->editor(u"end"_s), Qt::Key_Return);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->end,
             QDate(2027, 3, 31));
    QVERIFY(form->shownMessage(u"end"_s).isEmpty());
}

void tst_DetailsEditing::escapeReverts()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    auto *name = qobject_cast<QLineEdit *>(form->editor(u"name"_s));
    typeInto(form, u"name"_s, QString());
    QVERIFY(!form->shownMessage(u"name"_s).isEmpty());
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(name->text(), u"Tackling Obesity"_s);
    QVERIFY(form->shownMessage(u"name"_s).isEmpty());
    QVERIFY(!form->isModified(u"name"_s));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(w->undoStack()->count(), 0);
}

void tst_DetailsEditing::unstoredInputSurvivesOtherChanges()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    typeInto(form, u"start"_s, u"soon"_s);
    typeInto(form, u"manager"_s, u"Sam Patel"_s); // focus left "start": not stored, kept
    QTest::keyClick(form->editor(u"manager"_s), Qt::Key_Return); // stores; the plan is re-read
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             u"Sam Patel"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"start"_s))->text(), u"soon"_s);
    QVERIFY(form->shownMessage(u"start"_s).contains(u"'soon' is not a date"_s));

    // Showing another item drops it.
    const Programme *other = UiTest::byName(w->plan().programmes, u"Resilient Communities"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Programme, other->id));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"name"_s))->text(),
             u"Resilient Communities"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"start"_s))->text(), QString());
    QVERIFY(form->shownMessage(u"start"_s).isEmpty());
}

void tst_DetailsEditing::themesAreTicked()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    const Programme before = *UiTest::byName(w->plan().programmes, u"Tackling Obesity"_s);
    auto *themes = qobject_cast<QListWidget *>(form->editor(u"themeIds"_s));
    QVERIFY(themes);
    int unticked = -1;
    for (int row = 0; row < themes->count() && unticked < 0; ++row) {
        if (themes->item(row)->checkState() == Qt::Unchecked)
            unticked = row;
    }
    QVERIFY(unticked >= 0);
    const Id theme = themes->item(unticked)->data(Qt::UserRole).toLongLong();
    themes->setFocus();
    themes->setCurrentRow(unticked);
    QTest::keyClick(themes, Qt::Key_Space);             // ticked: stored at once
    const PlanSnapshot reread = UiTest::reread(w.path); // kept: `after` points into it
    const Programme *after = UiTest::byName(reread.programmes, u"Tackling Obesity"_s);
    QVERIFY(after->themeIds.contains(theme));
    QCOMPARE(after->themeIds.size(), before.themeIds.size() + 1);
    QCOMPARE(UiTest::history(w.path).last().field, u"themeIds"_s);
    QCOMPARE(w->undoStack()->text(0), u"Edit programme 'Tackling Obesity': Themes"_s);
    QCOMPARE(themes->item(unticked)->checkState(), Qt::Checked); // shown as stored
    UiTest::screenshot(form, u"details-programme-form"_s);       // the whole form, scrolled or not
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(themes->item(unticked)->checkState(), Qt::Unchecked);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->themeIds,
             before.themeIds);
}

void tst_DetailsEditing::areaFields()
{
    UiTest::Window w;
    const Area *sth = UiTest::byName(w->plan().areas, u"St Helens"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, sth->id));
    AreaForm *form = w->details()->areaForm();
    QVERIFY(form->isVisible());
    QVERIFY(!w->details()->programmeForm()->isVisible());
    typeInto(form, u"population"_s, u"183200"_s);
    QTest::keyClick(form->editor(u"population"_s), Qt::Key_Return);
    typeInto(form, u"onsCode"_s, u"E08000012"_s); // Liverpool's
    QTest::keyClick(form->editor(u"onsCode"_s), Qt::Key_Return);
    QVERIFY(form->shownMessage(u"onsCode"_s).contains(u"already used by Liverpool"_s));

    const PlanSnapshot plan = UiTest::reread(w.path);
    const Area *stored = UiTest::byName(plan.areas, u"St Helens"_s);
    QCOMPARE(stored->population, std::optional<qint64>(183200));
    QCOMPARE(stored->onsCode, u"E08000013"_s);
    QCOMPARE(w->undoStack()->text(0), u"Edit area 'St Helens': Population"_s);
    // What is not edited here is still listed beneath the form.
    bool codes = false;
    for (QLabel *label : w->details()->findChildren<QLabel *>())
        codes = codes || label->text().contains(u"Sub-ICB location: 01X"_s);
    QVERIFY(codes);
}

void tst_DetailsEditing::readOnly()
{
    UiTest::Window w;
    ProgrammeForm *form = showProgramme(w, u"Tackling Obesity"_s);
    w->details()->setReadOnly(true);
    typeInto(form, u"manager"_s, u"Someone"_s);
    QTest::keyClick(form->editor(u"manager"_s), Qt::Key_Return);
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"manager"_s))->text(), QString());
    QVERIFY(!form->editor(u"status"_s)->isEnabled());
    QCOMPARE(w->undoStack()->count(), 0);
    QCOMPARE(UiTest::byName(UiTest::reread(w.path).programmes, u"Tackling Obesity"_s)->manager,
             QString());
}

void tst_DetailsEditing::mnemonicsDoNotClash_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tab"); // the details tab shown
    for (int tab = 0; tab < 5; ++tab) {
        QTest::addRow("programme, tab %d", tab)
            << int(PlanTreeModel::ItemKind::Programme) << u"Tackling Obesity"_s << tab;
        if (tab < 4) // the Progress tab is a programme's only
            QTest::addRow("area, tab %d", tab)
                << int(PlanTreeModel::ItemKind::Area) << u"St Helens"_s << tab;
    }
}

// Alt+letter opens a menu: no field of the form, nor any control of the tabs beside it, may
// take a menu's letter. (The form's own letters are unique: tst_itemforms.)
void tst_DetailsEditing::mnemonicsDoNotClash()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(int, tab);
    UiTest::Window w;
    const auto k = PlanTreeModel::ItemKind(kind);
    const Id id = k == PlanTreeModel::ItemKind::Area
                      ? UiTest::byName(w->plan().areas, name)->id
                      : UiTest::byName(w->plan().programmes, name)->id;
    QVERIFY(w->navigator()->select(k, id));
    auto *tabs = w->details()->findChild<QTabWidget *>();
    QVERIFY(tabs && tab < tabs->count());
    tabs->setCurrentIndex(tab);
    QMap<QChar, QStringList> owners;
    const auto note = [&](const QString &text, const QString &what) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&')
            owners[text.at(amp + 1).toLower()] << what + u" '"_s + text + u"'"_s;
    };
    for (QAction *a : w->menuBar()->actions())
        note(a->text(), u"menu"_s);
    for (QLabel *label : w->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible() && label->buddy()->isEnabled())
            note(label->text(), u"label"_s);
    }
    for (QAbstractButton *button : w->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->isEnabled())
            note(button->text(), QString::fromLatin1(button->metaObject()->className()));
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1 && it->first().startsWith(u"menu"))
            clashes << u"Alt+%1: %2"_s.arg(it.key().toUpper()).arg(it->join(u", "_s));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

QTEST_MAIN(tst_DetailsEditing)
#include "tst_detailsediting.moc"
