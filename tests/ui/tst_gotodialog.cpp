// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/programmecommands.h"
#include "dialogs/gotodialog.h"
#include "mainwindow/editactions.h"
#include "translations.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Go To (Ctrl+G): type part of a name, code or owner, move with the arrows, Enter. The item
 * is selected in the tree; a milestone or indicator also in its table. The tree's own filter
 * finds programmes by their SRO and manager.
 */
class tst_GoToDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filtersAsYouType_data();
    void filtersAsYouType();
    void arrowsMoveInTheList();
    void goesToAProgramme();
    void goesToAMilestone();
    void goesToAnIndicatorByCode();
    void treeFilterFindsOwners();
};

namespace {

QStringList shown(GoToDialog &dialog)
{
    QStringList names;
    QAbstractItemModel *model = dialog.list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

} // namespace

void tst_GoToDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_GoToDialog::filtersAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>(
        "expected"); // exactly these, best match first, else in plan order

    QTest::newRow("by name") << u"obesity"_s << QStringList{u"Tackling Obesity"_s};
    QTest::newRow("two words, any order")
        << u"children obese"_s
        << QStringList{u"Prevalence of obese children (4-5)"_s,
                       u"Prevalence of obese children - Year 6"_s};
    QTest::newRow("by ONS code") << u"E08000013"_s << QStringList{u"St Helens"_s};
    QTest::newRow("by ODS code") << u"U20349"_s << QStringList{u"Newton and Haydock"_s};
    QTest::newRow("by indicator code")
        << u"asc-2c"_s << QStringList{u"Delayed transfer of care from hospital"_s};
    QTest::newRow("nothing") << u"zebra crossing"_s << QStringList{};
    // The exact name first, then names that start with what was typed, then the rest.
    QTest::newRow("exact name first") << u"living well"_s
                                      << QStringList{u"Living Well"_s,
                                                     u"Living Well Hub"_s,
                                                     u"Living Well in Crewe Report"_s,
                                                     u"Living Well Bus"_s};
}

void tst_GoToDialog::filtersAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    GoToDialog dialog(UiTest::reread(UiTest::samplePlan(dir, u"goto.jfp"_s)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.filterEdit()->hasFocus());
    QTest::keyClicks(dialog.filterEdit(), typed);
    const QStringList names = shown(dialog);
    QCOMPARE(names, expected);
    QCOMPARE(dialog.chosen().has_value(), !names.isEmpty());
}

void tst_GoToDialog::arrowsMoveInTheList()
{
    QTemporaryDir dir;
    GoToDialog dialog(UiTest::reread(UiTest::samplePlan(dir, u"goto.jfp"_s)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.filterEdit(), u"premature"_s);
    QCOMPARE(shown(dialog).size(), 4);
    QCOMPARE(dialog.list()->currentIndex().row(), 0);
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    QCOMPARE(dialog.list()->currentIndex().row(), 2);
    QVERIFY(dialog.filterEdit()->hasFocus()); // still typing
    QCOMPARE(dialog.list()->currentIndex().data().toString(), u"Premature deaths (<75): Cancer"_s);
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosen()->first, PlanItemListModel::ItemKind::Indicator);
}

void tst_GoToDialog::goesToAProgramme()
{
    UiTest::Window w;
    UiTest::whenDialogOpens<GoToDialog>([](GoToDialog *dialog) {
        UiTest::screenshot(dialog, u"goto-dialog-empty"_s);
        QTest::keyClicks(dialog->filterEdit(), u"ageing well"_s);
        UiTest::screenshot(dialog, u"goto-dialog"_s);
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
    });
    QTest::keyClick(w.window.get(), Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(w->details()->title(), u"Ageing Well"_s);
    QCOMPARE(w->navigator()->treeView()->currentIndex().data().toString(), u"Ageing Well"_s);
}

void tst_GoToDialog::goesToAMilestone()
{
    UiTest::Window w;
    const Milestone *m
        = UiTest::byName(w->plan().milestones, u"Healthy advertising policy adopted"_s);
    UiTest::whenDialogOpens<GoToDialog>([](GoToDialog *dialog) {
        QTest::keyClicks(dialog->filterEdit(), u"advertising policy"_s);
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
    });
    w->edits()->action(EditActions::Action::GoTo)->trigger();
    QCOMPARE(w->details()->title(), u"Healthy Advertising"_s); // its programme
    QCOMPARE(w->details()->currentMilestoneId(), m->id);
    QVERIFY(w->details()->milestoneTable()->isVisible());
}

void tst_GoToDialog::goesToAnIndicatorByCode()
{
    UiTest::Window w;
    const Indicator *i = nullptr;
    for (const Indicator &x : w->plan().indicators) {
        if (x.code == u"ASC-17")
            i = &x;
    }
    QVERIFY(i);
    const Id id = i->id;
    UiTest::whenDialogOpens<GoToDialog>([](GoToDialog *dialog) {
        QTest::keyClicks(dialog->filterEdit(), u"ASC-17"_s);
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
    });
    QTest::keyClick(w.window.get(), Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(w->details()->currentIndicatorId(), id);
    QVERIFY(w->details()->indicatorTable()->isVisible());
    QCOMPARE(w->details()->title(), u"A. Supporting people to live independently"_s);
}

void tst_GoToDialog::treeFilterFindsOwners()
{
    UiTest::Window w;
    Programme before = *UiTest::byName(w->plan().programmes, u"Living Well Hub"_s);
    Programme after = before;
    after.sro = u"Dr Amara Okafor"_s;
    after.manager = u"Sam Whitfield"_s;
    QVERIFY(w->push(Commands::editProgramme(before, after)));
    QTreeView *tree = w->navigator()->treeView();
    for (const QString &owner : {u"okafor"_s, u"Whitfield"_s}) {
        w->navigator()->filterEdit()->setText(owner);
        QStringList names;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                names << tree->model()->index(r, 0, parent).data().toString();
                walk(tree->model()->index(r, 0, parent));
            }
        };
        walk({});
        QCOMPARE(
            names,
            (QStringList{u"NHS Cheshire and Merseyside"_s, u"Warrington"_s, u"Living Well Hub"_s}));
    }
}

QTEST_MAIN(tst_GoToDialog)
#include "tst_gotodialog.moc"
