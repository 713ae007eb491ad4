// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "reporting/spcchartdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** An indicator's SPC chart data: periods, rules, segments, icons and caption. */
class tst_SpcChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void directionFromPolarity();
    void buildsFromActuals();
    void missingPeriodsAreDroppedAndSaid();
    void rebaseAndAnnotations();
    void assuranceAgainstTrajectory();
    void tooFewPoints();
    void limitsStayWithinTheUnit();

private:
    static Indicator series(const QList<std::optional<double>> &values);
};

Indicator tst_SpcChartData::series(const QList<std::optional<double>> &values)
{
    Indicator i;
    i.id = 1;
    i.name = u"Test"_s;
    i.unit = Unit::Percentage;
    i.polarity = Polarity::HigherIsBetter;
    for (int k = 0; k < values.size(); ++k) {
        const int year = 2020 + k / 4;
        i.actuals.append(
            {u"Q%1 %2/%3"_s.arg(k % 4 + 1).arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
             values.at(k),
             {},
             {},
             {},
             {},
             {},
             false});
    }
    return i;
}

void tst_SpcChartData::settingsRoundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("screen");
    QTest::addColumn<bool>("trajectory");
    QTest::newRow("defaults") << QString() << true << false;
    QTest::newRow("excel") << u"{\"screenOutliers\":false}"_s << false << false;
    QTest::newRow("trajectory") << u"{\"assuranceAgainst\":\"trajectory\"}"_s << true << true;
}

void tst_SpcChartData::settingsRoundTrip()
{
    QFETCH(QString, json);
    QFETCH(bool, screen);
    QFETCH(bool, trajectory);
    const IndicatorSpcSettings settings = IndicatorSpcSettings::parse(json);
    QCOMPARE(settings.options.screenOutliers, screen);
    QCOMPARE(settings.assuranceBasis == AssuranceBasis::Trajectory, trajectory);
    const IndicatorSpcSettings again = IndicatorSpcSettings::parse(settings.toJson());
    QCOMPARE(again.options, settings.options);
    QCOMPARE(again.assuranceBasis, settings.assuranceBasis);
    QCOMPARE(settings.toJson().isEmpty(), json.isEmpty());
}

void tst_SpcChartData::directionFromPolarity()
{
    QCOMPARE(SpcChartBuilder::directionFor(Polarity::HigherIsBetter), Spc::Direction::Increase);
    QCOMPARE(SpcChartBuilder::directionFor(Polarity::LowerIsBetter), Spc::Direction::Decrease);
    QCOMPARE(SpcChartBuilder::directionFor(Polarity::Neutral), Spc::Direction::Neutral);
}

void tst_SpcChartData::buildsFromActuals()
{
    // spc.md C2 shape: a steadily rising series, then far above its early limits.
    Indicator i = series({1, 2, 3, 4, 5, 6, 7, 8});
    i.targetValue = 20;
    const SpcChartData data = SpcChartBuilder::build({}, i);
    QCOMPARE(data.points.size(), 8);
    QCOMPARE(data.periods.first(), u"Q1 2020/21"_s);
    QCOMPARE(data.periods.last(), u"Q4 2021/22"_s);
    QCOMPARE(data.segments.size(), 1);
    QCOMPARE(data.segments.first().mean, 4.5);
    QVERIFY(data.segments.first().upl.has_value());
    QVERIFY(data.segments.first().trial); // 8 < 13 points
    // 1 is below the lower limit, 8 above the upper one (outside wins), and the points between
    // are a rising trend: all special cause; improvement when higher is better.
    QCOMPARE(data.points.first().rule, Spc::Rule::BelowLcl);
    QCOMPARE(data.points.first().type, Spc::PointType::Concern);
    QCOMPARE(data.points.at(1).rule, Spc::Rule::TrendIncreasing);
    QCOMPARE(data.points.at(1).type, Spc::PointType::Improvement);
    QCOMPARE(data.points.last().rule, Spc::Rule::AboveUcl);
    QCOMPARE(data.points.last().type, Spc::PointType::Improvement);
    QCOMPARE(data.variation, Spc::Variation::ImprovementHigh);
    QVERIFY(!data.iconsShown); // the summaries show icons from 13 points (MDC)
    QCOMPARE(data.latestSegmentPoints, 8);
    QCOMPARE(SpcChartBuilder::tooFewPoints(data), u"Too few points (8 of 13)"_s);
    QCOMPARE(data.target, std::optional<double>(20));
    QCOMPARE(data.assurance, Spc::Assurance::Fail); // 20 is above the upper limit
    QVERIFY(data.caption.join(u' ').contains(u"Trial limits"_s));
    QVERIFY(data.yMax > *data.segments.first().upl);
}

void tst_SpcChartData::missingPeriodsAreDroppedAndSaid()
{
    const SpcChartData data
        = SpcChartBuilder::build({}, series({5, std::nullopt, 6, 5, std::nullopt, 7}));
    QCOMPARE(data.points.size(), 4);
    QVERIFY(!data.periods.contains(u"Q2 2020/21"_s));
    // "%n period(s)": the English plural comes from the translation the apps load.
    QVERIFY(data.caption.join(u' ').contains(u"2 period"_s));
    QVERIFY(data.caption.join(u' ').contains(u"with no value left out of the calculation"_s));
}

void tst_SpcChartData::rebaseAndAnnotations()
{
    Indicator i = series({5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10});
    i.spcRebases = {{u"Q3 2021/22"_s, u"New service"_s}};
    i.annotations = {{1, 1, u"Q2 2020/21"_s, QDate(), u"Launch"_s, QString()},
                     {2, 1, QString(), QDate(2022, 5, 3), u"Review"_s, QString()}};
    const SpcChartData data = SpcChartBuilder::build({}, i);
    QCOMPARE(data.segments.size(), 2);
    QCOMPARE(data.segments.at(0).lastX, 5);
    QCOMPARE(data.segments.at(1).firstX, 6);
    QCOMPARE(data.segments.at(0).mean, 5.5);
    QCOMPARE(data.segments.at(1).mean, 9.5);
    QCOMPARE(data.rebases.size(), 1);
    QCOMPARE(data.rebases.first().x, 5.5);
    QVERIFY(data.rebases.first().label.contains(u"New service"_s));
    QCOMPARE(data.annotations.size(), 2);
    QCOMPARE(data.annotations.at(0).x, 1.0);
    QCOMPARE(data.annotations.at(1).x, 8.0); // 3 May 2022 is in Q1 2022/23
}

void tst_SpcChartData::assuranceAgainstTrajectory()
{
    Indicator i = series({50, 52, 51, 53, 52, 51, 50, 52, 51, 53, 52, 51, 52});
    i.targetValue = 10; // far below: the fixed target is always passed
    i.trajectory = {{i.actuals.last().period, 70.0}}; // far above: the plan is always missed
    QCOMPARE(SpcChartBuilder::build({}, i).assurance, Spc::Assurance::Pass);
    i.spcOptions = u"{\"assuranceAgainst\":\"trajectory\"}"_s;
    const SpcChartData data = SpcChartBuilder::build({}, i);
    QCOMPARE(data.assurance, Spc::Assurance::Fail);
    QCOMPARE(data.target, std::optional<double>(70));
    QVERIFY(data.caption.join(u' ').contains(u"planned trajectory"_s));
}

void tst_SpcChartData::tooFewPoints()
{
    const SpcChartData one = SpcChartBuilder::build({}, series({5}));
    QCOMPARE(one.points.size(), 1);
    QVERIFY(!one.iconsShown);
    QVERIFY(one.caption.join(u' ').contains(
        u"Variation and assurance icons need 13 points in the latest segment; it has 1."_s));
    QCOMPARE(SpcChartBuilder::tooFewPoints(one), u"Too few points (1 of 13)"_s);
    QCOMPARE(SpcChartBuilder::tooFewPoints(SpcChartData()), u"No data yet"_s);
    // Icons from the Making Data Count minimum of 13 points, not from 3.
    for (const int n : {3, 12, 13, 20}) {
        QList<std::optional<double>> values;
        for (int k = 0; k < n; ++k)
            values << 50.0 + (k % 3);
        const SpcChartData data = SpcChartBuilder::build({}, series(values));
        QCOMPARE(data.iconsShown, n >= 13);
        QCOMPARE(data.latestSegmentPoints, n);
    }
    QVERIFY(SpcChartBuilder::build({}, series({})).isEmpty());
    QCOMPARE(SpcChartBuilder::pointCount(series({1, std::nullopt, 2})), 2);
}

void tst_SpcChartData::limitsStayWithinTheUnit()
{
    // A rate with a wide spread: its lower limit would be below zero, and a percentage's
    // upper limit above 100; both are drawn at the bound.
    Indicator rate = series({2, 40, 3, 38, 1, 42, 2, 39});
    rate.unit = Unit::RatePer100000;
    const SpcChartData rates = SpcChartBuilder::build({}, rate);
    QCOMPARE(rates.segments.first().lpl, std::optional<double>(0.0));
    QVERIFY(rates.yMin >= 0);
    const SpcChartData percentages = SpcChartBuilder::build({}, series({60, 99, 62, 98, 61, 99}));
    QCOMPARE(percentages.segments.first().upl, std::optional<double>(100.0));
    Indicator score = series({2, 40, 3, 38, 1, 42, 2, 39});
    score.unit = Unit::Score; // may be negative
    QVERIFY(*SpcChartBuilder::build({}, score).segments.first().lpl < 0);
}

QTEST_GUILESS_MAIN(tst_SpcChartData)
#include "tst_spcchartdata.moc"
