// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "reporting/indicatorsummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Status against trajectory (with tolerance) and the board's progress narrative. */
class tst_IndicatorSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void narrative();
    void areasInTreeOrder();
    void trendKeepsStoredOrder();
};

void tst_IndicatorSummary::status_data()
{
    QTest::addColumn<int>("polarity");
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("planned");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<int>("state");
    using S = TrajectoryStatus::State;
    QTest::newRow("higher better, above plan")
        << int(Polarity::HigherIsBetter) << 80.0 << 75.0 << 0.0 << int(S::OnTrack);
    QTest::newRow("higher better, below plan")
        << int(Polarity::HigherIsBetter) << 70.0 << 75.0 << 0.0 << int(S::OffTrack);
    QTest::newRow("higher better, within tolerance")
        << int(Polarity::HigherIsBetter) << 74.0 << 75.0 << 1.5 << int(S::OnTrack);
    QTest::newRow("lower better, below plan")
        << int(Polarity::LowerIsBetter) << 10.0 << 11.0 << 0.0 << int(S::OnTrack);
    QTest::newRow("lower better, above plan")
        << int(Polarity::LowerIsBetter) << 12.0 << 11.0 << 0.0 << int(S::OffTrack);
    QTest::newRow("lower better, within tolerance")
        << int(Polarity::LowerIsBetter) << 11.4 << 11.0 << 0.5 << int(S::OnTrack);
    QTest::newRow("neutral") << int(Polarity::Neutral) << 1.0 << 2.0 << 0.0 << int(S::NotAssessed);
}

void tst_IndicatorSummary::status()
{
    QFETCH(int, polarity);
    QFETCH(double, actual);
    QFETCH(double, planned);
    QFETCH(double, tolerance);
    QFETCH(int, state);
    Indicator i;
    i.polarity = Polarity(polarity);
    i.unit = Unit::Percentage;
    if (tolerance > 0)
        i.tolerance = tolerance;
    QCOMPARE(int(IndicatorSummaries::statusAgainstTrajectory(i).state),
             int(TrajectoryStatus::State::NoData));
    i.actuals = {{u"2024/25"_s, actual, {}, {}, {}, {}, {}, false}};
    QCOMPARE(int(IndicatorSummaries::statusAgainstTrajectory(i).state),
             int(TrajectoryStatus::State::NoTrajectory));
    i.trajectory = {{u"2024/25"_s, planned}};
    const TrajectoryStatus status = IndicatorSummaries::statusAgainstTrajectory(i);
    QCOMPARE(int(status.state), state);
    QVERIFY(!status.label.isEmpty()); // always a word, never colour alone
    QVERIFY(status.detail.contains(u"2024/25"_s));
}

void tst_IndicatorSummary::narrative()
{
    PlanSnapshot plan;
    Programme parent;
    parent.id = 1;
    parent.name = u"Mental Wellbeing"_s;
    Programme child;
    child.id = 2;
    child.parentId = 1;
    child.name = u"A. Support people"_s;
    plan.programmes = {parent, child};
    QVERIFY(IndicatorSummaries::latestProgressNarrative(plan, 2).contains(u"No progress update"_s));
    ProgressUpdate older;
    older.programmeId = 1;
    older.period = u"Q1 2025/26"_s;
    older.rag = u"red"_s;
    older.wentWell = u"old"_s;
    ProgressUpdate newer = older;
    newer.period = u"Q2 2025/26"_s;
    newer.rag = u"amber"_s;
    newer.wentWell = u"Summit held"_s;
    newer.nextSteps = u"Recruit peer mentors"_s;
    plan.progressUpdates = {newer, older};
    // The child has none of its own, so its parent's latest quarter is shown.
    const QString text = IndicatorSummaries::latestProgressNarrative(plan, 2);
    QVERIFY2(text.contains(u"Mental Wellbeing · Q2 2025/26 · RAG: AMBER"_s), qPrintable(text));
    QVERIFY(text.contains(u"What went well: Summit held"_s));
    QVERIFY(text.contains(u"Next steps: Recruit peer mentors"_s));
    QVERIFY(!text.contains(u"old"_s));
}

QTEST_GUILESS_MAIN(tst_IndicatorSummary)
void tst_IndicatorSummary::areasInTreeOrder()
{
    const auto area = [](Id id, Id parent) {
        Area a;
        a.id = id;
        a.parentId = parent;
        a.name = u"Area %1"_s.arg(id);
        return a;
    };
    PlanSnapshot plan;
    // Depth first, children in plan order; an orphan and a circle come last, once each.
    plan.areas = {area(1, 0),
                  area(4, 2),
                  area(2, 1),
                  area(3, 1),
                  area(5, 3),
                  area(6, 99),
                  area(7, 8),
                  area(8, 7)};
    QList<Id> ids;
    for (const Area *a : IndicatorSummaries::areasInTreeOrder(plan))
        ids << a->id;
    QCOMPARE(ids, (QList<Id>{1, 2, 4, 3, 5, 6, 7, 8}));

    // A chain far deeper than any plan may hold (jfp check stops at 100) is walked without
    // recursion: a recursive walk overflowed the stack at this depth.
    PlanSnapshot deep;
    constexpr int depth = 200000;
    deep.areas.reserve(depth);
    for (int i = 1; i <= depth; ++i)
        deep.areas.append(area(i, i - 1));
    const QList<const Area *> order = IndicatorSummaries::areasInTreeOrder(deep);
    QCOMPARE(order.size(), qsizetype(depth));
    QCOMPARE(order.first()->id, Id(1));
    QCOMPARE(order.last()->id, Id(depth));
}

void tst_IndicatorSummary::trendKeepsStoredOrder()
{
    Indicator indicator;
    for (int month = 1; month <= 12; ++month) {
        ActualValue v;
        v.period = QDate(2024, month, 1).toString(u"MMM yyyy"_s);
        if (month != 5) // a missing value is left out
            v.value = month * 1.5;
        indicator.actuals.append(v);
    }
    const QList<double> trend = IndicatorSummaries::trend(indicator);
    QCOMPARE(trend.size(), 11);
    QCOMPARE(trend.first(), 1.5);
    QCOMPARE(trend.last(), 18.0);
}

#include "tst_indicatorsummary.moc"
