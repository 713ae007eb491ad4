// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/commandsupport.h"
#include "dialogs/progressupdatedialog.h"
#include "editors/progressupdateform.h"
#include "models/progressupdatetablemodel.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/progresspanel.h"

#include "document/undostack.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The Progress tab driven by keyboard and mouse: add, edit and delete a programme's quarterly
 * updates through the dialog, each one undoable command, earlier quarters kept; every check
 * reads the file again.
 */
class tst_ProgressPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addEditDelete();
    void aQuarterTakenIsRefused();
    void onlyForProgrammes();
    void readOnly();
    void clickingATabMovesTheKeysThere();

private:
    ProgressPanel *open(UiTest::Window &w);
};

namespace {

QString programmeName()
{
    return u"Tackling Obesity"_s;
}

QList<ProgressUpdate> storedUpdates(const QString &path)
{
    const PlanSnapshot plan = UiTest::reread(path);
    const Programme *p = UiTest::byName(plan.programmes, programmeName());
    QList<ProgressUpdate> list;
    for (const ProgressUpdate &u : plan.progressUpdates) {
        if (u.programmeId == p->id)
            list << u;
    }
    return list;
}

// Fills the dialog through the keyboard: a quarter, a RAG status, the three parts.
void fill(ProgressUpdateDialog *dialog,
          const QString &quarter,
          const QString &rag,
          const QStringList &narrative)
{
    ProgressUpdateForm *form = dialog->form();
    auto *quarterBox = qobject_cast<QComboBox *>(form->editor(u"period"_s));
    quarterBox->setFocus();
    const int q = quarterBox->findData(quarter);
    QVERIFY(q >= 0);
    while (quarterBox->currentIndex() != q)
        QTest::keyClick(quarterBox, q > quarterBox->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    auto *ragBox = qobject_cast<QComboBox *>(form->editor(u"rag"_s));
    ragBox->setFocus();
    const int r = ragBox->findData(rag);
    while (ragBox->currentIndex() != r)
        QTest::keyClick(ragBox, r > ragBox->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    const QStringList keys{u"wentWell"_s, u"didNot"_s, u"nextSteps"_s};
    for (int i = 0; i < keys.size() && i < narrative.size(); ++i) {
        auto *text = qobject_cast<QPlainTextEdit *>(form->editor(keys.at(i)));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, narrative.at(i));
    }
}

QPushButton *okButton(ProgressUpdateDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void tst_ProgressPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Commands::Internal::setUserForTests(u"programme.manager"_s);
}

ProgressPanel *tst_ProgressPanel::open(UiTest::Window &w)
{
    const Programme *p = UiTest::byName(w->plan().programmes, programmeName());
    if (!w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id))
        return nullptr;
    w->details()->showProgressTab();
    return w->details()->progressPanel();
}

void tst_ProgressPanel::addEditDelete()
{
    UiTest::Window w;
    ProgressPanel *panel = open(w);
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->model()->rowCount(), 0);
    const qsizetype historyBefore = UiTest::history(w.path).size();

    // Add: the button by keyboard, the dialog by keyboard, OK by mouse.
    UiTest::whenDialogOpens<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        QVERIFY(!okButton(dialog)->isEnabled()); // no RAG status chosen yet
        fill(dialog,
             u"Q1 2025/26"_s,
             u"red"_s,
             {u"Summit held"_s, u"Recruitment slipped"_s, u"Advertise again"_s});
        QVERIFY(okButton(dialog)->isEnabled());
        UiTest::screenshot(dialog, u"progress-update-dialog"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    panel->addButton()->setFocus();
    QTest::keyClick(panel->addButton(), Qt::Key_Space);
    QList<ProgressUpdate> stored = storedUpdates(w.path);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().period, u"Q1 2025/26"_s);
    QCOMPARE(stored.first().rag, u"red"_s);
    QCOMPARE(stored.first().wentWell, u"Summit held"_s);
    QCOMPARE(stored.first().didNot, u"Recruitment slipped"_s);
    QCOMPARE(stored.first().nextSteps, u"Advertise again"_s);
    QCOMPARE(stored.first().recordedBy, u"programme.manager"_s);
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(UiTest::history(w.path).last().itemKind, u"progress_update"_s);

    // A second quarter: newest first, the earlier one kept.
    UiTest::whenDialogOpens<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        fill(dialog, u"Q2 2025/26"_s, u"amber"_s, {u"Peer mentors recruited"_s});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(panel->addUpdate());
    QCOMPARE(storedUpdates(w.path).size(), 2);
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->index(0, 0).data().toString(), u"Q2 2025/26"_s);
    QCOMPARE(panel->model()->index(1, 0).data().toString(), u"Q1 2025/26"_s);
    QCOMPARE(panel->model()->index(0, ProgressUpdateTableModel::RagColumn).data().toString(),
             u"Amber"_s);
    QCOMPARE(panel->currentUpdateId(), panel->model()->updateAt(0)->id); // the new one
    UiTest::screenshot(w.window.get(), u"progress-tab"_s);

    // Edit the older one: select it, Enter.
    panel->table()->setFocus();
    panel->table()->setCurrentIndex(panel->model()->index(1, 0));
    QVERIFY(panel->narrativeText().contains(u"Recruitment slipped"_s));
    UiTest::whenDialogOpens<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        QCOMPARE(qobject_cast<QComboBox *>(dialog->form()->editor(u"period"_s))->currentData(),
                 QVariant(u"Q1 2025/26"_s));
        fill(dialog, u"Q1 2025/26"_s, u"amber"_s, {u"Summit held in June"_s});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::keyClick(panel->table(), Qt::Key_Return);
    stored = storedUpdates(w.path);
    QCOMPARE(stored.size(), 2);
    const auto q1 = std::find_if(stored.cbegin(), stored.cend(), [](const ProgressUpdate &u) {
        return u.period == u"Q1 2025/26"_s;
    });
    QCOMPARE(q1->rag, u"amber"_s);
    QCOMPARE(q1->wentWell, u"Summit held in June"_s);
    QCOMPARE(q1->nextSteps, u"Advertise again"_s);
    QCOMPARE(w->undoStack()->count(), 3);

    // Delete asks first; No keeps it.
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    UiTest::whenDialogOpens<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(u"Q2 2025/26"_s));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(panel->table(), Qt::Key_Delete);
    QCOMPARE(storedUpdates(w.path).size(), 2);
    UiTest::whenDialogOpens<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(panel->table(), Qt::Key_Delete);
    QCOMPARE(storedUpdates(w.path).size(), 1);
    QCOMPARE(panel->model()->rowCount(), 1);

    // Undo brings the deleted update back, then the edit is undone too; redo again.
    w->activateWindow(); // the question box has closed
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedUpdates(w.path).size(), 2);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    stored = storedUpdates(w.path);
    QCOMPARE(std::find_if(stored.cbegin(),
                          stored.cend(),
                          [](const ProgressUpdate &u) { return u.period == u"Q1 2025/26"_s; })
                 ->rag,
             u"red"_s);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedUpdates(w.path).size(), 1);
    // Add, edit and delete, then the two undos and redos: each recorded in the history.
    QCOMPARE(UiTest::history(w.path).size() > historyBefore + 8, true);
}

void tst_ProgressPanel::aQuarterTakenIsRefused()
{
    UiTest::Window w;
    ProgressPanel *panel = open(w);
    UiTest::whenDialogOpens<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        fill(dialog, u"Q3 2025/26"_s, u"green"_s, {u"On plan"_s});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(panel->addUpdate());
    const QString before = CommandTest::dump(UiTest::reread(w.path));
    bool checked = false;
    UiTest::whenDialogOpens<ProgressUpdateDialog>([&](ProgressUpdateDialog *dialog) {
        fill(dialog, u"Q3 2025/26"_s, u"red"_s, {u"Again"_s});
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog->form()->shownMessage(u"period"_s).contains(u"already has an update"_s),
                 qPrintable(dialog->form()->shownMessage(u"period"_s)));
        QTest::keyClick(dialog, Qt::Key_Escape);
        checked = true;
    });
    QVERIFY(!panel->addUpdate());
    QVERIFY(checked);
    QCOMPARE(CommandTest::dump(UiTest::reread(w.path)), before);
    QCOMPARE(w->undoStack()->count(), 1);
}

void tst_ProgressPanel::onlyForProgrammes()
{
    UiTest::Window w;
    QVERIFY(open(w));
    QVERIFY(w->details()->isProgressTabShown());
    const Area *area = UiTest::byName(w->plan().areas, u"St Helens"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, area->id));
    QVERIFY(!w->details()->isProgressTabShown());
}

void tst_ProgressPanel::clickingATabMovesTheKeysThere()
{
    // The tree has the keys; a click on the Progress tab moves them to its table, so Insert
    // adds a progress update there (not a programme in the tree).
    UiTest::Window w;
    const Programme *p = UiTest::byName(w->plan().programmes, programmeName());
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Programme, p->id));
    QTreeView *tree = w->navigator()->treeView();
    tree->setFocus();
    QVERIFY(QTest::qWaitFor([tree] { return tree->hasFocus(); }));
    auto *tabs
        = qobject_cast<QTabWidget *>(w->details()->progressPanel()->parentWidget()->parentWidget());
    QVERIFY(tabs);
    const int progress = tabs->indexOf(w->details()->progressPanel());
    QTest::mouseClick(
        tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(progress).center());
    QCOMPARE(tabs->currentIndex(), progress);
    // No update yet: the table is hidden, and the keys go to the panel's Add Update button.
    ProgressPanel *panel = w->details()->progressPanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->isAncestorOf(QApplication::focusWidget()); }));
    QString opened;
    UiTest::whenDialogOpens<QDialog>([&opened](QDialog *dialog) {
        opened = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
    QVERIFY2(opened.startsWith(u"Add Progress Update"_s), qPrintable(opened));
}

void tst_ProgressPanel::readOnly()
{
    UiTest::Window w;
    ProgressPanel *panel = open(w);
    w->details()->setReadOnly(true); // as for a file opened read-only
    QVERIFY(!panel->addButton()->isEnabled());
    QVERIFY(!panel->addUpdate());
}

QTEST_MAIN(tst_ProgressPanel)
#include "tst_progresspanel.moc"
