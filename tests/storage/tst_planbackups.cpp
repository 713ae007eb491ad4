// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../support/planfilereader.h"
#include "commands/plancommands.h"
#include "document/backuppolicy.h"
#include "document/plandocument.h"
#include "document/undostack.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planbackups.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Backups of a plan: taken consistently into their own folder, the newest ten kept, taken by
 * the document before the first change and daily, checked before a restore, and a restore
 * keeps the plan it replaces.
 */
class tst_PlanBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folderIsPerPlan();
    void takeAndList();
    void pruneKeepsTheNewestTen();
    void policyBeforeFirstChangeAndDaily();
    void policyNeverForReadOnlyOrMemory();
    void preparedCopyIsThePlanAsOpened();
    void closedWithoutChangeLeavesNoBackup();
    void pruneRemovesStalePartialCopies();
    void failedBackupDoesNotBlockEditing();
    void checkRefusesUnsoundBackups_data();
    void checkRefusesUnsoundBackups();
    void restoreKeepsThePreviousPlan();
    void restoreRefusesAPlanInUse();
    void damagedPlanIsKeptWithItsLog();

private:
    QString root() const { return m_dir.filePath(u"backups"_s); }
    /** A backup of the plan as it is now, taken on 2 January 2026; empty on failure. */
    QString takeBackup(PlanBackups &backups) const;
    /** Every file in the backup folders, hidden ones (copies being written) included. */
    QStringList filesUnderRoot() const;

    QTemporaryDir m_dir;
    QString m_plan;
};

void tst_PlanBackups::init()
{
    QVERIFY(m_dir.isValid());
    QDir(root()).removeRecursively();
    m_plan = m_dir.filePath(u"plan.jfp"_s);
    QFile::remove(m_plan);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_plan, &error), qPrintable(error));
    TestPlan::rename(m_plan, u"Original"_s);
}

void tst_PlanBackups::folderIsPerPlan()
{
    QVERIFY(QDir(m_dir.path()).mkdir(u"other"_s));
    const PlanBackups here(m_plan, root());
    const PlanBackups there(m_dir.filePath(u"other/plan.jfp"_s), root());
    QVERIFY(here.folder().startsWith(root() + u"/plan-"_s));
    QVERIFY(there.folder().startsWith(root() + u"/plan-"_s));
    QVERIFY(here.folder() != there.folder());
    // The same plan, however its path is written.
    QCOMPARE(PlanBackups(m_dir.filePath(u"other/../plan.jfp"_s), root()).folder(), here.folder());
}

void tst_PlanBackups::takeAndList()
{
    PlanBackups backups(m_plan, root());
    QVERIFY(backups.list().isEmpty());
    QVERIFY(!backups.lastBackupTime().isValid());
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    const QString taken = backups.take(*db, &error, when);
    QVERIFY2(!taken.isEmpty(), qPrintable(error));
    const QList<PlanBackup> list = backups.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().path, taken);
    QCOMPARE(list.first().time, when);
    QCOMPARE(list.first().bytes, QFileInfo(taken).size());
    QVERIFY(list.first().bytes > 0);
    QCOMPARE(backups.lastBackupTime(), when);
    // A consistent copy that is a sound plan, and nothing else in the folder.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(PlanBackups::check(taken), QString());
    QCOMPARE(TestPlan::read(taken).info.name, u"Original"_s);
}

void tst_PlanBackups::pruneKeepsTheNewestTen()
{
    PlanBackups backups(m_plan, root());
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    // Out of order: the newest ten by time are kept, not the last ten taken.
    for (int day : {3, 1, 12, 5, 7, 2, 11, 4, 6, 8, 10, 9})
        QVERIFY2(!backups.take(*db, &error, start.addDays(day)).isEmpty(), qPrintable(error));
    const QList<PlanBackup> list = backups.list();
    QCOMPARE(list.size(), PlanBackups::kept);
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).time, start.addDays(12 - i));
    // Two backups in the same millisecond both keep.
    QVERIFY(!backups.take(*db, &error, start.addDays(20)).isEmpty());
    QVERIFY(!backups.take(*db, &error, start.addDays(20)).isEmpty());
    QCOMPARE(backups.list().at(1).time, start.addDays(20));
    QCOMPARE(backups.list().size(), PlanBackups::kept);
}

void tst_PlanBackups::policyBeforeFirstChangeAndDaily()
{
    QDateTime now(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    QString error;
    auto document = PlanDocument::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    const PlanBackups backups(m_plan, root());
    document->setBackupPolicy(std::make_unique<BackupPolicy>(backups, [&now] { return now; }));
    QVERIFY(document->backupPolicy());
    QVERIFY(backups.list().isEmpty()); // opening alone takes none

    const auto rename = [&](const QString &name) {
        PlanInfo after = document->plan().info;
        after.name = name;
        return document->push(Commands::editPlanInfo(document->plan().info, after), &error);
    };
    QVERIFY2(rename(u"First"_s), qPrintable(error));
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(TestPlan::read(backups.list().first().path).info.name,
             u"Original"_s); // as it was before
    now = now.addSecs(23 * 3600);
    QVERIFY(rename(u"Second"_s));
    QVERIFY(document->undoStack()->undo());
    QCOMPARE(backups.list().size(), 1); // within the day
    now = now.addSecs(2 * 3600);
    QVERIFY(document->undoStack()->undo()); // an undo is a change too
    QCOMPARE(backups.list().size(), 2);
    QCOMPARE(backups.list().first().time, now);
    QCOMPARE(TestPlan::read(backups.list().first().path).info.name, u"First"_s);

    // Opened again: a backup before its first change, however recent the last one.
    document.reset();
    document = PlanDocument::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    document->setBackupPolicy(std::make_unique<BackupPolicy>(backups, [&now] { return now; }));
    now = now.addSecs(60);
    QVERIFY(rename(u"Third"_s));
    QCOMPARE(backups.list().size(), 3);
}

QString tst_PlanBackups::takeBackup(PlanBackups &backups) const
{
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString backup
        = backups.take(*db, &error, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
    if (backup.isEmpty())
        qWarning("%s", qPrintable(error));
    return backup;
}

QStringList tst_PlanBackups::filesUnderRoot() const
{
    QStringList files;
    QDirIterator it(root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    return files;
}

void tst_PlanBackups::preparedCopyIsThePlanAsOpened()
{
    QString error;
    auto document = PlanDocument::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    const PlanBackups backups(m_plan, root());
    const QDateTime opened(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC);
    QDateTime now = opened;
    document->setBackupPolicy(std::make_unique<BackupPolicy>(backups, [&now] { return now; }));
    // Written in the background from the open on, but not a backup until a change comes.
    QVERIFY(document->backupPolicy()->waitForPrepared());
    QCOMPARE(filesUnderRoot().size(), 1);
    QVERIFY2(filesUnderRoot().first().startsWith(u".backup-"_s),
             qPrintable(filesUnderRoot().first()));
    QVERIFY(backups.list().isEmpty());

    now = opened.addSecs(600);
    PlanInfo after = document->plan().info;
    after.name = u"Changed"_s;
    QVERIFY2(document->push(Commands::editPlanInfo(document->plan().info, after), &error),
             qPrintable(error));
    const QList<PlanBackup> list = backups.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().time, opened); // the plan as it was opened
    QCOMPARE(TestPlan::read(list.first().path).info.name, u"Original"_s);
    QCOMPARE(filesUnderRoot().size(), 1); // the copy became the backup
    QCOMPARE(PlanBackups::check(list.first().path), QString());
}

void tst_PlanBackups::closedWithoutChangeLeavesNoBackup()
{
    QString error;
    for (const bool waitForCopy : {true, false}) {
        auto document = PlanDocument::open(m_plan, Database::OpenMode::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        document->setBackupPolicy(std::make_unique<BackupPolicy>(PlanBackups(m_plan, root())));
        if (waitForCopy)
            QVERIFY(document->backupPolicy()->waitForPrepared());
        document.reset(); // closed at once, perhaps while the copy is written: it is removed
        QVERIFY2(filesUnderRoot().isEmpty(), qPrintable(filesUnderRoot().join(u", "_s)));
    }
}

void tst_PlanBackups::pruneRemovesStalePartialCopies()
{
    PlanBackups backups(m_plan, root());
    QString error;
    const QString stale = backups.newPartialPath(&error);
    const QString fresh = backups.newPartialPath(&error);
    QVERIFY2(!stale.isEmpty() && !fresh.isEmpty() && stale != fresh, qPrintable(error));
    for (const QString &path : {stale, fresh}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a copy");
    }
    QFile file(stale);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                             QFileDevice::FileModificationTime));
    file.close();
    backups.prune();
    QVERIFY(!QFileInfo::exists(stale)); // left by a program that stopped
    QVERIFY(QFileInfo::exists(fresh));  // perhaps being written now
}

void tst_PlanBackups::policyNeverForReadOnlyOrMemory()
{
    QString error;
    auto readOnly = PlanDocument::open(m_plan, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(readOnly, qPrintable(error));
    readOnly->setBackupPolicy(std::make_unique<BackupPolicy>(PlanBackups(m_plan, root())));
    QVERIFY(!readOnly->backupPolicy());

    auto memory = PlanDocument::fromDatabase(Database::createInMemory(&error), &error);
    QVERIFY2(memory, qPrintable(error));
    memory->setBackupPolicy(std::make_unique<BackupPolicy>(PlanBackups(m_plan, root())));
    QVERIFY(!memory->backupPolicy());
    PlanInfo after = memory->plan().info;
    after.name = u"In memory"_s;
    QVERIFY(memory->push(Commands::editPlanInfo(memory->plan().info, after), &error));
    QVERIFY(!QFileInfo::exists(root()));
}

void tst_PlanBackups::failedBackupDoesNotBlockEditing()
{
    // The backup folder cannot be made: a file is where it would go.
    QFile blocker(root());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    auto document = PlanDocument::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    document->setBackupPolicy(std::make_unique<BackupPolicy>(PlanBackups(m_plan, root())));
    QSignalSpy failures(document.get(), &PlanDocument::backupFailed);
    PlanInfo after = document->plan().info;
    after.name = u"Edited anyway"_s;
    QVERIFY2(document->push(Commands::editPlanInfo(document->plan().info, after), &error),
             qPrintable(error));
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_plan)), qPrintable(message));
    QCOMPARE(document->plan().info.name, u"Edited anyway"_s);
    after.name = u"Again"_s;
    QVERIFY(document->push(Commands::editPlanInfo(document->plan().info, after), &error));
    QCOMPARE(failures.size(), 1); // told once, not on every change
    QFile::remove(root());
}

void tst_PlanBackups::checkRefusesUnsoundBackups_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s;
    QTest::newRow("a trigger") << u"trigger"_s << u"trigger 'wipe'"_s;
    QTest::newRow("not a plan") << u"text"_s << u"not a JFP Planner plan"_s;
}

void tst_PlanBackups::checkRefusesUnsoundBackups()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    PlanBackups backups(m_plan, root());
    QString error;
    QString backup;
    {
        auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        backup = backups.take(*db, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
    }
    QCOMPARE(PlanBackups::check(backup), QString());
    if (damage == "trigger"_L1) {
        const QString name = u"tamper"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER wipe AFTER INSERT ON change_history "
                                        "BEGIN DELETE FROM area; END"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damage == "text"_L1 ? QByteArray("area,name\n") : bytes.left(bytes.size() / 2));
        file.close();
    }
    const QString problem = PlanBackups::check(backup);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(backup)), qPrintable(problem));

    const QByteArray before = TestPlan::digest(m_plan);
    QVERIFY(!backups.restore(backup, &error));
    QVERIFY2(error.contains(expected) && error.contains(QDir::toNativeSeparators(m_plan)),
             qPrintable(error));
    QCOMPARE(TestPlan::digest(m_plan), before);
    QCOMPARE(backups.list().size(), 1); // nothing kept, nothing replaced
    const QStringList beside = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(beside, QStringList{u"plan.jfp"_s});
}

void tst_PlanBackups::restoreKeepsThePreviousPlan()
{
    PlanBackups backups(m_plan, root());
    QString error;
    const QString backup = takeBackup(backups);
    QVERIFY(!backup.isEmpty());
    TestPlan::rename(m_plan, u"Changed since"_s);
    QString kept;
    QVERIFY2(backups.restore(backup, &error, &kept), qPrintable(error));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Original"_s);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(backups.list().size(), 2);
    QCOMPARE(backups.list().first().path, kept);
    QCOMPARE(TestPlan::read(kept).info.name, u"Changed since"_s);
    // Nothing stale beside the plan, and it opens for writing as any plan does.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"plan.jfp"_s});
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->integrityProblems().isEmpty());
    db.reset();
    // The restore undone: the kept plan restored in its turn.
    QVERIFY2(backups.restore(kept, &error), qPrintable(error));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Changed since"_s);
}

void tst_PlanBackups::damagedPlanIsKeptWithItsLog()
{
    PlanBackups backups(m_plan, root());
    QString error;
    const QString backup = takeBackup(backups);
    QVERIFY(!backup.isEmpty());
    // A program stopped while its change was still in the log beside the plan...
    const QString log = m_plan + u"-wal"_s;
    const QString planCopy = m_dir.filePath(u"stopped.jfp"_s);
    const QString logCopy = planCopy + u"-wal"_s;
    QFile::remove(planCopy);
    QFile::remove(logCopy);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stopped"_s);
        db.setDatabaseName(m_plan);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(query.exec(u"UPDATE plan_info SET value = 'In the log' WHERE key = 'name'"_s));
        QVERIFY(QFile::copy(m_plan, planCopy) && QFile::copy(log, logCopy));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"stopped"_s);
    QVERIFY(QFile::remove(m_plan));
    QFile::remove(log);
    QVERIFY(QFile::rename(planCopy, m_plan) && QFile::rename(logCopy, log));
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray logBytes = logFile.readAll();
    logFile.close();
    QVERIFY(!logBytes.isEmpty());
    // ... and the plan was then damaged (its page size is gone).
    {
        QFile plan(m_plan);
        QVERIFY(plan.open(QIODevice::ReadWrite) && plan.seek(16));
        QCOMPARE(plan.write(QByteArray("\x00\x03", 2)), 2);
    }

    QString kept;
    QVERIFY2(backups.restore(backup, &error, &kept), qPrintable(error));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Original"_s);
    QVERIFY(!QFileInfo::exists(log)); // the damaged plan's log is not read with the restored one
    // The damaged plan is kept byte for byte, with its log, as it was.
    QFile keptLog(kept + u"-wal"_s);
    QVERIFY2(keptLog.open(QIODevice::ReadOnly), qPrintable(kept));
    QCOMPARE(keptLog.readAll(), logBytes);
    QCOMPARE(backups.list().first().path, kept);
    QCOMPARE(backups.list().size(), 2); // the log is not listed as a backup of its own
}

void tst_PlanBackups::restoreRefusesAPlanInUse()
{
    PlanBackups backups(m_plan, root());
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QString backup = backups.take(*db, &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    TestPlan::rename(m_plan, u"In use"_s);
    QVERIFY(!backups.restore(backup, &error));
    QVERIFY2(error.contains(u"in use"_s) && error.contains(QDir::toNativeSeparators(m_plan)),
             qPrintable(error));
    QCOMPARE(backups.list().size(), 1);
    db.reset();
    QCOMPARE(TestPlan::read(m_plan).info.name, u"In use"_s);
    QVERIFY2(backups.restore(backup, &error), qPrintable(error));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Original"_s);
}

QTEST_GUILESS_MAIN(tst_PlanBackups)
#include "tst_planbackups.moc"
