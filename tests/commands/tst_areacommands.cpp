// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"
#include "commands/commandsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/** Adding, editing, deleting and moving areas: undoable, recorded, and refused when wrong. */
class tst_AreaCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void add();
    void edit_data();
    void edit();
    void deleteRestoresSubtree_data();
    void deleteRestoresSubtree();
    void move_data();
    void move();
    void refused_data();
    void refused();
    void historyNamesTheAccount();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_AreaCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

void tst_AreaCommands::add()
{
    const PlanSnapshot plan = read(*m_db);
    Area area;
    area.parentId = byName(plan.areas, u"St Helens"_s)->id;
    area.level = AreaLevel::Locality;
    area.name = u"Rainford"_s;
    area.odsCode = u"U99999"_s;
    area.population = 12000;
    auto command = Commands::addArea(area);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));

    const Area *added = byName(r.after.areas, u"Rainford"_s);
    QVERIFY(added);
    QVERIFY(added->id > 0);
    QCOMPARE(added->parentId, area.parentId);
    QCOMPARE(added->odsCode, u"U99999"_s);
    // The same id after undo and redo.
    QCOMPARE(byName(read(*m_db).areas, u"Rainford"_s)->id, added->id);
    // One row per field given, about the new area, by this user.
    QCOMPARE(fields(r.redoRows),
             (QStringList{u"name"_s, u"level"_s, u"odsCode"_s, u"population"_s}));
    for (const ChangeRecord &row : r.redoRows) {
        QCOMPARE(row.itemKind, u"area"_s);
        QCOMPARE(row.itemId, added->id);
        QCOMPARE(row.itemName, u"Rainford"_s);
        QCOMPARE(row.changedBy, Commands::Internal::currentUser());
        QVERIFY(row.oldValue.isEmpty());
        QCOMPARE(row.command, u"Add area 'Rainford'"_s);
        QVERIFY(qAbs(row.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(row.changedAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(r.redoRows.at(3).newValue, u"12000"_s);
    // A new locality comes last among its siblings.
    QList<Id> siblings;
    for (const Area &a : r.after.areas) {
        if (a.parentId == area.parentId)
            siblings << a.id;
    }
    QCOMPARE(siblings.constLast(), added->id);
}

void tst_AreaCommands::edit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::newRow("name") << u"name"_s << u"Halton"_s << u"Halton Place"_s;
    QTest::newRow("short name") << u"shortName"_s << u"One Halton"_s << u"Halton place"_s;
    QTest::newRow("population") << u"population"_s << u"130000"_s << u"128000"_s;
    QTest::newRow("ons code") << u"onsCode"_s << u"E06000006"_s << u"E06000099"_s;
    QTest::newRow("ods code") << u"odsCode"_s << QString() << u"X99"_s;
}

void tst_AreaCommands::edit()
{
    QFETCH(QString, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    const PlanSnapshot plan = read(*m_db);
    const Area before = *byName(plan.areas, u"Halton"_s);
    Area after = before;
    if (field == u"name")
        after.name = newValue;
    else if (field == u"shortName")
        after.shortName = newValue;
    else if (field == u"population")
        after.population = newValue.toLongLong();
    else if (field == u"onsCode")
        after.onsCode = newValue;
    else
        after.odsCode = newValue;
    auto command = Commands::editArea(before, after);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.redoRows.size(), 1);
    QCOMPARE(r.redoRows.first().field, field);
    QCOMPARE(r.redoRows.first().oldValue, oldValue);
    QCOMPARE(r.redoRows.first().newValue, newValue);
    QCOMPARE(r.redoRows.first().itemId, before.id);
    QCOMPARE(r.undoRows.first().command, u"Undo: Edit area '%1'"_s.arg(after.name));
    const Area *stored = byId(r.after.areas, before.id);
    QCOMPARE(stored->name, after.name);
    QCOMPARE(stored->onsCode, after.onsCode);
    QCOMPARE(stored->population, after.population);
}

void tst_AreaCommands::deleteRestoresSubtree_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("place with localities") << u"St Helens"_s;
    QTest::newRow("the system") << u"NHS Cheshire and Merseyside"_s;
    QTest::newRow("locality") << u"Central"_s;
}

void tst_AreaCommands::deleteRestoresSubtree()
{
    QFETCH(QString, name);
    const PlanSnapshot plan = read(*m_db);
    const Area *target = nullptr;
    for (const Area &a : plan.areas) {
        if (a.name == name || a.name.startsWith(name + u' ') || a.shortName == name)
            target = target ? target : &a;
    }
    QVERIFY2(target, qPrintable(name));
    const Id id = target->id;
    int areas = 0, programmes = 0, milestones = 0, indicators = 0;
    for (const Area &a : plan.areas)
        areas += plan.isAreaWithin(a.id, id);
    for (const Programme &p : plan.programmes) {
        const Area *owner = plan.owningArea(p);
        if (owner && plan.isAreaWithin(owner->id, id)) {
            ++programmes;
            for (const Milestone &m : plan.milestones)
                milestones += m.programmeId == p.id;
            for (const Indicator &i : plan.indicators)
                indicators += i.programmeId == p.id;
        }
    }
    QVERIFY(areas >= 1);

    auto command = Commands::deleteArea(*target);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    // The redo took the whole subtree…
    QCOMPARE(r.after.areas.size(), plan.areas.size() - areas);
    QCOMPARE(r.after.programmes.size(), plan.programmes.size() - programmes);
    QCOMPARE(r.after.milestones.size(), plan.milestones.size() - milestones);
    QCOMPARE(r.after.indicators.size(), plan.indicators.size() - indicators);
    QVERIFY(!byId(r.after.areas, id));
    // …and the undo (checked in roundTrip) put every row back with the same ids. The history
    // is about the deleted area itself: one row per field it had.
    for (const ChangeRecord &row : r.redoRows) {
        QCOMPARE(row.itemId, id);
        QVERIFY(row.newValue.isEmpty());
        QVERIFY(!row.oldValue.isEmpty());
    }
    QVERIFY(fields(r.redoRows).contains(u"name"_s));
    QCOMPARE(dump(read(*m_db)), dump(r.after));
    if (name == u"St Helens")
        QVERIFY(programmes > 0 && indicators > 0);
    if (name.startsWith(u"NHS"))
        QVERIFY(r.after.areas.isEmpty() && r.after.indicators.isEmpty());
}

void tst_AreaCommands::move_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("newParent"); // empty: same parent
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("changedFields");
    QTest::newRow("reorder to first")
        << u"Wirral"_s << QString() << 0 << QStringList{u"position"_s};
    QTest::newRow("reorder to last")
        << u"Cheshire East"_s << QString() << -1 << QStringList{u"position"_s};
    QTest::newRow("re-parent locality")
        << u"Central"_s << u"Halton"_s << 0 << QStringList{u"parentId"_s};
    QTest::newRow("re-parent locality last")
        << u"Central"_s << u"Halton"_s << -1 << QStringList{u"parentId"_s};
}

void tst_AreaCommands::move()
{
    QFETCH(QString, name);
    QFETCH(QString, newParent);
    QFETCH(int, position);
    QFETCH(QStringList, changedFields);
    const PlanSnapshot plan = read(*m_db);
    const Area *area = nullptr;
    for (const Area &a : plan.areas) {
        if (a.name == name || a.name.startsWith(name + u' '))
            area = area ? area : &a;
    }
    QVERIFY(area);
    const Id parent = newParent.isEmpty() ? area->parentId : byName(plan.areas, newParent)->id;
    auto command = Commands::moveArea(*area, parent, position);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QList<Id> siblings;
    for (const Area &a : r.after.areas) {
        if (a.parentId == parent)
            siblings << a.id;
    }
    QCOMPARE(siblings.indexOf(area->id), position < 0 ? siblings.size() - 1 : position);
    QCOMPARE(fields(r.redoRows).mid(0, changedFields.size()), changedFields);
    for (const ChangeRecord &row : r.redoRows)
        QCOMPARE(row.itemId, area->id);
}

void tst_AreaCommands::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << u"no name"_s << u"name"_s;
    QTest::newRow("duplicate ONS") << u"duplicate ons"_s << u"E08000013"_s;
    QTest::newRow("duplicate ODS") << u"duplicate ods"_s << u"already used"_s;
    QTest::newRow("locality under system") << u"locality under system"_s << u"place"_s;
    QTest::newRow("negative population") << u"negative population"_s << u"negative"_s;
    QTest::newRow("move beneath itself") << u"move beneath itself"_s << u"itself"_s;
    QTest::newRow("move place under place") << u"place under place"_s << u"system"_s;
}

void tst_AreaCommands::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const PlanSnapshot plan = read(*m_db);
    const Area halton = *byName(plan.areas, u"Halton"_s);
    std::unique_ptr<PlanCommand> command;
    Area edited = halton;
    if (what == u"no name") {
        edited.name = u"  "_s;
        command = Commands::editArea(halton, edited);
    } else if (what == u"duplicate ons") {
        edited.onsCode = u"E08000013"_s; // St Helens
        command = Commands::editArea(halton, edited);
    } else if (what == u"duplicate ods") {
        Area area;
        area.level = AreaLevel::Place;
        area.parentId = halton.parentId;
        area.name = u"Copy"_s;
        area.odsCode = u"qyg"_s;
        command = Commands::addArea(area);
    } else if (what == u"locality under system") {
        Area area;
        area.level = AreaLevel::Locality;
        area.parentId = halton.parentId;
        area.name = u"Stray"_s;
        command = Commands::addArea(area);
    } else if (what == u"negative population") {
        edited.population = -5;
        command = Commands::editArea(halton, edited);
    } else if (what == u"move beneath itself") {
        const Area system = *byId(plan.areas, halton.parentId);
        command = Commands::moveArea(system, halton.id, 0);
    } else {
        command = Commands::moveArea(halton, byName(plan.areas, u"Wirral"_s)->id, 0);
    }
    const QString failure = CommandTest::refused(*m_db, *command, expected);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_AreaCommands::historyNamesTheAccount()
{
    // Issue 25: the change history named whoever USER said. It names the account running it.
    const QByteArray before = qgetenv("USER");
    qputenv("USER", "mallory");
    qputenv("USERNAME", "mallory");
    const QString user = Commands::Internal::currentUser();
    qputenv("USER", before);
    QVERIFY(!user.isEmpty());
    QVERIFY(user != u"mallory"_s);
#ifdef Q_OS_WIN
    QSKIP("id -un is a Unix tool; the Windows build names the account the same way");
#else
    QProcess id;
    id.start(u"id"_s, {u"-un"_s});
    QVERIFY(id.waitForFinished(10000));
    QCOMPARE(user, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#endif
}

QTEST_GUILESS_MAIN(tst_AreaCommands)
#include "tst_areacommands.moc"
