// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/** Programmes (nested): add, edit, delete with their subtree, move, refuse what is wrong. */
class tst_ProgrammeCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void add_data();
    void add();
    void edit_data();
    void edit();
    void deleteRestoresSubtree_data();
    void deleteRestoresSubtree();
    void move_data();
    void move();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_ProgrammeCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

void tst_ProgrammeCommands::add_data()
{
    QTest::addColumn<QString>("parent"); // empty: a programme of the area itself
    QTest::newRow("top level") << QString();
    QTest::newRow("sub-programme") << u"Living Well"_s;
}

void tst_ProgrammeCommands::add()
{
    QFETCH(QString, parent);
    const PlanSnapshot plan = read(*m_db);
    Programme p;
    p.areaId = byName(plan.areas, u"Halton"_s)->id;
    p.parentId = parent.isEmpty() ? 0 : byName(plan.programmes, parent)->id;
    p.name = u"Healthy Homes"_s;
    p.sro = u"Director of Public Health"_s;
    p.status = DeliveryStatus::OnTrack;
    p.start = QDate(2025, 4, 1);
    auto command = Commands::addProgramme(p);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    const Programme *added = byName(r.after.programmes, u"Healthy Homes"_s);
    QVERIFY(added);
    QCOMPARE(added->parentId, p.parentId);
    QCOMPARE(added->start, p.start);
    QCOMPARE(fields(r.redoRows), (QStringList{u"name"_s, u"sro"_s, u"status"_s, u"start"_s}));
    QCOMPARE(r.redoRows.at(2).newValue, u"on_track"_s);
    QCOMPARE(r.redoRows.at(3).newValue, u"2025-04-01"_s);
}

void tst_ProgrammeCommands::edit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("newValue");
    QTest::newRow("name") << u"name"_s << u"Ageing Well in Halton"_s;
    QTest::newRow("sro") << u"sro"_s << u"Chief Nurse"_s;
    QTest::newRow("status") << u"status"_s << u"at_risk"_s;
    QTest::newRow("end") << u"end"_s << u"2029-03-31"_s;
    QTest::newRow("themes") << u"themeIds"_s << QString();
}

void tst_ProgrammeCommands::edit()
{
    QFETCH(QString, field);
    QFETCH(QString, newValue);
    const PlanSnapshot plan = read(*m_db);
    const Programme before = *byName(plan.programmes, u"Ageing Well"_s);
    Programme after = before;
    if (field == u"name") {
        after.name = newValue;
    } else if (field == u"sro") {
        after.sro = newValue;
    } else if (field == u"status") {
        after.status = DeliveryStatus::AtRisk;
    } else if (field == u"end") {
        after.end = QDate::fromString(newValue, Qt::ISODate);
    } else {
        after.themeIds = {plan.frameworks.first().themes.first().id};
        if (after.themeIds == before.themeIds)
            after.themeIds.clear();
        QStringList ids;
        for (const Id id : after.themeIds)
            ids << QString::number(id);
        newValue = ids.join(u", "_s);
    }
    auto command = Commands::editProgramme(before, after);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), QStringList{field});
    QCOMPARE(r.redoRows.first().newValue, newValue);
    QCOMPARE(r.redoRows.first().itemId, before.id);
    QCOMPARE(byId(r.after.programmes, before.id)->themeIds, after.themeIds);
}

void tst_ProgrammeCommands::deleteRestoresSubtree_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("with sub-programmes and indicators") << u"Mental Wellbeing"_s;
    QTest::newRow("with sub-programmes and milestones")
        << u"ICB @ Halton Place – Business As Usual"_s;
    QTest::newRow("a sub-programme") << u"A. Support people who are at risk of self-harm"_s;
}

void tst_ProgrammeCommands::deleteRestoresSubtree()
{
    QFETCH(QString, name);
    const PlanSnapshot plan = read(*m_db);
    const Programme *target = byName(plan.programmes, name);
    QVERIFY(target);
    int programmes = 0, milestones = 0, indicators = 0;
    for (const Programme &p : plan.programmes) {
        if (plan.isProgrammeWithin(p.id, target->id)) {
            ++programmes;
            for (const Milestone &m : plan.milestones)
                milestones += m.programmeId == p.id;
            for (const Indicator &i : plan.indicators)
                indicators += i.programmeId == p.id;
        }
    }
    QVERIFY(milestones + indicators > 0);
    auto command = Commands::deleteProgramme(*target);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.after.programmes.size(), plan.programmes.size() - programmes);
    QCOMPARE(r.after.milestones.size(), plan.milestones.size() - milestones);
    QCOMPARE(r.after.indicators.size(), plan.indicators.size() - indicators);
    QVERIFY(fields(r.redoRows).contains(u"name"_s));
}

void tst_ProgrammeCommands::move_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("reorder") << u"Ageing Well"_s << u"Halton"_s << QString() << 0
                             << QStringList{u"position"_s};
    QTest::newRow("sub-programme to top level")
        << u"Dementia"_s << u"Halton"_s << QString() << -1 << QStringList{u"parentId"_s};
    QTest::newRow("to another parent")
        << u"Dementia"_s << u"Halton"_s << u"Living Well"_s << 1 << QStringList{u"parentId"_s};
    QTest::newRow("to another area with its subtree")
        << u"Mental Wellbeing"_s << u"Halton"_s << QString() << 0 << QStringList{u"areaId"_s};
}

void tst_ProgrammeCommands::move()
{
    QFETCH(QString, name);
    QFETCH(QString, area);
    QFETCH(QString, parent);
    QFETCH(int, position);
    QFETCH(QStringList, changed);
    const PlanSnapshot plan = read(*m_db);
    const Programme p = *byName(plan.programmes, name);
    const Id areaId = byName(plan.areas, area)->id;
    const Id parentId = parent.isEmpty() ? 0 : byName(plan.programmes, parent)->id;
    auto command = Commands::moveProgramme(p, areaId, parentId, position);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    // The fields that must change are recorded, and nothing else than placement is.
    for (const QString &field : std::as_const(changed))
        QVERIFY2(fields(r.redoRows).contains(field), qPrintable(field));
    for (const QString &field : fields(r.redoRows))
        QVERIFY((QStringList{u"areaId"_s, u"parentId"_s, u"position"_s}).contains(field));
    QList<Id> siblings;
    for (const Programme &s : r.after.programmes) {
        if (s.areaId == areaId && s.parentId == parentId)
            siblings << s.id;
    }
    QCOMPARE(siblings.indexOf(p.id), position < 0 ? siblings.size() - 1 : position);
    // Sub-programmes go with it, to the same area.
    for (const Programme &s : r.after.programmes) {
        if (r.after.isProgrammeWithin(s.id, p.id))
            QCOMPARE(s.areaId, areaId);
    }
}

void tst_ProgrammeCommands::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << u"no name"_s << u"name"_s;
    QTest::newRow("ends before it starts") << u"end before start"_s << u"before the start"_s;
    QTest::newRow("outside horizon") << u"outside horizon"_s << u"2024/25 to 2028/29"_s;
    QTest::newRow("parent in another area") << u"parent elsewhere"_s << u"same area"_s;
    QTest::newRow("beneath its own child") << u"beneath child"_s << u"itself"_s;
    QTest::newRow("no such area") << u"no area"_s << u"area"_s;
}

void tst_ProgrammeCommands::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const PlanSnapshot plan = read(*m_db);
    const Programme before = *byName(plan.programmes, u"Ageing Well"_s);
    Programme after = before;
    std::unique_ptr<PlanCommand> command;
    if (what == u"no name") {
        after.name.clear();
    } else if (what == u"end before start") {
        after.start = QDate(2026, 4, 1);
        after.end = QDate(2025, 3, 31);
    } else if (what == u"outside horizon") {
        after.end = QDate(2030, 3, 31);
    } else if (what == u"parent elsewhere") {
        Programme p;
        p.areaId = before.areaId;
        p.parentId = byName(plan.programmes, u"Mental Wellbeing"_s)->id; // St Helens
        p.name = u"Stray"_s;
        command = Commands::addProgramme(p);
    } else if (what == u"beneath child") {
        command = Commands::moveProgramme(
            before, before.areaId, byName(plan.programmes, u"Dementia"_s)->id, 0);
    } else {
        command = Commands::moveProgramme(before, 99999, 0, 0);
    }
    if (!command)
        command = Commands::editProgramme(before, after);
    const QString failure = CommandTest::refused(*m_db, *command, expected);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(tst_ProgrammeCommands)
#include "tst_programmecommands.moc"
