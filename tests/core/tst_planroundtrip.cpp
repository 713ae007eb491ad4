// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "export/planexport.h"
#include "import/importcommands.h"
#include "import/workbookimport.h"
#include "plancomparison.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "syntheticplan.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

PlanSnapshot snapshot(Database &db)
{
    QString error;
    const auto plan = PlanReader::read(db, &error);
    if (!plan)
        qFatal("cannot read the plan: %s", qPrintable(error));
    return *plan;
}

/** The synthetic plan with every kind of item a plan file holds. */
std::unique_ptr<Database> syntheticPlan(const QString &path, QString *error)
{
    auto db = Database::create(path, error);
    if (!db || !SyntheticPlan::generate(*db, 24, 12, error)
        || !SyntheticPlan::addDemoSeries(*db, u"Synthetic indicator 3"_s, error)
        || !SyntheticPlan::addMilestones(*db, 30, QDate(2026, 6, 1), error)
        || !SyntheticPlan::addPlanDetails(*db, error))
        return nullptr;
    return db;
}

int count(const PlanSnapshot &plan, const std::function<qsizetype(const Indicator &)> &of)
{
    qsizetype n = 0;
    for (const Indicator &i : plan.indicators)
        n += of(i);
    return int(n);
}

} // namespace

/**
 * The promise: exporting a plan to a workbook and importing it into an empty plan
 * reproduces it, every field of every item (PlanComparison); importing it again changes
 * nothing.
 */
class tst_PlanRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void undoAndRedo();
    void comparisonFindsEachDifference_data();
    void comparisonFindsEachDifference();

private:
    QTemporaryDir m_dir;
};

void tst_PlanRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_PlanRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample plan") << u"sample"_s;
    QTest::newRow("synthetic plan") << u"synthetic"_s;
}

void tst_PlanRoundTrip::roundTrip()
{
    QFETCH(QString, which);
    QString error;
    const QString sourcePath = m_dir.filePath(which + u".jfp"_s);
    std::unique_ptr<Database> source;
    if (which == u"sample"_s) {
        QVERIFY2(SamplePlan::createFile(sourcePath, &error),
                 qPrintable(error)); // jfp init --sample
        source = Database::open(sourcePath, Database::OpenMode::ReadOnly, &error);
    } else {
        source = syntheticPlan(sourcePath, &error);
    }
    QVERIFY2(source, qPrintable(error));
    const PlanSnapshot original = snapshot(*source);

    // The plan holds every kind of item the workbook has to carry.
    QVERIFY(!original.info.name.isEmpty() && !original.info.horizonStart.isEmpty());
    QVERIFY(!original.frameworks.isEmpty() && !original.frameworks.constFirst().themes.isEmpty());
    QVERIFY(std::any_of(original.programmes.cbegin(),
                        original.programmes.cend(),
                        [](const auto &p) { return !p.themeIds.isEmpty(); }));
    QVERIFY(std::any_of(original.programmes.cbegin(),
                        original.programmes.cend(),
                        [](const auto &p) { return p.parentId != 0; }));
    QVERIFY(std::any_of(original.areas.cbegin(), original.areas.cend(), [](const Area &a) {
        return !a.practices.isEmpty();
    }));
    QVERIFY(std::any_of(original.areas.cbegin(), original.areas.cend(), [](const Area &a) {
        return !a.extraCodes.isEmpty();
    }));
    QVERIFY(original.milestones.size() > 10);
    if (which == u"synthetic"_s) {
        QCOMPARE(original.progressUpdates.size(), 3);
        QCOMPARE(count(original, [](const Indicator &i) { return i.annotations.size(); }), 4);
        QCOMPARE(count(original, [](const Indicator &i) { return i.spcRebases.size(); }), 2);
        QCOMPARE(count(original, [](const Indicator &i) { return i.links.size(); }), 3);
        QCOMPARE(count(original, [](const Indicator &i) { return i.spcOptions.isEmpty() ? 0 : 1; }),
                 1);
        QVERIFY(count(original, [](const Indicator &i) { return i.benchmarks.size(); }) >= 3);
    }

    const QString workbook = m_dir.filePath(which + u".xlsx"_s);
    QVERIFY2(PlanExport::write(workbook, original, {}, &error), qPrintable(error));

    // Into an empty plan, as `jfp init` makes it.
    auto copyDb = Database::create(m_dir.filePath(which + u"-copy.jfp"_s), &error);
    QVERIFY2(copyDb, qPrintable(error));
    const ImportPlan preview = WorkbookImport::planFile(snapshot(*copyDb), workbook);
    QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.summary())); // nothing skipped
    QCOMPARE(preview.itemCount(ImportPlan::Change::Replace), 1);         // the empty plan's info
    QCOMPARE(preview.itemCount(ImportPlan::Change::Same), 0);
    QVERIFY2(applyImport(*copyDb, preview, &error), qPrintable(error));
    const PlanSnapshot copy = snapshot(*copyDb);

    // Every field of every item. Numbers agree to the 16 significant digits libxlsxwriter
    // writes (a relative difference of at most 5e-16).
    const QString difference = PlanComparison::firstDifference(original, copy, 1e-15);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // The same workbook again: nothing to add or change.
    const ImportPlan again = WorkbookImport::planFile(copy, workbook);
    QVERIFY2(again.problems.isEmpty(), qPrintable(again.summary()));
    QCOMPARE(again.itemCount(ImportPlan::Change::Add), 0);
    QCOMPARE(again.itemCount(ImportPlan::Change::Replace), 0);
    QCOMPARE(again.count(ImportPlan::Change::Add), 0);
    QCOMPARE(again.count(ImportPlan::Change::Replace), 0);
    QVERIFY2(!again.hasChanges(), qPrintable(again.summary()));
    QVERIFY(again.itemCount(ImportPlan::Change::Same) > 20);
    QVERIFY(again.summary().contains(u"Indicators: 0 to add, 0 to change"_s));
}

void tst_PlanRoundTrip::undoAndRedo()
{
    // The import is one undoable change (as File > Import pushes it): undo leaves the empty
    // plan as it was, redo makes the copy again, with the ids the first run gave.
    QString error;
    auto source = syntheticPlan(m_dir.filePath(u"undo-source.jfp"_s), &error);
    QVERIFY2(source, qPrintable(error));
    const PlanSnapshot original = snapshot(*source);
    const QString workbook = m_dir.filePath(u"undo.xlsx"_s);
    QVERIFY2(PlanExport::write(workbook, original, {}, &error), qPrintable(error));
    auto db = Database::create(m_dir.filePath(u"undo-copy.jfp"_s), &error);
    QVERIFY2(db, qPrintable(error));
    const PlanSnapshot empty = snapshot(*db);
    const ImportPlan preview = WorkbookImport::planFile(empty, workbook);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.summary()));
    const auto command = Commands::importValues(preview);
    QVERIFY2(command->redo(*db, &error), qPrintable(error));
    const PlanSnapshot copy = snapshot(*db);
    QString difference = PlanComparison::firstDifference(original, copy, 1e-15);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(command->undo(*db, &error), qPrintable(error));
    difference = PlanComparison::firstDifference(empty, snapshot(*db));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(command->redo(*db, &error), qPrintable(error));
    const PlanSnapshot again = snapshot(*db);
    difference = PlanComparison::firstDifference(copy, again);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(again.indicators.constLast().id, copy.indicators.constLast().id);
    QCOMPARE(again.progressUpdates.constFirst().id, copy.progressUpdates.constFirst().id);

    // A second workbook that changes what the first added, undone, restores it exactly.
    PlanSnapshot edited = original;
    edited.info.name = u"Renamed"_s; // kept: the plan has a name
    for (Area &a : edited.areas) {
        if (a.name == u"Central"_s) {
            a.practices[0].mapKey = 9;
            a.practices.append({0, a.id, u"New Surgery"_s, u"N99999"_s, 4});
        }
    }
    for (Indicator &i : edited.indicators) {
        if (!i.spcRebases.isEmpty()) {
            i.spcRebases.append({u"Q1 2028/29"_s, u"Another change"_s});
            i.spcOptions = u"{\"shiftLength\":8}"_s;
        }
    }
    edited.frameworks[0].themes[0].name = u"Renamed theme"_s;
    const QString second = m_dir.filePath(u"undo-edited.xlsx"_s);
    QVERIFY2(PlanExport::write(second, edited, {}, &error), qPrintable(error));
    const ImportPlan changes = WorkbookImport::planFile(again, second);
    QVERIFY2(!changes.hasErrors(), qPrintable(changes.summary()));
    QCOMPARE(changes.itemCount(ImportPlan::Change::Add), 0);
    QCOMPARE(changes.itemCount(ImportPlan::Change::Replace), 3); // Central, the indicator, a theme
    QVERIFY2(changes.summary().contains(u"change area 'Central': practices"_s),
             qPrintable(changes.summary()));
    const auto edit = Commands::importValues(changes);
    QVERIFY2(edit->redo(*db, &error), qPrintable(error));
    const PlanSnapshot afterEdit = snapshot(*db);
    QVERIFY(!PlanComparison::firstDifference(again, afterEdit).isEmpty());
    QCOMPARE(afterEdit.info.name, original.info.name);
    QVERIFY2(edit->undo(*db, &error), qPrintable(error));
    difference = PlanComparison::firstDifference(again, snapshot(*db));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_PlanRoundTrip::comparisonFindsEachDifference_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("plan name") << u"plan name"_s
                               << u"plan, name: expected 'Synthetic plan', actual 'Other'"_s;
    QTest::newRow("area population") << u"area population"_s
                                     << u"area 'Synthetic system > Place 1', population: "
                                        "expected 183200, actual 183201"_s;
    QTest::newRow("extra code") << u"extra code"_s
                                << u"extra code 2, code: expected '01Y', actual '01Z'"_s;
    QTest::newRow("GP practice") << u"practice"_s << u"GP practice 2, mapKey: expected none"_s;
    QTest::newRow("area order") << u"area order"_s << u"areas of 'Synthetic system', order"_s;
    QTest::newRow("framework") << u"framework"_s
                               << u"framework 'syn-marmot', source: expected 'Synthetic'"_s;
    QTest::newRow("theme") << u"theme"_s << u"theme 'syn-marmot-2', description"_s;
    QTest::newRow("programme themes") << u"programme themes"_s
                                      << u":: Programme 1', themes: expected [syn-marmot-1, "
                                         "syn-marmot-3], actual [syn-marmot-3]"_s;
    QTest::newRow("milestone") << u"milestone"_s << u"forecastDate: expected"_s;
    QTest::newRow("progress update") << u"progress update"_s
                                     << u"Programme 1 :: Q1 2025/26', recordedAt: expected "
                                        "2025-07-14T09:30:15.257Z, actual "
                                        "2025-07-14T09:30:15.258Z"_s;
    QTest::newRow("actual value") << u"actual value"_s << u"actual 2019/20, value: expected 13.9"_s;
    QTest::newRow("benchmark") << u"benchmark"_s << u"benchmark 2, code: expected 'E92000001'"_s;
    QTest::newRow("annotation") << u"annotation"_s << u"annotation 1, date: expected 2023-11-02"_s;
    QTest::newRow("SPC rebase") << u"SPC rebase"_s << u"SPC rebase 1, reason"_s;
    QTest::newRow("SPC options") << u"SPC options"_s << u"spcOptions: expected '{"_s;
    QTest::newRow("links") << u"links"_s << u"links: expected [ascof:ASC-17, fingertips:93356]"_s;
    QTest::newRow("missing indicator")
        << u"missing indicator"_s
        << u"indicator 'Synthetic system > Place 6 :: Programme 6 :: Synthetic indicator 24': "
           "missing from the actual plan"_s;
    QTest::newRow("extra milestone") << u"extra milestone"_s << u"not in the expected plan"_s;
    QTest::newRow("number within the tolerance") << u"tolerance"_s << QString();
}

void tst_PlanRoundTrip::comparisonFindsEachDifference()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    static PlanSnapshot plan;
    if (plan.areas.isEmpty()) {
        QString error;
        auto db = syntheticPlan(m_dir.filePath(u"compared.jfp"_s), &error);
        QVERIFY2(db, qPrintable(error));
        plan = snapshot(*db);
    }
    QCOMPARE(PlanComparison::firstDifference(plan, plan), QString());
    const auto indicator = [](PlanSnapshot &p, const QString &name) -> Indicator & {
        return *std::find_if(p.indicators.begin(), p.indicators.end(), [&](const Indicator &i) {
            return i.name == name;
        });
    };
    const auto area = [](PlanSnapshot &p, const QString &name) -> Area & {
        return *std::find_if(
            p.areas.begin(), p.areas.end(), [&](const Area &a) { return a.name == name; });
    };
    const auto programme = [](PlanSnapshot &p, const QString &name) -> Programme & {
        return *std::find_if(p.programmes.begin(), p.programmes.end(), [&](const Programme &x) {
            return x.name == name;
        });
    };
    const QHash<QString, std::function<void(PlanSnapshot &)>> changes = {
        {u"plan name"_s, [](PlanSnapshot &p) { p.info.name = u"Other"_s; }},
        {u"area population"_s, [&](PlanSnapshot &p) { area(p, u"Place 1"_s).population = 183201; }},
        {u"extra code"_s,
         [&](PlanSnapshot &p) { area(p, u"Place 1"_s).extraCodes[1].code = u"01Z"_s; }},
        {u"practice"_s, [&](PlanSnapshot &p) { area(p, u"Central"_s).practices[1].mapKey = 2; }},
        {u"area order"_s,
         [&](PlanSnapshot &p) {
             const qsizetype first = &area(p, u"Place 1"_s) - p.areas.data();
             const qsizetype second = &area(p, u"Place 2"_s) - p.areas.data();
             p.areas.swapItemsAt(first, second);
         }},
        {u"framework"_s, [](PlanSnapshot &p) { p.frameworks[0].source.clear(); }},
        {u"theme"_s, [](PlanSnapshot &p) { p.frameworks[0].themes[1].description += u'.'; }},
        {u"programme themes"_s,
         [&](PlanSnapshot &p) { programme(p, u"Programme 1"_s).themeIds.removeFirst(); }},
        {u"milestone"_s, [](PlanSnapshot &p) { p.milestones[0].forecastDate = QDate(2030, 1, 1); }},
        {u"progress update"_s,
         [](PlanSnapshot &p) {
             p.progressUpdates[0].recordedAt = p.progressUpdates[0].recordedAt.addMSecs(1);
         }},
        {u"actual value"_s,
         [&](PlanSnapshot &p) {
             indicator(p, u"Synthetic indicator 3"_s).actuals[0].value = 13.9 * (1 + 1e-14);
         }},
        {u"benchmark"_s,
         [&](PlanSnapshot &p) {
             indicator(p, u"Synthetic indicator 3"_s).benchmarks[1].code.clear();
         }},
        {u"annotation"_s,
         [&](PlanSnapshot &p) {
             indicator(p, u"Synthetic indicator 5"_s).annotations[0].date = QDate(2023, 11, 3);
         }},
        {u"SPC rebase"_s,
         [&](PlanSnapshot &p) {
             indicator(p, u"Synthetic indicator 6"_s).spcRebases[0].reason = u"Other"_s;
         }},
        {u"SPC options"_s,
         [&](PlanSnapshot &p) { indicator(p, u"Synthetic indicator 6"_s).spcOptions.clear(); }},
        {u"links"_s,
         [&](PlanSnapshot &p) { indicator(p, u"Synthetic indicator 2"_s).links.removeFirst(); }},
        {u"missing indicator"_s, [](PlanSnapshot &p) { p.indicators.removeLast(); }},
        {u"extra milestone"_s, [](PlanSnapshot &p) { p.milestones << p.milestones.constLast(); }},
        {u"tolerance"_s,
         [&](PlanSnapshot &p) {
             indicator(p, u"Synthetic indicator 3"_s).actuals[0].value = 13.9 * (1 + 4e-16);
         }},
    };
    QVERIFY(changes.contains(change));
    PlanSnapshot changed = plan;
    changes.value(change)(changed);
    const QString difference = PlanComparison::firstDifference(plan, changed, 1e-15);
    if (message.isEmpty())
        QCOMPARE(difference, QString());
    else
        QVERIFY2(difference.contains(message), qPrintable(difference));
}

QTEST_GUILESS_MAIN(tst_PlanRoundTrip)
#include "tst_planroundtrip.moc"
