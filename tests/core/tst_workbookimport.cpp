// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "export/planexport.h"
#include "import/workbookimport.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

Q_DECLARE_METATYPE(Jfp::WorkbookImport::SheetData)

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

PlanSnapshot snapshot(Database &db)
{
    QString error;
    const auto plan = PlanReader::read(db, &error);
    if (!plan)
        qFatal("cannot read the plan: %s", qPrintable(error));
    return *plan;
}

ImportPlan planCsv(const PlanSnapshot &plan, const QByteArray &text)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return WorkbookImport::planMilestoneCsv(plan, &buffer, u"milestones.csv"_s);
}

using SheetData = WorkbookImport::SheetData;

SheetData sheet(const QString &name, const QStringList &headings, const QList<QVariantList> &rows)
{
    SheetData data{name, headings, {}};
    qint64 line = 2;
    for (const QVariantList &cells : rows)
        data.rows.append({line++, cells});
    return data;
}

} // namespace

/** Importing plan workbooks and milestone CSVs: round trips, matching, every error by cell. */
class tst_WorkbookImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reimportChangesNothing();
    void editedWorkbookUpdates();
    void errors_data();
    void errors();
    void badFilesLeavePlanUnchanged_data();
    void badFilesLeavePlanUnchanged();
    void failedApplyLeavesPlanUnchanged();
    void milestoneCsv();
    void milestoneCsvErrors_data();
    void milestoneCsvErrors();
    void templateWorkbookImportsNothing();
    void planInfo();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_sample;
};

void tst_WorkbookImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_sample = Database::createInMemory(&error);
    QVERIFY2(m_sample && SamplePlan::populate(*m_sample, &error), qPrintable(error));
}

void tst_WorkbookImport::reimportChangesNothing()
{
    QString error;
    const PlanSnapshot plan = snapshot(*m_sample);
    const QString workbook = m_dir.filePath(u"same.xlsx"_s);
    QVERIFY2(PlanExport::write(workbook, plan, {}, &error), qPrintable(error));
    const ImportPlan preview = WorkbookImport::planFile(plan, workbook);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY2(!preview.hasChanges(), qPrintable(preview.summary()));
    QCOMPARE(preview.milestones.size(), plan.milestones.size());
}

void tst_WorkbookImport::editedWorkbookUpdates()
{
    // A milestone found by id gets a new forecast date and status; one without an id is
    // added; an indicator found by programme and name gets a target; a trajectory value is
    // added to it.
    PlanSnapshot plan = snapshot(*m_sample);
    const auto open = std::find_if(plan.milestones.cbegin(),
                                   plan.milestones.cend(),
                                   [](const Milestone &m) { return !m.completionDate.isValid(); });
    QVERIFY(open != plan.milestones.cend());
    const Milestone &first = *open;
    const Indicator &indicator = plan.indicators.constFirst();
    const QList<SheetData> sheets = {
        sheet(u"Milestones"_s,
              {u"id"_s, u"programmeId"_s, u"title"_s, u"forecastDate"_s, u"status"_s},
              {{qlonglong(first.id), {}, {}, QDate(2027, 1, 15), u"At risk"_s},
               {{}, qlonglong(first.programmeId), u"A new milestone"_s, u"31/03/2027"_s, {}}}),
        sheet(u"Indicators"_s,
              {u"programmeId"_s, u"name"_s, u"targetValue"_s, u"targetPeriod"_s},
              {{qlonglong(indicator.programmeId), indicator.name, 42.0, u"2027/28"_s}}),
        sheet(u"Trajectory"_s,
              {u"indicatorId"_s, u"period"_s, u"planned"_s},
              {{qlonglong(indicator.id), u"2027/28 Q1"_s, 40.0}}),
    };
    const ImportPlan preview = WorkbookImport::plan(plan, sheets, u"edited.xlsx"_s);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QCOMPARE(preview.milestones.size(), 2);
    QCOMPARE(preview.milestones.at(0).change, ImportPlan::Change::Replace);
    QCOMPARE(preview.milestones.at(0).fields, (QStringList{u"forecastDate"_s, u"status"_s}));
    QCOMPARE(preview.milestones.at(0).item.title, first.title); // empty cells keep
    QCOMPARE(preview.milestones.at(1).change, ImportPlan::Change::Add);
    QCOMPARE(preview.milestones.at(1).item.forecastDate, QDate(2027, 3, 31));
    QCOMPARE(preview.milestones.at(1).item.status, MilestoneStatus::NotStarted);
    QCOMPARE(preview.indicators.size(), 1);
    QCOMPARE(preview.indicators.at(0).change, ImportPlan::Change::Replace);
    QCOMPARE(preview.indicators.at(0).item.id, indicator.id);
    QCOMPARE(preview.planned.size(), 1);
    QCOMPARE(preview.planned.at(0).value.period, u"Q1 2027/28"_s); // house style
    QVERIFY(preview.summary().contains(u"change milestone '%1': forecastDate, status "
                                       "(Milestones row 2)"_s.arg(first.title)));

    // Applied to a copy: exactly these changes.
    QString error;
    const QString path = m_dir.filePath(u"edited.jfp"_s);
    QVERIFY(m_sample->copyTo(path, &error));
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(applyImport(*db, preview, &error), qPrintable(error));
    const PlanSnapshot after = snapshot(*db);
    QCOMPARE(after.milestones.size(), plan.milestones.size() + 1);
    const auto changed = std::find_if(after.milestones.cbegin(),
                                      after.milestones.cend(),
                                      [&](const Milestone &m) { return m.id == first.id; });
    QVERIFY(changed != after.milestones.cend());
    QCOMPARE(changed->forecastDate, QDate(2027, 1, 15));
    QCOMPARE(changed->status, MilestoneStatus::AtRisk);
    QCOMPARE(after.indicators.constFirst().targetValue, OptionalValue(42.0));
}

void tst_WorkbookImport::errors_data()
{
    QTest::addColumn<SheetData>("data");
    QTest::addColumn<QString>("message");
    const QStringList milestoneColumns
        = {u"id"_s, u"programmeId"_s, u"title"_s, u"forecastDate"_s, u"status"_s};
    QTest::newRow("bad date") << sheet(
        u"Milestones"_s, milestoneColumns, {{{}, 1ll, u"Launch"_s, u"31/13/2026"_s, {}}})
                              << u"edited.xlsx: Milestones!D2 (forecastDate): '31/13/2026' is "
                                 "not a date"_s;
    QTest::newRow("bad status") << sheet(
        u"Milestones"_s, milestoneColumns, {{{}, 1ll, u"Launch"_s, {}, u"finished"_s}})
                                << u"Milestones!E2 (status): 'finished' is not one of "
                                   "not_started, on_track"_s;
    QTest::newRow("unknown programme")
        << sheet(u"Milestones"_s, milestoneColumns, {{{}, 9999ll, u"Launch"_s, {}, {}}})
        << u"Milestones!B2 (programmeId): no programme has the id 9999"_s;
    {
        // A stored milestone's date moved past the horizon: refused as when typed (a date it
        // already holds, or a new milestone's recorded one, is kept).
        const Milestone first = snapshot(*m_sample).milestones.constFirst();
        QTest::newRow("forecast moved past the horizon")
            << sheet(u"Milestones"_s,
                     milestoneColumns,
                     {{qlonglong(first.id),
                       qlonglong(first.programmeId),
                       first.title,
                       QDate(2031, 3, 31),
                       {}}})
            << u"Milestones!D2 (forecastDate): The forecast date 31 March 2031 is outside the "
               "plan horizon"_s;
    }
    QTest::newRow("no title") << sheet(u"Milestones"_s, {u"programmeId"_s}, {{1ll}})
                              << u"the first row has no title column"_s;
    QTest::newRow("unknown column")
        << sheet(u"Milestones"_s, {u"programmeId"_s, u"title"_s, u"colour"_s}, {})
        << u"Milestones!C1 (colour): is not a column of the Milestones layout"_s;
    QTest::newRow("id of another milestone")
        << sheet(u"Milestones"_s, {u"id"_s, u"title"_s}, {{1ll, u"Something else"_s}})
        << u"Milestones!B2 (title): milestone 1 is called"_s;
    QTest::newRow("bad number") << sheet(
        u"Actuals"_s, {u"indicatorId"_s, u"period"_s, u"value"_s}, {{1ll, u"2023/24"_s, u"n/a"_s}})
                                << u"Actuals!C2 (value): 'n/a' is not a number"_s;
    QTest::newRow("bad period") << sheet(
        u"Trajectory"_s, {u"indicatorId"_s, u"period"_s, u"planned"_s}, {{1ll, u"2023/2"_s, 4.0}})
                                << u"Trajectory!B2 (period): '2023/2' is not a period"_s;
    QTest::newRow("two rows for one period")
        << sheet(u"Trajectory"_s,
                 {u"indicatorId"_s, u"period"_s, u"planned"_s},
                 {{1ll, u"2025/26"_s, 4.0}, {1ll, u"2025/26"_s, 5.0}})
        << u"Trajectory!B3 (period): a second row for"_s;
    QTest::newRow("percentage above 100")
        << sheet(u"Indicators"_s,
                 {u"programmeId"_s, u"name"_s, u"unit"_s, u"baselineValue"_s},
                 {{1ll, u"New measure"_s, u"percentage"_s, 140.0}})
        << u"Indicators!D2 (baselineValue): The baseline 140 is not a percentage"_s;
    QTest::newRow("place without a system")
        << sheet(u"Areas"_s, {u"level"_s, u"name"_s}, {{u"place"_s, u"Nowhere"_s}})
        << u"edited.xlsx: Areas row 2: A place must sit beneath a system."_s;
    QTest::newRow("parent loop") << sheet(
        u"Areas"_s,
        {u"id"_s, u"parentId"_s, u"level"_s, u"name"_s},
        {{900ll, 901ll, u"place"_s, u"A"_s}, {901ll, 900ll, u"place"_s, u"B"_s}})
                                 << u"Areas!B2 (parentId): the parents form a loop"_s;
    // The sheets that carry the rest of the plan.
    QTest::newRow("two plan rows")
        << sheet(u"Plan"_s, {u"name"_s}, {{u"A"_s}, {u"B"_s}})
        << u"Plan row 3: the Plan sheet has one row, and row 2 is already the plan's"_s;
    QTest::newRow("unknown theme")
        << sheet(u"Programmes"_s,
                 {u"areaId"_s, u"name"_s, u"themes"_s},
                 {{1ll, u"P"_s, u"atf-1, nope"_s}})
        << u"Programmes!C2 (themes): no theme has the key 'nope', in the plan or in this file"_s;
    QTest::newRow("theme of no framework")
        << sheet(
               u"Themes"_s, {u"framework"_s, u"key"_s, u"name"_s}, {{u"zzz"_s, u"zzz-1"_s, u"T"_s}})
        << u"Themes!A2 (framework): no framework has the key 'zzz'"_s;
    QTest::newRow("framework without a name")
        << sheet(u"Frameworks"_s, {u"key"_s, u"name"_s}, {{u"new-fw"_s, {}}})
        << u"Frameworks!B2 (name): Give the framework's name."_s;
    QTest::newRow("theme key twice")
        << sheet(u"Themes"_s,
                 {u"framework"_s, u"key"_s, u"name"_s},
                 {{u"atf"_s, u"new-1"_s, u"A"_s}, {u"atf"_s, u"new-1"_s, u"B"_s}})
        << u"Themes!B3 (key): repeats row 2; give each item one row"_s;
    QTest::newRow("bad RAG")
        << sheet(u"ProgressUpdates"_s,
                 {u"programmeId"_s, u"period"_s, u"rag"_s},
                 {{1ll, u"Q2 2025/26"_s, u"purple"_s}})
        << u"ProgressUpdates!C2 (rag): Choose a RAG status: red, amber or green."_s;
    QTest::newRow("update for a year")
        << sheet(u"ProgressUpdates"_s,
                 {u"programmeId"_s, u"period"_s, u"rag"_s},
                 {{1ll, u"2025/26"_s, u"red"_s}})
        << u"ProgressUpdates!B2 (period): A progress update is for a quarter"_s;
    QTest::newRow("bad recordedAt")
        << sheet(u"ProgressUpdates"_s,
                 {u"programmeId"_s, u"period"_s, u"rag"_s, u"recordedAt"_s},
                 {{1ll, u"Q2 2025/26"_s, u"red"_s, u"yesterday"_s}})
        << u"ProgressUpdates!D2 (recordedAt): 'yesterday' is not a date and time"_s;
    QTest::newRow("annotation without a period or date")
        << sheet(u"Annotations"_s, {u"indicatorId"_s, u"label"_s}, {{1ll, u"Launch"_s}})
        << u"Annotations row 2: Give the annotation a period (such as 2024/25) or a date."_s;
    QTest::newRow("bad SPC options") << sheet(u"Indicators"_s,
                                              {u"programmeId"_s, u"name"_s, u"spcOptions"_s},
                                              {{1ll, u"New measure"_s, u"{\"shiftLength\":1}"_s}})
                                     << u"Indicators!C2 (spcOptions):"_s;
    QTest::newRow("rebase twice") << sheet(u"SpcRebases"_s,
                                           {u"indicatorId"_s, u"period"_s},
                                           {{1ll, u"2025/26"_s}, {1ll, u"2025/26"_s}})
                                  << u"SpcRebases!B3 (period): repeats row 2"_s;
    QTest::newRow("link without an id") << sheet(
        u"Links"_s, {u"indicatorId"_s, u"source"_s, u"externalId"_s}, {{1ll, u"fingertips"_s, {}}})
                                        << u"Links!C2 (externalId): is empty"_s;
    QTest::newRow("code of no area")
        << sheet(u"AreaCodes"_s, {u"areaId"_s, u"scheme"_s, u"code"_s}, {{9999ll, u"S"_s, u"C"_s}})
        << u"AreaCodes!A2 (areaId): no area has the id 9999"_s;
    QTest::newRow("practice without a name")
        << sheet(u"Practices"_s, {u"areaId"_s, u"name"_s, u"code"_s}, {{1ll, {}, u"N1"_s}})
        << u"Practices!B2 (name): is empty; give the GP practice's name"_s;
}

void tst_WorkbookImport::errors()
{
    QFETCH(SheetData, data);
    QFETCH(QString, message);
    const ImportPlan preview = WorkbookImport::plan(snapshot(*m_sample), {data}, u"edited.xlsx"_s);
    QVERIFY(preview.hasErrors());
    const QString all = preview.errorMessages().join(u'\n');
    QVERIFY2(all.contains(message), qPrintable(all));
}

void tst_WorkbookImport::badFilesLeavePlanUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"is not an Excel workbook"_s;
    QTest::newRow("text") << QByteArray("area,name\r\n") << u"is not an Excel workbook"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                            << u"is not an Excel workbook"_s;
    QTest::newRow("truncated") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10)
                               << u"is not an Excel workbook"_s;
}

void tst_WorkbookImport::badFilesLeavePlanUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QString error;
    const QString planPath = m_dir.filePath(u"unchanged.jfp"_s);
    QFile::remove(planPath);
    QVERIFY(m_sample->copyTo(planPath, &error));
    Database::open(planPath, Database::OpenMode::ReadWrite, &error).reset(); // as jfp leaves it
    const QByteArray before = fileHash(planPath);
    const QString source = m_dir.filePath(u"bad.xlsx"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    {
        auto db = Database::open(planPath, Database::OpenMode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        const ImportPlan preview = WorkbookImport::planFile(snapshot(*db), source);
        QVERIFY(preview.hasErrors());
        QVERIFY2(preview.errorMessages().join(u'\n').contains(message),
                 qPrintable(preview.errorMessages().join(u'\n')));
        QVERIFY(!applyImport(*db, preview, &error));
    }
    QCOMPARE(fileHash(planPath), before);
}

void tst_WorkbookImport::failedApplyLeavesPlanUnchanged()
{
    // An import that fails half-way (here: the plan file refuses a milestone whose programme
    // is gone) rolls back the areas and programmes it had already written.
    QString error;
    const QString planPath = m_dir.filePath(u"half-way.jfp"_s);
    QVERIFY(m_sample->copyTo(planPath, &error));
    Database::open(planPath, Database::OpenMode::ReadWrite, &error).reset(); // as jfp leaves it
    const QByteArray before = fileHash(planPath);
    {
        auto db = Database::open(planPath, Database::OpenMode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        const PlanSnapshot plan = snapshot(*db);
        const QList<SheetData> sheets = {
            sheet(u"Areas"_s,
                  {u"id"_s, u"parentId"_s, u"level"_s, u"name"_s},
                  {{9001ll, qlonglong(plan.areas.constFirst().id), u"place"_s, u"New place"_s}}),
            sheet(u"Programmes"_s,
                  {u"id"_s, u"areaId"_s, u"name"_s},
                  {{9002ll, 9001ll, u"New programme"_s}}),
            sheet(u"Milestones"_s, {u"programmeId"_s, u"title"_s}, {{9002ll, u"New milestone"_s}}),
        };
        ImportPlan preview = WorkbookImport::plan(plan, sheets, u"new.xlsx"_s);
        QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
        QCOMPARE(preview.areas.size(), 1);
        QCOMPARE(preview.milestones.size(), 1);
        preview.milestones[0].item.programmeId = 987654; // no such programme: the insert fails
        QVERIFY(!applyImport(*db, preview, &error));
        QVERIFY2(error.contains(u"New milestone"_s), qPrintable(error));
        QCOMPARE(snapshot(*db).areas.size(), plan.areas.size());
    }
    QCOMPARE(fileHash(planPath), before);
}

void tst_WorkbookImport::milestoneCsv()
{
    const PlanSnapshot plan = snapshot(*m_sample);
    const auto open = std::find_if(plan.milestones.cbegin(),
                                   plan.milestones.cend(),
                                   [](const Milestone &m) { return !m.completionDate.isValid(); });
    QVERIFY(open != plan.milestones.cend());
    const Milestone &first = *open;
    const Programme *programme = plan.programme(first.programmeId);
    const Area *area = plan.owningArea(*programme);
    QVERIFY(WorkbookImport::isMilestoneHeader({u"programme"_s, u" Title "_s}));
    QVERIFY(!WorkbookImport::isMilestoneHeader({u"indicatorId"_s, u"period"_s}));
    // By id; by programme name and area code + title (the same milestone); a new one.
    const QByteArray csv = "id,programmeId,areaCode,programme,title,forecastDate,status,notes\r\n"
                           + QByteArray::number(first.id) + ",,,,,2027-02-01,on_track,\r\n" + ",,"
                           + area->code().toUtf8() + ",\"" + programme->name.toUtf8() + "\",\""
                           + first.title.toUtf8() + "\",,,checked\r\n" + ","
                           + QByteArray::number(programme->id) + ",,,Brand new,01/06/2027,,\r\n";
    const ImportPlan preview = planCsv(plan, csv);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QCOMPARE(preview.milestones.size(), 3);
    QCOMPARE(preview.milestones.at(0).change, ImportPlan::Change::Replace);
    QCOMPARE(preview.milestones.at(0).item.forecastDate, QDate(2027, 2, 1));
    QCOMPARE(preview.milestones.at(1).change, ImportPlan::Change::Replace);
    QCOMPARE(preview.milestones.at(1).item.id, first.id);
    QCOMPARE(preview.milestones.at(1).fields, QStringList{u"notes"_s});
    QCOMPARE(preview.milestones.at(2).change, ImportPlan::Change::Add);
    QCOMPARE(preview.milestones.at(2).item.programmeId, programme->id);
    QCOMPARE(preview.milestones.at(2).item.forecastDate, QDate(2027, 6, 1));
    QVERIFY(preview.summary().contains(u"add milestone 'Brand new' (line 4)"_s));
}

void tst_WorkbookImport::milestoneCsvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QByteArray("programmeId,title,forecastDate\r\n1,A,31/13/2026\r\n")
                              << u"milestones.csv: line 2, column forecastDate: '31/13/2026' is "
                                 "not a date"_s;
    QTest::newRow("bad status") << QByteArray("programmeId,title,status\r\n1,A,done\r\n")
                                << u"line 2, column status: 'done' is not one of"_s;
    QTest::newRow("no parent") << QByteArray("title\r\nOrphan\r\n")
                               << u"line 2, column programmeId: is empty"_s;
    QTest::newRow("unknown programme name")
        << QByteArray("programme,title\r\nNo such programme,A\r\n")
        << u"line 2, column programme: no programme is called 'No such programme'"_s;
    QTest::newRow("forecast before baseline")
        << QByteArray(
               "programmeId,title,baselineDate,forecastDate\r\n1,A,2026-05-01,2026-04-01\r\n")
        << u"line 2, column forecastDate: The forecast date"_s;
    QTest::newRow("completion without complete")
        << QByteArray("programmeId,title,completionDate,status\r\n1,A,2026-05-01,on_track\r\n")
        << u"line 2, column completionDate: Only a complete milestone"_s;
    QTest::newRow("unclosed quote")
        << QByteArray("programmeId,title\r\n1,\"A\r\n") << u"milestones.csv: line 2"_s;
}

void tst_WorkbookImport::milestoneCsvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const ImportPlan preview = planCsv(snapshot(*m_sample), csv);
    QVERIFY(preview.hasErrors());
    const QString all = preview.errorMessages().join(u'\n');
    QVERIFY2(all.contains(message), qPrintable(all));
}

void tst_WorkbookImport::templateWorkbookImportsNothing()
{
    QString error;
    const QString path = m_dir.filePath(u"blank.xlsx"_s);
    QVERIFY2(PlanExport::writeTemplate(path, &error), qPrintable(error));
    const ImportPlan preview = WorkbookImport::planFile(snapshot(*m_sample), path);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY(!preview.hasChanges());
}

void tst_WorkbookImport::planInfo()
{
    // A plan keeps its name and horizon; the workbook fills in only what the plan lacks.
    QString error;
    const QString path = m_dir.filePath(u"info.jfp"_s);
    QVERIFY(m_sample->copyTo(path, &error));
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    PlanInfo info = snapshot(*db).info;
    QVERIFY(!info.name.isEmpty());
    info.description.clear();
    QVERIFY2(PlanWriter(*db).setPlanInfo(info, &error), qPrintable(error));
    const QList<SheetData> sheets
        = {sheet(u"Plan"_s,
                 {u"name"_s, u"description"_s, u"horizonStart"_s, u"horizonEnd"_s},
                 {{u"Other plan"_s, u"From the workbook"_s, u"2023/24"_s, info.horizonEnd}})};
    const ImportPlan preview = WorkbookImport::plan(snapshot(*db), sheets, u"plan.xlsx"_s);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.summary()));
    QCOMPARE(preview.planInfo.size(), 1);
    QCOMPARE(preview.planInfo.at(0).change, ImportPlan::Change::Replace);
    QCOMPARE(preview.planInfo.at(0).fields, QStringList{u"description"_s});
    QCOMPARE(preview.problems.size(), 2); // notes, for the name and the horizon's start
    QCOMPARE(preview.problems.at(0).toString(),
             u"plan.xlsx: Plan!A2 (name): the plan's name is '%1' and an import keeps it (the "
             "workbook has 'Other plan')"_s.arg(info.name));
    QVERIFY(preview.problems.at(1).toString().startsWith(
        u"plan.xlsx: Plan!C2 (horizonStart): "
        "the plan's horizonStart is '%1'"_s.arg(info.horizonStart)));
    QVERIFY(
        preview.summary().contains(u"change plan '%1': description (Plan row 2)"_s.arg(info.name)));
    QVERIFY2(applyImport(*db, preview, &error), qPrintable(error));
    const PlanInfo after = snapshot(*db).info;
    QCOMPARE(after.name, info.name);
    QCOMPARE(after.horizonStart, info.horizonStart);
    QCOMPARE(after.description, u"From the workbook"_s);

    // An empty plan takes it all, once it is a horizon.
    auto empty = Database::createInMemory(&error);
    QVERIFY2(empty, qPrintable(error));
    const ImportPlan backwards = WorkbookImport::plan(
        snapshot(*empty),
        {sheet(u"Plan"_s, {u"horizonStart"_s, u"horizonEnd"_s}, {{u"2030/31"_s, u"2028/29"_s}})},
        u"plan.xlsx"_s);
    QCOMPARE(backwards.errorMessages(),
             QStringList{u"plan.xlsx: Plan!B2 (horizonEnd): The horizon ends (2028/29) before it "
                         "starts (2030/31)."_s});
    const ImportPlan fresh = WorkbookImport::plan(
        snapshot(*empty),
        {sheet(u"Plan"_s, {u"name"_s, u"horizonStart"_s}, {{u"New plan"_s, u"2025/26 Q1"_s}})},
        u"plan.xlsx"_s);
    QVERIFY(!fresh.hasErrors());
    QCOMPARE(fresh.planInfo.at(0).fields, (QStringList{u"name"_s, u"horizonStart"_s}));
    QCOMPARE(fresh.planInfo.at(0).item.horizonStart, u"Q1 2025/26"_s); // house style
}

QTEST_GUILESS_MAIN(tst_WorkbookImport)
#include "tst_workbookimport.moc"
