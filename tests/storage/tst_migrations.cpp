// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/planbackups.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreOrdered();
    void freshPlanHasLatestSchema();
    void migrateIsIdempotent();
    void failedStepRollsBack();
    void historicSchemas_data();
    void historicSchemas();

private:
    static QStringList schema(QSqlDatabase &db);
    static QByteArray digest(const QString &path);
};

QByteArray tst_Migrations::digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tst_Migrations::schema(QSqlDatabase &db)
{
    QStringList statements;
    QSqlQuery query(db);
    query.exec(
        u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (query.next())
        statements << query.value(0).toString() + u' ' + query.value(1).toString() + u": "_s
                          + query.value(2).toString();
    return statements;
}

void tst_Migrations::stepsAreOrdered()
{
    const QList<MigrationStep> &steps = Migrations::steps();
    QVERIFY(!steps.isEmpty());
    int previous = 0;
    for (const MigrationStep &step : steps) {
        QCOMPARE(step.toVersion, previous + 1);
        QVERIFY(!step.description.isEmpty());
        QVERIFY(step.apply);
        previous = step.toVersion;
    }
    QCOMPARE(Migrations::latestVersion(), previous);
}

void tst_Migrations::freshPlanHasLatestSchema()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    const QStringList tables = db->connection().tables();
    for (const QString &table : Migrations::tableNames())
        QVERIFY2(tables.contains(table), qPrintable(table));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(SqlDialect::applicationId));
}

void tst_Migrations::migrateIsIdempotent()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    const QStringList before = schema(db->connection());
    QVERIFY2(Migrations::migrate(db->connection(), db->dialect(), &error), qPrintable(error));
    QCOMPARE(schema(db->connection()), before);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
}

void tst_Migrations::failedStepRollsBack()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"failing"_s);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    const SqlDialect dialect;
    const QList<MigrationStep> steps = {
        {1,
         u"first"_s,
         [](QSqlDatabase &d, const SqlDialect &, QString *) {
             return QSqlQuery(d).exec(u"CREATE TABLE a (id INTEGER)"_s);
         }},
        {2,
         u"second, which fails half-way"_s,
         [](QSqlDatabase &d, const SqlDialect &, QString *e) {
             QSqlQuery(d).exec(u"CREATE TABLE b (id INTEGER)"_s);
             *e = u"deliberate failure"_s;
             return false;
         }},
    };
    QString error;
    QVERIFY(!Migrations::migrate(db, dialect, &error, steps));
    QVERIFY2(error.contains(u"version 2"_s) && error.contains(u"deliberate failure"_s),
             qPrintable(error));
    QCOMPARE(dialect.schemaVersion(db), 1);
    QVERIFY(db.tables().contains(u"a"_s));
    QVERIFY(!db.tables().contains(u"b"_s));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"failing"_s);
}

void tst_Migrations::historicSchemas_data()
{
    QTest::addColumn<QString>("fixture");
    // One fixture per released schema version, made by that version's `jfp init`.
    for (int version = 1; version <= Migrations::latestVersion(); ++version)
        QTest::newRow(qPrintable(u"v%1"_s.arg(version)))
            << u"%1/schema_v%2.jfp"_s.arg(QStringLiteral(TEST_DATA_DIR)).arg(version);
}

void tst_Migrations::historicSchemas()
{
    QFETCH(QString, fixture);
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"plan.jfp"_s);
    QVERIFY(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int version = fixture.section(u"schema_v"_s, 1).section(u'.', 0, 0).toInt();
    const bool older = version < Migrations::latestVersion();
    QString error;
    // A command that only reads is told the plan needs an upgrade, and changes nothing.
    const QByteArray before = digest(copy);
    auto reader = Database::open(copy, Database::OpenMode::ReadOnly, &error);
    QCOMPARE(bool(reader), !older);
    reader.reset();
    if (older) {
        QVERIFY2(error.contains(u"is from an older version of JFP Planner (plan version %1; this "
                                "version keeps plans at version %2) and must be upgraded before "
                                "it is read. It has not been changed. Upgrade it with 'jfp "
                                "upgrade"_s.arg(version)
                                    .arg(Migrations::latestVersion())),
                 qPrintable(error));
    }
    QCOMPARE(digest(copy), before);
    QVERIFY(!QFile::exists(copy + u"-wal"_s));

    // Opening to write upgrades it, after keeping it as it was as a backup.
    auto migrated = Database::open(copy, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(migrated, qPrintable(error));
    QCOMPARE(migrated->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(migrated->upgradedFrom(), older ? version : 0);
    const QList<PlanBackup> backups = PlanBackups(copy).list();
    QCOMPARE(backups.size(), older ? 1 : 0);
    if (older) {
        QCOMPARE(migrated->upgradeBackup(), backups.constFirst().path);
        auto kept = Database::openUnchecked(backups.constFirst().path, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->schemaVersion(), version);
    }
    auto fresh = Database::createInMemory(&error);
    QVERIFY(fresh);
    QCOMPARE(schema(migrated->connection()), schema(fresh->connection()));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
