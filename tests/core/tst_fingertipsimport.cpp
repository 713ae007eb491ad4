// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "import/fingertipsimport.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

const QString suicideRate = u"Suicide rate"_s; // a St Helens indicator of the sample plan
const QString haltonAppointments = u"General practice appointments each month in Halton"_s;

QByteArray fixtureBytes()
{
    QFile file(QStringLiteral(TEST_DATA_DIR)
               + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FingertipsData readBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return FingertipsReader::read(&buffer, u"export.csv"_s);
}

const Indicator *indicatorNamed(const PlanSnapshot &plan, const QString &name)
{
    const auto found = findIndicators(plan, name);
    return found.size() == 1 ? found.constFirst() : nullptr;
}

} // namespace

/** Importing Fingertips data into a plan: preview, apply in one transaction, idempotence. */
class tst_FingertipsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewWritesNothing();
    void applyWritesActualsBenchmarksAndLink();
    void eachIndicatorTakesItsOwnArea();
    void reimportChangesNothing();
    void changedValueIsReplaced();
    void failureLeavesPlanUnchanged();
    void valueOutsideTheUnitIsAnError();
    void linkProblems_data();
    void linkProblems();
    void unlinkedIndicatorSkipped();
    void linkByIdAndFindIndicators();

private:
    PlanSnapshot snapshot();
    QList<qint64> tableCounts();

    std::unique_ptr<Database> m_db;
};

void tst_FingertipsImport::init()
{
    QString error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(SamplePlan::populate(*m_db, &error), qPrintable(error));
}

void tst_FingertipsImport::cleanup()
{
    m_db.reset();
}

PlanSnapshot tst_FingertipsImport::snapshot()
{
    QString error;
    const auto plan = PlanReader::read(*m_db, &error);
    if (!plan)
        qFatal("cannot read the plan: %s", qPrintable(error));
    return *plan;
}

QList<qint64> tst_FingertipsImport::tableCounts()
{
    QList<qint64> counts;
    QSqlQuery query(m_db->connection());
    for (const QString &table :
         {u"actual_value"_s, u"benchmark"_s, u"benchmark_value"_s, u"indicator_link"_s}) {
        if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
            counts << query.value(0).toLongLong();
        else
            counts << -1;
    }
    return counts;
}

void tst_FingertipsImport::previewWritesNothing()
{
    const QList<qint64> before = tableCounts();
    const PlanSnapshot plan = snapshot();
    const ImportPlan preview
        = FingertipsImport::plan(plan, readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}});
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY(preview.hasChanges());
    QCOMPARE(preview.links.size(), 1);
    QVERIFY(preview.links.constFirst().isNew);
    QCOMPARE(preview.links.constFirst().areaName, u"St Helens"_s);
    // St Helens, Persons, All ages: 2015, 2016, 2017. England and North West region: 3 each.
    QCOMPARE(preview.actuals.size(), 3);
    QCOMPARE(preview.benchmarks.size(), 6);
    QCOMPARE(preview.count(ImportPlan::Change::Add), 9);
    QCOMPARE(preview.count(ImportPlan::Change::Replace), 0);
    const QString summary = preview.summary();
    QVERIFY2(summary.contains(u"Actual values: 3 to add, 0 to replace, 0 unchanged"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Benchmark values: 6 to add"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"category rows (inequality breakdowns) skipped: 10"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"rows of other sex/age breakdowns skipped: 20"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"rows of other areas skipped: 24"_s), qPrintable(summary));
    QCOMPARE(tableCounts(), before);
    QVERIFY(indicatorNamed(snapshot(), suicideRate)->links.isEmpty());
}

void tst_FingertipsImport::applyWritesActualsBenchmarksAndLink()
{
    const ImportPlan preview = FingertipsImport::plan(
        snapshot(), readBytes(fixtureBytes()), {{u"93356"_s, u"  suicide RATE "_s}});
    QString error;
    QVERIFY2(applyImport(*m_db, preview, &error), qPrintable(error));

    const PlanSnapshot plan = snapshot();
    const Indicator *indicator = indicatorNamed(plan, suicideRate);
    QVERIFY(indicator);
    QCOMPARE(indicator->links, (QList<QPair<QString, QString>>{{u"fingertips"_s, u"93356"_s}}));
    QCOMPARE(indicator->actuals.size(), 3);
    const ActualValue &latest = indicator->actuals.constLast();
    QCOMPARE(latest.period, u"2017"_s);
    QCOMPARE(latest.value, 126.08220559805);
    QCOMPARE(latest.lower, 110.144766572689);
    QCOMPARE(latest.upper, 143.677761435003);
    QCOMPARE(latest.count, 225.0);
    QCOMPARE(latest.denominator, 178455.0);
    QCOMPARE(latest.note, QString());
    QVERIFY(!latest.synthetic);
    QCOMPARE(indicator->actuals.constFirst().period, u"2015"_s);
    QCOMPARE(indicator->actuals.constFirst().value, 79.3865279373015);

    QCOMPARE(indicator->benchmarks.size(), 2);
    const Benchmark &england = indicator->benchmarks.at(0);
    QCOMPARE(england.name, u"England"_s);
    QCOMPARE(england.code, u"E92000001"_s);
    QCOMPARE(england.values.size(), 3);
    QCOMPARE(england.values.constLast().period, u"2017"_s);
    QCOMPARE(england.values.constLast().value, 96.6109417215551);
    const Benchmark &region = indicator->benchmarks.at(1);
    QCOMPARE(region.name, u"North West region"_s);
    QCOMPARE(region.code, u"E12000002"_s);
    QCOMPARE(region.values.constFirst().period, u"2015"_s);
    QCOMPARE(region.values.constFirst().value, 80.3893593872733);
    QCOMPARE(m_db->integrityProblems(), QStringList());
}

void tst_FingertipsImport::eachIndicatorTakesItsOwnArea()
{
    const ImportPlan preview
        = FingertipsImport::plan(snapshot(),
                                 readBytes(fixtureBytes()),
                                 {{u"93356"_s, suicideRate}, {u"93356"_s, haltonAppointments}});
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QString error;
    QVERIFY2(applyImport(*m_db, preview, &error), qPrintable(error));
    const PlanSnapshot plan = snapshot();
    const Indicator *halton = indicatorNamed(plan, haltonAppointments);
    QVERIFY(halton);
    QCOMPARE(halton->actuals.size(), 3);
    QCOMPARE(halton->actuals.constLast().value, 122.140532532722); // Halton E06000006, 2017
    QCOMPARE(indicatorNamed(plan, suicideRate)->actuals.constLast().value, 126.08220559805);
}

void tst_FingertipsImport::reimportChangesNothing()
{
    const FingertipsData data = readBytes(fixtureBytes());
    QString error;
    QVERIFY(applyImport(
        *m_db, FingertipsImport::plan(snapshot(), data, {{u"93356"_s, suicideRate}}), &error));
    const QList<qint64> after = tableCounts();

    // The link is remembered: no --link needed the second time.
    const ImportPlan again = FingertipsImport::plan(snapshot(), data, {});
    QVERIFY2(!again.hasErrors(), qPrintable(again.errorMessages().join(u'\n')));
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.count(ImportPlan::Change::Same), 9);
    QCOMPARE(again.links.size(), 1);
    QVERIFY(!again.links.constFirst().isNew);
    QVERIFY(applyImport(*m_db, again, &error));
    QCOMPARE(tableCounts(), after);

    // Asking for the same link again is not a change either.
    const ImportPlan relinked
        = FingertipsImport::plan(snapshot(), data, {{u"93356"_s, suicideRate}});
    QVERIFY(!relinked.hasChanges());
}

void tst_FingertipsImport::changedValueIsReplaced()
{
    QString error;
    QVERIFY(applyImport(
        *m_db,
        FingertipsImport::plan(snapshot(), readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}}),
        &error));
    QByteArray revised = fixtureBytes();
    QVERIFY(revised.contains(",2017,126.08220559805,"));
    revised.replace(",2017,126.08220559805,", ",2017,127.5,");
    const ImportPlan preview = FingertipsImport::plan(snapshot(), readBytes(revised), {});
    QCOMPARE(preview.count(ImportPlan::Change::Replace), 1);
    QCOMPARE(preview.count(ImportPlan::Change::Add), 0);
    QVERIFY(
        preview.summary().contains(u"replace Suicide rate (St Helens) 2017: 126.08220559805"_s));
    const QList<qint64> before = tableCounts();
    QVERIFY2(applyImport(*m_db, preview, &error), qPrintable(error));
    QCOMPARE(tableCounts(), before); // replaced in place, nothing added
    QCOMPARE(indicatorNamed(snapshot(), suicideRate)->actuals.constLast().value, 127.5);
}

void tst_FingertipsImport::valueOutsideTheUnitIsAnError()
{
    // A rate cannot be negative: the preview refuses it as the trajectory editor would, on
    // its line, and nothing can be written.
    QByteArray bad = fixtureBytes();
    QVERIFY(bad.contains(",2017,126.08220559805,"));
    bad.replace(",2017,126.08220559805,", ",2017,-5,");
    const ImportPlan preview
        = FingertipsImport::plan(snapshot(), readBytes(bad), {{u"93356"_s, suicideRate}});
    QVERIFY(preview.hasErrors());
    const QString errors = preview.errorMessages().join(u'\n');
    QVERIFY2(errors.contains(u"Suicide rate (St Helens): The value for 2017 -5"_s),
             qPrintable(errors));
    QVERIFY2(errors.contains(u"export.csv: line "_s), qPrintable(errors));
    const QList<qint64> before = tableCounts();
    QString error;
    QVERIFY(!applyImport(*m_db, preview, &error));
    QCOMPARE(tableCounts(), before);
}

void tst_FingertipsImport::failureLeavesPlanUnchanged()
{
    const PlanSnapshot plan = snapshot();
    const ImportPlan preview
        = FingertipsImport::plan(plan, readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}});
    QVERIFY(!preview.hasErrors());
    // Make the last kind of write fail: links and actuals are written before it.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON benchmark_value"
                       " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    const QList<qint64> before = tableCounts();
    QString error;
    QVERIFY(!applyImport(*m_db, preview, &error));
    QVERIFY2(error.contains(u"refused for the test"_s), qPrintable(error));
    QCOMPARE(tableCounts(), before);
    const PlanSnapshot after = snapshot(); // kept: the pointer below points into it
    const Indicator *indicator = indicatorNamed(after, suicideRate);
    QVERIFY(indicator->actuals.isEmpty());
    QVERIFY(indicator->benchmarks.isEmpty());
    QVERIFY(indicator->links.isEmpty());
}

void tst_FingertipsImport::linkProblems_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown indicator")
        << u"93356"_s << u"No such measure"_s
        << u"export.csv: link 93356=No such measure: no indicator in the plan has the id, name or "
           "code 'No such measure'"_s;
    QTest::newRow("id not in the file")
        << u"90000"_s << suicideRate
        << u"export.csv: link 90000=Suicide rate: the file has no rows for Fingertips indicator "
           "90000"_s;
    QTest::newRow("not an id") << u"abc"_s << suicideRate
                               << u"export.csv: link abc=Suicide rate: 'abc' is not a Fingertips "
                                  "indicator id"_s;
}

void tst_FingertipsImport::linkProblems()
{
    QFETCH(QString, externalId);
    QFETCH(QString, indicator);
    QFETCH(QString, expected);
    const QList<qint64> before = tableCounts();
    const ImportPlan preview
        = FingertipsImport::plan(snapshot(), readBytes(fixtureBytes()), {{externalId, indicator}});
    QVERIFY(preview.hasErrors());
    QVERIFY2(preview.errorMessages().constFirst().startsWith(expected),
             qPrintable(preview.errorMessages().join(u'\n')));
    QString error;
    QVERIFY(!applyImport(*m_db, preview, &error));
    QCOMPARE(tableCounts(), before);
}

void tst_FingertipsImport::unlinkedIndicatorSkipped()
{
    const ImportPlan preview = FingertipsImport::plan(snapshot(), readBytes(fixtureBytes()), {});
    QVERIFY(!preview.hasErrors());
    QVERIFY(!preview.hasChanges());
    QVERIFY(preview.actuals.isEmpty());
    bool reported = false;
    for (const ImportProblem &p : preview.problems) {
        if (p.message.startsWith(u"Fingertips indicator 93356 (Campylobacter incidence "
                                 "rate/100,000) is not linked to a plan indicator"_s)) {
            reported = true;
            QCOMPARE(p.line, 2);
            QVERIFY(!p.isError());
        }
    }
    QVERIFY2(reported, qPrintable(preview.summary()));
}

void tst_FingertipsImport::linkByIdAndFindIndicators()
{
    const PlanSnapshot plan = snapshot();
    const Indicator *indicator = indicatorNamed(plan, suicideRate);
    QVERIFY(indicator);
    QCOMPARE(findIndicators(plan, QString::number(indicator->id)),
             (QList<const Indicator *>{indicator}));
    QVERIFY(findIndicators(plan, u"no such indicator"_s).isEmpty());
    const ImportPlan preview = FingertipsImport::plan(
        plan, readBytes(fixtureBytes()), {{u"93356"_s, QString::number(indicator->id)}});
    QVERIFY(!preview.hasErrors());
    QCOMPARE(preview.links.constFirst().indicatorId, indicator->id);
}

QTEST_GUILESS_MAIN(tst_FingertipsImport)
#include "tst_fingertipsimport.moc"
