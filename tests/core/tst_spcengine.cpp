// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spc/spcengine.h"
#include "spc/spcrules.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Jfp::Spc;

Q_DECLARE_METATYPE(Jfp::Spc::SpcOptions)

/**
 * The SPC engine against every asserted vector of shared/spec/spc.md sections 3A and 3C
 * (NHSRplotthedots and nhspy-plotthedots), its edge cases (1.12) and each option.
 */
class tst_SpcEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void exactLimits_data();
    void exactLimits();
    void screeningIsStrictAndSinglePass();
    void labels_data();
    void labels();
    void sidesAndCloseOfA1();
    void c2Primitives();
    void assurance_data();
    void assurance();
    void assuranceLastRow_data();
    void assuranceLastRow();
    void assuranceUsesLastSegment();
    void variation_data();
    void variation();
    void shortWarnings_data();
    void shortWarnings();
    void rebaseByDate_data();
    void rebaseByDate();
    void rebaseOnFirstPointChangesNothing();
    void onePoint();
    void constantSeries_data();
    void constantSeries();
    void emptyInput();
    void missingValues();
    void fixAfterPoints();
    void invalidOptions_data();
    void invalidOptions();
    void keys();
};

namespace {

// R: set.seed(123); rnorm(20) (spc.md A1)
const QList<double> y20
    = {-0.5604756465522126, -0.23017748948328004, 1.558708314149124,   0.070508391424576,
       0.12928773516094624, 1.715064986883281,    0.4609162059892024,  -1.265061234606534,
       -0.6868528518935261, -0.44566197009995806, 1.2240817974394615,  0.3598138270573638,
       0.40077145059405217, 0.1106827159451197,   -0.5558411347540749, 1.7869131368030782,
       0.4978504782292394,  -1.9666171566296382,  0.7013559015636855,  -0.47279140772793404};

// spc.md A4: y24 = y20 + the next four draws
const QList<double> y24
    = y20
      + QList<double>{
          -1.0678237059868452, -0.21797491465829513, -1.0260044483072397, -0.7288912292911403};

// y24[1:12] + rnorm(12, 5)
const QList<double> y5 = y20.first(12)
                         + QList<double>{4.374960732150743,
                                         3.313306689257587,
                                         5.837787044494525,
                                         5.153373117836515,
                                         3.8618630629880526,
                                         6.253814921069926,
                                         5.426464221476814,
                                         4.704928517007729,
                                         5.8951256610450224,
                                         5.878133487533042,
                                         5.821581081637487,
                                         5.688640254100091};

// y24[1:12] + rnorm(12, -5)
const QList<double> y7 = y20.first(12)
                         + QList<double>{-4.446082346462411,
                                         -5.061911710576721,
                                         -5.305962663739916,
                                         -5.380471001012383,
                                         -5.694706978920513,
                                         -5.207917278019599,
                                         -6.265396351568264,
                                         -2.8310440346614874,
                                         -3.7920380016950093,
                                         -6.123108583203349,
                                         -5.402884835299076,
                                         -5.466655353623219};

QList<double> withValue(QList<double> values, qsizetype index, double value)
{
    values[index] = value;
    return values;
}

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

QList<double> alternating(int count) // −1, 1, −1, …
{
    QList<double> values;
    for (int i = 0; i < count; ++i)
        values.append(i % 2 ? 1.0 : -1.0);
    return values;
}

SpcInput series(const QList<double> &values,
                const QList<int> &rebase = {},
                Direction direction = Direction::Increase,
                std::optional<double> target = std::nullopt,
                QDate first = QDate(2020, 1, 2))
{
    SpcInput input;
    for (qsizetype i = 0; i < values.size(); ++i)
        input.points.append(
            {first.isValid() ? std::optional(first.addDays(i)) : std::nullopt, values.at(i)});
    input.rebaseIndices = rebase;
    input.direction = direction;
    input.target = target;
    return input;
}

SpcOptions screeningOff()
{
    SpcOptions o;
    o.screenOutliers = false;
    return o;
}

SpcOptions fixedAfter(int points)
{
    SpcOptions o;
    o.fixAfterPoints = points;
    return o;
}

/**
 * True if `actual` rounds to `expected` as printed: within half a unit of its last decimal
 * (spc.md prints R's 7 significant digits, or 10 for computed values).
 */
bool matchesPrinted(std::optional<double> actual, const QString &expected)
{
    if (!actual)
        return false;
    const qsizetype dot = expected.indexOf(u'.');
    const int decimals = dot < 0 ? 0 : int(expected.size() - dot - 1);
    const double tolerance = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
    return std::abs(*actual - expected.toDouble()) <= tolerance;
}

QString describe(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 17) : u"undefined"_s;
}

// Rule notation of spc.md section 3: . U L T+ T- 2A 2B SA SB
QString ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::CommonCause:
        return u"."_s;
    case Rule::AboveUcl:
        return u"U"_s;
    case Rule::BelowLcl:
        return u"L"_s;
    case Rule::TrendIncreasing:
        return u"T+"_s;
    case Rule::TrendDecreasing:
        return u"T-"_s;
    case Rule::TwoInThreeAbove:
        return u"2A"_s;
    case Rule::TwoInThreeBelow:
        return u"2B"_s;
    case Rule::ShiftAbove:
        return u"SA"_s;
    case Rule::ShiftBelow:
        return u"SB"_s;
    }
    return {};
}

QString typeCode(PointType type)
{
    switch (type) {
    case PointType::CommonCause:
        return u"cc"_s;
    case PointType::Improvement:
        return u"imp"_s;
    case PointType::Concern:
        return u"con"_s;
    case PointType::NeutralHigh:
        return u"nh"_s;
    case PointType::NeutralLow:
        return u"nl"_s;
    }
    return {};
}

QString times(const QString &code, int count)
{
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes << code;
    return codes.join(u' ');
}

QString ruleCodes(const SpcResult &result)
{
    QStringList codes;
    for (const SpcPointResult &p : result.points)
        codes << ruleCode(p.rule);
    return codes.join(u' ');
}

QString typeCodes(const SpcResult &result)
{
    QStringList codes;
    for (const SpcPointResult &p : result.points)
        codes << typeCode(p.type);
    return codes.join(u' ');
}

} // namespace

void tst_SpcEngine::limits_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("rebase");
    QTest::addColumn<SpcOptions>("options");
    QTest::addColumn<int>("segment");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("mean");
    QTest::addColumn<QString>("lpl");
    QTest::addColumn<QString>("upl");
    QTest::addColumn<QString>("nlpl"); // empty: not given by spc.md
    QTest::addColumn<QString>("nupl");
    QTest::addColumn<QString>("amr");

    const QList<int> none;
    const SpcOptions ptd;
    const QList<double> r2 = withValue(y20, 14, 10);
    // A1 (asserted mean and limits; nLPL, nUPL and AMR computed)
    QTest::newRow("A1 r1") << y20 << none << ptd << 0 << 20 << u"0.1416238"_s << u"-3.01138"_s
                           << u"3.294627"_s << u"-1.960378463"_s << u"2.243626068"_s
                           << u"1.185339623"_s;
    QTest::newRow("A1 r2, y[15] = 10")
        << r2 << none << ptd << 0 << 20 << u"0.6694159"_s << u"-2.383666"_s << u"3.722497"_s
        << QString() << QString() << QString();
    QTest::newRow("A1 r3, screening off")
        << r2 << none << screeningOff() << 0 << 20 << u"0.6694159"_s << u"-4.596625"_s
        << u"5.935457"_s << QString() << QString() << QString();
    QTest::newRow("A1 fix after 12")
        << y20 << none << fixedAfter(12) << 0 << 20 << u"0.1941793388"_s << u"-2.607399815"_s
        << u"2.995758492"_s << QString() << QString() << QString();
    QTest::newRow("A1 rebase row 11, segment 0")
        << y20 << QList<int>{10} << ptd << 0 << 10 << u"0.0746256441"_s << u"-2.600585408"_s
        << u"2.749836696"_s << QString() << QString() << QString();
    QTest::newRow("A1 rebase row 11, segment 1")
        << y20 << QList<int>{10} << ptd << 1 << 10 << u"0.2086219609"_s << u"-3.279005448"_s
        << u"3.696249369"_s << QString() << QString() << QString();
    // A3 summary snapshot (3 significant digits)
    QTest::newRow("A3 whole series") << y20 << none << ptd << 0 << 20 << u"0.142"_s << u"-3.01"_s
                                     << u"3.29"_s << QString() << QString() << QString();
    QTest::newRow("A3 facet 0") << y20 << QList<int>{10} << ptd << 0 << 10 << u"0.0746"_s
                                << u"-2.60"_s << u"2.75"_s << QString() << QString() << QString();
    QTest::newRow("A3 facet 1") << y20 << QList<int>{10} << ptd << 1 << 10 << u"0.209"_s
                                << u"-3.28"_s << u"3.70"_s << QString() << QString() << QString();
    // A2 (computed)
    QList<double> a2 = alternating(16);
    for (double &v : a2)
        v = -v; // [1, -1] × 8
    a2[14] = 5.5;
    a2[15] = -5.5;
    QTest::newRow("A2") << a2 << none << ptd << 0 << 16 << u"0.0000000000"_s << u"-6.175"_s
                        << u"6.175"_s << u"-4.116666667"_s << u"4.116666667"_s << u"2.321428571"_s;
    // A4 (computed)
    QTest::newRow("A4 s1 y24") << y24 << none << ptd << 0 << 24 << u"-0.008675760365"_s
                               << u"-2.908246542"_s << u"2.890895022"_s << QString() << QString()
                               << QString();
    QTest::newRow("A4 s3 facet 0")
        << y24 << QList<int>{12} << ptd << 0 << 12 << u"0.1941793"_s << u"-2.6074"_s
        << u"2.995758"_s << QString() << QString() << QString();
    QTest::newRow("A4 s3 facet 1")
        << y24 << QList<int>{12} << ptd << 1 << 12 << u"-0.2115309"_s << u"-3.462786"_s
        << u"3.039725"_s << QString() << QString() << QString();
    QTest::newRow("A4 s5 y5") << y5 << none << ptd << 0 << 24 << u"2.689172119"_s
                              << u"-0.02947566928"_s << u"5.407819907"_s << QString() << QString()
                              << QString();
    QTest::newRow("A4 s7 y7") << y7 << none << ptd << 0 << 24 << u"-2.443667795"_s
                              << u"-5.090220557"_s << u"0.2028849672"_s << QString() << QString()
                              << QString();
    // C2: a baseline longer than the series uses every point (nhspy passes 11; the engine
    // refuses fewer than 12, and 12 > 5 means the same).
    QTest::newRow("C2 [16,9,4,2,1] fixed beyond n")
        << QList<double>{16, 9, 4, 2, 1} << none << fixedAfter(12) << 0 << 5 << u"6.40000000000"_s
        << u"-3.57500000000"_s << u"16.37500000000"_s << QString() << QString()
        << u"3.75000000000"_s;
}

void tst_SpcEngine::limits()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, rebase);
    QFETCH(SpcOptions, options);
    QFETCH(int, segment);
    QFETCH(int, count);
    QFETCH(QString, mean);
    QFETCH(QString, lpl);
    QFETCH(QString, upl);
    QFETCH(QString, nlpl);
    QFETCH(QString, nupl);
    QFETCH(QString, amr);

    const SpcResult result = SpcEngine::calculate(series(values, rebase), options);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QVERIFY(segment < result.segments.size());
    const SpcSegment &s = result.segments.at(segment);
    QCOMPARE(s.count, count);
    const auto check = [](std::optional<double> actual, const QString &expected, const char *what) {
        if (expected.isEmpty())
            return true;
        const bool ok = matchesPrinted(actual, expected);
        if (!ok)
            qWarning("%s: got %s, expected %s",
                     what,
                     qPrintable(describe(actual)),
                     qPrintable(expected));
        return ok;
    };
    QVERIFY(check(s.mean, mean, "mean"));
    QVERIFY(check(s.lpl, lpl, "LPL"));
    QVERIFY(check(s.upl, upl, "UPL"));
    QVERIFY(check(s.nlpl, nlpl, "nLPL"));
    QVERIFY(check(s.nupl, nupl, "nUPL"));
    QVERIFY(check(s.averageMovingRange, amr, "AMR"));
}

void tst_SpcEngine::exactLimits_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("lpl");
    QTest::addColumn<double>("upl");
    QTest::addColumn<double>("nlpl");
    QTest::addColumn<double>("nupl");

    // C1: nhspy's asserted exact doubles
    QTest::newRow("C1 1..10") << range(1, 10) << 5.5 << 2.84 << 8.16 << 3.7266666666666666
                              << 7.273333333333333;
    QTest::newRow("C1 10..1") << range(10, 1) << 5.5 << 2.84 << 8.16 << 3.7266666666666666
                              << 7.273333333333333;
    QTest::newRow("C1 up and down")
        << QList<double>{1, 2, 3, 4, 5, 4, 3, 2, 1, 2} << 2.7 << 0.040000000000000036 << 5.36
        << 0.9266666666666667 << 4.473333333333334;
    QTest::newRow("C1 [1,2,3]") << QList<double>{1, 2, 3} << 2.0 << -0.6600000000000001 << 4.66
                                << 0.22666666666666657 << 3.7733333333333334;
    QTest::newRow("C1 0..19") << range(0, 19) << 9.5 << 6.84 << 12.16 << 7.726666666666667
                              << 11.273333333333333;
    QTest::newRow("C1 pi digits") << QList<double>{3, 1, 4, 1, 5, 9, 2} << 3.5714285714285716
                                  << -6.625238095238096 << 13.768095238095238 << -3.2263492063492065
                                  << 10.36920634920635;
    const QList<double> sixteen = {1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2};
    QTest::newRow("C1 sixteen") << sixteen << 3.0 << -0.014666666666666828 << 6.014666666666667
                                << 0.9902222222222221 << 5.009777777777778;
    QTest::newRow("C1 sixteen negated")
        << negated(sixteen) << -3.0 << -6.014666666666667 << 0.014666666666666828
        << -5.009777777777778 << -0.9902222222222221;
    // C2 (asserted; no baseline)
    QTest::newRow("C2 [1,6,1,8,0,3]")
        << QList<double>{1, 6, 1, 8, 0, 3} << 3.1666666666666665 << -11.729333333333333
        << 18.062666666666665 << 3.1666666666666665 - 2.66 * 2 / 3 * 5.6
        << 3.1666666666666665 + 2.66 * 2 / 3 * 5.6;
    QTest::newRow("C2 [1,1,1,1,2]")
        << QList<double>{1, 1, 1, 1, 2} << 1.2 << 1.2 << 1.2 << 1.2 << 1.2;
}

void tst_SpcEngine::exactLimits()
{
    QFETCH(QList<double>, values);
    QFETCH(double, mean);
    QFETCH(double, lpl);
    QFETCH(double, upl);
    QFETCH(double, nlpl);
    QFETCH(double, nupl);

    const SpcResult result = SpcEngine::calculate(series(values));
    QCOMPARE(result.segments.size(), 1);
    const SpcSegment &s = result.segments.constFirst();
    QVERIFY(s.hasLimits());
    const auto same = [](double actual, double expected) {
        if (actual != expected)
            qWarning("got %.17g, expected %.17g", actual, expected);
        return actual == expected;
    };
    QVERIFY(same(s.mean, mean));
    QVERIFY(same(*s.lpl, lpl));
    QVERIFY(same(*s.upl, upl));
    QVERIFY(same(*s.nlpl, nlpl));
    QVERIFY(same(*s.nupl, nupl));
}

void tst_SpcEngine::screeningIsStrictAndSinglePass()
{
    // Moving ranges 3267, 233, 250, 250: average 1000, so 3.267 × 1000 = 3267 exactly, and the
    // moving range equal to it is dropped (strict <); the average of the rest is 733 / 3.
    const QList<double> values = {0, 3267, 3034, 3284, 3034};
    const SpcSegment s = SpcEngine::calculate(series(values)).segments.constFirst();
    QVERIFY(s.averageMovingRange == 733.0 / 3);
    QVERIFY(*s.upl == 2523.8 + 2.66 * (733.0 / 3));
    QCOMPARE(SpcEngine::calculate(series(values), screeningOff())
                 .segments.constFirst()
                 .averageMovingRange,
             std::optional(1000.0));
    // Single pass: moving ranges 0, 0, 0, 0, 10, 1 average 11/6, so the threshold 5.99 drops
    // the 10; a second pass (average 1/5, threshold 0.65) would drop the 1 too, but PTD keeps
    // it.
    const QList<double> twoPass = {5, 5, 5, 5, 5, 15, 14};
    const SpcSegment once = SpcEngine::calculate(series(twoPass)).segments.constFirst();
    QVERIFY(once.averageMovingRange == 1.0 / 5);
}

void tst_SpcEngine::labels_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("rebase");
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("target"); // NaN: none
    QTest::addColumn<SpcOptions>("options");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("types");
    QTest::addColumn<QString>("variation");
    QTest::addColumn<QString>("assurance");

    const int up = int(Direction::Increase);
    const int down = int(Direction::Decrease);
    const int neutral = int(Direction::Neutral);
    const double noTarget = std::numeric_limits<double>::quiet_NaN();
    const QList<int> none;
    const SpcOptions ptd;
    const QString s5 = u"L L SB 2B 2B SB 2B L L L SB SB SA SA U SA SA U U SA U U U U"_s;
    const QString s7 = u"2A 2A U 2A 2A U U SA SA SA U U T- T- L L L L L SB SB L L L"_s;
    const QString cc20 = times(u"."_s, 20);
    const QString r2Rules = times(u"."_s, 14) + u" U "_s + times(u"."_s, 5);
    const QString r2Types = times(u"cc"_s, 14) + u" imp "_s + times(u"cc"_s, 5);
    const QString cc = u"common_cause"_s;

    QTest::newRow("A1 r1") << y20 << none << up << noTarget << ptd << cc20 << times(u"cc"_s, 20)
                           << cc << u"none"_s;
    QTest::newRow("A1 r2") << withValue(y20, 14, 10) << none << up << noTarget << ptd << r2Rules
                           << r2Types << cc << u"none"_s;
    QTest::newRow("A1 r3") << withValue(y20, 14, 10) << none << up << noTarget << screeningOff()
                           << r2Rules << r2Types << cc << u"none"_s;
    QList<double> a2 = negated(alternating(16));
    a2[14] = 5.5;
    a2[15] = -5.5;
    QTest::newRow("A2 opposite sides") << a2 << none << up << noTarget << ptd << times(u"."_s, 16)
                                       << times(u"cc"_s, 16) << cc << u"none"_s;
    QTest::newRow("A3 target 0.5")
        << y20 << none << up << 0.5 << ptd << cc20 << times(u"cc"_s, 20) << cc << u"hit_and_miss"_s;
    QTest::newRow("A4 s1") << y24 << none << up << noTarget << ptd << times(u"."_s, 24)
                           << times(u"cc"_s, 24) << cc << u"none"_s;
    QTest::newRow("A4 s2") << y24 << none << up << 0.5 << ptd << times(u"."_s, 24)
                           << times(u"cc"_s, 24) << cc << u"hit_and_miss"_s;
    QTest::newRow("A4 s3") << y24 << QList<int>{12} << up << noTarget << ptd << times(u"."_s, 24)
                           << times(u"cc"_s, 24) << cc << u"none"_s;
    QTest::newRow("A4 s4") << y24 << QList<int>{12} << up << 0.5 << ptd << times(u"."_s, 24)
                           << times(u"cc"_s, 24) << cc << u"hit_and_miss"_s;
    QTest::newRow("A4 s5") << y5 << none << up << -3.0 << ptd << s5
                           << times(u"con"_s, 12) + u' ' + times(u"imp"_s, 12)
                           << u"improvement_high"_s << u"pass"_s;
    QTest::newRow("A4 s6") << y5 << none << down << -3.0 << ptd << s5
                           << times(u"imp"_s, 12) + u' ' + times(u"con"_s, 12) << u"concern_high"_s
                           << u"fail"_s;
    QTest::newRow("A4 s7") << y7 << none << up << 3.0 << ptd << s7
                           << times(u"imp"_s, 12) + u' ' + times(u"con"_s, 12) << u"concern_low"_s
                           << u"fail"_s;
    QTest::newRow("A4 s8") << y7 << none << down << 3.0 << ptd << s7
                           << times(u"con"_s, 12) + u' ' + times(u"imp"_s, 12)
                           << u"improvement_low"_s << u"pass"_s;
    QTest::newRow("A4 s9") << y7 << none << neutral << 3.0 << ptd << s7
                           << times(u"nh"_s, 12) + u' ' + times(u"nl"_s, 12) << u"neutral_low"_s
                           << u"none"_s;
    QTest::newRow("C2 [1,1,1,1,2]")
        << QList<double>{1, 1, 1, 1, 2} << none << up << noTarget << ptd << u"L L L L U"_s
        << u"con con con con imp"_s << u"improvement_high"_s << u"none"_s;
    QTest::newRow("C2 [16,9,4,2,1]")
        << QList<double>{16, 9, 4, 2, 1} << none << up << noTarget << fixedAfter(12)
        << times(u"."_s, 5) << times(u"cc"_s, 5) << cc << u"none"_s;
    QTest::newRow("C2 [1,6,1,8,0,3]")
        << QList<double>{1, 6, 1, 8, 0, 3} << none << up << noTarget << ptd << times(u"."_s, 6)
        << times(u"cc"_s, 6) << cc << u"none"_s;

    // 1.12: fewer than 7 points never make a trend; 7 do, and outside wins at both ends.
    QTest::newRow("1..6 no trend") << range(1, 6) << none << up << noTarget << ptd
                                   << times(u"."_s, 6) << times(u"cc"_s, 6) << cc << u"none"_s;
    QTest::newRow("1..7 trend") << range(1, 7) << none << up << noTarget << ptd
                                << u"L T+ T+ T+ T+ T+ U"_s << u"con imp imp imp imp imp imp"_s
                                << u"improvement_high"_s << u"none"_s;
    // Equal neighbours break a trend: unlike 1..7, only the ends (outside) are special.
    QTest::newRow("tie breaks trend")
        << QList<double>{1, 2, 3, 3, 4, 5, 6} << none << up << noTarget << ptd << u"L . . . . . U"_s
        << u"con cc cc cc cc cc imp"_s << u"improvement_high"_s << u"none"_s;
    // A point on the mean breaks a shift: 0 is the mean of this series.
    QTest::newRow("mean breaks shift")
        << QList<double>{1, 4, 1, 4, 0, 4, 1, 4, -1, -4, -1, -4, -1, -4, -4} << none << up
        << noTarget << ptd << times(u"."_s, 8) + u' ' + times(u"SB"_s, 7)
        << times(u"cc"_s, 8) + u' ' + times(u"con"_s, 7) << u"concern_low"_s << u"none"_s;

    // Options
    const QList<double> sixAbove
        = {-1, 1, -1, 1, -1, 1, -1, 0.5, 0.6, 0.5, 0.6, 0.5, 0.6, -1, 1, -1};
    SpcOptions shift6;
    shift6.shiftLength = 6;
    QTest::newRow("shift of 6, default")
        << sixAbove << none << up << noTarget << ptd << times(u"."_s, 16) << times(u"cc"_s, 16)
        << cc << u"none"_s;
    QTest::newRow("shift of 6, option")
        << sixAbove << none << up << noTarget << shift6
        << times(u"."_s, 7) + u' ' + times(u"SA"_s, 6) + u' ' + times(u"."_s, 3)
        << times(u"cc"_s, 7) + u' ' + times(u"imp"_s, 6) + u' ' + times(u"cc"_s, 3) << cc
        << u"none"_s;
    const QList<double> sixRising = {0, 2, 0, 2, 0, 0.5, 0.7, 0.9, 1.1, 1.3, 0, 2, 0, 2};
    SpcOptions trend5;
    trend5.trendLength = 5;
    QTest::newRow("trend of 5, default")
        << sixRising << none << up << noTarget << ptd << times(u"."_s, 14) << times(u"cc"_s, 14)
        << cc << u"none"_s;
    QTest::newRow("trend of 5, option")
        << sixRising << none << up << noTarget << trend5
        << times(u"."_s, 4) + u' ' + times(u"T+"_s, 6) + u' ' + times(u"."_s, 4)
        << times(u"cc"_s, 4) + u' ' + times(u"imp"_s, 6) + u' ' + times(u"cc"_s, 4) << cc
        << u"none"_s;
    // Limits fixed on 20 points alternating ±1: mean 0, UPL 5.32, upper 2-sigma line 3.547.
    // Then 6 is beyond the limit and 4 between the lines.
    const QList<double> beyond = alternating(20) + QList<double>{6, 4, 0.5, -1, 1};
    SpcOptions fixed20 = fixedAfter(20);
    SpcOptions mdc2023 = fixed20;
    mdc2023.twoOfThreeIncludesBeyondLimits = true;
    QTest::newRow("two-in-three, PTD")
        << beyond << none << up << noTarget << fixed20 << times(u"."_s, 20) + u" U . . . ."_s
        << times(u"cc"_s, 20) + u" imp cc cc cc cc"_s << cc << u"none"_s;
    QTest::newRow("two-in-three, MDC 2023")
        << beyond << none << up << noTarget << mdc2023 << times(u"."_s, 20) + u" U 2A . . ."_s
        << times(u"cc"_s, 20) + u" imp imp cc cc cc"_s << cc << u"none"_s;
    // s8 with improvement winning: points 11-12 are above the UCL (a concern when lower is
    // better) inside the decreasing trend that starts there (an improvement).
    SpcOptions improvementWins;
    improvementWins.conflictPolicy = SpcOptions::ConflictPolicy::ImprovementWins;
    QString s8Wins = s7;
    s8Wins.replace(u"SA SA SA U U T- T-"_s, u"SA SA SA T- T- T- T-"_s);
    QTest::newRow("A4 s8, improvement wins")
        << y7 << none << down << 3.0 << improvementWins << s8Wins
        << times(u"con"_s, 10) + u' ' + times(u"imp"_s, 14) << u"improvement_low"_s << u"pass"_s;
    QTest::newRow("A4 s7, improvement wins changes nothing")
        << y7 << none << up << 3.0 << improvementWins << s7
        << times(u"imp"_s, 12) + u' ' + times(u"con"_s, 12) << u"concern_low"_s << u"fail"_s;
    // MDC: limits and icons only from 13 points.
    SpcOptions thirteen;
    thirteen.minimumPointsForLimits = 13;
    QTest::newRow("minimum 13, two segments of 12")
        << y5 << QList<int>{12} << up << -3.0 << thirteen << times(u"."_s, 24) << times(u"cc"_s, 24)
        << cc << u"none"_s;
    QTest::newRow("minimum 13, one segment of 24")
        << y5 << none << up << -3.0 << thirteen << s5
        << times(u"con"_s, 12) + u' ' + times(u"imp"_s, 12) << u"improvement_high"_s << u"pass"_s;
}

void tst_SpcEngine::labels()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, rebase);
    QFETCH(int, direction);
    QFETCH(double, target);
    QFETCH(SpcOptions, options);
    QFETCH(QString, rules);
    QFETCH(QString, types);
    QFETCH(QString, variation);
    QFETCH(QString, assurance);

    const SpcResult result
        = SpcEngine::calculate(series(values,
                                      rebase,
                                      Direction(direction),
                                      std::isnan(target) ? std::nullopt : std::optional(target)),
                               options);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(ruleCodes(result), rules);
    QCOMPARE(typeCodes(result), types);
    QCOMPARE(key(result.variation), variation);
    QCOMPARE(key(result.assurance), assurance);
}

void tst_SpcEngine::sidesAndCloseOfA1()
{
    // A1 (asserted): the sides of the first 15 (r1) or 14 (r2) points, and close_to_limits
    // FALSE in the snapshot's printed prefix (the first 15). Point 18 (−1.9666) lies just
    // below the lower 2-sigma line (−1.9604) and is close, alone, so still common cause.
    const QList<int> r1Sides = {-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1};
    const QList<int> r2Sides = {-1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1};
    const SpcResult r1 = SpcEngine::calculate(series(y20));
    const SpcResult r2 = SpcEngine::calculate(series(withValue(y20, 14, 10)));
    QList<int> sides;
    QList<bool> close;
    for (const SpcPointResult &p : r1.points) {
        sides << p.side;
        close << p.nearLimit;
    }
    QCOMPARE(sides.first(15), r1Sides);
    QCOMPARE(close.first(15), QList<bool>(15, false));
    QCOMPARE(close.indexOf(true), 17);
    QCOMPARE(close.count(true), 1);
    sides.clear();
    for (const SpcPointResult &p : r2.points)
        sides << p.side;
    QCOMPARE(sides.first(14), r2Sides);
    // r3 (no screening) has wider limits than r2.
    const SpcResult r3 = SpcEngine::calculate(series(withValue(y20, 14, 10)), screeningOff());
    const SpcSegment &a = r2.segments.constFirst();
    const SpcSegment &b = r3.segments.constFirst();
    QVERIFY(*b.upl - *b.lpl > *a.upl - *a.lpl);
    // Fixing after 12 points changes the limits of r1.
    const SpcResult fixed = SpcEngine::calculate(series(y20), fixedAfter(12));
    QVERIFY(*fixed.segments.constFirst().upl != *r1.segments.constFirst().upl);
}

void tst_SpcEngine::c2Primitives()
{
    // C2 [1..8] with a baseline of 3 points: nhspy asserts mean 2, LPL −0.66, UPL 4.66, the
    // primitives below, and every point flagged. The engine refuses baselines under 12 (PTD),
    // so the limits of the baseline come from the series [1,2,3] and the labels from the rules.
    const SpcResult baseline = SpcEngine::calculate(series({1, 2, 3}));
    QCOMPARE(baseline.segments.constFirst().mean, 2.0);
    QVERIFY(matchesPrinted(baseline.segments.constFirst().lpl, u"-0.66"_s));
    QVERIFY(matchesPrinted(baseline.segments.constFirst().upl, u"4.66"_s));
    QVERIFY(!SpcEngine::calculate(series(range(1, 8)), fixedAfter(3)).isValid());

    const SpcSegment &limits = baseline.segments.constFirst();
    Rules::Signals s;
    s.values = range(1, 8);
    QList<bool> close;
    for (double x : std::as_const(s.values)) {
        const bool outside = x > *limits.upl || x < *limits.lpl;
        s.outside << int(outside);
        s.sides << (x > limits.mean) - (x < limits.mean);
        close << (!outside && (x > *limits.nupl || x < *limits.nlpl));
    }
    QCOMPARE(s.outside, (QList<int>{0, 0, 0, 0, 1, 1, 1, 1}));
    QCOMPARE(s.sides, (QList<int>{-1, 0, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(close, (QList<bool>{0, 0, 0, 1, 0, 0, 0, 0}));
    s.trend = Rules::partOf(Rules::trendEnds(s.values, 7), 7);
    s.shift = Rules::partOf(Rules::shiftEnds(s.sides, 7), 7);
    s.twoInThree = Rules::restrictToClose(Rules::twoInThreeWindows(close, s.sides), close);
    const QList<Rule> labels
        = Rules::labels(s, SpcOptions::ConflictPolicy::Precedence, Direction::Increase);
    QStringList codes;
    for (Rule r : labels)
        codes << ruleCode(r);
    QCOMPARE(codes.join(u' '), u"T+ T+ T+ T+ U U U U"_s);
}

void tst_SpcEngine::assurance_data()
{
    QTest::addColumn<double>("lpl");
    QTest::addColumn<double>("upl");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("expected");
    const int up = int(Direction::Increase);
    const int down = int(Direction::Decrease);
    const int neutral = int(Direction::Neutral);
    // A6, target 4
    QTest::newRow("a increase") << 1.0 << 3.0 << up << u"fail"_s;
    QTest::newRow("b increase") << 5.0 << 7.0 << up << u"pass"_s;
    QTest::newRow("c increase") << 1.0 << 5.0 << up << u"hit_and_miss"_s;
    QTest::newRow("a decrease") << 1.0 << 3.0 << down << u"pass"_s;
    QTest::newRow("b decrease") << 5.0 << 7.0 << down << u"fail"_s;
    QTest::newRow("c decrease") << 1.0 << 5.0 << down << u"hit_and_miss"_s;
    QTest::newRow("a neutral") << 1.0 << 3.0 << neutral << u"none"_s;
    QTest::newRow("b neutral") << 5.0 << 7.0 << neutral << u"none"_s;
    QTest::newRow("c neutral") << 1.0 << 5.0 << neutral << u"none"_s;
    // Strict: a target exactly on a limit is hit and miss.
    QTest::newRow("on UPL") << 1.0 << 4.0 << up << u"hit_and_miss"_s;
    QTest::newRow("on LPL") << 4.0 << 6.0 << down << u"hit_and_miss"_s;
}

void tst_SpcEngine::assurance()
{
    QFETCH(double, lpl);
    QFETCH(double, upl);
    QFETCH(int, direction);
    QFETCH(QString, expected);
    QCOMPARE(key(assuranceFor(4.0, Direction(direction), lpl, upl)), expected);
    QCOMPARE(assuranceFor(std::nullopt, Direction(direction), lpl, upl), Assurance::None);
    QCOMPARE(assuranceFor(4.0, Direction(direction), std::nullopt, std::nullopt), Assurance::None);
}

void tst_SpcEngine::assuranceLastRow_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<QString>("expected");
    // A6: one facet, decrease, target 4; only the last row counts
    QTest::newRow("(1,2,3)") << QList<int>{1, 2, 3} << u"hit_and_miss"_s;
    QTest::newRow("(2,3,1)") << QList<int>{2, 3, 1} << u"pass"_s;
    QTest::newRow("(3,1,2)") << QList<int>{3, 1, 2} << u"fail"_s;
}

void tst_SpcEngine::assuranceLastRow()
{
    QFETCH(QList<int>, order);
    QFETCH(QString, expected);
    const QList<std::pair<double, double>> rows = {{1, 3}, {5, 7}, {1, 5}};
    QList<SpcSegment> segments;
    for (int row : order) {
        SpcSegment s;
        s.lpl = rows.at(row - 1).first;
        s.upl = rows.at(row - 1).second;
        segments.append(s);
    }
    const SpcSegment &last = segments.constLast();
    QCOMPARE(key(assuranceFor(4.0, Direction::Decrease, last.lpl, last.upl)), expected);
}

void tst_SpcEngine::assuranceUsesLastSegment()
{
    // y24 split 12/12: segment 0 has UPL 2.996 and LPL −2.607, segment 1 UPL 3.040 and
    // LPL −3.463. A target of 3 (or −3) is beyond the first segment's limits only.
    for (double target : {3.0, -3.0}) {
        const SpcResult split
            = SpcEngine::calculate(series(y24, {12}, Direction::Increase, target));
        QCOMPARE(split.assurance, Assurance::HitAndMiss);
        const SpcResult first
            = SpcEngine::calculate(series(y24.first(12), {}, Direction::Increase, target));
        QCOMPARE(first.assurance, target > 0 ? Assurance::Fail : Assurance::Pass);
    }
}

void tst_SpcEngine::variation_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("expected");
    const int up = int(Direction::Increase);
    const int down = int(Direction::Decrease);
    const int neutral = int(Direction::Neutral);
    // spc.md 1.7
    QTest::newRow("common cause") << int(PointType::CommonCause) << up << u"common_cause"_s;
    QTest::newRow("improvement up") << int(PointType::Improvement) << up << u"improvement_high"_s;
    QTest::newRow("improvement down")
        << int(PointType::Improvement) << down << u"improvement_low"_s;
    QTest::newRow("concern up") << int(PointType::Concern) << up << u"concern_low"_s;
    QTest::newRow("concern down") << int(PointType::Concern) << down << u"concern_high"_s;
    QTest::newRow("neutral high") << int(PointType::NeutralHigh) << neutral << u"neutral_high"_s;
    QTest::newRow("neutral low") << int(PointType::NeutralLow) << neutral << u"neutral_low"_s;
}

void tst_SpcEngine::variation()
{
    QFETCH(int, type);
    QFETCH(int, direction);
    QFETCH(QString, expected);
    QCOMPARE(key(variationFor(PointType(type), Direction(direction))), expected);
}

void tst_SpcEngine::shortWarnings_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<QList<bool>>("warnings");
    // A7 (threshold 12) and the default 13
    QTest::newRow("11, threshold 12") << 12 << QList<int>{11} << QList<bool>{true};
    QTest::newRow("12, threshold 12") << 12 << QList<int>{12} << QList<bool>{false};
    QTest::newRow("35 5 20 20") << 12 << QList<int>{35, 5, 20, 20}
                                << QList<bool>{false, true, false, false};
    QTest::newRow("12, default") << 13 << QList<int>{12} << QList<bool>{true};
    QTest::newRow("13, default") << 13 << QList<int>{13} << QList<bool>{false};
    QTest::newRow("A3 facets 10/10") << 13 << QList<int>{10, 10} << QList<bool>{true, true};
}

void tst_SpcEngine::shortWarnings()
{
    QFETCH(int, threshold);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<bool>, warnings);
    QList<double> values;
    QList<int> rebase;
    for (int size : sizes) {
        if (!values.isEmpty())
            rebase << int(values.size());
        for (int i = 0; i < size; ++i)
            values << std::sin(double(values.size()));
    }
    SpcOptions options;
    options.shortSegmentThreshold = threshold;
    const SpcResult result = SpcEngine::calculate(series(values, rebase), options);
    QList<bool> actual;
    QList<int> counts;
    for (const SpcSegment &s : result.segments) {
        actual << s.shortWarning;
        counts << s.count;
        QVERIFY(s.hasLimits()); // PTD still draws trial limits
    }
    QCOMPARE(counts, sizes);
    QCOMPARE(actual, warnings);
}

void tst_SpcEngine::rebaseByDate_data()
{
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QList<int>>("starts");
    // A8: points dated 2020-01-02 … 2020-01-11
    QTest::newRow("both facets") << QList<QDate>{QDate(2020, 1, 3), QDate(2020, 1, 8)}
                                 << QList<int>{0, 1, 6};
    QTest::newRow("facet a") << QList<QDate>{QDate(2020, 1, 3)} << QList<int>{0, 1};
    QTest::newRow("facet b") << QList<QDate>{QDate(2020, 1, 8)} << QList<int>{0, 6};
    // A3: a date that matches no point is ignored
    QTest::newRow("no match") << QList<QDate>{QDate(2020, 1, 1)} << QList<int>{0};
}

void tst_SpcEngine::rebaseByDate()
{
    QFETCH(QList<QDate>, dates);
    QFETCH(QList<int>, starts);
    SpcInput input = series(y20.first(10));
    input.rebaseIndices = SpcEngine::rebaseIndicesForDates(input.points, dates);
    const SpcResult result = SpcEngine::calculate(input);
    QList<int> actual;
    int total = 0;
    for (const SpcSegment &s : result.segments) {
        actual << s.start;
        total += s.count;
    }
    QCOMPARE(actual, starts);
    QCOMPARE(total, 10);
    for (const SpcPointResult &p : result.points)
        QCOMPARE(result.segments.at(p.segment).start <= p.index, true);
}

void tst_SpcEngine::rebaseOnFirstPointChangesNothing()
{
    const SpcResult plain = SpcEngine::calculate(series(y20));
    const SpcResult rebased = SpcEngine::calculate(series(y20, {0}));
    QCOMPARE(rebased.segments.size(), 1);
    QCOMPARE(rebased.segments.constFirst().mean, plain.segments.constFirst().mean);
    QCOMPARE(*rebased.segments.constFirst().upl, *plain.segments.constFirst().upl);
    // Out of range: ignored
    QCOMPARE(SpcEngine::calculate(series(y20, {20, 99})).segments.size(), 1);
}

void tst_SpcEngine::onePoint()
{
    const SpcResult result = SpcEngine::calculate(series({4.2}, {}, Direction::Increase, 1.0));
    QCOMPARE(result.segments.size(), 1);
    const SpcSegment &s = result.segments.constFirst();
    QCOMPARE(s.mean, 4.2);
    QVERIFY(!s.averageMovingRange && !s.lpl && !s.upl && !s.nlpl && !s.nupl);
    QVERIFY(s.shortWarning);
    QCOMPARE(result.points.size(), 1);
    QCOMPARE(result.points.constFirst().rule, Rule::CommonCause);
    QCOMPARE(result.variation, Variation::CommonCause);
    QCOMPARE(result.assurance, Assurance::None);
    QVERIFY(!result.hasLimits());
}

void tst_SpcEngine::constantSeries_data()
{
    QTest::addColumn<bool>("screen");
    QTest::newRow("screening on") << true;
    QTest::newRow("screening off") << false;
}

void tst_SpcEngine::constantSeries()
{
    QFETCH(bool, screen);
    SpcOptions options;
    options.screenOutliers = screen;
    const SpcResult result = SpcEngine::calculate(
        series(QList<double>(15, 7.5), {}, Direction::Decrease, 7.0), options);
    const SpcSegment &s = result.segments.constFirst();
    QCOMPARE(s.averageMovingRange, std::optional(0.0));
    QCOMPARE(s.lpl, std::optional(7.5));
    QCOMPARE(s.upl, std::optional(7.5));
    QCOMPARE(s.nlpl, std::optional(7.5));
    QCOMPARE(s.nupl, std::optional(7.5));
    QCOMPARE(typeCodes(result), times(u"cc"_s, 15));
    QCOMPARE(result.variation, Variation::CommonCause);
    QCOMPARE(result.assurance, Assurance::Fail); // lower is better, and 7 < LPL 7.5
}

void tst_SpcEngine::emptyInput()
{
    const SpcResult result = SpcEngine::calculate(SpcInput{{}, {}, Direction::Increase, 3.0});
    QVERIFY(result.isValid());
    QVERIFY(result.segments.isEmpty());
    QVERIFY(result.points.isEmpty());
    QCOMPARE(result.variation, Variation::CommonCause);
    QCOMPARE(result.assurance, Assurance::None);
}

void tst_SpcEngine::missingValues()
{
    // Missing and non-finite values are dropped; the moving ranges span the gap.
    SpcInput input = series({1, 0, 3, 0, 5, 0, 7});
    input.points[1].value.reset();
    input.points[3].value = std::numeric_limits<double>::quiet_NaN();
    input.points[5].value.reset();
    const SpcResult result = SpcEngine::calculate(input);
    const SpcResult packed = SpcEngine::calculate(series({1, 3, 5, 7}));
    QCOMPARE(result.droppedMissing, 3);
    QCOMPARE(result.points.size(), 4);
    QCOMPARE(result.segments.constFirst().count, 4);
    QCOMPARE(result.segments.constFirst().mean, 4.0);
    QCOMPARE(result.segments.constFirst().averageMovingRange, std::optional(2.0));
    QCOMPARE(*result.segments.constFirst().upl, *packed.segments.constFirst().upl);
    QCOMPARE(result.points.at(1).index, 2);
    QCOMPARE(result.points.at(1).date, std::optional(QDate(2020, 1, 4)));
    // A rebase on a missing value starts the segment at the next value.
    input.rebaseIndices = {3};
    const SpcResult rebased = SpcEngine::calculate(input);
    QCOMPARE(rebased.segments.size(), 2);
    QCOMPARE(rebased.segments.at(1).start, 4);
    QCOMPARE(rebased.segments.at(1).count, 2);
    // Everything missing
    SpcInput allMissing;
    allMissing.points = {InputPoint{}, InputPoint{}};
    const SpcResult none = SpcEngine::calculate(allMissing);
    QCOMPARE(none.droppedMissing, 2);
    QVERIFY(none.segments.isEmpty());
}

void tst_SpcEngine::fixAfterPoints()
{
    // y5 with limits fixed after 12 points: the limits of A4 s3 facet 0 (its first 12 points
    // are y24's) for all 24 points, and the later points still take part in every rule.
    const SpcResult fixed = SpcEngine::calculate(series(y5), fixedAfter(12));
    const SpcSegment &s = fixed.segments.constFirst();
    QCOMPARE(s.count, 24);
    QCOMPARE(s.baselineCount, 12);
    QVERIFY(matchesPrinted(s.mean, u"0.1941793"_s));
    QVERIFY(matchesPrinted(s.lpl, u"-2.6074"_s));
    QVERIFY(matchesPrinted(s.upl, u"2.995758"_s));
    // The 12 after the baseline (about 5, the smallest 3.31) are all above the UCL of 2.996,
    // and points 11 and 12, above the mean, start a run with them.
    QCOMPARE(ruleCodes(fixed), times(u"."_s, 10) + u" SA SA "_s + times(u"U"_s, 12));
    QCOMPARE(fixed.variation, Variation::ImprovementHigh);
}

void tst_SpcEngine::invalidOptions_data()
{
    QTest::addColumn<SpcOptions>("options");
    SpcOptions o;
    o.fixAfterPoints = 11;
    QTest::newRow("fix after 11") << o;
    o = {};
    o.shiftLength = 1;
    QTest::newRow("shift 1") << o;
    o = {};
    o.trendLength = 0;
    QTest::newRow("trend 0") << o;
    o = {};
    o.minimumPointsForLimits = 1;
    QTest::newRow("minimum 1") << o;
}

void tst_SpcEngine::invalidOptions()
{
    QFETCH(SpcOptions, options);
    QVERIFY(!options.validationError().isEmpty());
    const SpcResult result = SpcEngine::calculate(series(y20), options);
    QVERIFY(!result.isValid());
    QVERIFY(result.segments.isEmpty() && result.points.isEmpty());
    QVERIFY(!SpcOptions::fromJson(options.toJson()));
}

void tst_SpcEngine::keys()
{
    QCOMPARE(key(Rule::CommonCause), u"common_cause"_s);
    QCOMPARE(key(Rule::AboveUcl), u"above_ucl"_s);
    QCOMPARE(key(Rule::BelowLcl), u"below_lcl"_s);
    QCOMPARE(key(Rule::TrendIncreasing), u"trend_increasing"_s);
    QCOMPARE(key(Rule::TrendDecreasing), u"trend_decreasing"_s);
    QCOMPARE(key(Rule::TwoInThreeAbove), u"two_in_three_above"_s);
    QCOMPARE(key(Rule::TwoInThreeBelow), u"two_in_three_below"_s);
    QCOMPARE(key(Rule::ShiftAbove), u"shift_above"_s);
    QCOMPARE(key(Rule::ShiftBelow), u"shift_below"_s);
    QCOMPARE(key(PointType::Improvement), u"improvement"_s);
    QCOMPARE(key(PointType::Concern), u"concern"_s);
    QCOMPARE(key(PointType::NeutralHigh), u"neutral_high"_s);
    QCOMPARE(key(PointType::NeutralLow), u"neutral_low"_s);
    QCOMPARE(key(Assurance::Pass), u"pass"_s);
    QCOMPARE(key(Assurance::Fail), u"fail"_s);
    QCOMPARE(key(Assurance::HitAndMiss), u"hit_and_miss"_s);
    QCOMPARE(key(Assurance::None), u"none"_s);
    QCOMPARE(directionFromKey(u"decrease"_s), std::optional(Direction::Decrease));
    QVERIFY(!directionFromKey(u"down"_s));
}

QTEST_GUILESS_MAIN(tst_SpcEngine)
#include "tst_spcengine.moc"
