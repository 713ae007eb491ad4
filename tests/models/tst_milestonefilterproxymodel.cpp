// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/milestonefilterproxymodel.h"
#include "models/milestonetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

Q_DECLARE_METATYPE(std::optional<MilestoneStatus>)
Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

const QDate today(2025, 6, 1);

Milestone milestone(Id id,
                    const QString &title,
                    const QString &owner,
                    MilestoneStatus status,
                    const QDate &baseline,
                    const QDate &forecast = {},
                    const QDate &completion = {})
{
    Milestone m;
    m.id = id;
    m.programmeId = id % 2 ? 1 : 2;
    m.title = title;
    m.owner = owner;
    m.status = status;
    m.baselineDate = baseline;
    m.forecastDate = forecast;
    m.completionDate = completion;
    return m;
}

// Six milestones: two overdue on 1 June 2025 (ids 1 and 4), one without dates, one without owner.
PlanSnapshot plan()
{
    PlanSnapshot p;
    Area place;
    place.id = 1;
    place.name = u"St Helens"_s;
    p.areas = {place};
    Programme obesity;
    obesity.id = 1;
    obesity.areaId = 1;
    obesity.name = u"Tackling Obesity"_s;
    Programme wellbeing = obesity;
    wellbeing.id = 2;
    wellbeing.name = u"Mental Wellbeing"_s;
    p.programmes = {obesity, wellbeing};
    p.milestones = {
        milestone(1,
                  u"Healthy weight pathway live"_s,
                  u"Public health lead"_s,
                  MilestoneStatus::AtRisk,
                  {2025, 4, 1},
                  {2025, 5, 20}),
        milestone(2,
                  u"Summit held"_s,
                  u"Place director"_s,
                  MilestoneStatus::Complete,
                  {2024, 5, 1},
                  {},
                  {2024, 5, 3}),
        milestone(3,
                  u"Hub opens"_s,
                  u"Place director"_s,
                  MilestoneStatus::OnTrack,
                  {2026, 1, 1},
                  {2026, 3, 1}),
        milestone(4, u"Contract awarded"_s, QString(), MilestoneStatus::OffTrack, {2025, 5, 30}),
        milestone(5,
                  u"Campaign stopped"_s,
                  u"Public health lead"_s,
                  MilestoneStatus::Cancelled,
                  {2024, 9, 1}),
        milestone(6, u"Evaluation"_s, u"Primary care lead"_s, MilestoneStatus::NotStarted, {}),
    };
    return p;
}

QList<Id> ids(const MilestoneFilterProxyModel &proxy)
{
    QList<Id> result;
    for (int row = 0; row < proxy.rowCount(); ++row)
        result.append(proxy.milestoneId(row));
    return result;
}

} // namespace

class tst_MilestoneFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelTester();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void owners();
    void followsSourceReset();

private:
    PlanSnapshot m_plan;
    MilestoneTableModel *m_source = nullptr;
    MilestoneFilterProxyModel *m_proxy = nullptr;
    std::unique_ptr<QObject> m_parent;
};

void tst_MilestoneFilterProxyModel::init()
{
    m_plan = plan();
    m_parent = std::make_unique<QObject>();
    m_source = new MilestoneTableModel(m_parent.get());
    m_source->setToday(today);
    m_source->showArea(&m_plan, 0);
    m_proxy = new MilestoneFilterProxyModel(m_parent.get());
    m_proxy->setSourceModel(m_source);
}

void tst_MilestoneFilterProxyModel::modelTester()
{
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(MilestoneTableModel::ForecastDateColumn);
    m_proxy->setStatusFilter(MilestoneStatus::Complete);
    m_proxy->setStatusFilter(std::nullopt);
    m_proxy->setOverdueOnly(true);
    m_proxy->setTextFilter(u"contract"_s);
    m_source->showProgramme(&m_plan, 1);
    m_proxy->setOverdueOnly(false);
    m_proxy->sort(MilestoneTableModel::StatusColumn, Qt::DescendingOrder);
    m_source->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
}

void tst_MilestoneFilterProxyModel::filters_data()
{
    QTest::addColumn<std::optional<MilestoneStatus>>("status");
    QTest::addColumn<std::optional<QString>>("owner");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Id>>("expected");

    const std::optional<MilestoneStatus> anyStatus;
    const std::optional<QString> anyOwner;
    QTest::newRow("everything") << anyStatus << anyOwner << false << QString()
                                << QList<Id>{1, 2, 3, 4, 5, 6};
    QTest::newRow("complete") << std::optional(MilestoneStatus::Complete) << anyOwner << false
                              << QString() << QList<Id>{2};
    QTest::newRow("owner") << anyStatus << std::optional(u"Place director"_s) << false << QString()
                           << QList<Id>{2, 3};
    QTest::newRow("no owner") << anyStatus << std::optional(QString()) << false << QString()
                              << QList<Id>{4};
    // Overdue: due (forecast, else baseline) before today and neither complete nor cancelled.
    QTest::newRow("overdue") << anyStatus << anyOwner << true << QString() << QList<Id>{1, 4};
    QTest::newRow("overdue and owner")
        << anyStatus << std::optional(u"Public health lead"_s) << true << QString() << QList<Id>{1};
    QTest::newRow("overdue and status")
        << std::optional(MilestoneStatus::OnTrack) << anyOwner << true << QString() << QList<Id>{};
    QTest::newRow("words in any column, any case")
        << anyStatus << anyOwner << false << u"  place   HUB "_s << QList<Id>{3};
    QTest::newRow("programme name")
        << anyStatus << anyOwner << false << u"wellbeing"_s << QList<Id>{2, 4, 6};
    QTest::newRow("due text") << anyStatus << anyOwner << false << u"overdue by"_s
                              << QList<Id>{1, 4};
    QTest::newRow("nothing matches") << anyStatus << anyOwner << false << u"zebra"_s << QList<Id>{};
}

void tst_MilestoneFilterProxyModel::filters()
{
    QFETCH(std::optional<MilestoneStatus>, status);
    QFETCH(std::optional<QString>, owner);
    QFETCH(bool, overdueOnly);
    QFETCH(QString, text);
    QFETCH(QList<Id>, expected);
    m_proxy->setStatusFilter(status);
    m_proxy->setOwnerFilter(owner);
    m_proxy->setOverdueOnly(overdueOnly);
    m_proxy->setTextFilter(text);
    QList<Id> shown = ids(*m_proxy);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    for (const Id id : expected)
        QVERIFY(m_proxy->rowOf(id) >= 0);
}

void tst_MilestoneFilterProxyModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<Id>>("expected");
    // Ties (and undated rows) fall back to the title.
    QTest::newRow("title") << int(MilestoneTableModel::TitleColumn) << Qt::AscendingOrder
                           << QList<Id>{5, 4, 6, 1, 3, 2};
    QTest::newRow("baseline, undated last") << int(MilestoneTableModel::BaselineDateColumn)
                                            << Qt::AscendingOrder << QList<Id>{2, 5, 1, 4, 3, 6};
    QTest::newRow("baseline descending") << int(MilestoneTableModel::BaselineDateColumn)
                                         << Qt::DescendingOrder << QList<Id>{6, 3, 4, 1, 5, 2};
    QTest::newRow("forecast") << int(MilestoneTableModel::ForecastDateColumn) << Qt::AscendingOrder
                              << QList<Id>{1, 3, 5, 4, 6, 2};
    QTest::newRow("status in workflow order") << int(MilestoneTableModel::StatusColumn)
                                              << Qt::AscendingOrder << QList<Id>{6, 3, 1, 4, 2, 5};
    QTest::newRow("due date") << int(MilestoneTableModel::DueColumn) << Qt::AscendingOrder
                              << QList<Id>{2, 5, 1, 4, 3, 6};
    QTest::newRow("owner, none last") << int(MilestoneTableModel::OwnerColumn) << Qt::AscendingOrder
                                      << QList<Id>{3, 2, 6, 5, 1, 4};
}

void tst_MilestoneFilterProxyModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<Id>, expected);
    m_proxy->sort(column, order);
    QCOMPARE(ids(*m_proxy), expected);
}

void tst_MilestoneFilterProxyModel::owners()
{
    QCOMPARE(m_proxy->owners(),
             (QStringList{u"Place director"_s, u"Primary care lead"_s, u"Public health lead"_s}));
    QVERIFY(m_proxy->hasRowsWithoutOwner());
    m_source->showProgramme(&m_plan, 1);
    QCOMPARE(m_proxy->owners(), (QStringList{u"Place director"_s, u"Public health lead"_s}));
    QVERIFY(!m_proxy->hasRowsWithoutOwner());
}

void tst_MilestoneFilterProxyModel::followsSourceReset()
{
    m_proxy->sort(MilestoneTableModel::TitleColumn);
    m_proxy->setOverdueOnly(true);
    QCOMPARE(ids(*m_proxy), (QList<Id>{4, 1}));
    // A later "today" makes more overdue; filter and sort hold across the change.
    m_source->setToday({2026, 6, 1});
    QCOMPARE(ids(*m_proxy), (QList<Id>{4, 1, 3}));
    m_plan.milestones[0].status = MilestoneStatus::Complete;
    m_source->showArea(&m_plan, 0);
    QCOMPARE(ids(*m_proxy), (QList<Id>{4, 3}));
}

QTEST_GUILESS_MAIN(tst_MilestoneFilterProxyModel)
#include "tst_milestonefilterproxymodel.moc"
