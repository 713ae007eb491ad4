// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../support/clirun.h"
#include "../support/planfilereader.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planbackups.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * `jfp restore`: the real binary lists a plan's backups (text and JSON) and restores one by
 * number or path, keeping the plan it replaces; unsound backups and wrong usage are refused
 * with the exit statuses of every command. Its data folder is the test's own.
 */
class tst_RestoreCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsNoBackups();
    void listsBackups();
    void restoresByNumberAndKeepsThePlan();
    void restoresByPath();
    void refusesADamagedBackup();
    void refusesABadNumber();
    void usageErrors_data();
    void usageErrors();

private:
    using Result = CliRun::Result;
    Result run(const QStringList &arguments) const;
    QString root() const { return m_dir.filePath(u"data/JFP Planner/JFP Planner/backups"_s); }
    QString takeBackup(const QDateTime &when) const;

    QTemporaryDir m_dir;
    QString m_plan;
};

CliRun::Result tst_RestoreCli::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    return CliRun::run(arguments, 60000, environment);
}

QString tst_RestoreCli::takeBackup(const QDateTime &when) const
{
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    if (!db)
        return {};
    return PlanBackups(m_plan, root()).take(*db, &error, when);
}

void tst_RestoreCli::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.filePath(u"data"_s)).removeRecursively();
    m_plan = m_dir.filePath(u"plan.jfp"_s);
    QFile::remove(m_plan);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_plan, &error), qPrintable(error));
    TestPlan::rename(m_plan, u"Original"_s);
}

void tst_RestoreCli::listsNoBackups()
{
    const Result r = run({u"restore"_s, m_plan});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"no backups"_s) && r.out.contains(QDir::toNativeSeparators(m_plan)),
             qPrintable(r.out));
    const Result json = run({u"restore"_s, m_plan, u"--json"_s});
    QCOMPARE(json.status, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"backups"_s).toArray().size(), 0);
    QCOMPARE(object.value(u"folder"_s).toString(),
             QDir::toNativeSeparators(PlanBackups(m_plan, root()).folder()));
}

void tst_RestoreCli::listsBackups()
{
    const QDateTime older(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    const QDateTime newer(QDate(2026, 2, 3), QTime(11, 30, 15, 250), Qt::UTC);
    const QString first = takeBackup(older);
    const QString second = takeBackup(newer);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const Result r = run({u"restore"_s, m_plan, u"--json"_s});
    QCOMPARE(r.status, 0);
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(u"plan"_s).toString(), QDir::toNativeSeparators(m_plan));
    const QJsonArray backups = object.value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 2);
    const QJsonObject top = backups.at(0).toObject();
    QCOMPARE(top.value(u"number"_s).toInt(), 1);
    QCOMPARE(top.value(u"path"_s).toString(), QDir::toNativeSeparators(second));
    QCOMPARE(top.value(u"time"_s).toString(), u"2026-02-03T11:30:15.250Z"_s);
    QCOMPARE(qint64(top.value(u"bytes"_s).toDouble()), QFileInfo(second).size());
    QCOMPARE(backups.at(1).toObject().value(u"number"_s).toInt(), 2);

    const Result text = run({u"restore"_s, m_plan});
    QCOMPARE(text.status, 0);
    const QStringList lines = text.out.split(u'\n');
    QVERIFY2(lines.size() >= 4, qPrintable(text.out));
    QVERIFY2(lines.at(1).trimmed().startsWith(
                 u"1  "_s + newer.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
             qPrintable(text.out));
    QVERIFY2(lines.at(2).trimmed().startsWith(u"2  "_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"--backup"_s), qPrintable(text.out));
}

void tst_RestoreCli::restoresByNumberAndKeepsThePlan()
{
    takeBackup(QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    TestPlan::rename(m_plan, u"Later"_s);
    takeBackup(QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC));
    TestPlan::rename(m_plan, u"Latest"_s);

    const Result r = run({u"restore"_s, m_plan, u"--backup"_s, u"2"_s});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Original"_s);
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(m_plan)), qPrintable(r.out));
    const QList<PlanBackup> list = PlanBackups(m_plan, root()).list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(TestPlan::read(list.first().path).info.name, u"Latest"_s); // kept, newest
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(list.first().path)), qPrintable(r.out));
}

void tst_RestoreCli::restoresByPath()
{
    const QString backup = takeBackup(QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    TestPlan::rename(m_plan, u"Later"_s);
    const QString elsewhere = m_dir.filePath(u"sent.jfp"_s);
    QFile::remove(elsewhere);
    QVERIFY(QFile::copy(backup, elsewhere));
    const Result r = run({u"restore"_s, m_plan, u"--backup"_s, elsewhere});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Original"_s);
    QFile::remove(elsewhere);
}

void tst_RestoreCli::refusesADamagedBackup()
{
    const QString backup = takeBackup(QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    TestPlan::rename(m_plan, u"Kept"_s);
    const Result r = run({u"restore"_s, m_plan, u"--backup"_s, u"1"_s});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.startsWith(u"jfp: "_s) && r.err.contains(QDir::toNativeSeparators(backup))
                 && r.err.contains(QDir::toNativeSeparators(m_plan)),
             qPrintable(r.err));
    QCOMPARE(TestPlan::read(m_plan).info.name, u"Kept"_s);
    QCOMPARE(PlanBackups(m_plan, root()).list().size(), 1);
}

void tst_RestoreCli::refusesABadNumber()
{
    takeBackup(QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    const Result r = run({u"restore"_s, m_plan, u"--backup"_s, u"5"_s});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"from 1 to 1"_s), qPrintable(r.err));
    const Result missing = run({u"restore"_s, m_plan, u"--backup"_s, m_dir.filePath(u"no.jfp"_s)});
    QCOMPARE(missing.status, 1);
    QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
}

void tst_RestoreCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"restore"_s};
    QTest::newRow("two files") << QStringList{u"restore"_s, u"a.jfp"_s, u"b.jfp"_s};
    QTest::newRow("unknown option") << QStringList{u"restore"_s, u"a.jfp"_s, u"--all"_s};
    QTest::newRow("json with backup")
        << QStringList{u"restore"_s, u"a.jfp"_s, u"--backup"_s, u"1"_s, u"--json"_s};
}

void tst_RestoreCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.startsWith(u"jfp: "_s) && r.err.contains(u"Usage: jfp"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_RestoreCli)
#include "tst_restorecli.moc"
