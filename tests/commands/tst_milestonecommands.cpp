// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/** Milestones: add, edit, delete, move; dates inside the plan horizon and in order. */
class tst_MilestoneCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void add();
    void edit_data();
    void edit();
    void deleteAndRestore();
    void move_data();
    void move();
    void refused_data();
    void refused();

private:
    Milestone dentalPlan() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_MilestoneCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

Milestone tst_MilestoneCommands::dentalPlan() const
{
    return *byName(read(*m_db).milestones,
                   u"Cheshire and Merseyside Dental Improvement Plan 2024-2026 published"_s);
}

void tst_MilestoneCommands::add()
{
    const PlanSnapshot plan = read(*m_db);
    Milestone m;
    m.programmeId = byName(plan.programmes, u"Dementia"_s)->id;
    m.title = u"Memory clinic opens"_s;
    m.baselineDate = QDate(2025, 9, 30);
    m.forecastDate = QDate(2025, 12, 31);
    m.status = MilestoneStatus::AtRisk;
    auto command = Commands::addMilestone(m);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    const Milestone *added = byName(r.after.milestones, m.title);
    QVERIFY(added);
    QCOMPARE(added->forecastDate, m.forecastDate);
    QCOMPARE(fields(r.redoRows),
             (QStringList{u"title"_s, u"baselineDate"_s, u"forecastDate"_s, u"status"_s}));
    QCOMPARE(r.redoRows.at(2).newValue, u"2025-12-31"_s);
    QCOMPARE(r.redoRows.at(0).itemKind, u"milestone"_s);
}

void tst_MilestoneCommands::edit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("newValue");
    QTest::newRow("title") << u"title"_s << u"Dental Improvement Plan published"_s;
    QTest::newRow("owner") << u"owner"_s << u"ICB dental team"_s;
    // A completion date stored before the horizon (May 2024 is inside; 2021 ones exist too)
    // stays when another field changes.
    QTest::newRow("notes") << u"notes"_s << u"Checked against the published plan."_s;
}

void tst_MilestoneCommands::edit()
{
    QFETCH(QString, field);
    QFETCH(QString, newValue);
    const Milestone before = dentalPlan();
    Milestone after = before;
    if (field == u"title")
        after.title = newValue;
    else if (field == u"owner")
        after.owner = newValue;
    else
        after.notes = newValue;
    auto command = Commands::editMilestone(before, after);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), QStringList{field});
    QCOMPARE(r.redoRows.first().newValue, newValue);

    // A milestone completed in 2021, before the plan horizon, can still be edited.
    const Milestone old = *byName(read(*m_db).milestones,
                                  u"Mental Health Summit to launch the programme of work"_s);
    QCOMPARE(old.completionDate, QDate(2021, 7, 1));
    Milestone renamed = old;
    renamed.owner = u"St Helens Council"_s;
    auto keep = Commands::editMilestone(old, renamed);
    const RoundTrip k = roundTrip(*m_db, *keep);
    QVERIFY2(k.failure.isEmpty(), qPrintable(k.failure));
    QCOMPARE(fields(k.redoRows), QStringList{u"owner"_s});
}

void tst_MilestoneCommands::deleteAndRestore()
{
    const Milestone m = dentalPlan();
    auto command = Commands::deleteMilestone(m);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.after.milestones.size(), r.before.milestones.size() - 1);
    QVERIFY(!byId(r.after.milestones, m.id));
    QCOMPARE(fields(r.redoRows),
             (QStringList{u"title"_s, u"completionDate"_s, u"status"_s, u"notes"_s, u"source"_s}));
}

void tst_MilestoneCommands::move_data()
{
    QTest::addColumn<QString>("programme"); // empty: the same one
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("reorder") << QString() << 0 << QStringList{u"position"_s};
    QTest::newRow("to another programme")
        << u"Dementia"_s << -1 << QStringList{u"programmeId"_s, u"position"_s};
}

void tst_MilestoneCommands::move()
{
    QFETCH(QString, programme);
    QFETCH(int, position);
    QFETCH(QStringList, changed);
    const PlanSnapshot plan = read(*m_db);
    const Milestone m = dentalPlan();
    const Id to = programme.isEmpty() ? m.programmeId : byName(plan.programmes, programme)->id;
    auto command = Commands::moveMilestone(m, to, position);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), changed);
    QList<Id> siblings;
    for (const Milestone &s : r.after.milestones) {
        if (s.programmeId == to)
            siblings << s.id;
    }
    QCOMPARE(siblings.indexOf(m.id), position < 0 ? siblings.size() - 1 : position);
}

void tst_MilestoneCommands::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no title") << u"no title"_s << u"title"_s;
    QTest::newRow("forecast after horizon")
        << u"late forecast"_s << u"outside the plan horizon 2024/25 to 2028/29"_s;
    QTest::newRow("baseline before horizon") << u"early baseline"_s << u"1 April 2024"_s;
    QTest::newRow("forecast before baseline") << u"order"_s << u"before the baseline date"_s;
    QTest::newRow("completion but not complete") << u"not complete"_s << u"complete"_s;
    QTest::newRow("move to no programme") << u"no programme"_s << u"programme"_s;
}

void tst_MilestoneCommands::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const Milestone before = dentalPlan();
    Milestone after = before;
    std::unique_ptr<PlanCommand> command;
    if (what == u"no title") {
        after.title = u" "_s;
    } else if (what == u"late forecast") {
        after.forecastDate = QDate(2029, 4, 1);
    } else if (what == u"early baseline") {
        after.baselineDate = QDate(2024, 3, 31);
    } else if (what == u"order") {
        after.baselineDate = QDate(2025, 6, 30);
        after.forecastDate = QDate(2025, 5, 31);
    } else if (what == u"not complete") {
        after.status = MilestoneStatus::OnTrack;
    } else {
        command = Commands::moveMilestone(before, 424242, 0);
    }
    if (!command)
        command = Commands::editMilestone(before, after);
    const QString failure = CommandTest::refused(*m_db, *command, expected);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(tst_MilestoneCommands)
#include "tst_milestonecommands.moc"
