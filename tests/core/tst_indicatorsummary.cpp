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
#include "tst_indicatorsummary.moc"
