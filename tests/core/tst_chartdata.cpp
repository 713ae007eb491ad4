// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/period.h"
#include "reporting/chartdata.h"
#include "reporting/indicatorsummary.h"
#include "reporting/spcchartdata.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Chart data is computed and checked without widgets. */
class tst_ChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleIndicators_data();
    void sampleIndicators();
    void axisRunsToHorizon();
    void quarterlyAxis();
    void gapsAreNotZero();
    void benchmarksAndAnnotations();
    void illustrativeData();
    void longSeriesAreCut_data();
    void longSeriesAreCut();
    void niceRange_data();
    void niceRange();

private:
    static Indicator indicatorWith(const QList<ActualValue> &actuals);
    const Indicator &sample(const QString &name) const;
    PlanSnapshot m_plan;
};

void tst_ChartData::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
}

const Indicator &tst_ChartData::sample(const QString &name) const
{
    for (const Indicator &i : m_plan.indicators) {
        if (i.name == name)
            return i;
    }
    qFatal("no sample indicator %s", qPrintable(name));
}

Indicator tst_ChartData::indicatorWith(const QList<ActualValue> &actuals)
{
    Indicator i;
    i.id = 1;
    i.name = u"Test"_s;
    i.unit = Unit::Percentage;
    i.actuals = actuals;
    return i;
}

void tst_ChartData::sampleIndicators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("targetLabel");
    QTest::newRow("suicide") << u"Suicide rate"_s << 13.9 << 10.5
                             << u"Target 10.5 per 100,000 (2026/27)"_s;
    QTest::newRow("year 6 obesity")
        << u"Prevalence of obese children - Year 6"_s << 23.0 << 21.0 << u"Target 21% (2026/27)"_s;
    QTest::newRow("falls") << u"Injuries (65+) due to falls"_s << 2468.0 << 1851.0
                           << u"Target 1,851 (2026/27)"_s;
}

void tst_ChartData::sampleIndicators()
{
    QFETCH(QString, name);
    QFETCH(double, baseline);
    QFETCH(double, target);
    QFETCH(QString, targetLabel);
    const ChartData data = ChartDataBuilder::trajectory(m_plan, sample(name));
    QCOMPARE(data.title, name);
    QCOMPARE(data.marks.size(), 2);
    const ChartMark &b = data.marks.at(0);
    QCOMPARE(b.kind, ChartMark::Kind::Baseline);
    QCOMPARE(b.y, baseline);
    QVERIFY(!b.x.has_value()); // the St Helens plan states no baseline period
    QVERIFY(b.label.contains(u"period not stated"_s));
    const ChartMark &t = data.marks.at(1);
    QCOMPARE(t.kind, ChartMark::Kind::Target);
    QCOMPARE(t.y, target);
    QCOMPARE(t.label, targetLabel);
    QVERIFY(t.x.has_value());
    // The target sits in the middle of 2026/27.
    const auto it = std::find_if(data.categories.cbegin(),
                                 data.categories.cend(),
                                 [](const AxisCategory &c) { return c.label == u"2026/27"_s; });
    QVERIFY(it != data.categories.cend());
    QCOMPARE(*t.x, (it->start + it->end) / 2);
    QVERIFY(data.yMin <= std::min(baseline, target));
    QVERIFY(data.yMax >= std::max(baseline, target));
    QVERIFY(!data.hasActuals);
    QVERIFY(data.caption.contains(u"No actual values yet"_s));
    QVERIFY(data.caption.first().contains(data.polarityLabel));
}

void tst_ChartData::axisRunsToHorizon()
{
    const ChartData data = ChartDataBuilder::trajectory(
        m_plan, indicatorWith({{u"2019/20"_s, 10.0, {}, {}, {}, {}, {}, false}}));
    QStringList labels;
    for (const AxisCategory &c : data.categories)
        labels << c.label;
    QCOMPARE(labels.first(), u"2019/20"_s);
    QCOMPARE(labels.last(), u"2028/29"_s);
    QCOMPARE(labels.size(), 10);
    QCOMPARE(data.xMin, 0.0);
    QCOMPARE(data.xMax, 120.0);
    QCOMPARE(data.series.first().points.first().x, 6.0); // middle of the first year
    QVERIFY(data.caption.contains(u"Data to 2019/20"_s));
}

void tst_ChartData::quarterlyAxis()
{
    const ChartData data = ChartDataBuilder::trajectory(
        m_plan,
        indicatorWith({{u"Q1 2024/25"_s, 10.0, {}, {}, {}, {}, {}, false},
                       {u"2024/25 Q2"_s, 11.0, {}, {}, {}, {}, {}, false}}));
    QCOMPARE(data.categories.first().label, u"Q1 2024/25"_s);
    QCOMPARE(data.categories.last().label, u"Q4 2028/29"_s);
    QCOMPARE(data.categories.size(), 20);
    QCOMPARE(data.series.first().points.at(1).x, 4.5);
}

void tst_ChartData::gapsAreNotZero()
{
    const ChartData data = ChartDataBuilder::trajectory(
        m_plan,
        indicatorWith({{u"2020/21"_s, 10.0, {}, {}, {}, {}, {}, false},
                       {u"2021/22"_s, std::nullopt, {}, {}, {}, {}, u"suppressed"_s, false},
                       {u"2022/23"_s, 12.0, {}, {}, {}, {}, {}, false},
                       {u"2023/24"_s, 13.0, {}, {}, {}, {}, {}, false}}));
    const ChartSeries &actual = data.series.first();
    QCOMPARE(actual.kind, ChartSeries::Kind::Actual);
    QCOMPARE(actual.points.size(), 4);
    QVERIFY(!actual.points.at(1).y.has_value());
    const auto runs = actual.segments();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).size(), 1);
    QCOMPARE(runs.at(1).size(), 2);
    QCOMPARE(data.dataTo, u"2023/24"_s);
}

void tst_ChartData::benchmarksAndAnnotations()
{
    Indicator i = indicatorWith({{u"2022/23"_s, 20.0, 18.0, 22.0, {}, {}, {}, false}});
    i.trajectory = {{u"2023/24"_s, 19.0}, {u"2024/25"_s, 18.0}};
    i.benchmarks = {{1, u"North West region"_s, u"E12000002"_s, {{u"2022/23"_s, 21.0}}},
                    {2, u"England"_s, u"E92000001"_s, {{u"2022/23"_s, 19.5}}}};
    i.annotations = {{1, 1, u"2023/24"_s, QDate(), u"New definition"_s, QString()},
                     {2, 1, QString(), QDate(2024, 7, 1), u"Launch"_s, u"note"_s}};
    const ChartData data = ChartDataBuilder::trajectory(m_plan, i);
    QCOMPARE(data.series.size(), 4);
    QCOMPARE(data.series.at(1).kind, ChartSeries::Kind::Planned);
    QCOMPARE(data.series.at(2).name, u"North West region"_s);
    QCOMPARE(data.series.at(3).code, u"E92000001"_s);
    QCOMPARE(data.series.at(0).points.first().upper.value_or(0), 22.0);
    QVERIFY(data.yMax >= 22.0);
    QCOMPARE(data.annotations.size(), 2);
    QCOMPARE(data.annotations.at(0).x, 18.0);          // middle of 2023/24 on a 2022/23 axis
    QCOMPARE(data.annotations.at(1).x, 12.0 + 12 + 3); // 1 July 2024
    QCOMPARE(data.annotations.at(1).when, u"2024-07-01"_s);
}

void tst_ChartData::illustrativeData()
{
    const ChartData data = ChartDataBuilder::trajectory(
        m_plan, indicatorWith({{u"2022/23"_s, 20.0, {}, {}, {}, {}, {}, true}}));
    QVERIFY(data.illustrative);
    QVERIFY(data.caption.contains(u"Illustrative data: not published figures"_s));
    const ChartData real = ChartDataBuilder::trajectory(
        m_plan, indicatorWith({{u"2022/23"_s, 20.0, {}, {}, {}, {}, {}, false}}));
    QVERIFY(!real.illustrative);
}

void tst_ChartData::longSeriesAreCut_data()
{
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("annotations");
    QTest::newRow("within the limits") << 1000 << 100;
    QTest::newRow("one value over") << 1001 << 0;
    QTest::newRow("a hostile plan's series") << 20000 << 10000;
}

/** A chart draws at most the latest 1,000 values of a series and 100 annotations, and says so. */
void tst_ChartData::longSeriesAreCut()
{
    QFETCH(int, values);
    QFETCH(int, annotations);
    QList<ActualValue> actuals;
    QList<PeriodValue> planned;
    for (int m = 0; m < values; ++m) { // monthly from January 1900
        const QString period = Period::month(1900 + m / 12, m % 12 + 1).toString();
        actuals.append({period, double(m), {}, {}, {}, {}, {}, false});
        planned.append({period, double(m) + 0.5});
    }
    Indicator i = indicatorWith(actuals);
    i.trajectory = planned;
    for (int a = 0; a < annotations; ++a)
        i.annotations.append({a + 1, 1, u"2023/24"_s, QDate(), u"Note %1"_s.arg(a), QString()});

    const qsizetype kept = std::min<qsizetype>(values, ChartDataBuilder::maxChartPoints);
    const ChartData data = ChartDataBuilder::trajectory(m_plan, i);
    QCOMPARE(data.series.at(0).points.size(), kept);
    QCOMPARE(data.series.at(0).points.last().y.value_or(-1), double(values - 1)); // latest
    QCOMPARE(data.series.at(1).points.size(), kept);
    QCOMPARE(data.annotations.size(),
             std::min<qsizetype>(annotations, ChartDataBuilder::maxChartAnnotations));
    const SpcChartData spc = SpcChartBuilder::build(m_plan, i);
    QCOMPARE(spc.points.size(), kept);

    const QString cut
        = u"Drawn: the latest 1,000 of %1 actual values"_s.arg(QLocale().toString(values));
    QCOMPARE(data.caption.contains(cut), values > 1000);
    QCOMPARE(spc.caption.contains(cut), values > 1000);
    QCOMPARE(data.caption.contains(
                 u"Drawn: the last 100 of %1 annotations"_s.arg(QLocale().toString(annotations))),
             annotations > 100);
    QCOMPARE(IndicatorSummaries::trend(i).size(), kept);
}

void tst_ChartData::niceRange_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<bool>("fromZero");
    QTest::newRow("rates") << 10.5 << 13.9 << false;
    QTest::newRow("percent from zero") << 21.0 << 23.0 << true;
    QTest::newRow("counts") << 1851.0 << 2468.0 << false;
    QTest::newRow("one value") << 5.0 << 5.0 << false;
    QTest::newRow("negative") << -3.2 << 1.5 << false;
}

void tst_ChartData::niceRange()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, fromZero);
    const ChartDataBuilder::Range r = ChartDataBuilder::niceRange(low, high, fromZero);
    QVERIFY(r.low < low || (fromZero && r.low == 0));
    QVERIFY(r.high > high);
    QVERIFY(r.step > 0);
    const double steps = (r.high - r.low) / r.step;
    QVERIFY(steps >= 2 && steps <= 12);
    QCOMPARE(std::round(steps), steps); // the ends fall on ticks
    if (fromZero)
        QCOMPARE(r.low, 0.0);
}

QTEST_GUILESS_MAIN(tst_ChartData)
#include "tst_chartdata.moc"
