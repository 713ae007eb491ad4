// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

/** `jfp spc` as other tools use it: the real binary, stdin or a file in, JSON out. */
class tst_SpcCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyInput();
    void oneValue();
    void constantSeries();
    void keys();
    void fullPrecision();
    void notANumber_data();
    void notANumber();
    void badDates_data();
    void badDates();
    void missingValues();
    void dateLines();
    void fileInput();
    void missingFile();
    void options_data();
    void options();
    void rebase();
    void usageErrors_data();
    void usageErrors();
    void a4s5EndToEnd();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
        QJsonObject json;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {}) const;
    static QByteArray lines(const QList<double> &values);
    static QStringList field(const QJsonObject &json, const QString &name);

    QTemporaryDir m_dir;
};

namespace {

// spc.md A1 and A4 (R: set.seed(123); rnorm(...))
const QList<double> y20
    = {-0.5604756465522126, -0.23017748948328004, 1.558708314149124,   0.070508391424576,
       0.12928773516094624, 1.715064986883281,    0.4609162059892024,  -1.265061234606534,
       -0.6868528518935261, -0.44566197009995806, 1.2240817974394615,  0.3598138270573638,
       0.40077145059405217, 0.1106827159451197,   -0.5558411347540749, 1.7869131368030782,
       0.4978504782292394,  -1.9666171566296382,  0.7013559015636855,  -0.47279140772793404};

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

bool near(const QJsonValue &value, double expected, double tolerance)
{
    return value.isDouble() && std::abs(value.toDouble() - expected) <= tolerance;
}

} // namespace

tst_SpcCli::Result tst_SpcCli::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.start(QStringLiteral(JFP_CLI_PATH), QStringList{u"spc"_s} + arguments);
    if (!process.waitForStarted(60000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    Result result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError()),
                  {}};
    result.json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    return result;
}

QByteArray tst_SpcCli::lines(const QList<double> &values)
{
    QByteArray text;
    for (double v : values)
        text += QByteArray::number(v, 'g', 17) + '\n';
    return text;
}

QStringList tst_SpcCli::field(const QJsonObject &json, const QString &name)
{
    QStringList values;
    const QJsonArray points = json.value(u"points"_s).toArray();
    for (const QJsonValue &p : points)
        values << p.toObject().value(name).toString();
    return values;
}

void tst_SpcCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(JFP_CLI_PATH)));
}

void tst_SpcCli::emptyInput()
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\n\n  \n")}) {
        const Result r = run({}, input);
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.json.value(u"segments"_s).isArray());
        QVERIFY(r.json.value(u"segments"_s).toArray().isEmpty());
        QVERIFY(r.json.value(u"points"_s).toArray().isEmpty());
        QCOMPARE(r.json.value(u"variation"_s).toString(), u"common_cause"_s);
        QCOMPARE(r.json.value(u"assurance"_s).toString(), u"none"_s);
    }
    QCOMPARE(run({u"--target"_s, u"3"_s}, {}).json.value(u"assurance"_s).toString(), u"none"_s);
}

void tst_SpcCli::oneValue()
{
    const Result r = run({u"-"_s, u"--target"_s, u"1"_s}, "4.5\n");
    QCOMPARE(r.status, 0);
    const QJsonArray segments = r.json.value(u"segments"_s).toArray();
    QCOMPARE(segments.size(), 1);
    const QJsonObject s = segments.at(0).toObject();
    QCOMPARE(s.value(u"mean"_s).toDouble(), 4.5);
    QCOMPARE(s.value(u"count"_s).toInt(), 1);
    for (const QString &limit : {u"lpl"_s, u"upl"_s, u"nlpl"_s, u"nupl"_s})
        QVERIFY2(s.value(limit).isNull(), qPrintable(limit));
    QCOMPARE(s.value(u"shortWarning"_s).toBool(), true);
    QCOMPARE(field(r.json, u"rule"_s), QStringList{u"common_cause"_s});
    QCOMPARE(r.json.value(u"assurance"_s).toString(), u"none"_s);
}

void tst_SpcCli::constantSeries()
{
    const Result r = run({}, QByteArray("12\n").repeated(15));
    QCOMPARE(r.status, 0);
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    for (const QString &name : {u"mean"_s, u"lpl"_s, u"upl"_s, u"nlpl"_s, u"nupl"_s})
        QCOMPARE(s.value(name), QJsonValue(12.0));
    QCOMPARE(field(r.json, u"type"_s), QStringList(15, u"common_cause"_s));
}

void tst_SpcCli::keys()
{
    const Result r = run({}, "2020-01-02,1\n2020-01-03,3\n2020-01-04,2\n");
    QCOMPARE(r.status, 0);
    for (const QString &key :
         {u"segments"_s, u"points"_s, u"variation"_s, u"assurance"_s, u"droppedMissing"_s})
        QVERIFY2(r.json.contains(key), qPrintable(key));
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    for (const QString &key : {u"start"_s,
                               u"count"_s,
                               u"mean"_s,
                               u"lpl"_s,
                               u"upl"_s,
                               u"nlpl"_s,
                               u"nupl"_s,
                               u"shortWarning"_s})
        QVERIFY2(s.contains(key), qPrintable(key));
    const QJsonObject p = r.json.value(u"points"_s).toArray().at(2).toObject();
    for (const QString &key : {u"index"_s, u"date"_s, u"value"_s, u"rule"_s, u"type"_s})
        QVERIFY2(p.contains(key), qPrintable(key));
    QCOMPARE(p.value(u"index"_s).toInt(), 2);
    QCOMPARE(p.value(u"date"_s).toString(), u"2020-01-04"_s);
    QCOMPARE(p.value(u"value"_s).toDouble(), 2.0);
}

void tst_SpcCli::fullPrecision()
{
    // spc.md C1 1..10: the exact doubles survive printing
    const Result r = run({}, lines({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    QCOMPARE(s.value(u"nlpl"_s).toDouble(), 3.7266666666666666);
    QCOMPARE(s.value(u"nupl"_s).toDouble(), 7.273333333333333);
    QVERIFY(s.value(u"nlpl"_s).toDouble() == 3.7266666666666666);
    QVERIFY(s.value(u"nupl"_s).toDouble() == 7.273333333333333);
    QVERIFY(s.value(u"lpl"_s).toDouble() == 2.84);
}

void tst_SpcCli::notANumber_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("word") << QByteArray("1\n2\n\nabc\n5\n")
                          << u"jfp: standard input, line 4: 'abc' is not a number\n"_s;
    QTest::newRow("dated") << QByteArray("2020-01-02,1\n2020-01-03,x1\n")
                           << u"jfp: standard input, line 2: 'x1' is not a number\n"_s;
    QTest::newRow("two values") << QByteArray("2020-01-02,1,2\n")
                                << u"jfp: standard input, line 1: '1,2' is not a number\n"_s;
    QTest::newRow("infinite") << QByteArray("1\ninf\n")
                              << u"jfp: standard input, line 2: 'inf' is not a number\n"_s;
}

void tst_SpcCli::notANumber()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Result r = run({}, input);
    QCOMPARE(r.status, 1);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

void tst_SpcCli::badDates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("not a date") << QByteArray("2020-01-02,1\nJan 2020,2\n") << u"line 2"_s;
    QTest::newRow("out of order") << QByteArray("2020-01-03,1\n2020-01-02,2\n") << u"line 2"_s;
    QTest::newRow("duplicate") << QByteArray("2020-01-03,1\n2020-01-03,2\n") << u"line 2"_s;
}

void tst_SpcCli::badDates()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    const Result r = run({}, input);
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.startsWith(u"jfp: standard input, "_s + text));
    QVERIFY(r.out.isEmpty());
}

void tst_SpcCli::missingValues()
{
    const Result r = run({}, "1\nNA\n\n3\n2020-01-05,\n5\n \n7\n");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.json.value(u"droppedMissing"_s).toInt(), 2);
    const QJsonArray points = r.json.value(u"points"_s).toArray();
    QCOMPARE(points.size(), 4);
    // index counts data lines (empty lines skipped), missing values included
    QList<int> indices;
    for (const QJsonValue &p : points)
        indices << p.toObject().value(u"index"_s).toInt();
    QCOMPARE(indices, (QList<int>{0, 2, 4, 5}));
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    QCOMPARE(s.value(u"count"_s).toInt(), 4);
    QCOMPARE(s.value(u"mean"_s).toDouble(), 4.0);
}

void tst_SpcCli::dateLines()
{
    QByteArray input;
    for (int i = 0; i < 20; ++i) {
        input += QDate(2020, 1, 2).addDays(i).toString(Qt::ISODate).toUtf8() + ", "
                 + QByteArray::number(y20.at(i), 'g', 17) + "\r\n";
    }
    const Result r = run({}, input);
    QCOMPARE(r.status, 0);
    const QStringList dates = field(r.json, u"date"_s);
    QCOMPARE(dates.size(), 20);
    QCOMPARE(dates.first(), u"2020-01-02"_s);
    QCOMPARE(dates.last(), u"2020-01-21"_s);
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    QVERIFY(near(s.value(u"mean"_s), 0.1416238, 5e-8)); // spc.md A1 r1
    QVERIFY(near(s.value(u"lpl"_s), -3.01138, 5e-6));
    QVERIFY(near(s.value(u"upl"_s), 3.294627, 5e-7));
    // Value-only lines have null dates
    const Result plain = run({}, lines(y20));
    QVERIFY(plain.json.value(u"points"_s).toArray().at(0).toObject().value(u"date"_s).isNull());
}

void tst_SpcCli::fileInput()
{
    const QString path = m_dir.filePath(u"series.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n2\nthree\n");
    file.close();
    Result r = run({path});
    QCOMPARE(r.status, 1);
    QCOMPARE(r.err, u"jfp: "_s + path + u", line 3: 'three' is not a number\n"_s);
    QVERIFY(r.out.isEmpty());

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines(y20));
    file.close();
    r = run({path}, "ignored\n");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.json.value(u"points"_s).toArray().size(), 20);
}

void tst_SpcCli::missingFile()
{
    const Result r = run({m_dir.filePath(u"nothing-here.txt"_s)});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.startsWith(u"jfp: "_s));
    QVERIFY(r.out.isEmpty());
}

void tst_SpcCli::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key"); // a segment-0 number, or a top-level string
    QTest::addColumn<QString>("expected");

    QList<double> r2 = y20;
    r2[14] = 10;
    // spc.md A1 r2 / r3 and the fixed limits
    QTest::newRow("screening") << QStringList{} << lines(r2) << u"upl"_s << u"3.722497"_s;
    QTest::newRow("--no-screen") << QStringList{u"--no-screen"_s} << lines(r2) << u"upl"_s
                                 << u"5.935457"_s;
    QTest::newRow("--fix-after 12")
        << QStringList{u"--fix-after"_s, u"12"_s} << lines(y20) << u"upl"_s << u"2.995758"_s;
    QTest::newRow("--target fail")
        << QStringList{u"--target"_s, u"3.5"_s} << lines(y20) << u"assurance"_s << u"fail"_s;
    QTest::newRow("--target pass")
        << QStringList{u"--target=-3.5"_s} << lines(y20) << u"assurance"_s << u"pass"_s;
    QTest::newRow("--improvement decrease")
        << QStringList{u"--improvement"_s, u"decrease"_s, u"--target"_s, u"3.5"_s} << lines(y20)
        << u"assurance"_s << u"pass"_s;
    QTest::newRow("--improvement neutral")
        << QStringList{u"--improvement"_s, u"neutral"_s, u"--target"_s, u"3.5"_s} << lines(y20)
        << u"assurance"_s << u"none"_s;
    QTest::newRow("increase, last point high")
        << QStringList{} << lines(y5) << u"variation"_s << u"improvement_high"_s;
    QTest::newRow("--improvement decrease, last point high")
        << QStringList{u"--improvement"_s, u"decrease"_s} << lines(y5) << u"variation"_s
        << u"concern_high"_s;
    QTest::newRow("--improvement neutral, last point high")
        << QStringList{u"--improvement"_s, u"neutral"_s} << lines(y5) << u"variation"_s
        << u"neutral_high"_s;

    // Six points above the mean at the end: a shift only with --shift 6
    const QList<double> sixAbove = {-1, 1, -1, 1, -1, 1, -1, 0.5, 0.6, 0.5, 0.6, 0.5, 0.6};
    QTest::newRow("shift 7") << QStringList{} << lines(sixAbove) << u"variation"_s
                             << u"common_cause"_s;
    QTest::newRow("--shift 6") << QStringList{u"--shift"_s, u"6"_s} << lines(sixAbove)
                               << u"variation"_s << u"improvement_high"_s;
    // Six rising points at the end: a trend only with --trend 5 (or 6)
    const QList<double> sixRising = {0, 2, 0, 2, 0, 0.5, 0.7, 0.9, 1.1, 1.3};
    QTest::newRow("trend 7") << QStringList{} << lines(sixRising) << u"variation"_s
                             << u"common_cause"_s;
    QTest::newRow("--trend 5") << QStringList{u"--trend"_s, u"5"_s} << lines(sixRising)
                               << u"variation"_s << u"improvement_high"_s;
    // Limits fixed on 20 points alternating ±1 (UPL 5.32, 2-sigma 3.55); then 6, then 4 last
    QList<double> beyond;
    for (int i = 0; i < 20; ++i)
        beyond << (i % 2 ? 1.0 : -1.0);
    beyond << 6 << 4;
    QTest::newRow("two-in-three, PTD") << QStringList{u"--fix-after"_s, u"20"_s} << lines(beyond)
                                       << u"variation"_s << u"common_cause"_s;
    QTest::newRow("--two-of-three-beyond-limits")
        << QStringList{u"--fix-after"_s, u"20"_s, u"--two-of-three-beyond-limits"_s}
        << lines(beyond) << u"variation"_s << u"improvement_high"_s;
    // spc.md A4 s7 cut after point 12 (above the UCL, inside the decreasing trend that
    // starts at point 11) is a concern when lower is better, unless improvement wins.
    QList<double> y7 = y20.first(12);
    y7 << -4.446082346462411 << -5.061911710576721 << -5.305962663739916 << -5.380471001012383
       << -5.694706978920513 << -5.207917278019599 << -6.265396351568264 << -2.8310440346614874
       << -3.7920380016950093 << -6.123108583203349 << -5.402884835299076 << -5.466655353623219;
    QTest::newRow("precedence") << QStringList{u"--improvement"_s, u"decrease"_s} << lines(y7)
                                << u"rule11"_s << u"above_ucl"_s;
    QTest::newRow("--improvement-wins")
        << QStringList{u"--improvement"_s, u"decrease"_s, u"--improvement-wins"_s} << lines(y7)
        << u"rule11"_s << u"trend_decreasing"_s;
    // MDC: no limits below 13 points
    QTest::newRow("--minimum-points 13") << QStringList{u"--minimum-points"_s, u"13"_s}
                                         << lines(y20.first(12)) << u"upl"_s << QString();
}

void tst_SpcCli::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result r = run(arguments, input);
    QCOMPARE(r.status, 0);
    const QJsonObject s = r.json.value(u"segments"_s).toArray().at(0).toObject();
    if (key == u"rule11") {
        QCOMPARE(field(r.json, u"rule"_s).at(11), expected);
    } else if (r.json.value(key).isString()) {
        QCOMPARE(r.json.value(key).toString(), expected);
    } else if (expected.isEmpty()) {
        QVERIFY(s.value(key).isNull());
    } else {
        const qsizetype decimals = expected.size() - expected.indexOf(u'.') - 1;
        QVERIFY2(near(s.value(key), expected.toDouble(), 0.5 * std::pow(10.0, -decimals)),
                 qPrintable(QString::number(s.value(key).toDouble(), 'g', 17)));
    }
    // Non-default options are echoed
    const QJsonObject options = r.json.value(u"options"_s).toObject();
    QCOMPARE(options.isEmpty(),
             !arguments.contains(u"--no-screen"_s) && !arguments.contains(u"--fix-after"_s)
                 && !arguments.contains(u"--shift"_s) && !arguments.contains(u"--trend"_s)
                 && !arguments.contains(u"--two-of-three-beyond-limits"_s)
                 && !arguments.contains(u"--improvement-wins"_s)
                 && !arguments.contains(u"--minimum-points"_s));
}

void tst_SpcCli::rebase()
{
    QByteArray dated;
    for (int i = 0; i < 20; ++i) {
        dated += QDate(2020, 1, 2).addDays(i).toString(Qt::ISODate).toUtf8() + ','
                 + QByteArray::number(y20.at(i), 'g', 17) + '\n';
    }
    const auto starts = [](const Result &r) {
        QList<int> list;
        const QJsonArray segments = r.json.value(u"segments"_s).toArray();
        for (const QJsonValue &s : segments)
            list << s.toObject().value(u"start"_s).toInt();
        return list;
    };
    // spc.md A1: a rebase at row 11 (2020-01-12) gives the two segments of A3
    Result r = run({u"--rebase"_s, u"2020-01-12"_s}, dated);
    QCOMPARE(r.status, 0);
    QCOMPARE(starts(r), (QList<int>{0, 10}));
    const QJsonObject second = r.json.value(u"segments"_s).toArray().at(1).toObject();
    QVERIFY(near(second.value(u"mean"_s), 0.2086219609, 5e-11));
    QVERIFY(near(second.value(u"upl"_s), 3.696249369, 5e-10));
    QCOMPARE(second.value(u"shortWarning"_s).toBool(), true);
    QCOMPARE(r.json.value(u"points"_s).toArray().at(10).toObject().value(u"date"_s).toString(),
             u"2020-01-12"_s);
    // By index, repeatable, and the same as by date
    r = run({u"--rebase-index"_s, u"10"_s, u"--rebase-index"_s, u"15"_s}, lines(y20));
    QCOMPARE(starts(r), (QList<int>{0, 10, 15}));
    r = run({u"--rebase"_s, u"2020-01-12"_s, u"--rebase"_s, u"2020-01-17"_s}, dated);
    QCOMPARE(starts(r), (QList<int>{0, 10, 15}));
    // A3: a date that matches no point is ignored; a rebase on the first point changes nothing
    r = run({u"--rebase"_s, u"2020-01-01"_s}, dated);
    QCOMPARE(starts(r), QList<int>{0});
    r = run({u"--rebase-index"_s, u"0"_s}, dated);
    QCOMPARE(starts(r), QList<int>{0});
}

void tst_SpcCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"--colour"_s};
    QTest::newRow("two files") << QStringList{u"a.txt"_s, u"b.txt"_s};
    QTest::newRow("improvement") << QStringList{u"--improvement"_s, u"up"_s};
    QTest::newRow("target") << QStringList{u"--target"_s, u"high"_s};
    QTest::newRow("target missing") << QStringList{u"--target"_s};
    QTest::newRow("rebase") << QStringList{u"--rebase"_s, u"12/01/2020"_s};
    QTest::newRow("rebase-index") << QStringList{u"--rebase-index"_s, u"-1"_s};
    QTest::newRow("fix-after 11") << QStringList{u"--fix-after"_s, u"11"_s};
    QTest::newRow("shift 1") << QStringList{u"--shift"_s, u"1"_s};
    QTest::newRow("trend x") << QStringList{u"--trend"_s, u"x"_s};
    QTest::newRow("minimum-points 1") << QStringList{u"--minimum-points"_s, u"1"_s};
    QTest::newRow("flag with value") << QStringList{u"--no-screen=yes"_s};
}

void tst_SpcCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments, "1\n2\n3\n");
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.startsWith(u"jfp: "_s));
    QVERIFY(r.err.contains(u"Usage: jfp"_s));
    QVERIFY(r.out.isEmpty());
}

void tst_SpcCli::a4s5EndToEnd()
{
    // spc.md A4 s5: y5, improvement up, target −3
    const Result r = run({u"--target"_s, u"-3"_s}, lines(y5));
    QCOMPARE(r.status, 0);
    const QString codes = u"L L SB 2B 2B SB 2B L L L SB SB SA SA U SA SA U U SA U U U U"_s;
    const QHash<QString, QString> names = {{u"L"_s, u"below_lcl"_s},
                                           {u"U"_s, u"above_ucl"_s},
                                           {u"SA"_s, u"shift_above"_s},
                                           {u"SB"_s, u"shift_below"_s},
                                           {u"2B"_s, u"two_in_three_below"_s}};
    QStringList rules;
    for (const QString &code : codes.split(u' '))
        rules << names.value(code);
    QCOMPARE(field(r.json, u"rule"_s), rules);
    QCOMPARE(field(r.json, u"type"_s),
             QStringList(12, u"concern"_s) + QStringList(12, u"improvement"_s));
    QCOMPARE(r.json.value(u"variation"_s).toString(), u"improvement_high"_s);
    QCOMPARE(r.json.value(u"assurance"_s).toString(), u"pass"_s);
    const QJsonArray segments = r.json.value(u"segments"_s).toArray();
    QCOMPARE(segments.size(), 1);
    const QJsonObject s = segments.at(0).toObject();
    QVERIFY(near(s.value(u"mean"_s), 2.689172119, 5e-10));
    QVERIFY(near(s.value(u"lpl"_s), -0.02947566928, 5e-12));
    QVERIFY(near(s.value(u"upl"_s), 5.407819907, 5e-10));
    QCOMPARE(s.value(u"start"_s).toInt(), 0);
    QCOMPARE(s.value(u"count"_s).toInt(), 24);
    QCOMPARE(s.value(u"shortWarning"_s).toBool(), false);
    const QJsonArray points = r.json.value(u"points"_s).toArray();
    for (int i = 0; i < 24; ++i) {
        QCOMPARE(points.at(i).toObject().value(u"index"_s).toInt(), i);
        QVERIFY(points.at(i).toObject().value(u"value"_s).toDouble() == y5.at(i));
    }
}

QTEST_GUILESS_MAIN(tst_SpcCli)
#include "tst_spccli.moc"
