// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"
#include "import/fingertipsimport.h"
#include "import/importcommands.h"
#include "import/seriestemplate.h"
#include "import/workbookimport.h"
#include "syntheticplan.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

namespace {

const QString suicideRate = u"Suicide rate"_s; // St Helens, in the sample plan

QByteArray fixtureBytes()
{
    QFile file(QStringLiteral(TEST_DATA_DIR)
               + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FingertipsData readBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return FingertipsReader::read(&buffer, u"export.csv"_s);
}

ImportPlan templatePlan(const PlanSnapshot &plan, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return SeriesTemplate::plan(plan, &buffer, u"series.csv"_s);
}

/**
 * A plan workbook that adds a programme to St Helens with a new indicator (its actual values
 * and a benchmark) and moves the forecast of an existing milestone.
 */
ImportPlan workbookPlan(const PlanSnapshot &plan)
{
    using Sheet = WorkbookImport::SheetData;
    const auto stHelens = std::find_if(plan.areas.cbegin(), plan.areas.cend(), [](const Area &a) {
        return a.onsCode == u"E08000013"_s;
    });
    const Milestone &milestone = plan.milestones.constFirst();
    const QList<Sheet> sheets = {
        {u"Programmes"_s,
         {u"id"_s, u"areaId"_s, u"name"_s},
         {{2, {9001, stHelens->id, u"Healthy weight"_s}}}},
        {u"Milestones"_s,
         {u"id"_s, u"programmeId"_s, u"title"_s, u"forecastDate"_s},
         {{2, {milestone.id, milestone.programmeId, milestone.title, QDate(2028, 9, 30)}}}},
        {u"Indicators"_s,
         {u"id"_s, u"programmeId"_s, u"name"_s, u"unit"_s},
         {{2, {9002, 9001, u"Children of healthy weight"_s, u"percentage"_s}}}},
        {u"Actuals"_s,
         {u"indicatorId"_s, u"period"_s, u"value"_s},
         {{2, {9002, u"2023/24"_s, 61.5}}, {3, {9002, u"2024/25"_s, 62.0}}}},
        {u"Benchmarks"_s,
         {u"indicatorId"_s, u"benchmark"_s, u"code"_s, u"period"_s, u"value"_s},
         {{2, {9002, u"England"_s, u"E92000001"_s, u"2023/24"_s, 63.1}}}},
        {u"ProgressUpdates"_s,
         {u"programmeId"_s, u"period"_s, u"rag"_s, u"wentWell"_s},
         {{2, {9001, u"Q2 2025/26"_s, u"green"_s, u"Started"_s}}}},
    };
    return WorkbookImport::plan(plan, sheets, u"plan.xlsx"_s);
}

const Indicator *indicatorNamed(const PlanSnapshot &plan, const QString &name)
{
    const auto found = findIndicators(plan, name);
    return found.size() == 1 ? found.constFirst() : nullptr;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

/**
 * Commands::importValues: a whole import as one undoable step. Undo puts back exactly what
 * the plan held (values replaced, rows and benchmarks added, links remembered or forgotten),
 * with the same ids, and a second redo gives exactly the first redo's plan.
 */
class tst_ImportCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void forgetLinkIsUndoable();
    void failureWritesNothing();
    void checkedAsTyped_data();
    void checkedAsTyped();
    void readOnlyPlanIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_ImportCommands::init()
{
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

void tst_ImportCommands::cleanup()
{
    m_db.reset();
}

void tst_ImportCommands::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("demoSeries");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<qint64>("newBenchmarks");
    // 3 St Helens actuals and 3 each for England and North West region; new link.
    QTest::newRow("fingertips into an empty indicator")
        << u"fingertips"_s << false << 9 << 0 << qint64(2);
    // The demo series already has the England and North West benchmarks (by code).
    QTest::newRow("fingertips beside a demo series")
        << u"fingertips"_s << true << 9 << 0 << qint64(0);
    QTest::newRow("fingertips replacing its own import")
        << u"fingertips again"_s << false << 0 << 1 << qint64(0);
    // Replaces an illustrative actual (synthetic) and a planned value, adds a planned value.
    QTest::newRow("template over a demo series") << u"template"_s << true << 1 << 2 << qint64(0);
    // New programme and indicator with values and a benchmark; a milestone changed.
    QTest::newRow("workbook adding items") << u"workbook"_s << false << 3 << 0 << qint64(1);
}

void tst_ImportCommands::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(bool, demoSeries);
    QFETCH(int, added);
    QFETCH(int, replaced);
    QFETCH(qint64, newBenchmarks);
    QString error;
    if (demoSeries)
        QVERIFY2(SyntheticPlan::addDemoSeries(*m_db, suicideRate, &error), qPrintable(error));
    ImportPlan preview;
    if (kind == u"workbook"_s) {
        preview = workbookPlan(read(*m_db));
    } else if (kind == u"template"_s) {
        preview = templatePlan(read(*m_db),
                               "indicator,period,planned,actual,lower,upper\r\n"
                               "Suicide rate,2023/24,12.5,12.2,9.6,14.9\r\n"
                               "Suicide rate,2029/30,9.9,,,\r\n");
    } else {
        QByteArray bytes = fixtureBytes();
        if (kind == u"fingertips again"_s) {
            const ImportPlan first = FingertipsImport::plan(
                read(*m_db), readBytes(bytes), {{u"93356"_s, suicideRate}});
            QVERIFY2(applyImport(*m_db, first, &error), qPrintable(error));
            bytes.replace("126.08220559805", "127.5");
        }
        preview
            = FingertipsImport::plan(read(*m_db), readBytes(bytes), {{u"93356"_s, suicideRate}});
    }
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QCOMPARE(preview.count(ImportPlan::Change::Add), added);
    QCOMPARE(preview.count(ImportPlan::Change::Replace), replaced);

    const qint64 benchmarks = count(*m_db, u"benchmark"_s);
    const auto command = Commands::importValues(preview);
    QVERIFY(command->text().startsWith(u"Import '"_s));
    const RoundTrip r = CommandTest::roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(count(*m_db, u"benchmark"_s), benchmarks + newBenchmarks);
    // Every row is the import's, whichever step wrote it.
    for (const ChangeRecord &row : std::as_const(r.redoRows))
        QCOMPARE(row.command, command->text());
    for (const ChangeRecord &row : std::as_const(r.undoRows))
        QCOMPARE(row.command, u"Undo: "_s + command->text());
    if (kind == u"workbook"_s) {
        // Each item added or changed is logged as its item command logs it: field by field,
        // with the old and the new value, under the same kind.
        const auto row = [&r](const QString &kind, const QString &field) {
            for (const ChangeRecord &c : std::as_const(r.redoRows)) {
                if (c.itemKind == kind && c.field == field)
                    return u"%1 -> %2"_s.arg(c.oldValue, c.newValue);
            }
            return u"(none)"_s;
        };
        const Milestone &changed = r.before.milestones.constFirst();
        QCOMPARE(row(u"milestone"_s, u"forecastDate"_s),
                 changed.forecastDate.toString(Qt::ISODate) + u" -> 2028-09-30"_s);
        QCOMPARE(row(u"programme"_s, u"name"_s), u" -> Healthy weight"_s);
        QCOMPARE(row(u"indicator"_s, u"unit"_s), u" -> percentage"_s);
        QCOMPARE(row(u"progress_update"_s, u"rag"_s), u" -> green"_s);
        QCOMPARE(row(u"progress_update"_s, u"wentWell"_s), u" -> Started"_s);
        QCOMPARE(row(u"indicator"_s, u"actual 2024/25"_s), u" -> 62"_s);
        for (const ChangeRecord &c : std::as_const(r.redoRows))
            QVERIFY2(c.field != u"import"_s, qPrintable(c.itemName));
        // Only the changed field of the milestone, not every field it has.
        int milestoneRows = 0;
        for (const ChangeRecord &c : std::as_const(r.redoRows))
            milestoneRows += c.itemKind == u"milestone"_s ? 1 : 0;
        QCOMPARE(milestoneRows, 1);
        // The undo logs each item's removal and the milestone's old date back.
        bool dateBack = false;
        for (const ChangeRecord &c : std::as_const(r.undoRows))
            dateBack = dateBack
                       || (c.field == u"forecastDate"_s && c.oldValue == u"2028-09-30"_s
                           && c.newValue == changed.forecastDate.toString(Qt::ISODate));
        QVERIFY(dateBack);
    } else {
        // One history row per value written (and one per new link).
        QCOMPARE(r.redoRows.size(), added + replaced + (kind == u"fingertips"_s ? 1 : 0));
    }
    if (kind == u"workbook"_s) {
        const Indicator *added = indicatorNamed(r.after, u"Children of healthy weight"_s);
        QVERIFY(added && added->id > 0);
        QCOMPARE(added->actuals.size(), 2);
        QCOMPARE(added->benchmarks.size(), 1);
        QVERIFY(!indicatorNamed(r.before, u"Children of healthy weight"_s));
        QCOMPARE(r.after.milestones.constFirst().forecastDate, QDate(2028, 9, 30));
        QVERIFY(r.before.milestones.constFirst().forecastDate != QDate(2028, 9, 30));
        return;
    }

    const Indicator *before = indicatorNamed(r.before, suicideRate);
    const Indicator *after = indicatorNamed(r.after, suicideRate);
    QVERIFY(before && after);
    if (kind == u"template"_s) {
        const auto actual2324 = [](const Indicator *i) {
            for (const ActualValue &a : i->actuals) {
                if (a.period == u"2023/24"_s)
                    return a;
            }
            return ActualValue{};
        };
        QVERIFY(actual2324(before).synthetic);
        QCOMPARE(actual2324(before).value, 12.0);
        QVERIFY(!actual2324(after).synthetic); // a replaced value is real data now
        QCOMPARE(actual2324(after).value, 12.2);
    } else if (kind == u"fingertips again"_s) {
        QCOMPARE(before->actuals.constLast().value, 126.08220559805);
        QCOMPARE(after->actuals.constLast().value, 127.5);
    } else {
        QCOMPARE(after->links, (QList<QPair<QString, QString>>{{u"fingertips"_s, u"93356"_s}}));
        QCOMPARE(before->links.size(), 0);
    }
}

void tst_ImportCommands::forgetLinkIsUndoable()
{
    QString error;
    const ImportPlan first = FingertipsImport::plan(
        read(*m_db), readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}});
    QVERIFY2(applyImport(*m_db, first, &error), qPrintable(error));
    const PlanSnapshot linked = read(*m_db);
    const Indicator *indicator = indicatorNamed(linked, suicideRate);
    QCOMPARE(indicator->links.size(), 1);

    // Importing the same file again changes no value; forgetting the link is the change.
    const ImportPlan again = FingertipsImport::plan(linked, readBytes(fixtureBytes()), {});
    QVERIFY(!again.hasChanges());
    const auto command
        = Commands::importValues(again, {{u"93356"_s, indicator->id, indicator->name, {}, false}});
    const RoundTrip r = CommandTest::roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QVERIFY(indicatorNamed(r.after, suicideRate)->links.isEmpty());
    QCOMPARE(fields(r.redoRows), QStringList{u"link fingertips"_s});
    // The values stay: forgetting a link does not delete what it imported.
    QCOMPARE(indicatorNamed(r.after, suicideRate)->actuals.size(), 3);
}

void tst_ImportCommands::failureWritesNothing()
{
    const ImportPlan preview = FingertipsImport::plan(
        read(*m_db), readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}});
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON benchmark_value"
                       " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    const auto command = Commands::importValues(preview);
    QVERIFY2(refused(*m_db, *command, u"refused for the test"_s).isEmpty(),
             qPrintable(refused(*m_db, *command, u"refused for the test"_s)));
    // Once the obstacle is gone the same command works, and undoes cleanly.
    QVERIFY(query.exec(u"DROP TRIGGER refuse"_s));
    const RoundTrip r = CommandTest::roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
}

void tst_ImportCommands::checkedAsTyped_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("message");
    // A preview is made from the file as it was; the import checks each step again as the
    // window's commands check an edit, so what a typed edit may not store, an import may not.
    QTest::newRow("a programme without a name")
        << u"programme name"_s << u"Give the programme's name"_s;
    QTest::newRow("an indicator of an area's programme that is gone")
        << u"indicator programme"_s << u"Indicators row 2"_s;
    QTest::newRow("a percentage over 100") << u"actual value"_s << u"Actuals row 3"_s;
    QTest::newRow("a plan horizon that ends before it starts")
        << u"horizon"_s << u"before it starts"_s;
}

void tst_ImportCommands::checkedAsTyped()
{
    QFETCH(QString, tamper);
    QFETCH(QString, message);
    ImportPlan preview = workbookPlan(read(*m_db));
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    if (tamper == u"programme name"_s) {
        preview.programmes.first().item.name.clear();
    } else if (tamper == u"indicator programme"_s) {
        for (auto &c : preview.indicators)
            c.item.programmeId = 987654;
    } else if (tamper == u"actual value"_s) {
        preview.actuals.last().value.value = 150.0;
    } else {
        ImportPlan::ItemChange<PlanInfo> info;
        info.change = ImportPlan::Change::Replace;
        info.item = read(*m_db).info;
        info.item.horizonEnd = u"2020/21"_s;
        info.fields = {u"horizonEnd"_s};
        preview.planInfo = {info};
    }
    const auto command = Commands::importValues(preview);
    const QString failure = refused(*m_db, *command, message);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_ImportCommands::readOnlyPlanIsRefused()
{
    const QString path = m_db->path();
    const ImportPlan preview = FingertipsImport::plan(
        read(*m_db), readBytes(fixtureBytes()), {{u"93356"_s, suicideRate}});
    m_db.reset();
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const auto command = Commands::importValues(preview);
    QVERIFY(!command->redo(*db, &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QVERIFY(!applyImport(*db, preview, &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ImportCommands)
#include "tst_importcommands.moc"
