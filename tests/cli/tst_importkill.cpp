// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../commands/commandtest.h"
#include "reporting/indicatorsummary.h"
#include "syntheticfingertips.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * An import is one transaction, even when the process dies in the middle of it: `jfp import`
 * is started on a large generated Fingertips file and killed with SIGKILL while its
 * transaction is open and has already written thousands of values (the test hook
 * JFP_TEST_IMPORT_PAUSE_AFTER in Commands::importValues holds it there, so the kill lands at
 * the same point every time). The plan must then open exactly as it was, pass SQLite's
 * integrity check, and take the same import afterwards.
 */
class tst_ImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesPlanUnchanged_data();
    void killedImportLeavesPlanUnchanged();

private:
    static QString dump(const QString &path);
    static QString integrityCheck(const QString &path);

    QTemporaryDir m_dir;
    QString m_source;
};

void tst_ImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(u"large.csv"_s);
    // England, North West region and St Helens only: every row becomes a value to write
    // (15,000 monthly actuals and 30,000 benchmark values).
    QString error;
    QVERIFY2(SyntheticFingertips::writeFile(m_source, {45000, 3, 1}, &error) > 0,
             qPrintable(error));
}

QString tst_ImportKill::dump(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return u"cannot open: "_s + error;
    return CommandTest::dump(CommandTest::read(*db));
}

QString tst_ImportKill::integrityCheck(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    if (!db)
        return u"cannot open: "_s + error;
    QSqlQuery query(db->connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"integrity_check did not run"_s;
    return query.value(0).toString();
}

void tst_ImportKill::killedImportLeavesPlanUnchanged_data()
{
    QTest::addColumn<int>("pauseAfter");
    QTest::newRow("after the first value") << 1;
    QTest::newRow("after 40,000 values") << 40000;
}

void tst_ImportKill::killedImportLeavesPlanUnchanged()
{
    QFETCH(int, pauseAfter);
    const QString plan = m_dir.filePath(u"plan-%1.jfp"_s.arg(pauseAfter));
    QString error;
    QVERIFY2(SamplePlan::createFile(plan, &error), qPrintable(error));
    const QString before = dump(plan);
    const QStringList arguments
        = {u"import"_s, plan, m_source, u"--link"_s, u"93356=Suicide rate"_s};

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"JFP_TEST_IMPORT_PAUSE_AFTER"_s, QString::number(pauseAfter));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(JFP_CLI_PATH), arguments);
    QVERIFY(child.waitForStarted());
    const QByteArray paused
        = "jfp: test hook: import paused after " + QByteArray::number(pauseAfter) + " values";
    QByteArray errors;
    QElapsedTimer timer;
    timer.start();
    while (!errors.contains(paused) && timer.elapsed() < 90000
           && child.state() == QProcess::Running) {
        child.waitForReadyRead(1000);
        errors += child.readAllStandardError();
    }
    QVERIFY2(errors.contains(paused), errors.constData());
    // The transaction is open and has written: its pages are in the write-ahead log.
    const qint64 walSize = QFileInfo(plan + u"-wal"_s).size();
    if (pauseAfter > 1)
        QVERIFY2(walSize > 0, qPrintable(QString::number(walSize)));

    child.kill(); // SIGKILL: no destructor, no rollback, no clean close
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QCOMPARE(integrityCheck(plan), u"ok"_s);
    const QString afterKill = dump(plan);
    QVERIFY2(afterKill == before, qPrintable(CommandTest::firstDifference(before, afterKill)));

    // The same import, not interrupted, then lands whole.
    QProcess again;
    again.start(QStringLiteral(JFP_CLI_PATH), arguments);
    QVERIFY(again.waitForFinished(90000));
    const QString output = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QVERIFY2(output.contains(u"45000 value(s) added, 0 replaced, 1 new link(s)"_s),
             qPrintable(output.right(400)));
    QCOMPARE(integrityCheck(plan), u"ok"_s);
    QString readError;
    auto db = Database::open(plan, Database::OpenMode::ReadOnly, &readError);
    QVERIFY2(db, qPrintable(readError));
    const PlanSnapshot imported = CommandTest::read(*db);
    const auto found = IndicatorSummaries::findIndicators(imported, u"Suicide rate"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst()->actuals.size(), 15000);
    QCOMPARE(found.constFirst()->benchmarks.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ImportKill)
#include "tst_importkill.moc"
