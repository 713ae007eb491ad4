// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "clirun.h"
#include "plancomparison.h"
#include "planfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * `jfp demo FILE --scale … [--seed N]` through the real binary: the counts it prints are what
 * the file holds (read back with PlanReader), a seed always gives the same plan, every actual
 * value is flagged synthetic, and an existing file, a bad scale or a bad seed are refused
 * without leaving anything behind. Only the sample scale runs here; the larger ones are for
 * the benchmarks.
 */
class tst_DemoCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printedCountsAreInTheFile();
    void sampleShape();
    void everyActualIsSynthetic();
    void namesSaySynthetic();
    void checkFindsNoErrors();
    void sameSeedSameContent_data();
    void sameSeedSameContent();
    void otherSeedOtherValues();
    void existingFileRefused_data();
    void existingFileRefused();
    void badUsage_data();
    void badUsage();
    void failureLeavesNothing();

private:
    /** The "name: N" lines of the summary. */
    static std::map<QString, qint64> printedCounts(const QString &out);
    static void verifyNothingLeft(const QString &path);
    CliRun::Result demo(const QString &path, const QStringList &options) const;

    QTemporaryDir m_dir;
    QString m_sample;
    CliRun::Result m_sampleRun;
};

std::map<QString, qint64> tst_DemoCli::printedCounts(const QString &out)
{
    static const QRegularExpression line(u"^  ([a-z ]+): (\\d+)"_s,
                                         QRegularExpression::MultilineOption);
    std::map<QString, qint64> counts;
    for (const QRegularExpressionMatch &match : line.globalMatch(out))
        counts[match.captured(1)] = match.captured(2).toLongLong();
    return counts;
}

void tst_DemoCli::verifyNothingLeft(const QString &path)
{
    for (const QString &suffix : {u".partial"_s, u".partial-wal"_s, u".partial-shm"_s})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
}

CliRun::Result tst_DemoCli::demo(const QString &path, const QStringList &options) const
{
    return CliRun::run(QStringList{u"demo"_s, path} + options);
}

void tst_DemoCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    m_sampleRun = demo(m_sample, {u"--scale"_s, u"sample"_s});
    QCOMPARE(m_sampleRun.err, QString());
    QCOMPARE(m_sampleRun.status, 0);
    QVERIFY(QFile::exists(m_sample));
}

void tst_DemoCli::printedCountsAreInTheFile()
{
    const PlanSnapshot plan = TestPlan::read(m_sample);
    qint64 trajectory = 0;
    qint64 actuals = 0;
    for (const Indicator &i : plan.indicators) {
        trajectory += i.trajectory.size();
        actuals += i.actuals.size();
    }
    const std::map<QString, qint64> printed = printedCounts(m_sampleRun.out);
    QCOMPARE(printed.at(u"areas"_s), qint64(plan.areas.size()));
    QCOMPARE(printed.at(u"programmes"_s), qint64(plan.programmes.size()));
    QCOMPARE(printed.at(u"milestones"_s), qint64(plan.milestones.size()));
    QCOMPARE(printed.at(u"indicators"_s), qint64(plan.indicators.size()));
    QCOMPARE(printed.at(u"values"_s), trajectory + actuals);
    QVERIFY(m_sampleRun.out.contains(u"(%1 planned, %2 actual;"_s.arg(trajectory).arg(actuals)));
    QVERIFY(m_sampleRun.out.contains(u"(%1 bytes)"_s.arg(QFileInfo(m_sample).size())));
    QVERIFY(m_sampleRun.out.contains(u"  time taken: "_s));
    QVERIFY(m_sampleRun.out.startsWith(
        u"Wrote a synthetic demo plan (scale sample, seed 1) to %1\n"_s.arg(m_sample)));
}

void tst_DemoCli::sampleShape()
{
    const PlanSnapshot plan = TestPlan::read(m_sample);
    std::map<AreaLevel, int> levels;
    for (const Area &a : plan.areas)
        ++levels[a.level];
    QCOMPARE(levels[AreaLevel::System], 1);
    QCOMPARE(levels[AreaLevel::Place], 9);
    QCOMPARE(levels[AreaLevel::Locality], 3);
    QCOMPARE(plan.programmes.size(), 33);
    QCOMPARE(plan.milestones.size(), 99);
    QCOMPARE(plan.indicators.size(), 99);
    const auto nested = std::count_if(plan.programmes.cbegin(),
                                      plan.programmes.cend(),
                                      [](const Programme &p) { return p.parentId != 0; });
    QVERIFY(nested > 0);
    qint64 values = 0;
    for (const Indicator &i : plan.indicators)
        values += i.trajectory.size() + i.actuals.size();
    QCOMPARE(values, 9900);
    QCOMPARE(plan.info.horizonStart, u"2024/25"_s);
    QCOMPARE(plan.info.horizonEnd, u"2028/29"_s);
}

void tst_DemoCli::everyActualIsSynthetic()
{
    const PlanSnapshot plan = TestPlan::read(m_sample);
    qint64 actuals = 0;
    for (const Indicator &i : plan.indicators) {
        for (const ActualValue &a : i.actuals) {
            QVERIFY2(a.synthetic, qPrintable(i.name + u' ' + a.period));
            ++actuals;
        }
    }
    QVERIFY(actuals > 0);
    // And in the file itself, as every reader sees it.
    QString error;
    auto db = Database::open(m_sample, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM actual_value WHERE synthetic = 0"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_DemoCli::namesSaySynthetic()
{
    const PlanSnapshot plan = TestPlan::read(m_sample);
    QVERIFY(plan.info.name.startsWith(u"Demo plan (synthetic"_s));
    QVERIFY(plan.info.description.contains(u"made up"_s));
    for (const Area &a : plan.areas) {
        QVERIFY2(a.name.startsWith(u"Demo "_s) || a.name.endsWith(u" (demo)"_s),
                 qPrintable(a.name));
        QVERIFY2(a.code().startsWith(u"DEMO-"_s), qPrintable(a.code()));
    }
    for (const Programme &p : plan.programmes)
        QVERIFY2(p.name.startsWith(u"Demo programme "_s), qPrintable(p.name));
    for (const Milestone &m : plan.milestones)
        QVERIFY2(m.title.startsWith(u"Demo milestone "_s), qPrintable(m.title));
    for (const Indicator &i : plan.indicators) {
        QVERIFY2(i.name.startsWith(u"Demo indicator "_s), qPrintable(i.name));
        QVERIFY(i.source.startsWith(u"Synthetic"_s));
    }
}

void tst_DemoCli::checkFindsNoErrors()
{
    const CliRun::Result result = CliRun::run({u"check"_s, m_sample});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"0 errors"_s), qPrintable(result.out));
}

void tst_DemoCli::sameSeedSameContent_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::newRow("default seed is 1") << QStringList() << QStringList{u"--seed"_s, u"1"_s};
    QTest::newRow("seed 0") << QStringList{u"--seed"_s, u"0"_s} << QStringList{u"--seed=0"_s};
    QTest::newRow("largest seed") << QStringList{u"--seed"_s, u"4294967295"_s}
                                  << QStringList{u"--seed"_s, u"4294967295"_s};
}

void tst_DemoCli::sameSeedSameContent()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    const QString a
        = m_dir.filePath(u"same-a-%1.jfp"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString b
        = m_dir.filePath(u"same-b-%1.jfp"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const CliRun::Result ra = demo(a, QStringList{u"--scale"_s, u"sample"_s} + first);
    QCOMPARE(ra.status, 0);
    const CliRun::Result rb = demo(b, QStringList{u"--scale"_s, u"sample"_s} + second);
    QCOMPARE(rb.status, 0);
    const PlanSnapshot planA = TestPlan::read(a);
    const PlanSnapshot planB = TestPlan::read(b);
    QCOMPARE(PlanComparison::firstDifference(planA, planB), QString());
    QCOMPARE(planA.info.name, planB.info.name);
    QCOMPARE(planA.info.description, planB.info.description);
}

void tst_DemoCli::otherSeedOtherValues()
{
    const QString other = m_dir.filePath(u"seed2.jfp"_s);
    const CliRun::Result result = demo(other, {u"--scale"_s, u"sample"_s, u"--seed"_s, u"2"_s});
    QCOMPARE(result.status, 0);
    const PlanSnapshot one = TestPlan::read(m_sample);
    const PlanSnapshot two = TestPlan::read(other);
    // The same shape, so that benchmarks compare like with like…
    QCOMPARE(two.areas.size(), one.areas.size());
    QCOMPARE(two.programmes.size(), one.programmes.size());
    QCOMPARE(two.indicators.size(), one.indicators.size());
    QCOMPARE(printedCounts(result.out).at(u"values"_s),
             printedCounts(m_sampleRun.out).at(u"values"_s));
    // …but other values.
    int differentSeries = 0;
    for (qsizetype i = 0; i < one.indicators.size(); ++i) {
        const Indicator &a = one.indicators.at(i);
        const Indicator &b = two.indicators.at(i);
        QCOMPARE(b.actuals.size(), a.actuals.size());
        for (qsizetype k = 0; k < a.actuals.size(); ++k) {
            if (a.actuals.at(k).value != b.actuals.at(k).value) {
                ++differentSeries;
                break;
            }
        }
    }
    QVERIFY2(differentSeries > one.indicators.size() * 9 / 10,
             qPrintable(QString::number(differentSeries)));
    QVERIFY(two.info.name.contains(u"seed 2"_s));
}

void tst_DemoCli::existingFileRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("a text file") << QByteArray("keep me\n");
    QTest::newRow("an empty file") << QByteArray();
    QFile sample(m_sample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QTest::newRow("a plan") << sample.readAll();
}

void tst_DemoCli::existingFileRefused()
{
    QFETCH(QByteArray, contents);
    const QString path
        = m_dir.filePath(u"existing-%1.jfp"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    const CliRun::Result result = demo(path, {u"--scale"_s, u"sample"_s});
    QCOMPARE(result.status, 1);
    QCOMPARE(
        result.err,
        u"jfp: '%1' already exists. Choose another name, or delete the file first.\n"_s.arg(path));
    QCOMPARE(result.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    verifyNothingLeft(path);
}

void tst_DemoCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("message"); // each must be in the message
    const QStringList scales = {u"--scale"_s, u"sample|ics|england"_s};
    const QStringList seeds = {u"--seed"_s, u"0 to 4294967295"_s};
    QTest::newRow("no scale") << QStringList() << scales;
    QTest::newRow("unknown scale")
        << QStringList{u"--scale"_s, u"huge"_s} << scales + QStringList{u"'huge'"_s};
    QTest::newRow("scale in capitals") << QStringList{u"--scale"_s, u"ICS"_s} << scales;
    QTest::newRow("empty scale") << QStringList{u"--scale="_s} << scales;
    QTest::newRow("scale without a value")
        << QStringList{u"--scale"_s} << QStringList{u"--scale needs a value"_s};
    for (const QString &seed : {u"-1"_s,
                                u"4294967296"_s,
                                u"99999999999999999999"_s,
                                u"abc"_s,
                                u"1.5"_s,
                                u" 5"_s,
                                u"+5"_s,
                                u"0x10"_s,
                                QString()}) {
        QTest::addRow("seed '%s'", qPrintable(seed))
            << QStringList{u"--scale"_s, u"sample"_s, u"--seed"_s, seed}
            << seeds + QStringList{u"'%1'"_s.arg(seed)};
    }
    QTest::newRow("unknown option") << QStringList{u"--scale"_s, u"sample"_s, u"--size"_s, u"1"_s}
                                    << QStringList{u"unknown option --size"_s};
}

void tst_DemoCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, message);
    const QString path = m_dir.filePath(u"usage.jfp"_s);
    const CliRun::Result result = demo(path, arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.startsWith(u"jfp: "_s), qPrintable(result.err));
    const QString first = result.err.section(u'\n', 0, 0);
    for (const QString &part : message)
        QVERIFY2(first.contains(part), qPrintable(first + u" lacks "_s + part));
    QVERIFY(result.err.contains(u"demo FILE --scale sample|ics|england [--seed N]"_s));
    QCOMPARE(result.out, QString());
    QVERIFY(!QFile::exists(path));
    verifyNothingLeft(path);

    const CliRun::Result noFile = CliRun::run({u"demo"_s, u"--scale"_s, u"sample"_s});
    QCOMPARE(noFile.status, 2);
    QVERIFY(noFile.err.startsWith(u"jfp: 'demo' takes one FILE"_s));
}

void tst_DemoCli::failureLeavesNothing()
{
    const QString path = m_dir.filePath(u"no such folder/plan.jfp"_s);
    const CliRun::Result result = demo(path, {u"--scale"_s, u"sample"_s});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.startsWith(u"jfp: '%1' could not be written: "_s.arg(path)),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
    verifyNothingLeft(path);
    QVERIFY(!QDir(m_dir.filePath(u"no such folder"_s)).exists());
    verifyNothingLeft(m_sample);
}

QTEST_GUILESS_MAIN(tst_DemoCli)
#include "tst_democli.moc"
