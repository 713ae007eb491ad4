// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "export/planexport.h"
#include "import/seriestemplate.h"
#include "import/xlsxreader.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <unzip.h>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

using Sheet = QList<XlsxReader::Row>;

/** Every sheet of a workbook, read back with the import's reader. */
QHash<QString, Sheet> readWorkbook(const QString &path, QStringList *names = nullptr)
{
    XlsxReader reader(path);
    if (!reader.open())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(reader.errorString()));
    QHash<QString, Sheet> sheets;
    for (const QString &name : reader.sheetNames()) {
        Sheet rows;
        if (!reader.readSheet(name, [&rows](const XlsxReader::Row &row) {
                rows << row;
                return true;
            }))
            qFatal("cannot read %s", qPrintable(name));
        sheets.insert(name, rows);
    }
    if (names)
        *names = reader.sheetNames();
    return sheets;
}

/** The raw XML of one part of the zip, to check what a reader of values does not see. */
QByteArray zipPart(const QString &path, const QString &part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    QByteArray bytes;
    if (zip && unzLocateFile(zip, part.toUtf8().constData(), 1) == UNZ_OK
        && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    if (zip)
        unzClose(zip);
    return bytes;
}

QVariant cell(const Sheet &sheet, int row, const QString &key, PlanWorkbook::SheetKind kind)
{
    const int column = PlanWorkbook::layout(kind).columnIndex(key);
    if (column < 0)
        qFatal("no column %s", qPrintable(key));
    for (const XlsxReader::Row &r : sheet) {
        if (r.number == row)
            return r.cells.value(column);
    }
    return {};
}

} // namespace

/** `jfp export --out OUT.xlsx`: one sheet per kind of item, typed cells, scopes. */
class tst_WorkbookExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sheetsAndHeaders();
    void typedCells();
    void layoutOfEachSheet();
    void templateInstructions();
    void areaScope();
    void programmeScope();
    void csvStaysTheSeriesCsv();
    void badPaths_data();
    void badPaths();
    void columnNames_data();
    void columnNames();

private:
    PlanSnapshot m_plan;
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_WorkbookExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error));
    PlanWriter writer(*db);
    Area system;
    system.level = AreaLevel::System;
    system.name = u"Cheshire and Merseyside"_s;
    system.onsCode = u"E54000008"_s;
    system.id = writer.insertArea(system, 0, &error);
    Area helens;
    helens.parentId = system.id;
    helens.name = u"St Helens"_s;
    helens.onsCode = u"E08000013"_s;
    helens.population = 186000;
    helens.id = writer.insertArea(helens, 1, &error);
    Area halton;
    halton.parentId = system.id;
    halton.name = u"Halton"_s;
    halton.onsCode = u"E06000006"_s;
    halton.id = writer.insertArea(halton, 2, &error);
    QVERIFY2(system.id && helens.id && halton.id, qPrintable(error));
    QVERIFY2(writer.setPlanInfo({u"C&M plan"_s, QString(), u"2024/25"_s, u"2028/29"_s}, &error),
             qPrintable(error));
    // A plan-wide framework whose theme tags a St Helens programme, and one Halton owns.
    Framework marmot{0, u"atf"_s, u"All Together Fairer"_s, 0, QString(), QString(), {}};
    marmot.themes << Theme{0, 0, u"atf-1"_s, u"1"_s, u"Best start in life"_s, QString()}
                  << Theme{0, 0, u"atf-2"_s, u"2"_s, u"Education"_s, QString()};
    Framework haltonFramework{0, u"halton"_s, u"One Halton priorities"_s, halton.id, {}, {}, {}};
    haltonFramework.themes << Theme{0, 0, u"halton-1"_s, QString(), u"Ageing well"_s, QString()};
    QVERIFY2(writer.insertFramework(marmot, 0, &error)
                 && writer.insertFramework(haltonFramework, 1, &error),
             qPrintable(error));
    Programme ageing;
    ageing.themeIds = {marmot.themes.at(1).id, marmot.themes.at(0).id};
    ageing.areaId = helens.id;
    ageing.name = u"Ageing Well, Living Well"_s;
    ageing.start = QDate(2024, 4, 1);
    ageing.status = DeliveryStatus::OnTrack;
    ageing.id = writer.insertProgramme(ageing, 0, &error);
    Programme falls;
    falls.areaId = helens.id;
    falls.parentId = ageing.id;
    falls.name = u"A. Fewer falls"_s;
    falls.id = writer.insertProgramme(falls, 1, &error);
    Programme haltonProgramme;
    haltonProgramme.areaId = halton.id;
    haltonProgramme.name = u"One Halton"_s;
    haltonProgramme.id = writer.insertProgramme(haltonProgramme, 2, &error);
    QVERIFY2(ageing.id && falls.id && haltonProgramme.id, qPrintable(error));
    Milestone milestone;
    milestone.programmeId = falls.id;
    milestone.title = u"Falls service launched"_s;
    milestone.baselineDate = QDate(2025, 3, 31);
    milestone.forecastDate = QDate(2026, 3, 31);
    milestone.status = MilestoneStatus::AtRisk;
    QVERIFY2(writer.insertMilestone(milestone, 0, &error), qPrintable(error));
    Indicator smoking;
    smoking.programmeId = falls.id;
    smoking.name = u"Smoking prevalence"_s;
    smoking.unit = Unit::Percentage;
    smoking.baselineValue = 14.5;
    smoking.baselinePeriod = u"2022/23"_s;
    smoking.trajectory = {{u"2024/25"_s, 12.1}};
    smoking.actuals = {{u"2023/24"_s, 13.0, std::nullopt, 14.0, 0.0, 2000.0, u"provisional"_s}};
    smoking.benchmarks = {{0, u"England"_s, u"E92000001"_s, {{u"2023/24"_s, 11.6}}}};
    QVERIFY2(writer.insertIndicator(smoking, 0, &error), qPrintable(error));
    Indicator haltonIndicator;
    haltonIndicator.programmeId = haltonProgramme.id;
    haltonIndicator.name = u"Falls admissions"_s;
    QVERIFY2(writer.insertIndicator(haltonIndicator, 1, &error), qPrintable(error));
    ProgressUpdate update;
    update.programmeId = ageing.id;
    update.period = u"Q2 2025/26"_s;
    update.rag = u"amber"_s;
    update.recordedAt = QDateTime(QDate(2025, 10, 14), QTime(9, 30, 15, 250), Qt::UTC);
    QVERIFY2(writer.insertProgressUpdate(update, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
    m_path = m_dir.filePath(u"plan.xlsx"_s);
    PlanExport::Summary summary;
    QVERIFY2(PlanExport::write(m_path, m_plan, {}, &error, &summary), qPrintable(error));
    QCOMPARE(summary.format, PlanExport::Format::Workbook);
    QCOMPARE(summary.indicators, 2);
    // Areas … Benchmarks, then Plan, AreaCodes, Practices, Frameworks, Themes, ProgressUpdates,
    // Annotations, SpcRebases, Links.
    QCOMPARE(summary.sheetRows, (QList<int>{3, 3, 1, 2, 1, 1, 1, 1, 0, 0, 2, 3, 1, 0, 0, 0}));
}

void tst_WorkbookExport::sheetsAndHeaders()
{
    QStringList names;
    const auto sheets = readWorkbook(m_path, &names);
    QCOMPARE(names,
             (QStringList{u"Areas"_s,
                          u"Programmes"_s,
                          u"Milestones"_s,
                          u"Indicators"_s,
                          u"Trajectory"_s,
                          u"Actuals"_s,
                          u"Benchmarks"_s,
                          u"Plan"_s,
                          u"AreaCodes"_s,
                          u"Practices"_s,
                          u"Frameworks"_s,
                          u"Themes"_s,
                          u"ProgressUpdates"_s,
                          u"Annotations"_s,
                          u"SpcRebases"_s,
                          u"Links"_s}));
    for (const PlanWorkbook::SheetLayout &layout : PlanWorkbook::layouts()) {
        const Sheet sheet = sheets.value(layout.name);
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.constFirst().number, 1);
        QStringList header;
        for (int c = 0; c < layout.columns.size(); ++c)
            header << sheet.constFirst().cells.value(c).toString();
        QCOMPARE(header, layout.keys());
    }
    // Tree order: the system, then its places; a sub-programme after its parent.
    const Sheet areas = sheets.value(u"Areas"_s);
    QCOMPARE(cell(areas, 2, u"name"_s, PlanWorkbook::SheetKind::Areas).toString(),
             u"Cheshire and Merseyside"_s);
    QCOMPARE(cell(areas, 3, u"name"_s, PlanWorkbook::SheetKind::Areas).toString(), u"St Helens"_s);
    const Sheet programmes = sheets.value(u"Programmes"_s);
    QCOMPARE(cell(programmes, 3, u"name"_s, PlanWorkbook::SheetKind::Programmes).toString(),
             u"A. Fewer falls"_s);
}

void tst_WorkbookExport::typedCells()
{
    using K = PlanWorkbook::SheetKind;
    const auto sheets = readWorkbook(m_path);
    const Sheet areas = sheets.value(u"Areas"_s);
    // Numbers are numbers; a missing value is an empty cell, never 0.
    QCOMPARE(cell(areas, 3, u"population"_s, K::Areas), QVariant(186000.0));
    QVERIFY(!cell(areas, 2, u"population"_s, K::Areas).isValid());
    QCOMPARE(cell(areas, 3, u"parentId"_s, K::Areas).typeId(), QMetaType::Double);
    QVERIFY(!cell(areas, 2, u"parentId"_s, K::Areas).isValid());
    QCOMPARE(cell(areas, 2, u"level"_s, K::Areas).toString(), u"system"_s);
    // Dates are Excel dates with a date format, read back as dates.
    const Sheet milestones = sheets.value(u"Milestones"_s);
    QCOMPARE(cell(milestones, 2, u"forecastDate"_s, K::Milestones), QVariant(QDate(2026, 3, 31)));
    QCOMPARE(cell(milestones, 2, u"baselineDate"_s, K::Milestones), QVariant(QDate(2025, 3, 31)));
    QVERIFY(!cell(milestones, 2, u"completionDate"_s, K::Milestones).isValid());
    QCOMPARE(cell(milestones, 2, u"status"_s, K::Milestones).toString(), u"at_risk"_s);
    QCOMPARE(cell(milestones, 2, u"areaCode"_s, K::Milestones).toString(), u"E08000013"_s);
    const Sheet programmes = sheets.value(u"Programmes"_s);
    QCOMPARE(cell(programmes, 2, u"start"_s, K::Programmes), QVariant(QDate(2024, 4, 1)));
    QCOMPARE(cell(programmes, 2, u"status"_s, K::Programmes).toString(), u"on_track"_s);
    // Periods stay text, so 2021 does not turn into a number.
    const Sheet actuals = sheets.value(u"Actuals"_s);
    QCOMPARE(cell(actuals, 2, u"period"_s, K::Actuals), QVariant(u"2023/24"_s));
    QCOMPARE(cell(actuals, 2, u"value"_s, K::Actuals), QVariant(13.0));
    QVERIFY(!cell(actuals, 2, u"lower"_s, K::Actuals).isValid());
    QCOMPARE(cell(actuals, 2, u"count"_s, K::Actuals), QVariant(0.0)); // a real zero stays
    QCOMPARE(cell(actuals, 2, u"synthetic"_s, K::Actuals), QVariant(false));
    QCOMPARE(cell(actuals, 2, u"note"_s, K::Actuals).toString(), u"provisional"_s);
    const Sheet indicators = sheets.value(u"Indicators"_s);
    QCOMPARE(cell(indicators, 2, u"baselineValue"_s, K::Indicators), QVariant(14.5));
    QVERIFY(!cell(indicators, 2, u"targetValue"_s, K::Indicators).isValid());
    QCOMPARE(cell(indicators, 2, u"unit"_s, K::Indicators).toString(), u"percentage"_s);
    const Sheet benchmarks = sheets.value(u"Benchmarks"_s);
    QCOMPARE(cell(benchmarks, 2, u"benchmark"_s, K::Benchmarks).toString(), u"England"_s);
    QCOMPARE(cell(benchmarks, 2, u"value"_s, K::Benchmarks), QVariant(11.6));
    // Themes by key, in the plan's order; a date and time to the millisecond.
    QCOMPARE(cell(programmes, 2, u"themes"_s, K::Programmes).toString(), u"atf-1, atf-2"_s);
    const Sheet updates = sheets.value(u"ProgressUpdates"_s);
    QCOMPARE(cell(updates, 2, u"recordedAt"_s, K::ProgressUpdates),
             QVariant(QDateTime(QDate(2025, 10, 14), QTime(9, 30, 15, 250))));
    QCOMPARE(cell(updates, 2, u"rag"_s, K::ProgressUpdates).toString(), u"amber"_s);
    const Sheet plan = sheets.value(u"Plan"_s);
    QCOMPARE(cell(plan, 2, u"horizonEnd"_s, K::Plan), QVariant(u"2028/29"_s));
    QVERIFY(!cell(plan, 2, u"description"_s, K::Plan).isValid());
    const Sheet frameworks = sheets.value(u"Frameworks"_s);
    QCOMPARE(cell(frameworks, 3, u"areaId"_s, K::Frameworks).typeId(), QMetaType::Double);
    QCOMPARE(cell(frameworks, 3, u"area"_s, K::Frameworks).toString(), u"Halton"_s);
}

void tst_WorkbookExport::layoutOfEachSheet()
{
    // What a reader of values does not see: frozen header, autofilter, bold header, widths.
    for (int sheet = 1; sheet <= PlanWorkbook::layouts().size(); ++sheet) {
        const QByteArray xml = zipPart(m_path, u"xl/worksheets/sheet%1.xml"_s.arg(sheet));
        QVERIFY2(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                              "state=\"frozen\"/>"),
                 xml.left(600).constData());
        QVERIFY(xml.contains("<autoFilter ref=\"A1:"));
        QVERIFY(xml.contains("<cols>"));
        QVERIFY(xml.contains("customWidth=\"1\""));
        QVERIFY(xml.contains("paperSize=\"9\" orientation=\"landscape\""));
    }
    const QByteArray styles = zipPart(m_path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd hh:mm:ss\""));
}

void tst_WorkbookExport::templateInstructions()
{
    const QString path = m_dir.filePath(u"blank.xlsx"_s);
    QString error;
    QVERIFY2(PlanExport::writeTemplate(path, &error), qPrintable(error));
    QStringList names;
    const auto sheets = readWorkbook(path, &names);
    QCOMPARE(names.size(), PlanWorkbook::layouts().size() + 1);
    QCOMPARE(names.constFirst(), u"Instructions"_s);
    for (const PlanWorkbook::SheetLayout &layout : PlanWorkbook::layouts())
        QCOMPARE(sheets.value(layout.name).size(), 1); // the header row only
    // Paragraphs across the table's width; the table prints on the page width, its header
    // frozen and repeated; wrapped meanings get taller rows.
    const QByteArray xml = zipPart(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<mergeCell ref=\"A1:F1\"/>"));
    QVERIFY(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    QVERIFY(xml.contains("customHeight=\"1\""));
    QVERIFY(zipPart(path, u"xl/workbook.xml"_s).contains("_xlnm.Print_Titles"));
}

void tst_WorkbookExport::areaScope()
{
    using K = PlanWorkbook::SheetKind;
    const Area *helens = nullptr;
    for (const Area &a : m_plan.areas) {
        if (a.name == u"St Helens"_s)
            helens = &a;
    }
    QVERIFY(helens);
    const QList<PlanWorkbook::Table> tables = PlanWorkbook::tables(m_plan, {helens->id, 0});
    QCOMPARE(tables.size(), PlanWorkbook::layouts().size());
    QCOMPARE(tables.at(0).rows.size(), 1);
    QCOMPARE(tables.at(0).rows.at(0).at(3).toString(), u"St Helens"_s);
    // The top of the export has no parent, so it can be imported into any plan.
    QVERIFY(!tables.at(0).rows.at(0).at(1).isValid());
    QCOMPARE(tables.at(int(K::Programmes)).rows.size(), 2);
    QCOMPARE(tables.at(int(K::Indicators)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Milestones)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Benchmarks)).rows.size(), 1);
    // The frameworks its programmes are tagged with, not Halton's.
    QCOMPARE(tables.at(int(K::Frameworks)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Frameworks)).rows.at(0).at(0).toString(), u"atf"_s);
    QCOMPARE(tables.at(int(K::Themes)).rows.size(), 2);
    QCOMPARE(tables.at(int(K::ProgressUpdates)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Plan)).rows.size(), 1);
    // Halton's framework comes with Halton.
    const Area *halton = nullptr;
    for (const Area &a : m_plan.areas) {
        if (a.name == u"Halton"_s)
            halton = &a;
    }
    const QList<PlanWorkbook::Table> haltonTables = PlanWorkbook::tables(m_plan, {halton->id, 0});
    QCOMPARE(haltonTables.at(int(K::Frameworks)).rows.size(), 1);
    QCOMPARE(haltonTables.at(int(K::Frameworks)).rows.at(0).at(0).toString(), u"halton"_s);
    QCOMPARE(haltonTables.at(int(K::ProgressUpdates)).rows.size(), 0);
}

void tst_WorkbookExport::programmeScope()
{
    using K = PlanWorkbook::SheetKind;
    const Programme *falls = nullptr;
    for (const Programme &p : m_plan.programmes) {
        if (p.name == u"A. Fewer falls"_s)
            falls = &p;
    }
    QVERIFY(falls);
    const QList<PlanWorkbook::Table> tables = PlanWorkbook::tables(m_plan, {0, falls->id});
    // Its area, to own it; the programme as a top programme; what is beneath it.
    QCOMPARE(tables.at(int(K::Areas)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Areas)).rows.at(0).at(3).toString(), u"St Helens"_s);
    QCOMPARE(tables.at(int(K::Programmes)).rows.size(), 1);
    QVERIFY(!tables.at(int(K::Programmes)).rows.at(0).at(2).isValid());
    QCOMPARE(tables.at(int(K::Indicators)).rows.size(), 1);
    QCOMPARE(tables.at(int(K::Trajectory)).rows.size(), 1);
}

void tst_WorkbookExport::csvStaysTheSeriesCsv()
{
    const QString path = m_dir.filePath(u"series.csv"_s);
    QString error;
    PlanExport::Summary summary;
    QVERIFY2(PlanExport::write(path, m_plan, {}, &error, &summary), qPrintable(error));
    QCOMPARE(summary.format, PlanExport::Format::SeriesCsv);
    QCOMPARE(summary.rows, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<const Indicator *> all;
    for (const Indicator &i : m_plan.indicators)
        all << &i;
    QByteArray expected;
    QBuffer buffer(&expected);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(SeriesTemplate::write(&buffer, m_plan, all, &error));
    QCOMPARE(file.readAll(), expected);
}

void tst_WorkbookExport::badPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown suffix") << u"plan.ods"_s << u"does not end in .xlsx or .csv"_s;
    QTest::newRow("missing folder") << u"no/such/folder/plan.xlsx"_s << u"cannot create"_s;
}

void tst_WorkbookExport::badPaths()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY(!PlanExport::write(path, m_plan, {}, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_WorkbookExport::columnNames_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::newRow("A") << 0 << u"A"_s;
    QTest::newRow("Z") << 25 << u"Z"_s;
    QTest::newRow("AA") << 26 << u"AA"_s;
    QTest::newRow("AZ") << 51 << u"AZ"_s;
    QTest::newRow("BA") << 52 << u"BA"_s;
}

void tst_WorkbookExport::columnNames()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    QCOMPARE(XlsxReader::columnName(column), name);
}

QTEST_GUILESS_MAIN(tst_WorkbookExport)
#include "tst_workbookexport.moc"
