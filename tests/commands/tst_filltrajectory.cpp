// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/filltrajectory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::TrajectoryFill;

Q_DECLARE_METATYPE(Jfp::TrajectoryFill::Request)

/** Filling a trajectory from baseline to target: the periods and the values, worked by hand. */
class tst_FillTrajectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data();
    void fill();
    void refused_data();
    void refused();
};

static Request request(Method method, Step step, AfterTarget after = AfterTarget::Continue)
{
    Request r;
    r.baseline = 100;
    r.baselinePeriod = u"2023/24"_s;
    r.target = 70;
    r.targetPeriod = u"2026/27"_s;
    r.method = method;
    r.step = step;
    r.afterTarget = after;
    return r;
}

void tst_FillTrajectory::fill_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<QList<double>>("values");

    // 100 to 70 over three years: -10 a year, then on at the same rate (or held).
    QTest::newRow("straight line, annual, continuing")
        << request(Method::StraightLine, Step::Annual)
        << QStringList{u"2024/25"_s, u"2025/26"_s, u"2026/27"_s, u"2027/28"_s, u"2028/29"_s}
        << QList<double>{90, 80, 70, 60, 50};
    QTest::newRow("straight line, annual, held at target")
        << request(Method::StraightLine, Step::Annual, AfterTarget::Hold)
        << QStringList{u"2024/25"_s, u"2025/26"_s, u"2026/27"_s, u"2027/28"_s, u"2028/29"_s}
        << QList<double>{90, 80, 70, 70, 70};
    // 100 to 72.9 over three years is -10% a year: 90, 81, 72.9, then 65.61, 59.049.
    Request percentage = request(Method::ConstantPercentage, Step::Annual);
    percentage.target = 72.9;
    QTest::newRow("constant percentage, annual")
        << percentage
        << QStringList{u"2024/25"_s, u"2025/26"_s, u"2026/27"_s, u"2027/28"_s, u"2028/29"_s}
        << QList<double>{90, 81, 72.9, 65.61, 59.049};
    Request quarterly = request(Method::StraightLine, Step::Quarterly, AfterTarget::Hold);
    quarterly.lastPeriod = u"2024/25"_s;
    QTest::newRow("straight line, quarterly: -2.5 a quarter")
        << quarterly
        << QStringList{u"Q1 2024/25"_s, u"Q2 2024/25"_s, u"Q3 2024/25"_s, u"Q4 2024/25"_s}
        << QList<double>{97.5, 95, 92.5, 90};
    Request monthly = request(Method::StraightLine, Step::Monthly);
    monthly.baseline = 0;
    monthly.target = 36;
    monthly.lastPeriod = u"Q1 2024/25"_s;
    QTest::newRow("straight line, monthly: +1 a month")
        << monthly << QStringList{u"Apr 2024"_s, u"May 2024"_s, u"Jun 2024"_s}
        << QList<double>{1, 2, 3};
    Request rounded = request(Method::StraightLine, Step::Annual);
    rounded.target = 90;
    rounded.decimals = 2;
    rounded.lastPeriod = u"2025/26"_s;
    QTest::newRow("rounded to the indicator's decimals")
        << rounded << QStringList{u"2024/25"_s, u"2025/26"_s} << QList<double>{96.67, 93.33};
    Request quarterBaseline = request(Method::StraightLine, Step::Annual);
    quarterBaseline.baselinePeriod = u"Q2 2024/25"_s; // ends 30 September 2024
    quarterBaseline.target = 82;
    quarterBaseline.targetPeriod = u"2025/26"_s; // 18 months later: -1 a month
    quarterBaseline.lastPeriod = u"2025/26"_s;
    QTest::newRow("quarter baseline, annual steps")
        << quarterBaseline << QStringList{u"2024/25"_s, u"2025/26"_s} << QList<double>{94, 82};
}

void tst_FillTrajectory::fill()
{
    QFETCH(Request, request);
    QFETCH(QStringList, periods);
    QFETCH(QList<double>, values);
    QString error;
    const auto result = TrajectoryFill::fill(request, &error);
    QVERIFY2(result, qPrintable(error));
    QStringList gotPeriods;
    for (const PeriodValue &v : *result)
        gotPeriods << v.period;
    QCOMPARE(gotPeriods, periods);
    for (qsizetype i = 0; i < values.size(); ++i) {
        QVERIFY(result->at(i).value);
        QVERIFY2(qAbs(*result->at(i).value - values.at(i)) < 1e-9,
                 qPrintable(u"%1: %2, expected %3"_s.arg(periods.at(i))
                                .arg(*result->at(i).value)
                                .arg(values.at(i))));
    }
}

void tst_FillTrajectory::refused_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("says");
    Request backwards = request(Method::StraightLine, Step::Annual);
    backwards.targetPeriod = u"2023/24"_s;
    QTest::newRow("target not after baseline") << backwards << u"not after the baseline"_s;
    Request badPeriod = request(Method::StraightLine, Step::Annual);
    badPeriod.baselinePeriod = u"last year"_s;
    QTest::newRow("baseline period") << badPeriod << u"not a period"_s;
    Request zero = request(Method::ConstantPercentage, Step::Annual);
    zero.baseline = 0;
    QTest::newRow("percentage from zero") << zero << u"above 0"_s;
}

void tst_FillTrajectory::refused()
{
    QFETCH(Request, request);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!TrajectoryFill::fill(request, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_FillTrajectory)
#include "tst_filltrajectory.moc"
