// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "storage/database.h"
#include "storage/planwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** `jfp import` and `jfp series` end to end: the real binary, its output and exit status. */
class tst_ImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dryRunThenImportThenSeries();
    void problemsWriteNothing_data();
    void problemsWriteNothing();
    void manyProblemsAreCounted();
    void usageErrors_data();
    void usageErrors();
    void seriesUnionOfTrajectoryAndActuals();
    void seriesUnknownIndicator();
    void exportEditAndImportTemplate();
    void exportFilters();
    void blankTemplate();
    void twoImportsAtOnce();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QString freshSample(const QString &name) const;
    static QByteArray digest(const QString &path);
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_fixture;
};

tst_ImportCli::Result tst_ImportCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tst_ImportCli::freshSample(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    const Result result = run({u"init"_s, path, u"--sample"_s});
    if (result.status != 0)
        qFatal("jfp init failed: %s", qPrintable(result.err));
    return path;
}

QByteArray tst_ImportCli::digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QString tst_ImportCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = QStringLiteral(TEST_DATA_DIR)
                + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s;
    QVERIFY(QFile::exists(m_fixture));
}

void tst_ImportCli::dryRunThenImportThenSeries()
{
    const QString plan = freshSample(u"import.jfp"_s);
    const QByteArray before = digest(plan);

    // Preview: the summary, exit 0, and the file untouched.
    Result result
        = run({u"import"_s, plan, m_fixture, u"--link"_s, u"93356=Suicide rate"_s, u"--dry-run"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"Actual values: 3 to add, 0 to replace, 0 unchanged"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"Benchmark values: 6 to add, 0 to replace, 0 unchanged"_s));
    QVERIFY(result.out.contains(u"Fingertips 93356 -> Suicide rate (St Helens, id "_s));
    QVERIFY(result.out.contains(u"Dry run: nothing was written."_s));
    QCOMPARE(digest(plan), before);

    // For real, with --format given.
    result = run({u"import"_s,
                  plan,
                  m_fixture,
                  u"--format"_s,
                  u"fingertips"_s,
                  u"--link=93356=Suicide rate"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"9 value(s) added, 0 replaced, 1 new link(s)"_s),
             qPrintable(result.out));
    QVERIFY(digest(plan) != before);

    // Again, without --link: the link was remembered and nothing changes.
    const QByteArray afterImport = digest(plan);
    result = run({u"import"_s, plan, m_fixture});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"Actual values: 0 to add, 0 to replace, 3 unchanged"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"Nothing to change"_s));
    QCOMPARE(digest(plan), afterImport);

    result = run({u"series"_s, plan, u"--indicator"_s, u"suicide rate"_s, u"--json"_s});
    QCOMPARE(result.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.keys(), (QStringList{u"benchmarks"_s, u"periods"_s}));
    const QJsonArray periods = root.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 3);
    const QJsonObject p2017 = periods.at(2).toObject();
    QCOMPARE(p2017.keys(),
             (QStringList{u"actual"_s,
                          u"count"_s,
                          u"denominator"_s,
                          u"lower"_s,
                          u"note"_s,
                          u"period"_s,
                          u"planned"_s,
                          u"upper"_s}));
    QCOMPARE(p2017.value(u"period"_s).toString(), u"2017"_s);
    QCOMPARE(p2017.value(u"actual"_s).toDouble(), 126.08220559805);
    QCOMPARE(p2017.value(u"lower"_s).toDouble(), 110.144766572689);
    QCOMPARE(p2017.value(u"upper"_s).toDouble(), 143.677761435003);
    QCOMPARE(p2017.value(u"count"_s).toDouble(), 225.0);
    QCOMPARE(p2017.value(u"denominator"_s).toDouble(), 178455.0);
    QVERIFY(p2017.value(u"planned"_s).isNull());
    QVERIFY(p2017.value(u"note"_s).isNull());
    QCOMPARE(periods.at(0).toObject().value(u"period"_s).toString(), u"2015"_s);

    const QJsonArray benchmarks = root.value(u"benchmarks"_s).toArray();
    QCOMPARE(benchmarks.size(), 2);
    const QJsonObject england = benchmarks.at(0).toObject();
    QCOMPARE(england.value(u"name"_s).toString(), u"England"_s);
    QCOMPARE(england.value(u"code"_s).toString(), u"E92000001"_s);
    const QJsonArray englandValues = england.value(u"values"_s).toArray();
    QCOMPARE(englandValues.size(), 3);
    QCOMPARE(englandValues.at(2).toObject().value(u"period"_s).toString(), u"2017"_s);
    QCOMPARE(englandValues.at(2).toObject().value(u"value"_s).toDouble(), 96.6109417215551);
    const QJsonObject region = benchmarks.at(1).toObject();
    QCOMPARE(region.value(u"name"_s).toString(), u"North West region"_s);
    QCOMPARE(region.value(u"code"_s).toString(), u"E12000002"_s);
    QCOMPARE(region.value(u"values"_s).toArray().at(2).toObject().value(u"value"_s).toDouble(),
             95.6559643072775);

    // The St Helens indicator's latest value now shows in `jfp indicators`.
    result = run({u"indicators"_s, plan, u"--area"_s, u"St Helens"_s, u"--json"_s});
    QCOMPARE(result.status, 0);
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
        const QJsonObject row = value.toObject();
        if (row.value(u"name"_s).toString() == u"Suicide rate"_s) {
            found = true;
            QCOMPARE(row.value(u"latest"_s).toObject().value(u"period"_s).toString(), u"2017"_s);
        }
    }
    QVERIFY(found);
}

void tst_ImportCli::problemsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("expected");

    QFile file(QStringLiteral(TEST_DATA_DIR)
               + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QByteArray bad = good;
    bad.replace(",2017,126.08220559805,", ",2017,n/a,");
    bad.replace(",2016,52.6743436720742,", ",20x6,52.6743436720742,");
    QTest::newRow("bad value and period")
        << bad << QStringList{u"93356=Suicide rate"_s}
        << QStringList{u"column Time period: '20x6' is not a time period"_s,
                       u"column Value: 'n/a' is not a number"_s,
                       u"nothing was written"_s};
    QTest::newRow("unknown indicator")
        << good << QStringList{u"93356=No such indicator"_s}
        << QStringList{u"no indicator in the plan has the id, name or code 'No such indicator'"_s};
    QTest::newRow("wrong header") << QByteArray("a,b,c\r\n1,2,3\r\n")
                                  << QStringList{u"93356=Suicide rate"_s}
                                  << QStringList{u"line 1: this is not a Fingertips data export"_s};
    QTest::newRow("truncated") << good.left(good.size() - 300)
                               << QStringList{u"93356=Suicide rate"_s}
                               << QStringList{u"cut short"_s};
    QTest::newRow("empty") << QByteArray() << QStringList{u"93356=Suicide rate"_s}
                           << QStringList{u"the file is empty"_s};
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringList{u"93356=Suicide rate"_s}
                            << QStringList{u"line 1: the file holds binary data"_s};
}

void tst_ImportCli::problemsWriteNothing()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, links);
    QFETCH(QStringList, expected);
    const QString plan
        = freshSample(u"problems-%1.jfp"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString csv = writeFile(u"source.csv"_s, source);
    const QByteArray before = digest(plan);
    QStringList arguments = {u"import"_s, plan, csv};
    for (const QString &link : links)
        arguments << u"--link"_s << link;
    const Result result = run(arguments);
    QCOMPARE(result.status, 1);
    for (const QString &text : expected)
        QVERIFY2(result.err.contains(text), qPrintable(result.err));
    for (const QString &line : result.err.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(u"jfp: "_s), qPrintable(line));
    QCOMPARE(digest(plan), before);
}

void tst_ImportCli::manyProblemsAreCounted()
{
    // Issue 25: a file with a bad period on each of a million rows printed 78 MB of problems
    // twice, and a value was echoed whole, control characters and all.
    QFile file(QStringLiteral(TEST_DATA_DIR)
               + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> records = file.readAll().split('\n');
    // Records end in CRLF; a name holds a bare LF, so a record may take two physical lines.
    QByteArray header;
    QByteArray record;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records[i].endsWith('\r'))
            continue;
        QByteArray whole = records[i] + '\n';
        if (i > 0 && !records[i - 1].endsWith('\r'))
            whole.prepend(records[i - 1] + '\n');
        if (header.isEmpty())
            header = whole;
        else if (whole.contains(",2017,126.08220559805,"))
            record = whole;
    }
    QVERIFY(!header.isEmpty() && !record.isEmpty());
    QByteArray source = header;
    QByteArray hostile = record;
    const QByteArray value = QByteArray(",2017,\x1b[31m") + QByteArray(5000, 'A') + ',';
    hostile.replace(QByteArray(",2017,126.08220559805,"), value);
    source += hostile;
    QByteArray badPeriod = record;
    badPeriod.replace(",2017,126.08220559805,", ",20x6,126.08220559805,");
    for (int i = 0; i < 2000; ++i)
        source += badPeriod;
    const QString plan = freshSample(u"many-problems.jfp"_s);
    const QByteArray before = digest(plan);
    const Result result = run({u"import"_s,
                               plan,
                               writeFile(u"many.csv"_s, source),
                               u"--link"_s,
                               u"93356=Suicide rate"_s});
    QCOMPARE(result.status, 1);
    QCOMPARE(digest(plan), before);
    QCOMPARE(result.out.count(u"is not a time period"_s), 99); // 100 listed, the first a value
    QVERIFY2(result.out.contains(u"… and 1901 more"_s), qPrintable(result.out.right(400)));
    QCOMPARE(result.err.count(u"is not a time period"_s), 19);
    QVERIFY2(result.err.contains(u"… and 1981 more problems (the first 100 are listed above)"_s),
             qPrintable(result.err.right(400)));
    // The value is shown cut short and with its escape as text, on both streams.
    for (const QString &text : {result.out, result.err}) {
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.contains(u"'\\x1B[31mAAAA"_s));
        QVERIFY(text.contains(u"characters in all)"_s));
        QVERIFY(!text.contains(QString(1000, u'A')));
    }
    QVERIFY(result.out.size() + result.err.size() < 60000);
}

void tst_ImportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no source") << QStringList{u"import"_s, u"x.jfp"_s};
    QTest::newRow("three files") << QStringList{u"import"_s, u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("unknown format")
        << QStringList{u"import"_s, u"x.jfp"_s, u"y.csv"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("link without =")
        << QStringList{u"import"_s, u"x.jfp"_s, u"y.csv"_s, u"--link"_s, u"93356"_s};
    QTest::newRow("link without indicator")
        << QStringList{u"import"_s, u"x.jfp"_s, u"y.csv"_s, u"--link"_s, u"93356="_s};
    QTest::newRow("template with --link") << QStringList{
        u"import"_s, u"x.jfp"_s, u"y.csv"_s, u"--format"_s, u"template"_s, u"--link"_s, u"1=2"_s};
    QTest::newRow("export without --out") << QStringList{u"export"_s, u"x.jfp"_s};
    QTest::newRow("template without file") << QStringList{u"template"_s};
    QTest::newRow("series without indicator") << QStringList{u"series"_s, u"x.jfp"_s};
    QTest::newRow("series without file") << QStringList{u"series"_s, u"--indicator"_s, u"1"_s};
}

void tst_ImportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(result.err.contains(u"Usage: jfp"_s));
    QVERIFY(result.out.isEmpty());
}

void tst_ImportCli::seriesUnionOfTrajectoryAndActuals()
{
    // A plan with one indicator: a trajectory for 2024/25-2026/27 (stored out of order) and
    // actuals for 2023/24 and 2024/25.
    const QString path = m_dir.filePath(u"series.jfp"_s);
    {
        QString error;
        auto db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        PlanWriter writer(*db);
        Area area;
        area.level = AreaLevel::Place;
        area.name = u"St Helens"_s;
        area.onsCode = u"E08000013"_s;
        const Id areaId = writer.insertArea(area, 0, &error);
        QVERIFY2(areaId, qPrintable(error));
        Programme programme;
        programme.areaId = areaId;
        programme.name = u"Prevention"_s;
        const Id programmeId = writer.insertProgramme(programme, 0, &error);
        QVERIFY2(programmeId, qPrintable(error));
        Indicator indicator;
        indicator.programmeId = programmeId;
        indicator.name = u"Smoking prevalence"_s;
        indicator.unit = Unit::Percentage;
        indicator.trajectory = {{u"2026/27"_s, 10.0}, {u"2024/25"_s, 12.0}, {u"2025/26"_s, 11.0}};
        indicator.actuals = {{u"2024/25"_s, 12.5, 11.0, 14.0, 250.0, 2000.0, u"provisional"_s},
                             {u"2023/24"_s,
                              13.0,
                              std::nullopt,
                              std::nullopt,
                              std::nullopt,
                              std::nullopt,
                              QString()}};
        indicator.benchmarks = {{0, u"England"_s, u"E92000001"_s, {{u"2023/24"_s, 11.6}}}};
        QVERIFY2(writer.insertIndicator(indicator, 0, &error), qPrintable(error));
    }
    const Result result
        = run({u"series"_s, path, u"--indicator"_s, u"Smoking prevalence"_s, u"--json"_s});
    QCOMPARE(result.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray periods = root.value(u"periods"_s).toArray();
    QStringList labels;
    for (const QJsonValue &p : periods)
        labels << p.toObject().value(u"period"_s).toString();
    QCOMPARE(labels, (QStringList{u"2023/24"_s, u"2024/25"_s, u"2025/26"_s, u"2026/27"_s}));
    const QJsonObject first = periods.at(0).toObject();
    QVERIFY(first.value(u"planned"_s).isNull());
    QCOMPARE(first.value(u"actual"_s).toDouble(), 13.0);
    QVERIFY(first.value(u"lower"_s).isNull());
    const QJsonObject second = periods.at(1).toObject();
    QCOMPARE(second.value(u"planned"_s).toDouble(), 12.0);
    QCOMPARE(second.value(u"actual"_s).toDouble(), 12.5);
    QCOMPARE(second.value(u"upper"_s).toDouble(), 14.0);
    QCOMPARE(second.value(u"note"_s).toString(), u"provisional"_s);
    const QJsonObject last = periods.at(3).toObject();
    QCOMPARE(last.value(u"planned"_s).toDouble(), 10.0);
    QVERIFY(last.value(u"actual"_s).isNull());
    QVERIFY(last.value(u"count"_s).isNull());
    const QJsonArray benchmarks = root.value(u"benchmarks"_s).toArray();
    QCOMPARE(benchmarks.size(), 1);
    QCOMPARE(
        benchmarks.at(0).toObject().value(u"values"_s).toArray().at(0).toObject().value(u"value"_s),
        QJsonValue(11.6));

    // The text form lists the same periods.
    const Result text = run({u"series"_s, path, u"--indicator"_s, u"1"_s});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains(u"2024/25\t12\t12.5\t11\t14\t250\t2000\tprovisional"_s),
             qPrintable(text.out));
}

void tst_ImportCli::seriesUnknownIndicator()
{
    const QString plan = freshSample(u"series-unknown.jfp"_s);
    const Result result = run({u"series"_s, plan, u"--indicator"_s, u"No such thing"_s});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.startsWith(u"jfp: no indicator in"_s));
}

void tst_ImportCli::exportEditAndImportTemplate()
{
    const QString plan = freshSample(u"export.jfp"_s);
    Result result = run({u"import"_s, plan, m_fixture, u"--link"_s, u"93356=Suicide rate"_s});
    QCOMPARE(result.status, 0);
    const QString csv = m_dir.filePath(u"st-helens.csv"_s);
    result = run({u"export"_s, plan, u"--out"_s, csv, u"--area"_s, u"st. helens"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"indicator(s) to "_s + csv), qPrintable(result.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.startsWith("indicatorId,area,areaCode,programme,indicator,unit,period,planned,"
                             "actual,lower,upper,count,denominator,note\r\n"));
    QVERIFY(bytes.contains(",Suicide rate,rate_per_100000,2017,,126.08220559805,110.144766572689,"
                           "143.677761435003,225,178455,\r\n"));
    QVERIFY(!bytes.contains(",Halton,"));

    // Reading the export back changes nothing.
    const QByteArray before = digest(plan);
    // The 3 Suicide rate values and the 14 of St Helens' OHID Fingertips indicators.
    result = run({u"import"_s, plan, csv, u"--format"_s, u"template"_s, u"--dry-run"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"Actual values: 0 to add, 0 to replace, 17 unchanged"_s),
             qPrintable(result.out));
    QCOMPARE(digest(plan), before);

    // Edit a value and add a planned one, as a programme manager would in a spreadsheet.
    bytes.replace(",2017,,126.08220559805,", ",2017,,127,");
    bytes.append(",,,,Suicide rate,,2026/27,10.5,,,,,,\r\n");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    result = run({u"import"_s, plan, csv, u"--format"_s, u"template"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"1 value(s) added, 1 replaced, 0 new link(s)"_s),
             qPrintable(result.out));
    result = run({u"series"_s, plan, u"--indicator"_s, u"Suicide rate"_s, u"--json"_s});
    const QJsonArray periods
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 4);
    QCOMPARE(periods.at(2).toObject().value(u"actual"_s).toDouble(), 127.0);
    QCOMPARE(periods.at(3).toObject().value(u"period"_s).toString(), u"2026/27"_s);
    QCOMPARE(periods.at(3).toObject().value(u"planned"_s).toDouble(), 10.5);

    // A bad cell: exit 1, the problem by line and column, nothing written.
    bytes.append("999,,,,,,2024/25,,1,,,,,\r\n");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const QByteArray beforeBad = digest(plan);
    result = run({u"import"_s, plan, csv, u"--format"_s, u"template"_s});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(u"column indicatorId: the plan has no indicator with the id "
                                 "'999'"_s),
             qPrintable(result.err));
    QCOMPARE(digest(plan), beforeBad);
}

void tst_ImportCli::exportFilters()
{
    const QString plan = freshSample(u"filters.jfp"_s);
    Result result
        = run({u"export"_s, plan, u"--out"_s, u"-"_s, u"--programme"_s, u"tackling obesity"_s});
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY(lines.constFirst().startsWith(u"indicatorId,"_s));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(u",St Helens,E08000013,"_s), qPrintable(line));
    QVERIFY(result.out.contains(u"Prevalence of obese children (4-5)"_s));
    QVERIFY(!result.out.contains(u"Suicide rate"_s));

    result = run({u"export"_s, plan, u"--out"_s, u"-"_s, u"--programme"_s, u"No such"_s});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.startsWith(u"jfp: no programme in"_s));
    result = run({u"export"_s, plan, u"--out"_s, u"-"_s, u"--area"_s, u"Atlantis"_s});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.startsWith(u"jfp: no area in"_s));
}

void tst_ImportCli::blankTemplate()
{
    const QString path = m_dir.filePath(u"blank.csv"_s);
    Result result = run({u"template"_s, path});
    QCOMPARE(result.status, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("indicatorId,area,areaCode,programme,indicator,unit,period,planned,"
                        "actual,lower,upper,count,denominator,note\r\n"));
    result = run({u"template"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains(u"already exists"_s));
}

void tst_ImportCli::twoImportsAtOnce()
{
    // Two identical imports started together: each takes the plan's write lock as it begins,
    // so the second waits for the first instead of failing half-way with SQLite's "database
    // is locked", and the plan ends as one import leaves it.
    const QString single = freshSample(u"single.jfp"_s);
    const QStringList link{u"--link"_s, u"93356=Suicide rate"_s};
    QCOMPARE(run(QStringList{u"import"_s, single, m_fixture} + link).status, 0);
    const QString expected
        = run({u"series"_s, single, u"--indicator"_s, u"Suicide rate"_s, u"--json"_s}).out;
    for (int round = 0; round < 5; ++round) {
        const QString plan = freshSample(u"both-%1.jfp"_s.arg(round));
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(JFP_CLI_PATH), QStringList{u"import"_s, plan, m_fixture} + link);
        second.start(QStringLiteral(JFP_CLI_PATH),
                     QStringList{u"import"_s, plan, m_fixture} + link);
        QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
        for (QProcess *process : {&first, &second}) {
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitCode() == 0, qPrintable(u"round %1: "_s.arg(round) + err));
            QVERIFY2(!err.contains(u"database is locked"_s), qPrintable(err));
        }
        QCOMPARE(run({u"series"_s, plan, u"--indicator"_s, u"Suicide rate"_s, u"--json"_s}).out,
                 expected);
    }
}

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_importcli.moc"
