// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/period.h"
#include "import/seriestemplate.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

const QByteArray header = "indicatorId,area,areaCode,programme,indicator,unit,period,planned,"
                          "actual,lower,upper,count,denominator,note\r\n";

ImportPlan planText(const PlanSnapshot &plan, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return SeriesTemplate::plan(plan, &buffer, u"series.csv"_s);
}

} // namespace

/** The series CSV: exact export, blank template, import back with errors by line and column. */
class tst_SeriesTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportIsExact();
    void longSeriesInOrder();
    void blankTemplate();
    void exportReadsBackUnchanged();
    void filledInTemplateImports();
    void changedValuesReplace();
    void errors_data();
    void errors();
    void failedApplyWritesNothing();

private:
    PlanSnapshot snapshot();
    QByteArray exportAll();

    std::unique_ptr<Database> m_db;
};

void tst_SeriesTemplate::init()
{
    QString error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
    PlanWriter writer(*m_db);
    Area area;
    area.name = u"St Helens"_s;
    area.onsCode = u"E08000013"_s;
    const Id areaId = writer.insertArea(area, 0, &error);
    QVERIFY2(areaId, qPrintable(error));
    Area halton;
    halton.name = u"Halton"_s;
    halton.onsCode = u"E06000006"_s;
    const Id haltonId = writer.insertArea(halton, 1, &error);
    QVERIFY2(haltonId, qPrintable(error));
    Programme programme;
    programme.areaId = areaId;
    programme.name = u"Ageing Well, Living Well"_s;
    const Id programmeId = writer.insertProgramme(programme, 0, &error);
    QVERIFY2(programmeId, qPrintable(error));
    Programme haltonProgramme;
    haltonProgramme.areaId = haltonId;
    haltonProgramme.name = u"Ageing Well"_s;
    const Id haltonProgrammeId = writer.insertProgramme(haltonProgramme, 1, &error);
    QVERIFY2(haltonProgrammeId, qPrintable(error));

    Indicator smoking;
    smoking.programmeId = programmeId;
    smoking.name = u"Smoking prevalence (\"adults\")"_s;
    smoking.unit = Unit::Percentage;
    smoking.trajectory = {{u"2025/26"_s, 11.0}, {u"2024/25"_s, 12.1}};
    smoking.actuals
        = {{u"2024/25"_s, 12.5, 11.0, 14.0, 250.0, 2000.0, u"provisional,\nQ4 missing"_s},
           {u"2023/24"_s,
            0.1 + 0.2,
            std::nullopt,
            std::nullopt,
            std::nullopt,
            std::nullopt,
            QString()}};
    QVERIFY2(writer.insertIndicator(smoking, 0, &error), qPrintable(error));
    Indicator falls;
    falls.programmeId = haltonProgrammeId;
    falls.name = u"Falls"_s;
    QVERIFY2(writer.insertIndicator(falls, 1, &error), qPrintable(error));
}

void tst_SeriesTemplate::cleanup()
{
    m_db.reset();
}

PlanSnapshot tst_SeriesTemplate::snapshot()
{
    QString error;
    const auto plan = PlanReader::read(*m_db, &error);
    if (!plan)
        qFatal("cannot read the plan: %s", qPrintable(error));
    return *plan;
}

QByteArray tst_SeriesTemplate::exportAll()
{
    const PlanSnapshot plan = snapshot();
    QList<const Indicator *> indicators;
    for (const Indicator &i : plan.indicators)
        indicators << &i;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    int rows = 0;
    if (!SeriesTemplate::write(&buffer, plan, indicators, &error, &rows))
        qFatal("export failed: %s", qPrintable(error));
    if (rows != 4)
        qFatal("expected 4 rows, got %d", rows);
    return bytes;
}

void tst_SeriesTemplate::exportIsExact()
{
    const QByteArray expected
        = header
          + "1,St Helens,E08000013,\"Ageing Well, Living Well\",\"Smoking prevalence "
            "(\"\"adults\"\")\",percentage,2023/24,,0.30000000000000004,,,,,\r\n"
            "1,St Helens,E08000013,\"Ageing Well, Living Well\",\"Smoking prevalence "
            "(\"\"adults\"\")\",percentage,2024/25,12.1,12.5,11,14,250,2000,\"provisional,\n"
            "Q4 missing\"\r\n"
            "1,St Helens,E08000013,\"Ageing Well, Living Well\",\"Smoking prevalence "
            "(\"\"adults\"\")\",percentage,2025/26,11,,,,,,\r\n"
            "2,Halton,E06000006,Ageing Well,Falls,count,,,,,,,,\r\n";
    QCOMPARE(exportAll(), expected);
}

/**
 * A long series comes out one row per period, in period order, labels that are no period last
 * (20,000 values: this took minutes when each row looked up every other).
 */
void tst_SeriesTemplate::longSeriesInOrder()
{
    PlanSnapshot plan = snapshot();
    Indicator &indicator = plan.indicators.first();
    indicator.actuals.clear();
    indicator.trajectory.clear();
    constexpr int months = 20000;
    for (int m = months - 1; m >= 0; --m) { // stored newest first: the writer sorts
        const QString period = Period::month(1000 + m / 12, m % 12 + 1).toString();
        indicator.actuals.append({period, double(m), {}, {}, {}, {}, {}, false});
        indicator.trajectory.append({period, double(m) + 0.5});
    }
    indicator.trajectory.append({u"not a period"_s, 1.0});                     // after the periods
    indicator.actuals.append({u"Apr 2024"_s, 7.0, {}, {}, {}, {}, {}, false}); // the last wins

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    int rows = 0;
    QVERIFY2(SeriesTemplate::write(&buffer, plan, {&indicator}, &error, &rows), qPrintable(error));
    QCOMPARE(rows, months + 1);
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(lines.at(1).contains(",Jan 1000,0.5,0,"));
    QVERIFY(lines.at(months).contains(",Aug 2666,19999.5,19999,"));
    QVERIFY(lines.at(months + 1).contains(",not a period,1,,"));
    const qsizetype april = (2024 - 1000) * 12 + 4;
    QVERIFY2(lines.at(april).contains(",Apr 2024,12291.5,7,"), lines.at(april).constData());
}

void tst_SeriesTemplate::blankTemplate()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(SeriesTemplate::writeBlank(&buffer, &error));
    QCOMPARE(bytes, header);
    // A blank template imports as nothing, without errors.
    const ImportPlan preview = planText(snapshot(), bytes);
    QVERIFY(!preview.hasErrors());
    QVERIFY(!preview.hasChanges());
}

void tst_SeriesTemplate::exportReadsBackUnchanged()
{
    const ImportPlan preview = planText(snapshot(), exportAll());
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY(!preview.hasChanges());
    QCOMPARE(preview.count(ImportPlan::Change::Same), 4); // 2 planned, 2 actual
}

void tst_SeriesTemplate::filledInTemplateImports()
{
    const QByteArray filled = header
                              + ",,,,Falls,,2024/25,300,310.5,,,,,\r\n"
                                "2,,e06000006,,,,Q1 2025/26,,80,,,,,first quarter\r\n"
                                "2,,,,,,2026/27,250,,,,,,\r\n"
                                "2,,,,,,,,,,,,,\r\n";
    const ImportPlan preview = planText(snapshot(), filled);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QCOMPARE(preview.planned.size(), 2);
    QCOMPARE(preview.actuals.size(), 2);
    QCOMPARE(preview.count(ImportPlan::Change::Add), 4);
    QVERIFY2(preview.summary().contains(u"Planned values: 2 to add, 0 to replace, 0 unchanged"_s),
             qPrintable(preview.summary()));
    QString error;
    QVERIFY2(applyImport(*m_db, preview, &error), qPrintable(error));
    const PlanSnapshot plan = snapshot();
    const Indicator &falls = plan.indicators.at(1);
    QCOMPARE(falls.trajectory.size(), 2);
    QCOMPARE(falls.trajectory.at(0).period, u"2024/25"_s);
    QCOMPARE(falls.trajectory.at(0).value, 300.0);
    QCOMPARE(falls.actuals.size(), 2);
    QCOMPARE(falls.actuals.at(1).period, u"Q1 2025/26"_s);
    QCOMPARE(falls.actuals.at(1).value, 80.0);
    QCOMPARE(falls.actuals.at(1).note, u"first quarter"_s);
    QCOMPARE(falls.actuals.at(1).lower, std::nullopt);
    // Importing the same file again changes nothing.
    QVERIFY(!planText(plan, filled).hasChanges());
}

void tst_SeriesTemplate::changedValuesReplace()
{
    QByteArray edited = exportAll();
    edited.replace(",2025/26,11,", ",2025/26,10.5,");
    edited.replace(",2023/24,,0.30000000000000004,", ",2023/24,,0.35,");
    const ImportPlan preview = planText(snapshot(), edited);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QCOMPARE(preview.count(ImportPlan::Change::Replace), 2);
    QCOMPARE(preview.count(ImportPlan::Change::Same), 2);
    QString error;
    QVERIFY2(applyImport(*m_db, preview, &error), qPrintable(error));
    const PlanSnapshot after = snapshot(); // kept: the reference below points into it
    const Indicator &smoking = after.indicators.at(0);
    QCOMPARE(smoking.trajectory.size(), 2);
    QCOMPARE(smoking.trajectory.at(1).value, 10.5);
    QCOMPARE(smoking.actuals.at(0).value, 0.35);
    QCOMPARE(smoking.actuals.at(1).note, u"provisional,\nQ4 missing"_s);
}

void tst_SeriesTemplate::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown column")
        << QByteArray("indicatorId,period,actaul\r\n1,2024/25,3\r\n")
        << u"series.csv: line 1, column actaul: is not a column of the series template"_s;
    QTest::newRow("no period column") << QByteArray("indicatorId,actual\r\n1,3\r\n")
                                      << u"series.csv: line 1: this is not a series template: "
                                         "its first line has no period column"_s;
    QTest::newRow("bad number") << header + "1,,,,,,2024/25,,lots,,,,,\r\n"
                                << u"series.csv: line 2, column actual: 'lots' is not a number"_s;
    QTest::newRow("bad period") << header + "1,,,,,,2024/99,,3,,,,,\r\n"
                                << u"series.csv: line 2, column period: '2024/99' is not a "
                                   "period"_s;
    QTest::newRow("empty period with a value") << header + "1,,,,,,,,3,,,,,\r\n"
                                               << u"series.csv: line 2, column period: is empty"_s;
    QTest::newRow("unknown id") << header + "99,,,,,,2024/25,,3,,,,,\r\n"
                                << u"series.csv: line 2, column indicatorId: the plan has no "
                                   "indicator with the id '99'"_s;
    QTest::newRow("id and name disagree")
        << header + "2,,,,Smoking,,2024/25,,3,,,,,\r\n"
        << u"series.csv: line 2, column indicator: indicator 2 is called 'Falls', not "
           "'Smoking'"_s;
    QTest::newRow("unknown name") << header + ",,,,Smoking,,2024/25,,3,,,,,\r\n"
                                  << u"series.csv: line 2, column indicator: no indicator in "
                                     "the plan is called 'Smoking'"_s;
    QTest::newRow("wrong area") << header + "2,,E08000013,,,,2024/25,,3,,,,,\r\n"
                                << u"series.csv: line 2, column areaCode: indicator 2 (Falls) "
                                   "belongs to Halton (E06000006), not to 'E08000013'"_s;
    QTest::newRow("two rows for one period")
        << header + "2,,,,,,2024/25,,3,,,,,\r\n2,,,,,,2024/25,,4,,,,,\r\n"
        << u"series.csv: line 3, column period: a second row for indicator 2, 2024/25 (the "
           "first is on line 2)"_s;
    QTest::newRow("empty file") << QByteArray() << u"series.csv: the file is empty"_s;
    QTest::newRow("binary") << QByteArray("indicatorId,period\r\n\0\0\0", 23)
                            << u"series.csv: line 2: the file holds binary data"_s;
    QTest::newRow("unterminated quote") << header + "2,,,,\"Falls,,2024/25,,3\r\n"
                                        << u"series.csv: line 2: a quoted field"_s;
}

void tst_SeriesTemplate::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const ImportPlan preview = planText(snapshot(), input);
    QVERIFY(preview.hasErrors());
    QVERIFY2(preview.errorMessages().constFirst().startsWith(expected),
             qPrintable(preview.errorMessages().join(u'\n')));
    QString error;
    QVERIFY(!applyImport(*m_db, preview, &error));
}

void tst_SeriesTemplate::failedApplyWritesNothing()
{
    const QByteArray filled = header
                              + "2,,,,,,2024/25,300,310.5,,,,,\r\n"
                                "1,,,,,,2026/27,10,,,,,,\r\n";
    const ImportPlan preview = planText(snapshot(), filled);
    QVERIFY(!preview.hasErrors());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON actual_value"
                       " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    const PlanSnapshot before = snapshot();
    QString error;
    QVERIFY(!applyImport(*m_db, preview, &error));
    QVERIFY2(error.contains(u"refused for the test"_s), qPrintable(error));
    const PlanSnapshot after = snapshot();
    QCOMPARE(after.indicators.at(1).trajectory.size(), before.indicators.at(1).trajectory.size());
    QCOMPARE(after.indicators.at(1).trajectory.size(), 0);
    QCOMPARE(after.indicators.at(0).trajectory.size(), 2);
}

QTEST_GUILESS_MAIN(tst_SeriesTemplate)
#include "tst_seriestemplate.moc"
