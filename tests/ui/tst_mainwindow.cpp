// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "mainwindow/mainwindow.h"
#include "sample/sampleplan.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"
#include "views/screenfit.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "models/indicatortablemodel.h"

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstRunOpensSample();
    void reopensLastPlan();
    void keyboardNavigation();
    void filterBox();
    void badFileKeepsCurrentPlan();
    void tamperedPlanIsRepairedToACopy();
    void closeAndCopy();
    void everyControlHasAnAccessibleName();
    void layoutIsRemembered();
    void spcColumnsShowTheirWords();
    void ctrlCCopiesTableRows();

private:
    QString m_samplePath;
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
    m_samplePath = SamplePlan::defaultLocation();
}

void tst_MainWindow::init()
{
    QSettings().clear();
    QFile::remove(m_samplePath);
}

void tst_MainWindow::firstRunOpensSample()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openInitialPlan());
    QVERIFY(window.hasPlan());
    QCOMPARE(window.planPath(), m_samplePath);
    QVERIFY(window.windowTitle().contains(u"Cheshire and Merseyside Joint Forward Plan"_s));
    QCOMPARE(window.details()->title(), u"NHS Cheshire and Merseyside"_s);
    QCOMPARE(window.details()->indicatorTable()->model()->rowCount(), 57);
}

void tst_MainWindow::reopensLastPlan()
{
    const QString path = m_dir.filePath(u"mine.jfp"_s);
    QFile::remove(path);
    QString error;
    QVERIFY2(SamplePlan::createFile(path, &error), qPrintable(error));
    {
        MainWindow window;
        window.setMessagesSilenced(true);
        QVERIFY(window.openPlan(path));
    }
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openInitialPlan());
    QCOMPARE(window.planPath(), path);
    QVERIFY(!QFile::exists(m_samplePath)); // the sample was not needed
}

void tst_MainWindow::keyboardNavigation()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openInitialPlan());
    QTreeView *tree = window.navigator()->treeView();
    tree->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return tree->hasFocus(); }));
    QCOMPARE(window.details()->title(), u"NHS Cheshire and Merseyside"_s);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(window.details()->title(), u"All Together Fairer"_s);
    QTest::keyClick(tree, Qt::Key_End);
    QCOMPARE(window.details()->title(), u"Published data (OHID Fingertips): Wirral"_s);
    QTest::keyClick(tree, Qt::Key_Left); // to the parent area
    QCOMPARE(window.details()->title(), u"Wirral"_s);

    // Ctrl+F goes to the filter; typing filters; Enter goes back to the tree.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = window.navigator()->filterEdit();
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"U20349"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(tree->hasFocus());
    QCOMPARE(window.details()->title(), u"Newton and Haydock"_s);
    // Alt+2 reaches the indicators table.
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QVERIFY(window.details()->indicatorTable()->hasFocus());
}

void tst_MainWindow::filterBox()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openInitialPlan());
    QTreeView *tree = window.navigator()->treeView();
    const auto visibleNames = [tree] {
        QStringList names;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                const QModelIndex index = tree->model()->index(r, 0, parent);
                names << index.data().toString();
                walk(index);
            }
        };
        walk({});
        return names;
    };
    const qsizetype all = visibleNames().size();
    window.navigator()->filterEdit()->setText(u"obesity"_s);
    const QStringList filtered = visibleNames();
    QVERIFY(filtered.size() < all);
    QVERIFY(filtered.contains(u"Tackling Obesity"_s));
    QVERIFY(filtered.contains(u"St Helens"_s)); // ancestors stay to give context
    QVERIFY(!filtered.contains(u"Wirral"_s));
    window.navigator()->filterEdit()->setText(u"E08000015"_s); // by code
    QVERIFY(visibleNames().contains(u"Wirral"_s));
    window.navigator()->filterEdit()->clear();
    QCOMPARE(visibleNames().size(), all);
}

void tst_MainWindow::badFileKeepsCurrentPlan()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openInitialPlan());
    const QString bad = m_dir.filePath(u"notes.jfp"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a plan\n");
    }
    QVERIFY(!window.openPlan(bad));
    QVERIFY(window.lastError().contains(u"not an SQLite database"_s));
    QVERIFY(window.lastError().contains(u"notes.jfp"_s));
    QCOMPARE(window.planPath(), m_samplePath);
    QVERIFY(window.hasPlan());
}

void tst_MainWindow::tamperedPlanIsRepairedToACopy()
{
    // A plan holding a trigger is refused, naming it; File > Repair Plan writes a clean copy
    // and opens it, leaving the tampered file as it was.
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openInitialPlan());
    const QString tampered = m_dir.filePath(u"tampered.jfp"_s);
    QFile::remove(tampered);
    QVERIFY(window.saveCopyAs(tampered));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        raw.setDatabaseName(tampered);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER t_wipe AFTER INSERT ON change_history "
                                    "BEGIN DELETE FROM area; END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QVERIFY(!window.openPlan(tampered));
    QVERIFY2(window.lastError().contains(u"trigger 't_wipe'"_s), qPrintable(window.lastError()));
    QCOMPARE(window.planPath(), m_samplePath);

    const QString repaired = m_dir.filePath(u"tampered repaired.jfp"_s);
    QFile::remove(repaired);
    QVERIFY(!window.repairPlan(tampered, tampered)); // never over the original
    QVERIFY(window.repairPlan(tampered, repaired));
    QCOMPARE(window.planPath(), repaired);
    QCOMPARE(window.details()->indicatorTable()->model()->rowCount(), 57);
    QVERIFY(!window.openPlan(tampered)); // still as it was
}

void tst_MainWindow::closeAndCopy()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openInitialPlan());
    const QString copy = m_dir.filePath(u"copy.jfp"_s);
    QFile::remove(copy);
    QVERIFY(window.saveCopyAs(copy));
    window.closePlan();
    QVERIFY(!window.hasPlan());
    QCOMPARE(window.details()->title(), u"No plan open"_s);
    QCOMPARE(window.details()->indicatorTable()->model()->rowCount(), 0);
    QVERIFY(window.openPlan(copy));
    QCOMPARE(window.details()->indicatorTable()->model()->rowCount(), 57);

    const QString fresh = m_dir.filePath(u"fresh.jfp"_s);
    QFile::remove(fresh);
    QVERIFY(window.createPlan(fresh));
    QCOMPARE(window.planPath(), fresh);
    QVERIFY(window.windowTitle().startsWith(u"fresh"_s));
    QCOMPARE(window.navigator()->treeView()->model()->rowCount(), 0);
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(window.openInitialPlan());
    const QStringList unnamed = UiTest::unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void tst_MainWindow::layoutIsRemembered()
{
    {
        MainWindow window;
        window.setMessagesSilenced(true);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(QSettings().contains(u"window/geometry"_s));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // As it was left, unless the screen is smaller (the offscreen test screen is 800 wide):
    // then kept on it, down to the window's own minimum.
    const QSize expected
        = ScreenFit::fitted(&window, QSize(900, 600)).expandedTo(window.minimumSizeHint());
    QCOMPARE(window.size(), expected);
    QCOMPARE(window.size().height(), 600);
}

void tst_MainWindow::spcColumnsShowTheirWords()
{
    // Every row's Variation and Assurance words fit their columns (with the icon), not only
    // the rows on screen when the widths were set.
    MainWindow window;
    window.setMessagesSilenced(true);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openInitialPlan());
    QTableView *table = window.details()->indicatorTable();
    QAbstractItemModel *model = table->model();
    const QFontMetrics metrics(table->font());
    // The whole system, then St Helens (whose series are short), then back.
    const Area *stHelens = UiTest::byName(window.plan().areas, u"St Helens"_s);
    QVERIFY(stHelens);
    QVERIFY(window.navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    QVERIFY(model->rowCount() > 10);
    for (const int column :
         {int(IndicatorTableModel::VariationColumn), int(IndicatorTableModel::AssuranceColumn)}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            const int needed
                = metrics.horizontalAdvance(text) + table->verticalHeader()->defaultSectionSize();
            QVERIFY2(
                table->columnWidth(column) >= needed,
                qPrintable(u"%1 (row %2) needs %3 px, has %4"_s.arg(text).arg(row).arg(needed).arg(
                    table->columnWidth(column))));
        }
    }
}

void tst_MainWindow::ctrlCCopiesTableRows()
{
    // Ctrl+C in a list copies the selected row with the column headings, tab-separated, as a
    // spreadsheet pastes it.
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openInitialPlan());
    QTableView *table = window.details()->indicatorTable();
    table->setFocus();
    QVERIFY(QTest::qWaitFor([table] { return table->hasFocus(); }));
    table->setCurrentIndex(table->model()->index(1, 0));
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // The columns as shown: the dashboard's reading first.
    QVERIFY2(lines.at(0).startsWith(u"Indicator\tLatest\tTrend\tStatus against trajectory\t"_s),
             qPrintable(lines.at(0)));
    const QString name = table->model()->index(1, 0).data().toString();
    QVERIFY2(lines.at(1).startsWith(name + u'\t'), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(1).count(u'\t'), lines.at(0).count(u'\t'));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
