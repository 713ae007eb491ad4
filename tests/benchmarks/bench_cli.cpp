// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "benchsupport.h"
#include "storage/database.h"
#include "syntheticfingertips.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The command line on a `jfp demo` plan, timed as a user sees it: the real `jfp` binary, from
 * start to exit, and the child's own peak memory. Steps: `jfp tree PLAN`, `jfp indicators
 * PLAN --area PLACE` (the first place) and `jfp import` of a Fingertips export whose every row
 * is an actual value for a linked plan indicator (JFP_BENCH_IMPORT_VALUES rows, default
 * 100,000), into a copy of the plan. A step is stopped, and reported skipped, at
 * JFP_BENCH_LIMIT_S. See benchsupport.h for the output and README's Performance section for
 * the figures.
 */
class bench_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tree();
    void indicatorsOfPlace();
    void import();

private:
    /** Runs `jfp` for step `name`: reports it, or that it was stopped at the limit. */
    Bench::ChildRun step(const QString &name, const QStringList &arguments);
    /** The plan's areas' codes, each with its own indicators' ids (from its programmes). */
    std::map<QByteArray, QList<qint64>> indicatorsByArea() const;

    QString m_scale;
    QString m_plan;
    QTemporaryDir m_dir;
};

Bench::ChildRun bench_Cli::step(const QString &name, const QStringList &arguments)
{
    const Bench::ChildRun run
        = Bench::run(QStringLiteral(JFP_CLI_PATH), arguments, Bench::limitMs());
    if (run.stopped) {
        Bench::reportSkipped(
            name, m_scale, u"over_limit_%1s"_s.arg(double(Bench::limitMs()) / 1000.0));
    } else {
        Bench::report(name, m_scale, run.ms, run.peakRssMb);
    }
    return run;
}

std::map<QByteArray, QList<qint64>> bench_Cli::indicatorsByArea() const
{
    std::map<QByteArray, QList<qint64>> result;
    QString error;
    auto db = Database::open(m_plan, Database::OpenMode::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    QSqlQuery query(db->connection());
    if (!query.exec(u"SELECT coalesce(a.ons_code, a.ods_code), i.id FROM indicator i"
                    " JOIN programme p ON p.id = i.programme_id JOIN area a ON a.id = p.area_id"
                    " WHERE coalesce(a.ons_code, a.ods_code) IS NOT NULL ORDER BY a.id, i.id"_s))
        qFatal("cannot list the indicators");
    while (query.next())
        result[query.value(0).toString().toUtf8()].append(query.value(1).toLongLong());
    return result;
}

void bench_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_scale = Bench::scale(&error);
    QVERIFY2(!m_scale.isEmpty(), qPrintable(error));
    m_plan = Bench::demoPlan(QStringLiteral(JFP_CLI_PATH), m_scale, &error);
    QVERIFY2(!m_plan.isEmpty(), qPrintable(error));
}

void bench_Cli::tree()
{
    const Bench::ChildRun run = step(u"cli_tree"_s, {u"tree"_s, m_plan});
    if (run.stopped)
        QSKIP("over the time limit");
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("Demo programme 1"));
}

void bench_Cli::indicatorsOfPlace()
{
    QString place;
    {
        QString error;
        auto db = Database::open(m_plan, Database::OpenMode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(
            query.exec(u"SELECT ods_code FROM area WHERE level = 'place' ORDER BY id LIMIT 1"_s));
        QVERIFY(query.next());
        place = query.value(0).toString();
    }
    const Bench::ChildRun run
        = step(u"cli_indicators_place"_s, {u"indicators"_s, m_plan, u"--area"_s, place});
    if (run.stopped)
        QSKIP("over the time limit");
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("Demo indicator "));
}

void bench_Cli::import()
{
    bool ok = false;
    qint64 values = qEnvironmentVariableIntValue("JFP_BENCH_IMPORT_VALUES", &ok);
    if (!ok || values <= 0)
        values = 100000;
    // About ten years of months per linked indicator: the plan's areas each link their first
    // `perArea` indicators, Fingertips indicator j feeding each area's j-th.
    const std::map<QByteArray, QList<qint64>> byArea = indicatorsByArea();
    QVERIFY(!byArea.empty());
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (const auto &[code, ids] : byArea)
        fewest = std::min(fewest, ids.size());
    const qint64 pairs = (values + 119) / 120;
    const qint64 areas = qint64(byArea.size());
    const int perArea = int(std::min<qint64>(fewest, (pairs + areas - 1) / areas));
    const int usedAreas = int(std::min<qint64>(areas, (pairs + perArea - 1) / perArea));
    SyntheticFingertips::Shape shape{values, 0, perArea};
    QStringList arguments = {u"import"_s, u"<plan>"_s, u"<source>"_s};
    for (const auto &[code, ids] : byArea) {
        if (shape.areaCodes.size() == usedAreas)
            break;
        shape.areaCodes.append(code);
        for (int j = 0; j < perArea; ++j) {
            arguments << u"--link"_s
                      << u"%1=%2"_s.arg(QString::fromLatin1(SyntheticFingertips::indicatorId(j)))
                             .arg(ids.at(j));
        }
    }
    const QString source = m_dir.filePath(u"fingertips.csv"_s);
    const QString copy = m_dir.filePath(u"import.jfp"_s);
    QString error;
    QVERIFY2(SyntheticFingertips::writeFile(source, shape, &error) > 0, qPrintable(error));
    QVERIFY(QFile::copy(m_plan, copy));
    arguments[1] = copy;
    arguments[2] = source;

    const Bench::ChildRun run = step(u"cli_import_%1_values"_s.arg(values), arguments);
    if (run.stopped)
        QSKIP("over the time limit");
    QVERIFY2(run.status == 0, run.err.constData());
    const QByteArray done = "Imported into " + QFile::encodeName(copy) + ": "
                            + QByteArray::number(values) + " value(s) added";
    QVERIFY2(run.out.contains(done), run.out.right(400).constData());
}

QTEST_GUILESS_MAIN(bench_Cli)
#include "bench_cli.moc"
