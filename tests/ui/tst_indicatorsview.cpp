// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/indicatorfilterproxymodel.h"
#include "models/indicatortablemodel.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "translations.h"
#include "views/indicatorsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Jfp;
using Model = IndicatorTableModel;
using State = TrajectoryStatus::State;

/**
 * The status dashboard of the Indicators tab over the sample plan's St Helens: the trend and
 * programme RAG columns, filtering by status ("only off track") and words, sorting by value,
 * status and RAG from the heading and from the Sort by controls, and the keys.
 */
class tst_IndicatorsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelTester();
    void trendAndRagColumns();
    void statusFilter_data();
    void statusFilter();
    void wordsFilter();
    void sortByLatestValue();
    void sortByStatusPutsOffTrackFirst();
    void sortControlsFollowTheHeading();
    void selectingAHiddenIndicatorShowsIt();
    void keys();
    void everyControlHasAnAccessibleName();

private:
    int countWithState(State state) const;
    int rowNamed(const QString &name) const;
    PlanSnapshot m_plan;
    Id m_stHelens = 0;
    Id m_selfHarm = 0; // a programme with progress updates
    IndicatorsView *m_view = nullptr;
};

void tst_IndicatorsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    installTranslators(*QCoreApplication::instance(),
                       QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
    m_stHelens = IndicatorSummaries::findArea(m_plan, u"St Helens"_s)->id;
    // The sample records no progress updates (its sources give none): two quarters of one
    // St Helens programme, the later one amber, so the RAG column has something to show.
    const Indicator *suicide
        = IndicatorSummaries::findIndicators(m_plan, u"Suicide rate"_s).first();
    m_selfHarm = suicide->programmeId;
    m_plan.progressUpdates.append({1, m_selfHarm, u"Q1 2025/26"_s, u"red"_s, {}, {}, {}, {}, {}});
    m_plan.progressUpdates.append({2, m_selfHarm, u"Q2 2025/26"_s, u"amber"_s, {}, {}, {}, {}, {}});
}

void tst_IndicatorsView::init()
{
    m_view = new IndicatorsView;
    m_view->resize(1200, 500);
    m_view->showArea(&m_plan, m_stHelens);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_IndicatorsView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

int tst_IndicatorsView::countWithState(State state) const
{
    int count = 0;
    for (const IndicatorSummary &s : IndicatorSummaries::forArea(m_plan, m_stHelens))
        count += IndicatorSummaries::statusAgainstTrajectory(*s.indicator).state == state;
    return count;
}

int tst_IndicatorsView::rowNamed(const QString &name) const
{
    const QAbstractItemModel *proxy = m_view->table()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, Model::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

void tst_IndicatorsView::modelTester()
{
    IndicatorFilterProxyModel proxy;
    Model model;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArea(&m_plan, m_stHelens);
    proxy.sort(Model::LatestColumn);
    proxy.setStatusFilter(State::OffTrack);
    proxy.setTextFilter(u"rate"_s);
    model.showArea(&m_plan, 0);
    proxy.setStatusFilter(std::nullopt);
    proxy.sort(-1);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_IndicatorsView::trendAndRagColumns()
{
    const QAbstractItemModel *proxy = m_view->table()->model();
    const int diabetes = rowNamed(u"Diabetes: QOF prevalence (17+), St Helens (sub-ICB 01X)"_s);
    QVERIFY(diabetes >= 0);
    // The six published values, oldest first (OHID Fingertips 241, NHS St Helens sub-ICB).
    const QModelIndex trend = proxy->index(diabetes, Model::TrendColumn);
    const auto values = trend.data(Model::SparklineRole).value<QList<double>>();
    QCOMPARE(values.size(), 6);
    QVERIFY(values.first() < values.last());
    QCOMPARE(trend.data().toString(),
             u"6 values, %1% to 8.5%"_s.arg(QLocale().toString(values.first(), 'f', 1)));
    // Its programme has no progress update: said in words, and sorted last.
    QCOMPARE(proxy->index(diabetes, Model::RagColumn).data().toString(), u"No update yet"_s);
    // The programme's latest quarter, not the first one recorded.
    const int suicide = rowNamed(u"Suicide rate"_s);
    QCOMPARE(proxy->index(suicide, Model::RagColumn).data().toString(), u"Amber (Q2 2025/26)"_s);
    QCOMPARE(proxy->index(suicide, Model::RagColumn).data(Model::RagRole).toString(), u"amber"_s);
    // The trend is drawn, not only written: the cell is wider than an empty one.
    QVERIFY(m_view->table()->columnWidth(Model::TrendColumn) > 0);
}

void tst_IndicatorsView::statusFilter_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("item");
    QTest::newRow("off track") << int(State::OffTrack) << u"▲ Only off track"_s;
    QTest::newRow("not assessed") << int(State::NotAssessed) << u"◆ Only not assessed"_s;
    QTest::newRow("on track") << int(State::OnTrack) << u"● Only on track"_s;
    QTest::newRow("no trajectory") << int(State::NoTrajectory) << u"– Only without a trajectory"_s;
    QTest::newRow("no data") << int(State::NoData) << u"– Only without values"_s;
}

void tst_IndicatorsView::statusFilter()
{
    QFETCH(int, state);
    QFETCH(QString, item);
    QComboBox *status = m_view->statusFilter();
    const int index = status->findData(state);
    QVERIFY(index > 0);
    QCOMPARE(status->itemText(index), item);
    status->setCurrentIndex(index);
    const int expected = countWithState(State(state));
    const QAbstractItemModel *proxy = m_view->table()->model();
    QCOMPARE(proxy->rowCount(), expected);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(Model::StatusStateRole).toInt(), state);
    QCOMPARE(m_view->countLabel()->text(), u"%1 of 22 shown"_s.arg(expected));
    status->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 22);
    QCOMPARE(m_view->countLabel()->text(), u"22 indicators"_s);
}

void tst_IndicatorsView::wordsFilter()
{
    m_view->textFilter()->setText(u"  DIABETES prevalence "_s);
    const QAbstractItemModel *proxy = m_view->table()->model();
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, Model::NameColumn).data().toString(),
             u"Diabetes: QOF prevalence (17+), St Helens (sub-ICB 01X)"_s);
    // Words match any column, all of them must: an area's name and a word of no row.
    m_view->textFilter()->setText(u"St Helens"_s);
    QCOMPARE(proxy->rowCount(), 22);
    m_view->textFilter()->setText(u"diabetes zebra"_s);
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(m_view->countLabel()->text(), u"0 of 22 shown"_s);
}

void tst_IndicatorsView::sortByLatestValue()
{
    QTableView *table = m_view->table();
    table->sortByColumn(Model::LatestColumn, Qt::AscendingOrder);
    const QAbstractItemModel *proxy = table->model();
    bool missingSeen = false;
    std::optional<double> previous;
    int withValues = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QVariant value = proxy->index(r, Model::LatestColumn).data(Model::SortRole);
        if (!value.isValid()) {
            missingSeen = true; // rows without a value come last
            continue;
        }
        QVERIFY2(!missingSeen, "a value after a row without one");
        ++withValues;
        if (previous)
            QVERIFY(*previous <= value.toDouble()); // as numbers, not as text
        previous = value.toDouble();
    }
    QVERIFY(withValues >= 2);
    // Back to the plan's order.
    m_view->sortColumn()->setCurrentIndex(0);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(proxy->index(0, 0).data(Model::IndicatorIdRole),
             m_view->model()->index(0, 0).data(Model::IndicatorIdRole));
}

void tst_IndicatorsView::sortByStatusPutsOffTrackFirst()
{
    m_view->table()->sortByColumn(Model::StatusColumn, Qt::AscendingOrder);
    const QAbstractItemModel *proxy = m_view->table()->model();
    int previous = -1;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int rank = IndicatorSummaries::statusRank(
            State(proxy->index(r, 0).data(Model::StatusStateRole).toInt()));
        QVERIFY(previous <= rank);
        previous = rank;
    }
    if (countWithState(State::OffTrack) > 0) {
        QCOMPARE(proxy->index(0, 0).data(Model::StatusStateRole).toInt(), int(State::OffTrack));
        QVERIFY(proxy->index(0, Model::StatusColumn).data().toString().startsWith(u"▲ "_s));
    }
    // RAG: red first, rows without an update last.
    m_view->table()->sortByColumn(Model::RagColumn, Qt::AscendingOrder);
    QVERIFY(!proxy->index(0, Model::RagColumn).data(Model::RagRole).toString().isEmpty());
    QCOMPARE(proxy->index(proxy->rowCount() - 1, Model::RagColumn).data().toString(),
             u"No update yet"_s);
}

void tst_IndicatorsView::sortControlsFollowTheHeading()
{
    QHeaderView *header = m_view->table()->horizontalHeader();
    QTest::mouseClick(
        header->viewport(),
        Qt::LeftButton,
        {},
        QPoint(header->sectionViewportPosition(Model::TargetColumn) + 5, header->height() / 2));
    QCOMPARE(m_view->sortColumn()->currentData().toInt(), int(Model::TargetColumn));
    QCOMPARE(m_view->sortDescending()->text(), u"Ascending"_s);
    m_view->sortDescending()->click();
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_view->sortDescending()->text(), u"Descending"_s);
    m_view->sortColumn()->setCurrentIndex(m_view->sortColumn()->findData(int(Model::NameColumn)));
    QCOMPARE(header->sortIndicatorSection(), int(Model::NameColumn));
    const QAbstractItemModel *proxy = m_view->table()->model();
    QVERIFY(QString::localeAwareCompare(proxy->index(0, 0).data().toString(),
                                        proxy->index(1, 0).data().toString())
            >= 0); // descending
}

void tst_IndicatorsView::selectingAHiddenIndicatorShowsIt()
{
    const Id diabetes = m_view->model()
                            ->index(0, 0)
                            .data(Model::IndicatorIdRole)
                            .toLongLong(); // any indicator: filter it away by words
    m_view->textFilter()->setText(u"no indicator is called this"_s);
    QCOMPARE(m_view->table()->model()->rowCount(), 0);
    QSignalSpy changed(m_view, &IndicatorsView::currentIndicatorChanged);
    QVERIFY(m_view->selectIndicator(diabetes));
    QCOMPARE(m_view->currentIndicatorId(), diabetes);
    QVERIFY(m_view->textFilter()->text().isEmpty());
    QCOMPARE(m_view->table()->model()->rowCount(), 22);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!m_view->selectIndicator(-5));
}

void tst_IndicatorsView::keys()
{
    m_view->ensureCurrent();
    QTableView *table = m_view->table();
    table->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    // Alt+W goes to Show, and the arrows choose "only off track".
    QTest::keyClick(m_view, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_view->statusFilter());
    QTest::keyClick(m_view->statusFilter(), Qt::Key_Down);
    QCOMPARE(m_view->statusFilter()->currentData().toInt(), int(State::OffTrack));
    QCOMPARE(table->model()->rowCount(), countWithState(State::OffTrack));
    QTest::keyClick(m_view->statusFilter(), Qt::Key_Up);
    QCOMPARE(table->model()->rowCount(), 22);
    // Alt+K to the words, Alt+B to Sort by.
    QTest::keyClick(m_view, Qt::Key_K, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_view->textFilter());
    QTest::keyClick(m_view, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_view->sortColumn());
    // Enter on a row opens the indicator.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    QSignalSpy activated(m_view, &IndicatorsView::indicatorActivated);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), m_view->currentIndicatorId());
}

void tst_IndicatorsView::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_view->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(tst_IndicatorsView)
#include "tst_indicatorsview.moc"
