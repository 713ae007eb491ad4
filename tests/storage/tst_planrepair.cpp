// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "rawplan.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planrepair.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * `jfp check --repair`: a clean copy of a tampered or damaged plan holds only the app's own
 * schema and the rows that fit it, and the original is never changed.
 */
class tst_PlanRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tamperedPlanGivesACleanCopy();
    void rowsThatDoNotFitAreDropped();
    void refusals_data();
    void refusals();

private:
    QString tampered(const QString &name, const QStringList &statements) const
    {
        return RawPlan::tamperedCopy(m_sample, m_dir.filePath(name), statements);
    }

    QTemporaryDir m_dir;
    QString m_sample;
};

namespace {

qint64 count(const QString &path, const QString &table)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

void tst_PlanRepair::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_sample, &error), qPrintable(error));
}

void tst_PlanRepair::tamperedPlanGivesACleanCopy()
{
    const QString source
        = tampered(u"tampered.jfp"_s,
                   {u"CREATE TRIGGER t_wipe AFTER INSERT ON change_history "
                    "BEGIN DELETE FROM area; END"_s,
                    u"CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                    "SELECT i + 1 FROM n) SELECT i FROM n"_s,
                    u"CREATE TABLE extra (x)"_s,
                    u"INSERT INTO extra VALUES (1)"_s,
                    u"ALTER TABLE milestone ADD COLUMN secret TEXT"_s});
    QString error;
    QVERIFY(!Database::open(source, Database::OpenMode::ReadOnly, &error));
    const QByteArray before = RawPlan::digest(source);

    const QString target = m_dir.filePath(u"repaired.jfp"_s);
    PlanRepair::Report report;
    QVERIFY2(PlanRepair::repair(source, target, &report, &error), qPrintable(error));
    QCOMPARE(RawPlan::digest(source), before); // the original is only read
    QVERIFY(!QFileInfo::exists(source + u"-wal"_s));

    const QString leftOut = report.leftOut.join(u'\n');
    QVERIFY2(leftOut.contains(u"trigger 't_wipe'"_s), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(u"view 'forever'"_s), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(u"table 'extra'"_s), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(u"table 'milestone' is not as JFP Planner makes it"_s),
             qPrintable(leftOut));
    QCOMPARE(report.rowsKept(), report.rowsRead()); // the sample's rows all fit

    // The copy opens, holds the same plan, and none of what was planted.
    auto copy = Database::open(target, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(copy->integrityProblems().isEmpty());
    copy.reset();
    for (const QString &table : {u"area"_s,
                                 u"programme"_s,
                                 u"milestone"_s,
                                 u"indicator"_s,
                                 u"actual_value"_s,
                                 u"trajectory_value"_s,
                                 u"plan_info"_s}) {
        QCOMPARE(count(target, table), count(m_sample, table));
    }
    auto original = Database::open(m_sample, Database::OpenMode::ReadOnly, &error);
    auto repaired = Database::open(target, Database::OpenMode::ReadOnly, &error);
    const auto a = PlanReader::read(*original, &error);
    const auto b = PlanReader::read(*repaired, &error);
    QVERIFY(a && b);
    QCOMPARE(b->info.name, a->info.name);
    QCOMPARE(b->areas.size(), a->areas.size());
    QCOMPARE(b->indicators.size(), a->indicators.size());
}

void tst_PlanRepair::rowsThatDoNotFitAreDropped()
{
    // A plan whose tables lost their rules (rebuilt without checks or keys by another
    // program) and then took rows that break them.
    const QString source = tampered(
        u"loose.jfp"_s,
        {u"PRAGMA foreign_keys = OFF"_s,
         // an area circle, and a place hanging beneath it
         u"INSERT INTO area (id, parent_id, level, name) VALUES (9001, 9002, 'place', 'A')"_s,
         u"INSERT INTO area (id, parent_id, level, name) VALUES (9002, 9001, 'place', 'B')"_s,
         u"INSERT INTO area (id, parent_id, level, name) VALUES (9003, 9001, 'locality', 'C')"_s,
         u"INSERT INTO programme (id, area_id, name) VALUES (9100, 9003, 'Under a circle')"_s,
         // an indicator of a programme that is gone
         u"INSERT INTO indicator (id, programme_id, name, unit, polarity, target_kind) "
         "VALUES (9200, 987654, 'Orphan', '%', 'higher_is_better', 'none')"_s,
         // a milestone whose status the schema refuses, in a table rebuilt without the check
         u"CREATE TABLE m2 AS SELECT * FROM milestone"_s,
         u"DROP TABLE milestone"_s,
         u"ALTER TABLE m2 RENAME TO milestone"_s,
         u"INSERT INTO milestone (id, programme_id, title, status, sort_order) "
         "VALUES (9300, (SELECT min(id) FROM programme), 'Bad status', 'sideways', 0)"_s});
    const QString target = m_dir.filePath(u"loose-repaired.jfp"_s);
    PlanRepair::Report report;
    QString error;
    QVERIFY2(PlanRepair::repair(source, target, &report, &error), qPrintable(error));
    QCOMPARE(report.rowsRead() - report.rowsKept(), 6);
    QCOMPARE(count(target, u"area"_s), count(m_sample, u"area"_s));
    QCOMPARE(count(target, u"programme"_s), count(m_sample, u"programme"_s));
    QCOMPARE(count(target, u"indicator"_s), count(m_sample, u"indicator"_s));
    QCOMPARE(count(target, u"milestone"_s), count(m_sample, u"milestone"_s));
    const QString summary = report.summary().join(u'\n');
    QVERIFY2(summary.contains(u"Dropped 3 of the"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"rows of 'area'"_s), qPrintable(summary));
}

void tst_PlanRepair::refusals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("target exists") << u"SAMPLE"_s << u"SAMPLE"_s << u"already exists"_s;
    QTest::newRow("missing source") << u"nowhere.jfp"_s << u"out1.jfp"_s << u"does not exist"_s;
    QTest::newRow("text file") << u"TEXT"_s << u"out2.jfp"_s << u"not an SQLite database"_s;
    QTest::newRow("another program's database")
        << u"OTHER"_s << u"out3.jfp"_s << u"not a JFP Planner plan"_s;
}

void tst_PlanRepair::refusals()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, messagePart);
    const auto resolve = [this](const QString &name) {
        if (name == u"SAMPLE"_s)
            return m_sample;
        if (name == u"TEXT"_s) {
            QFile file(m_dir.filePath(u"text.jfp"_s));
            if (file.open(QIODevice::WriteOnly))
                file.write("Not a plan at all\n");
            return file.fileName();
        }
        if (name == u"OTHER"_s) {
            const QString path = m_dir.filePath(u"other.sqlite"_s);
            QFile::remove(path);
            RawPlan::run(path, {u"CREATE TABLE t (x)"_s});
            return path;
        }
        return m_dir.filePath(name);
    };
    const QString from = resolve(source);
    const QString to = resolve(target);
    const QByteArray before = RawPlan::digest(to);
    PlanRepair::Report report;
    QString error;
    QVERIFY(!PlanRepair::repair(from, to, &report, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(RawPlan::digest(to), before);
    QVERIFY(!QFileInfo::exists(to + u".partial"_s));
}

QTEST_GUILESS_MAIN(tst_PlanRepair)
#include "tst_planrepair.moc"
