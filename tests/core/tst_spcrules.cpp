// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spc/spcrules.h"

#include <QTest>

using namespace Jfp::Spc;

/** The rule helpers against NHSRplotthedots' (spc.md A5) and nhspy's (C3) unit vectors. */
class tst_SpcRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shiftEnds_data();
    void shiftEnds();
    void partOf_data();
    void partOf();
    void trendEnds_data();
    void trendEnds();
    void twoInThree_data();
    void twoInThree();
    void twoInThreeC3();
    void precedence();
};

namespace {

QList<double> range(int from, int to) // inclusive, either way
{
    QList<double> values;
    for (int v = from; from <= to ? v <= to : v >= to; from <= to ? ++v : --v)
        values.append(v);
    return values;
}

QList<double> negated(QList<double> values)
{
    for (double &v : values)
        v = -v;
    return values;
}

} // namespace

void tst_SpcRules::shiftEnds_data()
{
    QTest::addColumn<QList<int>>("sides");
    QTest::addColumn<QList<int>>("expected");
    // A5
    QTest::newRow("empty") << QList<int>{} << QList<int>{};
    QTest::newRow("1x6") << QList<int>(6, 1) << QList<int>(6, 0);
    QTest::newRow("1x6, -1") << QList<int>{1, 1, 1, 1, 1, 1, -1} << QList<int>(7, 0);
    QTest::newRow("1x8, -1") << QList<int>{1, 1, 1, 1, 1, 1, 1, 1, -1}
                             << QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 0};
    QTest::newRow("-1x8, 1") << QList<int>{-1, -1, -1, -1, -1, -1, -1, -1, 1}
                             << QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 0};
    // C3
    QTest::newRow("1x7") << QList<int>(7, 1) << QList<int>{0, 0, 0, 0, 0, 0, 1};
    QTest::newRow("1x10, -1x10") << QList<int>(10, 1) + QList<int>(10, -1)
                                 << QList<int>(6, 0) + QList<int>(4, 1) + QList<int>(6, 0)
                                        + QList<int>(4, 1);
    QTest::newRow("mixed with zeros") << QList<int>{-1, 0, 1, 0, -1, 0, 1} << QList<int>(7, 0);
    // PTD (not nhspy): points on the mean never make a run.
    QTest::newRow("0x7") << QList<int>(7, 0) << QList<int>(7, 0);
}

void tst_SpcRules::shiftEnds()
{
    QFETCH(QList<int>, sides);
    QFETCH(QList<int>, expected);
    QCOMPARE(Rules::shiftEnds(sides, 7), expected);
}

void tst_SpcRules::partOf_data()
{
    QTest::addColumn<QList<int>>("flags");
    QTest::addColumn<QList<int>>("expected");
    // A5
    QTest::newRow("0x6") << QList<int>(6, 0) << QList<int>(6, 0);
    QTest::newRow("[0x6,1,0]") << QList<int>{0, 0, 0, 0, 0, 0, 1, 0}
                               << QList<int>{1, 1, 1, 1, 1, 1, 1, 0};
    QTest::newRow("[0x7,1,0]") << QList<int>{0, 0, 0, 0, 0, 0, 0, 1, 0}
                               << QList<int>{0, 1, 1, 1, 1, 1, 1, 1, 0};
    QTest::newRow("[0x6,-1,0]") << QList<int>{0, 0, 0, 0, 0, 0, -1, 0}
                                << QList<int>{1, 1, 1, 1, 1, 1, 1, 0};
    QTest::newRow("[0x7,-1,0]") << QList<int>{0, 0, 0, 0, 0, 0, 0, -1, 0}
                                << QList<int>{0, 1, 1, 1, 1, 1, 1, 1, 0};
}

void tst_SpcRules::partOf()
{
    QFETCH(QList<int>, flags);
    QFETCH(QList<int>, expected);
    QCOMPARE(Rules::partOf(flags, 7), expected);
}

void tst_SpcRules::trendEnds_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("expected");
    // A5
    QTest::newRow("1:6") << range(1, 6) << QList<int>(6, 0);
    QTest::newRow("tie") << QList<double>{1, 2, 3, 3, 4, 5, 6} << QList<int>(7, 0);
    QTest::newRow("1:7") << range(1, 7) << QList<int>{0, 0, 0, 0, 0, 0, 1};
    QTest::newRow("[2,1,2..7,3]") << QList<double>{2, 1, 2, 3, 4, 5, 6, 7, 3}
                                  << QList<int>{0, 0, 0, 0, 0, 0, 0, 1, 0};
    QTest::newRow("7:1") << range(7, 1) << QList<int>{0, 0, 0, 0, 0, 0, -1};
    QTest::newRow("[2,7,6..1,3]") << QList<double>{2, 7, 6, 5, 4, 3, 2, 1, 3}
                                  << QList<int>{0, 0, 0, 0, 0, 0, 0, -1, 0};
    // C3
    QTest::newRow("1..10") << range(1, 10) << QList<int>(6, 0) + QList<int>(4, 1);
    QTest::newRow("10..1") << range(10, 1) << QList<int>(6, 0) + QList<int>(4, -1);
    QTest::newRow("0..19") << range(0, 19) << QList<int>(6, 0) + QList<int>(14, 1);
    QTest::newRow("1x7") << QList<double>(7, 1.0) << QList<int>(7, 0);
    const QList<double> sixteen = {1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2};
    QList<int> at11(16, 0);
    at11[10] = 1; // position 11 (1-based)
    QTest::newRow("sixteen") << sixteen << at11;
    at11[10] = -1;
    QTest::newRow("sixteen negated") << negated(sixteen) << at11;
}

void tst_SpcRules::trendEnds()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, expected);
    QCOMPARE(Rules::trendEnds(values, 7), expected);
}

void tst_SpcRules::twoInThree_data()
{
    QTest::addColumn<QList<bool>>("close");
    QTest::addColumn<QList<int>>("sides");
    QTest::addColumn<QList<int>>("windows");
    QTest::addColumn<QList<int>>("restricted");
    // A5: window flags, then restricted to the close points
    const QList<int> up3 = {1, 1, 1};
    QTest::newRow("[1,0,1]") << QList<bool>{1, 0, 1} << up3 << up3 << QList<int>{1, 0, 1};
    QTest::newRow("[0,1,1]") << QList<bool>{0, 1, 1} << up3 << up3 << QList<int>{0, 1, 1};
    QTest::newRow("[1,1,0]") << QList<bool>{1, 1, 0} << up3 << up3 << QList<int>{1, 1, 0};
    QTest::newRow("[0,0,1,0,1,0,0]")
        << QList<bool>{0, 0, 1, 0, 1, 0, 0} << QList<int>(7, 1) << QList<int>{0, 0, 1, 1, 1, 0, 0}
        << QList<int>{0, 0, 1, 0, 1, 0, 0};
    QTest::newRow("[0,0,1,1,0,0,0]")
        << QList<bool>{0, 0, 1, 1, 0, 0, 0} << QList<int>(7, 1) << QList<int>{0, 1, 1, 1, 1, 0, 0}
        << QList<int>{0, 0, 1, 1, 0, 0, 0};
    QTest::newRow("opposite sides")
        << QList<bool>{1, 0, 1} << QList<int>{1, -1, 1} << QList<int>(3, 0) << QList<int>(3, 0);
    QTest::newRow("alternating sides") << QList<bool>(7, true) << QList<int>{1, -1, 1, -1, 1, -1, 1}
                                       << QList<int>(7, 0) << QList<int>(7, 0);
    QTest::newRow("close [1,0,0,1]")
        << QList<bool>{1, 0, 0, 1} << QList<int>(4, 1) << QList<int>(4, 0) << QList<int>(4, 0);
    QTest::newRow("close [1,0,0,1,1]") << QList<bool>{1, 0, 0, 1, 1} << QList<int>(5, 1)
                                       << QList<int>{0, 0, 1, 1, 1} << QList<int>{0, 0, 0, 1, 1};
    // C3
    QTest::newRow("[-1,-1,-1] close")
        << QList<bool>(3, true) << QList<int>(3, -1) << QList<int>(3, 1) << QList<int>(3, 1);
    QTest::newRow("[1,-1,1] close")
        << QList<bool>(3, true) << QList<int>{1, -1, 1} << QList<int>(3, 0) << QList<int>(3, 0);
    QTest::newRow("none close") << QList<bool>(3, false) << QList<int>(3, 1) << QList<int>(3, 0)
                                << QList<int>(3, 0);
}

void tst_SpcRules::twoInThree()
{
    QFETCH(QList<bool>, close);
    QFETCH(QList<int>, sides);
    QFETCH(QList<int>, windows);
    QFETCH(QList<int>, restricted);
    const QList<int> actual = Rules::twoInThreeWindows(close, sides);
    QCOMPARE(actual, windows);
    QCOMPARE(Rules::restrictToClose(actual, close), restricted);
}

void tst_SpcRules::twoInThreeC3()
{
    const QList<int> sides
        = {-1, -1, -1, -1, -1, 0,  -1, -1, 1,  -1, 0,  -1, -1, 0,  0,  -1, 0,  1,  -1, 1,  -1,
           -1, 1,  0,  -1, 1,  1,  0,  -1, -1, 0,  -1, 0,  0,  -1, 1,  0,  0,  -1, 0,  0,  0,
           0,  0,  1,  0,  1,  -1, 0,  1,  0,  0,  1,  1,  1,  -1, -1, 1,  -1, 0,  1,  -1, 1,
           1,  0,  -1, 1,  0,  0,  1,  0,  1,  1,  1,  -1, 1,  1,  0,  1,  1,  1};
    QCOMPARE(sides.size(), 81);
    const QList<int> expected = QList<int>(5, 1) + QList<int>(47, 0) + QList<int>(3, 1)
                                + QList<int>(16, 0) + QList<int>(3, 1) + QList<int>(4, 0)
                                + QList<int>(3, 1);
    const QList<bool> close(81, true);
    QCOMPARE(Rules::twoInThreeWindows(close, sides), expected);
    QCOMPARE(Rules::restrictToClose(Rules::twoInThreeWindows(close, sides), close), expected);
}

void tst_SpcRules::precedence()
{
    // A5, with the helpers' results given
    Rules::Signals s;
    s.values = range(1, 8);
    s.sides = {1, 1, 1, 1, -1, -1, -1, -1};
    s.trend = {1, -1, 0, 0, 0, 0, 0, 0};
    s.shift = {0, 0, 1, -1, 0, 0, 0, 0};
    s.twoInThree = {0, 0, 0, 0, 1, 0, 0, 0};
    s.outside = {0, 0, 0, 0, 0, 1, -1, 0};
    const QList<Rule> expected = {Rule::TrendIncreasing,
                                  Rule::TrendIncreasing,
                                  Rule::ShiftAbove,
                                  Rule::ShiftAbove,
                                  Rule::TwoInThreeBelow,
                                  Rule::BelowLcl,
                                  Rule::BelowLcl,
                                  Rule::CommonCause};
    QCOMPARE(Rules::labels(s, SpcOptions::ConflictPolicy::Precedence, Direction::Increase),
             expected);
    // One rule per point here, so improvement-wins has nothing to resolve.
    QCOMPARE(Rules::labels(s, SpcOptions::ConflictPolicy::ImprovementWins, Direction::Increase),
             expected);
}

QTEST_GUILESS_MAIN(tst_SpcRules)
#include "tst_spcrules.moc"
