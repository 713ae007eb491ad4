// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * `jfp history` on a plan changed through the commands (in this process, as two different
 * users), read back by the real binary.
 */
class tst_HistoryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void filters_data();
    void filters();
    void text();
    void usageErrors_data();
    void usageErrors();
    void emptyHistory();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QJsonArray history(const QStringList &options) const;

    QTemporaryDir m_dir;
    QString m_plan;
    Id m_areaId = 0;
    Id m_indicatorId = 0;
};

tst_HistoryCli::Result tst_HistoryCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray tst_HistoryCli::history(const QStringList &options) const
{
    const Result r = run(QStringList{u"history"_s, m_plan, u"--json"_s} + options);
    if (r.status != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void tst_HistoryCli::initTestCase()
{
    m_plan = m_dir.filePath(u"plan.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_plan, &error), qPrintable(error));
    auto db = Database::open(m_plan, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const PlanSnapshot plan = *PlanReader::read(*db, &error);
    const Area halton = *std::find_if(
        plan.areas.cbegin(), plan.areas.cend(), [](const Area &a) { return a.name == u"Halton"; });
    const Indicator suicide
        = *std::find_if(plan.indicators.cbegin(), plan.indicators.cend(), [](const Indicator &i) {
              return i.name == u"Suicide rate";
          });
    m_areaId = halton.id;
    m_indicatorId = suicide.id;

    // alice renames Halton and gives it a population; bob sets two trajectory values, then
    // undoes alice's change.
    Commands::Internal::setUserForTests(u"alice"_s);
    Area renamed = halton;
    renamed.name = u"Halton Place"_s;
    renamed.population = 128000;
    auto rename = Commands::editArea(halton, renamed);
    QVERIFY2(rename->redo(*db, &error), qPrintable(error));
    Commands::Internal::setUserForTests(u"bob"_s);
    auto values
        = Commands::setTrajectoryValues(suicide, {{u"2025/26"_s, 12.5}, {u"2026/27"_s, 10.5}});
    QVERIFY2(values->redo(*db, &error), qPrintable(error));
    QVERIFY2(rename->undo(*db, &error), qPrintable(error));
}

void tst_HistoryCli::json()
{
    const QJsonArray rows = history({});
    QCOMPARE(rows.size(), 6);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList{u"changedAt"_s,
                          u"changedBy"_s,
                          u"command"_s,
                          u"field"_s,
                          u"itemId"_s,
                          u"itemKind"_s,
                          u"itemName"_s,
                          u"newValue"_s,
                          u"oldValue"_s}));
    QCOMPARE(first.value(u"changedBy"_s).toString(), u"alice"_s);
    QCOMPARE(first.value(u"itemKind"_s).toString(), u"area"_s);
    QCOMPARE(first.value(u"itemId"_s).toInteger(), m_areaId);
    QCOMPARE(first.value(u"itemName"_s).toString(), u"Halton Place"_s);
    QCOMPARE(first.value(u"field"_s).toString(), u"name"_s);
    QCOMPARE(first.value(u"oldValue"_s).toString(), u"Halton"_s);
    QCOMPARE(first.value(u"newValue"_s).toString(), u"Halton Place"_s);
    QCOMPARE(first.value(u"command"_s).toString(), u"Edit area 'Halton Place'"_s);
    const QDateTime at
        = QDateTime::fromString(first.value(u"changedAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QCOMPARE(rows.at(1).toObject().value(u"field"_s).toString(), u"population"_s);
    QCOMPARE(rows.at(1).toObject().value(u"oldValue"_s).toString(), u"130000"_s);
    // A period that had no value: old value null.
    QCOMPARE(rows.at(2).toObject().value(u"field"_s).toString(), u"trajectory 2025/26"_s);
    QVERIFY(rows.at(2).toObject().value(u"oldValue"_s).isNull());
    QCOMPARE(rows.at(2).toObject().value(u"newValue"_s).toString(), u"12.5"_s);
    // The undo is recorded too, as bob, with old and new swapped.
    const QJsonObject undo = rows.at(4).toObject();
    QCOMPARE(undo.value(u"changedBy"_s).toString(), u"bob"_s);
    QCOMPARE(undo.value(u"command"_s).toString(), u"Undo: Edit area 'Halton Place'"_s);
    QCOMPARE(undo.value(u"oldValue"_s).toString(), u"Halton Place"_s);
    QCOMPARE(undo.value(u"newValue"_s).toString(), u"Halton"_s);
}

void tst_HistoryCli::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("rows");
    QTest::newRow("alice") << QStringList{u"--user"_s, u"alice"_s} << 2;
    QTest::newRow("bob") << QStringList{u"--user"_s, u"bob"_s} << 4;
    QTest::newRow("nobody") << QStringList{u"--user"_s, u"carol"_s} << 0;
    QTest::newRow("since yesterday")
        << QStringList{u"--since"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)} << 6;
    QTest::newRow("since tomorrow")
        << QStringList{u"--since"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)} << 0;
    QTest::newRow("since an hour ago, with time")
        << QStringList{u"--since"_s,
                       QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate)}
        << 6;
    QTest::newRow("bob since yesterday")
        << QStringList{u"--user"_s,
                       u"bob"_s,
                       u"--since"_s,
                       QDate::currentDate().addDays(-1).toString(Qt::ISODate)}
        << 4;
}

void tst_HistoryCli::filters()
{
    QFETCH(QStringList, options);
    QFETCH(int, rows);
    QCOMPARE(history(options).size(), rows);
}

void tst_HistoryCli::text()
{
    const Result r = run({u"history"_s, m_plan, u"--item"_s, QString::number(m_indicatorId)});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3); // header and the two trajectory values
    QVERIFY(lines.at(0).contains(u"Field"_s));
    QVERIFY(lines.at(1).contains(u"bob"_s));
    QVERIFY(lines.at(1).contains(u"trajectory 2025/26"_s));
    QVERIFY(lines.at(1).endsWith(u"12.5"_s));
    QVERIFY(lines.at(2).contains(u"Suicide rate"_s));

    QCOMPARE(history({u"--item"_s, QString::number(m_areaId)}).size(), 4);
}

void tst_HistoryCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::newRow("no file") << QStringList{u"history"_s} << 2;
    QTest::newRow("bad since") << QStringList{u"history"_s, u"PLAN"_s, u"--since"_s, u"soon"_s}
                               << 2;
    QTest::newRow("bad item") << QStringList{u"history"_s, u"PLAN"_s, u"--item"_s, u"x"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"history"_s, u"PLAN"_s, u"--all"_s} << 2;
    QTest::newRow("missing file") << QStringList{u"history"_s, u"/nonexistent/plan.jfp"_s} << 1;
}

void tst_HistoryCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    arguments.replaceInStrings(u"PLAN"_s, m_plan);
    const Result r = run(arguments);
    QCOMPARE(r.status, status);
    QVERIFY(r.err.startsWith(u"jfp: "_s));
    QVERIFY(r.out.isEmpty());
}

void tst_HistoryCli::emptyHistory()
{
    const QString path = m_dir.filePath(u"empty.jfp"_s);
    QCOMPARE(run({u"init"_s, path}).status, 0);
    Result r = run({u"history"_s, path, u"--json"_s});
    QCOMPARE(r.status, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    r = run({u"history"_s, path});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), u"No changes recorded."_s);
}

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
