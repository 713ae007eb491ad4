// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/indicatorcommands.h"
#include "commands/indicatorvaluecommands.h"
#include "commands/milestonecommands.h"
#include "commands/programmecommands.h"
#include "document/plandocument.h"
#include "document/undostack.h"
#include "import/fingertipsimport.h"
#include "import/fingertipsreader.h"
#include "import/importcommands.h"
#include "models/indicatortablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/plantreemodel.h"
#include "plancomparison.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/planreader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

Q_DECLARE_METATYPE(Jfp::PlanChange)

namespace {

enum class Edit {
    ProgrammeName,
    IndicatorName,
    ActualValue,
    MilestoneTitle,
    DeleteMilestone,
    AddMilestone,
    AddIndicator,
    AddProgramme,
};

// The signals one model sent during one change.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
    {}
    void clear()
    {
        reset.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
    }
    QSignalSpy reset;
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
};

} // namespace

/**
 * An edit driven through PlanDocument without a window: what the change feed says, that the
 * document's plan matches the file afterwards, and that each model shows it by rows (no
 * reset).
 */
class tst_PlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editReportsWhatChanged_data();
    void editReportsWhatChanged();
    void refusedEditChangesNothing();
    void deletingAProgrammeTakesItsItemsByRows();
    void importShowsBenchmarksAndLinks();
    void readOnlyRefuses();
    void quickCheckInBackgroundAfterUncleanClose();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void tst_PlanDocument::initTestCase()
{
    qRegisterMetaType<PlanChange>();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(SamplePlan::createFile(m_dir.filePath(u"sample.jfp"_s), &error), qPrintable(error));
}

void tst_PlanDocument::init()
{
    m_path = m_dir.filePath(
        u"%1.jfp"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_dir.filePath(u"sample.jfp"_s), m_path));
    QString error;
    m_document = PlanDocument::open(m_path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(m_document, qPrintable(error));
}

void tst_PlanDocument::cleanup()
{
    m_document.reset();
}

void tst_PlanDocument::quickCheckInBackgroundAfterUncleanClose()
{
    m_document.reset();
    QString error;
    const auto open = [&] {
        return PlanDocument::open(
            m_path, Database::OpenMode::ReadWrite, &error, Database::QuickCheck::Deferred);
    };
    auto document = open(); // closed cleanly: nothing to check
    QVERIFY2(document, qPrintable(error));
    QVERIFY(!document->database().isQuickCheckDue());
    QVERIFY(!document->checkInBackground());
    document.reset();

    for (const bool waitForCheck : {true, false}) {
        {
            // The log a program stopped while changing the plan leaves beside it.
            QFile log(m_path + u"-wal"_s);
            QVERIFY(log.open(QIODevice::WriteOnly));
        }
        document = open();
        QVERIFY2(document, qPrintable(error));
        QVERIFY(document->database().isQuickCheckDue());
        QVERIFY(!document->database().wasQuickChecked()); // left to the background
        QSignalSpy checked(document.get(), &PlanDocument::quickChecked);
        QVERIFY(document->checkInBackground());
        QVERIFY(!document->checkInBackground()); // one check
        if (waitForCheck) {
            QVERIFY(checked.wait(30000));
            QCOMPARE(checked.size(), 1);
            QCOMPARE(checked.first().first().toString(), QString()); // sound
        }
        document.reset(); // closed, perhaps while the check runs: it is stopped
    }
}

void tst_PlanDocument::editReportsWhatChanged_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("rowByRow"); // the document re-reads only the changed rows
    using Op = PlanChange::Operation;
    QTest::newRow("programme name")
        << int(Edit::ProgrammeName) << u"programme"_s << int(Op::Updated) << u"name"_s << true;
    QTest::newRow("indicator name")
        << int(Edit::IndicatorName) << u"indicator"_s << int(Op::Updated) << u"name"_s << true;
    QTest::newRow("actual value") << int(Edit::ActualValue) << u"indicator"_s << int(Op::Updated)
                                  << u"actual 2030/31"_s << true;
    QTest::newRow("milestone title")
        << int(Edit::MilestoneTitle) << u"milestone"_s << int(Op::Updated) << u"title"_s << true;
    QTest::newRow("delete milestone")
        << int(Edit::DeleteMilestone) << u"milestone"_s << int(Op::Removed) << QString() << true;
    // An added item is read alone and put where a whole read would list it.
    QTest::newRow("add milestone")
        << int(Edit::AddMilestone) << u"milestone"_s << int(Op::Added) << QString() << true;
    QTest::newRow("add indicator")
        << int(Edit::AddIndicator) << u"indicator"_s << int(Op::Added) << QString() << true;
    QTest::newRow("add programme")
        << int(Edit::AddProgramme) << u"programme"_s << int(Op::Added) << QString() << true;
}

void tst_PlanDocument::editReportsWhatChanged()
{
    QFETCH(int, edit);
    QFETCH(QString, kind);
    QFETCH(int, operation);
    QFETCH(QString, field);
    QFETCH(bool, rowByRow);

    PlanDocument &document = *m_document;
    const PlanSnapshot before = document.plan();
    QVERIFY(!before.programmes.isEmpty() && !before.indicators.isEmpty()
            && !before.milestones.isEmpty());
    Id system = 0;
    for (const Area &a : before.areas) {
        if (a.parentId == 0)
            system = a.id;
    }

    // The models a window would show, kept up to date from the feed alone.
    PlanTreeModel tree;
    IndicatorTableModel indicators;
    MilestoneTableModel milestones;
    QAbstractItemModelTester treeTester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester indicatorTester(
        &indicators, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester milestoneTester(
        &milestones, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setPlan(document.plan());
    indicators.showArea(&document.plan(), system);
    milestones.showArea(&document.plan(), system);
    connect(&document, &PlanDocument::changed, this, [&] {
        tree.updatePlan(document.plan());
        indicators.showArea(&document.plan(), system);
        milestones.showArea(&document.plan(), system);
    });
    ModelSignals treeSignals(&tree);
    ModelSignals indicatorSignals(&indicators);
    ModelSignals milestoneSignals(&milestones);
    QSignalSpy feed(&document, &PlanDocument::changed);
    QSignalSpy failed(&document, &PlanDocument::failed);

    std::unique_ptr<PlanCommand> command;
    Id id = 0;
    switch (Edit(edit)) {
    case Edit::ProgrammeName: {
        Programme after = before.programmes.first();
        id = after.id;
        after.name += u" (renamed)"_s;
        command = Commands::editProgramme(before.programmes.first(), after);
        break;
    }
    case Edit::IndicatorName: {
        Indicator after = before.indicators.first();
        id = after.id;
        after.name += u" (renamed)"_s;
        command = Commands::editIndicator(before.indicators.first(), after);
        break;
    }
    case Edit::ActualValue: {
        const Indicator &i = before.indicators.first();
        id = i.id;
        ActualValue value;
        value.period = u"2030/31"_s;
        value.value = 42;
        command = Commands::setActualValues(i, {value});
        break;
    }
    case Edit::MilestoneTitle: {
        Milestone after = before.milestones.first();
        id = after.id;
        after.title += u" (renamed)"_s;
        command = Commands::editMilestone(before.milestones.first(), after);
        break;
    }
    case Edit::DeleteMilestone:
        id = before.milestones.first().id;
        command = Commands::deleteMilestone(before.milestones.first());
        break;
    case Edit::AddMilestone: {
        Milestone m;
        m.programmeId = before.programmes.first().id;
        m.title = u"A new milestone"_s;
        command = Commands::addMilestone(m);
        break;
    }
    case Edit::AddIndicator: {
        Indicator i;
        i.programmeId = before.programmes.first().id;
        i.name = u"A new indicator"_s;
        i.unit = Unit::Percentage;
        command = Commands::addIndicator(i);
        break;
    }
    case Edit::AddProgramme: {
        Programme p;
        p.areaId = system;
        p.name = u"A new programme"_s;
        command = Commands::addProgramme(p);
        break;
    }
    }

    QString error;
    QVERIFY2(document.push(std::move(command), &error), qPrintable(error));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(feed.count(), 1);
    const auto change = feed.takeFirst().at(0).value<PlanChange>();
    QVERIFY(!change.everything);
    QCOMPARE(change.items.size(), 1);
    const PlanChange::Item item = change.items.first();
    QCOMPARE(item.kind, kind);
    QCOMPARE(int(item.operation), operation);
    if (id != 0)
        QCOMPARE(item.id, id);
    if (!field.isEmpty())
        QVERIFY2(item.fields.contains(field), qPrintable(item.fields.join(u", "_s)));
    // Only what changed was read again, and what the document holds is what the file says.
    QCOMPARE(document.fullReads(), rowByRow ? 1 : 2);
    const auto stored = PlanReader::read(document.database(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PlanComparison::firstDifference(*stored, document.plan()), QString());

    // Every model showed it by rows.
    for (ModelSignals *s : {&treeSignals, &indicatorSignals, &milestoneSignals})
        QCOMPARE(s->reset.count(), 0);
    switch (Edit(edit)) {
    case Edit::ProgrammeName:
        QCOMPARE(treeSignals.changed.count(), 1);
        QCOMPARE(treeSignals.inserted.count() + treeSignals.removed.count(), 0);
        QCOMPARE(tree.indexOf(PlanTreeModel::ItemKind::Programme, id).data().toString(),
                 before.programmes.first().name + u" (renamed)"_s);
        break;
    case Edit::IndicatorName:
    case Edit::ActualValue:
        QVERIFY(indicatorSignals.changed.count() >= 1);
        QCOMPARE(indicatorSignals.inserted.count() + indicatorSignals.removed.count(), 0);
        QCOMPARE(treeSignals.changed.count(), 0);
        break;
    case Edit::MilestoneTitle:
        QVERIFY(milestoneSignals.changed.count() >= 1);
        QCOMPARE(milestoneSignals.inserted.count() + milestoneSignals.removed.count(), 0);
        break;
    case Edit::DeleteMilestone:
        QCOMPARE(milestoneSignals.removed.count(), 1);
        QCOMPARE(milestones.rowCount(), int(before.milestones.size()) - 1);
        break;
    case Edit::AddMilestone:
        QCOMPARE(milestoneSignals.inserted.count(), 1);
        QCOMPARE(milestones.rowCount(), int(before.milestones.size()) + 1);
        break;
    case Edit::AddIndicator:
        QCOMPARE(indicatorSignals.inserted.count(), 1);
        QCOMPARE(indicators.rowCount(), int(before.indicators.size()) + 1);
        break;
    case Edit::AddProgramme:
        QCOMPARE(treeSignals.inserted.count(), 1);
        break;
    }

    // Undo reports the same item and puts everything back, again by rows.
    for (ModelSignals *s : {&treeSignals, &indicatorSignals, &milestoneSignals})
        s->clear();
    QVERIFY(document.undoStack()->undo());
    QCOMPARE(feed.count(), 1);
    const auto undone = feed.takeFirst().at(0).value<PlanChange>();
    QCOMPARE(undone.items.size(), 1);
    QCOMPARE(undone.items.first().kind, kind);
    if (id != 0)
        QCOMPARE(undone.items.first().id, id);
    QCOMPARE(PlanComparison::firstDifference(before, document.plan()), QString());
    if (rowByRow)
        QCOMPARE(document.fullReads(), 1); // undone by rows too
    for (ModelSignals *s : {&treeSignals, &indicatorSignals, &milestoneSignals})
        QCOMPARE(s->reset.count(), 0);
    QCOMPARE(milestones.rowCount(), int(before.milestones.size()));
    QCOMPARE(document.undoStack()->index(), 0);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->redo());
    QCOMPARE(feed.count(), 1);
    if (rowByRow)
        QCOMPARE(document.fullReads(), 1);
    const auto redone = PlanReader::read(document.database(), &error);
    QVERIFY2(redone, qPrintable(error));
    QCOMPARE(PlanComparison::firstDifference(*redone, document.plan()), QString());
}

void tst_PlanDocument::importShowsBenchmarksAndLinks()
{
    // A Fingertips import linked to Suicide rate brings its actual values, its England and
    // North West benchmarks and the link: the document shows all of them at once, as the file
    // holds them, and again after undo and redo.
    PlanDocument &document = *m_document;
    const QString source = QStringLiteral(TEST_DATA_DIR)
                           + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s;
    const QList<IndicatorLinkRequest> links{{u"93356"_s, u"Suicide rate"_s}};
    FingertipsReader::Options options;
    options.keepIndicators = FingertipsImport::linkedIds(document.plan(), links);
    const ImportPlan preview = FingertipsImport::plan(
        document.plan(), FingertipsReader::readFile(source, options), links);
    QVERIFY(!preview.hasErrors());
    QVERIFY(!preview.benchmarks.isEmpty());
    document.push(Commands::importValues(preview));
    QString error;
    const Indicator *shown
        = IndicatorSummaries::findIndicator(document.plan(), u"Suicide rate"_s, &error);
    QVERIFY2(shown, qPrintable(error));
    QVERIFY(!shown->benchmarks.isEmpty());
    QVERIFY(!shown->links.isEmpty());
    for (int step = 0; step < 3; ++step) {
        const auto stored = PlanReader::read(document.database(), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(PlanComparison::firstDifference(*stored, document.plan()), QString());
        if (step == 0)
            document.undoStack()->undo();
        else if (step == 1)
            document.undoStack()->redo();
    }
}

void tst_PlanDocument::deletingAProgrammeTakesItsItemsByRows()
{
    PlanDocument &document = *m_document;
    const PlanSnapshot before = document.plan();
    // The programme with the most beneath it: sub-programmes, milestones, indicators.
    const auto beneath = [&](Id id) {
        qsizetype n = 0;
        for (const Programme &p : before.programmes)
            n += before.isProgrammeWithin(p.id, id) ? 1 : 0;
        return n;
    };
    const Programme *doomed = &before.programmes.first();
    for (const Programme &p : before.programmes) {
        if (beneath(p.id) > beneath(doomed->id))
            doomed = &p;
    }
    QVERIFY2(beneath(doomed->id) > 1, "the sample has no programme with sub-programmes");
    QString error;
    QVERIFY2(document.push(Commands::deleteProgramme(*doomed), &error), qPrintable(error));
    QCOMPARE(document.fullReads(), 1);
    auto stored = PlanReader::read(document.database(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PlanComparison::firstDifference(*stored, document.plan()), QString());
    QVERIFY(document.plan().programmes.size() < before.programmes.size() - 1);

    // Undone, everything comes back: several items of each kind at once, so read whole.
    QVERIFY(document.undoStack()->undo());
    QCOMPARE(PlanComparison::firstDifference(before, document.plan()), QString());
}

void tst_PlanDocument::refusedEditChangesNothing()
{
    PlanDocument &document = *m_document;
    const PlanSnapshot before = document.plan();
    QSignalSpy feed(&document, &PlanDocument::changed);
    QSignalSpy failed(&document, &PlanDocument::failed);
    Programme after = before.programmes.first();
    after.name.clear(); // a programme needs a name
    QString error;
    QVERIFY(!document.push(Commands::editProgramme(before.programmes.first(), after), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(feed.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(PlanComparison::firstDifference(before, document.plan()), QString());
    QVERIFY(document.database().takeChanges().isEmpty());
}

void tst_PlanDocument::readOnlyRefuses()
{
    m_document.reset();
    QString error;
    auto document = PlanDocument::open(m_path, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    const Programme &p = document->plan().programmes.first();
    Programme after = p;
    after.name += u"!"_s;
    QVERIFY(!document->push(Commands::editProgramme(p, after), &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QCOMPARE(document->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(tst_PlanDocument)
#include "tst_plandocument.moc"
