// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "rawplan.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/planreader.h"
#include "storage/sqlexec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Opening a plan file: sound files open; anything else gets a clear message and is left alone. */
class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndReopen();
    void createRefusesExistingFile();
    void badFiles_data();
    void badFiles();
    void readOnlyMode();
    void unwritableFileOpensReadOnly();
    void quickCheckOnlyAfterUncleanClose();
    void lockedPlanIsNotCalledDamaged();
    void copyTo();
    void transactionRollsBackUnlessCommitted();
    void readingLeavesNothingBeside();
    void longStatementIsStopped();
    void writerWaitsThenSaysInUse();
    void oversizedValueIsRefused();

private:
    enum class Damage {
        None,
        Missing,
        Folder,
        Empty,
        Text,
        Binary,
        Truncated,
        Corrupt,
        OtherSqlite,
        Trigger,
        View,
        Newer
    };
    QString makeFile(Damage damage, const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;
};

void tst_Database::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_sample, &error), qPrintable(error));
}

QString tst_Database::makeFile(Damage damage, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const auto write = [&path](const QByteArray &bytes) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    };
    QByteArray plan;
    {
        QFile sample(m_sample);
        if (sample.open(QIODevice::ReadOnly))
            plan = sample.readAll();
    }
    switch (damage) {
    case Damage::None:
        write(plan);
        break;
    case Damage::Missing:
        break;
    case Damage::Folder:
        QDir(m_dir.path()).mkdir(name);
        break;
    case Damage::Empty:
        write({});
        break;
    case Damage::Text:
        write("area,name\nE08000013,St Helens\n");
        break;
    case Damage::Binary: {
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        write(bytes);
        break;
    }
    case Damage::Truncated:
        write(plan.left(plan.size() / 2 + 100));
        break;
    case Damage::Corrupt: {
        QByteArray bytes = plan;
        for (int i = 4096; i < 4096 * 3 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        write(bytes);
        break;
    }
    case Damage::OtherSqlite:
        RawPlan::run(path,
                     {u"CREATE TABLE song (title TEXT)"_s, u"INSERT INTO song VALUES ('x')"_s});
        break;
    case Damage::Trigger: // a tampered plan that would empty itself on the next change
        write(plan);
        RawPlan::run(path,
                     {u"CREATE TRIGGER wipe AFTER INSERT ON change_history "
                      "BEGIN DELETE FROM area; END"_s});
        break;
    case Damage::View: // a view in the place of a table, whose body never ends
        write(plan);
        RawPlan::run(path,
                     {u"CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                      "SELECT i + 1 FROM n) SELECT i FROM n"_s});
        break;
    case Damage::Newer:
        write(plan);
        RawPlan::run(path, {u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)});
        break;
    }
    return path;
}

void tst_Database::createAndReopen()
{
    const QString path = m_dir.filePath(u"new.jfp"_s);
    QString error;
    {
        auto db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(!db->isReadOnly());
    QVERIFY(db->integrityProblems().isEmpty());
}

void tst_Database::createRefusesExistingFile()
{
    QString error;
    const QByteArray before = RawPlan::digest(m_sample);
    QVERIFY(!Database::create(m_sample, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(RawPlan::digest(m_sample), before);
    QVERIFY(!Database::create(m_dir.filePath(u"no/such/folder/x.jfp"_s), &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
}

void tst_Database::badFiles_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << int(Damage::Missing) << u"does not exist"_s;
    QTest::newRow("folder") << int(Damage::Folder) << u"is a folder"_s;
    QTest::newRow("empty") << int(Damage::Empty) << u"is empty"_s;
    QTest::newRow("text") << int(Damage::Text) << u"not an SQLite database"_s;
    QTest::newRow("binary") << int(Damage::Binary) << u"not an SQLite database"_s;
    QTest::newRow("truncated") << int(Damage::Truncated) << u"is damaged"_s;
    QTest::newRow("corrupt") << int(Damage::Corrupt) << u"is damaged"_s;
    QTest::newRow("other program's database")
        << int(Damage::OtherSqlite) << u"not a JFP Planner plan"_s;
    QTest::newRow("newer version") << int(Damage::Newer) << u"newer version of JFP Planner"_s;
    QTest::newRow("a trigger") << int(Damage::Trigger) << u"trigger 'wipe'"_s;
    QTest::newRow("a view") << int(Damage::View) << u"view 'forever'"_s;
}

void tst_Database::badFiles()
{
    QFETCH(int, damage);
    QFETCH(QString, messagePart);
    const QString name = u"bad-%1.jfp"_s.arg(damage);
    const QString path = makeFile(Damage(damage), name);
    const QByteArray before = RawPlan::digest(path);
    for (const auto mode : {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
        QString error;
        auto db = Database::open(path, mode, &error);
        if (db) {
            // Closed cleanly, a damaged page is not looked for at open: the first statement
            // that meets it fails and says so.
            QCOMPARE(Damage(damage), Damage::Corrupt);
            QVERIFY(!db->wasQuickChecked());
            QVERIFY(!PlanReader::read(*db, &error));
            db.reset();
        }
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY2(error.contains(name), qPrintable(error)); // the message names the file
        QCOMPARE(RawPlan::digest(path), before);           // and the file is untouched
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
    }
}

void tst_Database::readOnlyMode()
{
    const QString path = makeFile(Damage::None, u"readonly.jfp"_s);
    const QByteArray before = RawPlan::digest(path);
    QString error;
    {
        auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isReadOnly());
        QVERIFY(PlanReader::read(*db, &error));
        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(u"DELETE FROM area"_s));
    }
    QCOMPARE(RawPlan::digest(path), before);
}

void tst_Database::unwritableFileOpensReadOnly()
{
    const QString path = makeFile(Damage::None, u"locked.jfp"_s);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (QFileInfo(path).isWritable())
        QSKIP("Running as a user who can write to read-only files (root): covered by readOnlyMode");
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->isReadOnly());
}

void tst_Database::quickCheckOnlyAfterUncleanClose()
{
    const auto leaveLog = [](const QString &plan) {
        // What a program stopped while changing the plan (or one that has it open) leaves.
        QFile log(plan + u"-wal"_s);
        return log.open(QIODevice::WriteOnly);
    };
    QString error;
    const QString sound = makeFile(Damage::None, u"closed-cleanly.jfp"_s);
    const auto openDeferred = [&](const QString &path) {
        return Database::open(
            path, Database::OpenMode::ReadOnly, &error, Database::QuickCheck::Deferred);
    };
    {
        // The command line checks every plan; the window, closed cleanly, none.
        auto db = Database::open(sound, Database::OpenMode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->wasQuickChecked());
        db = openDeferred(sound);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!db->wasQuickChecked()); // nothing read but the schema
        QVERIFY(!db->isQuickCheckDue());
    }
    QVERIFY(leaveLog(sound));
    {
        auto db = openDeferred(sound);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!db->wasQuickChecked());
        QVERIFY(db->isQuickCheckDue()); // left to the window's background check
    }
    const QString damaged = makeFile(Damage::Corrupt, u"damaged-unclean.jfp"_s);
    QVERIFY(leaveLog(damaged));
    for (const auto mode : {Database::OpenMode::ReadOnly, Database::OpenMode::ReadWrite}) {
        QVERIFY(!Database::open(damaged, mode, &error)); // refused before anything is read
        QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
        QVERIFY2(error.contains(u"damaged-unclean.jfp"_s), qPrintable(error));
    }

    // The same check on its own (the window's, in the background), and stopped.
    QCOMPARE(Database::quickCheck(sound, nullptr), QString());
    error = Database::quickCheck(damaged, nullptr);
    QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
    QVERIFY2(error.contains(u"damaged-unclean.jfp"_s), qPrintable(error));
    const std::atomic_bool stop = true;
    QCOMPARE(Database::quickCheck(sound, &stop), QString());
}

void tst_Database::lockedPlanIsNotCalledDamaged()
{
    const QString path = makeFile(Damage::None, u"held.jfp"_s);
    const QByteArray before = RawPlan::digest(path);
    {
        // Another program in the middle of writing and holding the file to itself (in WAL mode
        // writers do not block readers, unless the writer takes the file exclusively).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"UPDATE plan_info SET value = value"_s));
        QString error;
        QVERIFY(!Database::open(path, Database::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(u"in use by another program"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(error.contains(u"held.jfp"_s));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(RawPlan::digest(path), before);
    QString error;
    QVERIFY2(Database::open(path, Database::OpenMode::ReadWrite, &error), qPrintable(error));
}

void tst_Database::copyTo()
{
    QString error;
    auto db = Database::open(
        makeFile(Damage::None, u"original.jfp"_s), Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QString copy = m_dir.filePath(u"copy.jfp"_s);
    QVERIFY2(db->copyTo(copy, &error), qPrintable(error));
    auto reopened = Database::open(copy, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    const auto a = PlanReader::read(*db, &error);
    const auto b = PlanReader::read(*reopened, &error);
    QVERIFY(a && b);
    QCOMPARE(b->areas.size(), a->areas.size());
    QCOMPARE(b->indicators.size(), a->indicators.size());
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    const auto count = [&db] {
        QSqlQuery query(db->connection());
        query.exec(u"SELECT COUNT(*) FROM plan_info"_s);
        query.next();
        return query.value(0).toInt();
    };
    {
        Transaction transaction(*db);
        QVERIFY(transaction.isActive());
        QSqlQuery(db->connection()).exec(u"INSERT INTO plan_info VALUES ('a', 'b')"_s);
        QCOMPARE(count(), 1);
    }
    QCOMPARE(count(), 0);
    {
        Transaction transaction(*db);
        QSqlQuery(db->connection()).exec(u"INSERT INTO plan_info VALUES ('a', 'b')"_s);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(count(), 1);
}

void tst_Database::readingLeavesNothingBeside()
{
    // Reading a plan (as every read-only command does) leaves no -wal or -shm beside it and
    // the file exactly as it was; so does refusing a tampered one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"read.jfp"_s);
    QVERIFY(QFile::copy(makeFile(Damage::None, u"source.jfp"_s), path));
    const QByteArray before = RawPlan::digest(path);
    {
        QString error;
        auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isReadOnly());
        QVERIFY(PlanReader::read(*db, &error));
        QVERIFY(!SqlExec::exec(*db, u"DELETE FROM area"_s, {}, &error)); // it cannot write
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"read.jfp"_s});
    QCOMPARE(RawPlan::digest(path), before);

    QVERIFY(RawPlan::run(path, {u"CREATE TRIGGER t AFTER INSERT ON area BEGIN SELECT 1; END"_s})
                .isEmpty());
    const QByteArray tampered = RawPlan::digest(path);
    QString error;
    QVERIFY(!Database::open(path, Database::OpenMode::ReadOnly, &error));
    QVERIFY(Database::schemaProblems(path, &error).size() == 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"read.jfp"_s});
    QCOMPARE(RawPlan::digest(path), tampered);
}

void tst_Database::longStatementIsStopped()
{
    // A query that would never end (here a recursive count; in a tampered file, a view) is
    // stopped at the time limit with a message in words, and the plan is usable after it.
    QString error;
    auto db = Database::open(
        makeFile(Damage::None, u"slow.jfp"_s), Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    db->setStatementTimeLimit(300);
    QElapsedTimer timer;
    timer.start();
    const auto query = SqlExec::exec(*db,
                                     u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n) SELECT count(*) FROM n"_s,
                                     {},
                                     &error);
    QVERIFY(!query);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(u"took longer than 0 seconds and was stopped"_s)
                 || error.contains(u"and was stopped"_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"slow.jfp"_s), qPrintable(error));
    QVERIFY2(SqlExec::exec(*db, u"SELECT count(*) FROM area"_s, {}, &error), qPrintable(error));
}

void tst_Database::writerWaitsThenSaysInUse()
{
    // Another program holds the write lock: a change waits the busy timeout, then is refused
    // as "in use by another program", never with SQLite's own words.
    const QString path = makeFile(Damage::None, u"busy.jfp"_s);
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QSqlQuery(db->connection()).exec(u"PRAGMA busy_timeout = 200"_s));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(query.exec(u"UPDATE plan_info SET value = value"_s));
        {
            Transaction transaction(*db);
            QVERIFY(!transaction.isActive());
            QVERIFY2(transaction.beginError().contains(u"in use by another program"_s),
                     qPrintable(transaction.beginError()));
            QVERIFY(transaction.beginError().contains(u"busy.jfp"_s));
        }
        QVERIFY(query.exec(u"COMMIT"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
    Transaction transaction(*db);
    QVERIFY(transaction.isActive());
    QVERIFY(SqlExec::exec(*db, u"UPDATE plan_info SET value = value"_s, {}, &error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

void tst_Database::oversizedValueIsRefused()
{
    // A 40 MB value planted in a plan is never read into memory: SQLite's length limit
    // refuses it, and the message says so in words.
    const QString path = makeFile(Damage::None, u"big.jfp"_s);
    QVERIFY(RawPlan::run(path,
                         {u"UPDATE plan_info SET value = zeroblob(40000000) WHERE key = 'name'"_s})
                .isEmpty());
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    auto query
        = SqlExec::exec(*db, u"SELECT value FROM plan_info WHERE key = 'name'"_s, {}, &error);
    QVERIFY(!query || !query->next());
    QVERIFY2(error.contains(u"larger than JFP Planner reads"_s)
                 || (query && query->lastError().isValid()),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
