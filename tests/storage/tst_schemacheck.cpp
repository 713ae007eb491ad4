// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "rawplan.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * A plan's schema is distrusted: whatever the migrations did not make (triggers, views,
 * tables, indexes), whatever they make that is missing, and any definition changed, is named
 * and the plan refused before a table is read.
 */
class tst_SchemaCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soundPlanAtEveryVersion_data();
    void soundPlanAtEveryVersion();
    void tamperedPlanIsRefused_data();
    void tamperedPlanIsRefused();
    void everyProblemIsListed();
    void manyObjectsAreBounded();
    void controlCharactersInNamesAreShown();

private:
    QString tampered(const QString &name, const QStringList &statements) const
    {
        return RawPlan::tamperedCopy(m_sample, m_dir.filePath(name), statements);
    }

    QTemporaryDir m_dir;
    QString m_sample;
};

void tst_SchemaCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_sample, &error), qPrintable(error));
}

void tst_SchemaCheck::soundPlanAtEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (const MigrationStep &step : Migrations::steps())
        QTest::addRow("version %d", step.toVersion) << step.toVersion;
}

void tst_SchemaCheck::soundPlanAtEveryVersion()
{
    // A plan made by the migrations up to `version`, as an older JFP Planner made it, is
    // sound at that version, and upgrades to a schema that is sound at the latest.
    QFETCH(int, version);
    const QString path = m_dir.filePath(u"v%1.jfp"_s.arg(version));
    QFile::remove(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QList<MigrationStep> steps;
        for (const MigrationStep &step : Migrations::steps()) {
            if (step.toVersion <= version)
                steps << step;
        }
        const SqlDialect dialect;
        QString error;
        QVERIFY2(Migrations::migrate(db, dialect, &error, steps), qPrintable(error));
        bool ok = false;
        QCOMPARE(SchemaCheck::problems(db, dialect, version, &ok), QStringList());
        QVERIFY(ok);
        // Judged against the latest schema, an old plan lacks what came later.
        if (version < Migrations::latestVersion())
            QVERIFY(
                !SchemaCheck::problems(db, dialect, Migrations::latestVersion(), &ok).isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    bool ok = false;
    QCOMPARE(
        SchemaCheck::problems(db->connection(), db->dialect(), Migrations::latestVersion(), &ok),
        QStringList());
    QVERIFY(ok);
}

void tst_SchemaCheck::tamperedPlanIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("a trigger that empties the plan")
        << QStringList{u"CREATE TRIGGER t_wipe AFTER INSERT ON change_history "
                       "BEGIN DELETE FROM area; END"_s}
        << u"the plan holds a trigger 't_wipe' that JFP Planner did not make: it may have been "
           "tampered with"_s;
    QTest::newRow("a trigger that rewrites values")
        << QStringList{u"CREATE TRIGGER half AFTER INSERT ON actual_value BEGIN "
                       "UPDATE actual_value SET value = 0.5 WHERE rowid = new.rowid; END"_s}
        << u"trigger 'half'"_s;
    QTest::newRow("a view whose body never ends")
        << QStringList{u"CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                       "SELECT i + 1 FROM n) SELECT i FROM n"_s}
        << u"the plan holds a view 'forever'"_s;
    QTest::newRow("a view in the place of a table")
        << QStringList{u"ALTER TABLE benchmark_value RENAME TO kept"_s,
                       u"CREATE VIEW benchmark_value AS SELECT * FROM kept"_s}
        << u"the table 'benchmark_value' that JFP Planner makes is missing"_s;
    QTest::newRow("a table of its own")
        << QStringList{u"CREATE TABLE extra (x)"_s}
        << u"the plan holds a table 'extra' that JFP Planner did not make"_s;
    QTest::newRow("an index of its own")
        << QStringList{u"CREATE INDEX slow ON area (name)"_s}
        << u"the plan holds an index 'slow' that JFP Planner did not make"_s;
    QTest::newRow("a missing index")
        << QStringList{u"DROP INDEX area_parent"_s}
        << u"the index 'area_parent' that JFP Planner makes is missing"_s;
    QTest::newRow("a changed table")
        << QStringList{u"ALTER TABLE milestone ADD COLUMN secret TEXT"_s}
        << u"the table 'milestone' is not as JFP Planner makes it"_s;
    QTest::newRow("a checkless table")
        << QStringList{u"PRAGMA foreign_keys = OFF"_s,
                       u"CREATE TABLE p2 (key TEXT PRIMARY KEY, value TEXT, extra)"_s,
                       u"INSERT INTO p2 (key, value) SELECT key, value FROM plan_info"_s,
                       u"DROP TABLE plan_info"_s,
                       u"ALTER TABLE p2 RENAME TO plan_info"_s}
        << u"the table 'plan_info' is not as JFP Planner makes it"_s;
}

void tst_SchemaCheck::tamperedPlanIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, messagePart);
    const QString name
        = u"tampered-%1.jfp"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-');
    const QString path = tampered(name, statements);
    QVERIFY(!path.isEmpty());
    const QByteArray before = RawPlan::digest(path);
    QString error;
    const QStringList problems = Database::schemaProblems(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(problems.join(u'\n').contains(messagePart), qPrintable(problems.join(u'\n')));
    for (const auto mode : {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
        QVERIFY(!Database::open(path, mode, &error));
        QVERIFY2(error.contains(problems.constFirst()), qPrintable(error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(error.contains(u"has not been opened or changed"_s), qPrintable(error));
        QCOMPARE(RawPlan::digest(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }
}

void tst_SchemaCheck::everyProblemIsListed()
{
    // The window's message shows three and counts the rest; schemaProblems lists them all.
    QStringList statements;
    for (int i = 0; i < 7; ++i)
        statements << u"CREATE TRIGGER t%1 AFTER INSERT ON area BEGIN SELECT 1; END"_s.arg(i);
    const QString path = tampered(u"seven.jfp"_s, statements);
    QString error;
    QVERIFY(!Database::open(path, Database::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(u"and 4 more: 'jfp check' lists them all"_s), qPrintable(error));
    const QStringList problems = Database::schemaProblems(path, &error);
    QCOMPARE(problems.size(), 7);
    for (int i = 0; i < 7; ++i)
        QVERIFY(problems.join(u'\n').contains(u"trigger 't%1'"_s.arg(i)));
}

void tst_SchemaCheck::manyObjectsAreBounded()
{
    // Tens of thousands of planted objects are not all read, nor all listed.
    QStringList statements{u"BEGIN"_s};
    for (int i = 0; i < 5000; ++i)
        statements << u"CREATE TABLE x%1 (a)"_s.arg(i);
    statements << u"COMMIT"_s;
    const QString path = tampered(u"many.jfp"_s, statements);
    QString error;
    const QStringList problems = Database::schemaProblems(path, &error);
    QVERIFY(problems.size() <= SchemaCheck::extraObjectsRead + 100);
    QVERIFY2(problems.constLast().contains(u"schema objects, far more than JFP Planner makes"_s),
             qPrintable(problems.constLast()));
}

void tst_SchemaCheck::controlCharactersInNamesAreShown()
{
    const QString path = tampered(u"escape.jfp"_s, {u"CREATE TABLE \"a\x1b[31mb\" (x)"_s});
    QString error;
    const QStringList problems = Database::schemaProblems(path, &error);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"'a\\x1B[31mb'"_s), qPrintable(problems.constFirst()));
    QVERIFY(!problems.constFirst().contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(tst_SchemaCheck)
#include "tst_schemacheck.moc"
