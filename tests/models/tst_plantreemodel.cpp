// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/plantreemodel.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_PlanTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void modelTester();
    void hierarchy();
    void programmesBeforeChildAreas();
    void indexOf();
    void roles();
    void dragAndDrop_data();
    void dragAndDrop();
    void dropEmitsAndChangesNothing();
    void notMovable();
    void updateByRows_data();
    void updateByRows();
    void hostileShapes_data();
    void hostileShapes();

private:
    PlanSnapshot m_plan;
};

void tst_PlanTreeModel::initTestCase()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
}

void tst_PlanTreeModel::emptyModel()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PlanTreeModel::ColumnCount));
}

void tst_PlanTreeModel::modelTester()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_plan);
    model.setPlan(m_plan); // a second reset is fine too
    model.setPlan({});
}

void tst_PlanTreeModel::hierarchy()
{
    PlanTreeModel model;
    model.setPlan(m_plan);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex system = model.index(0, 0);
    QCOMPARE(system.data().toString(), u"NHS Cheshire and Merseyside"_s);
    QCOMPARE(model.index(0, PlanTreeModel::CodeColumn).data().toString(), u"E54000008"_s);
    QCOMPARE(model.index(0, PlanTreeModel::KindColumn).data().toString(), u"System"_s);
    int places = 0;
    for (int r = 0; r < model.rowCount(system); ++r)
        places
            += model.index(r, 0, system).data(PlanTreeModel::LevelKeyRole).toString() == u"place"_s;
    QCOMPARE(places, 9);

    const auto it = std::find_if(m_plan.areas.cbegin(), m_plan.areas.cend(), [](const Area &a) {
        return a.onsCode == u"E08000013"_s;
    });
    QVERIFY(it != m_plan.areas.cend());
    const QModelIndex stHelens = model.indexOf(PlanTreeModel::ItemKind::Area, it->id);
    QVERIFY(stHelens.isValid());
    QCOMPARE(stHelens.data().toString(), u"St Helens"_s);
    QCOMPARE(stHelens.parent(), system);
    QStringList localities;
    for (int r = 0; r < model.rowCount(stHelens); ++r) {
        const QModelIndex child = model.index(r, 0, stHelens);
        if (child.data(PlanTreeModel::LevelKeyRole).toString() == u"locality"_s)
            localities << child.data().toString();
    }
    QCOMPARE(localities,
             QStringList({u"Central"_s, u"North"_s, u"South"_s, u"Newton and Haydock"_s}));
}

void tst_PlanTreeModel::programmesBeforeChildAreas()
{
    PlanTreeModel model;
    model.setPlan(m_plan);
    const QModelIndex system = model.index(0, 0);
    QCOMPARE(model.index(0, 0, system).data(PlanTreeModel::LevelKeyRole).toString(),
             u"programme"_s);
    QCOMPARE(model.index(model.rowCount(system) - 1, 0, system)
                 .data(PlanTreeModel::LevelKeyRole)
                 .toString(),
             u"place"_s);
}

void tst_PlanTreeModel::indexOf()
{
    PlanTreeModel model;
    model.setPlan(m_plan);
    for (const Programme &p : std::as_const(m_plan.programmes)) {
        const QModelIndex index = model.indexOf(PlanTreeModel::ItemKind::Programme, p.id);
        QVERIFY2(index.isValid(), qPrintable(p.name));
        QCOMPARE(index.data().toString(), p.name);
        QCOMPARE(index.data(PlanTreeModel::ItemIdRole).toLongLong(), p.id);
        // A sub-programme sits under its programme; a programme under its area.
        if (p.parentId)
            QCOMPARE(index.parent().data(PlanTreeModel::ItemIdRole).toLongLong(), p.parentId);
        else
            QCOMPARE(index.parent().data(PlanTreeModel::ItemIdRole).toLongLong(), p.areaId);
    }
    QVERIFY(!model.indexOf(PlanTreeModel::ItemKind::Area, 99999).isValid());
}

void tst_PlanTreeModel::roles()
{
    PlanTreeModel model;
    model.setPlan(m_plan);
    const QModelIndex system = model.index(0, 0);
    QCOMPARE(system.data(PlanTreeModel::ItemKindRole).toInt(), int(PlanTreeModel::ItemKind::Area));
    QVERIFY(system.data(PlanTreeModel::SearchTextRole).toString().contains(u"QYG"_s));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Name"_s);
    QCOMPARE(system.data(Qt::AccessibleTextRole), system.data());
}

namespace {

using Kind = PlanTreeModel::ItemKind;

std::pair<Kind, Id> find(const PlanSnapshot &plan, const QString &name)
{
    for (const Area &a : plan.areas) {
        if (a.name == name)
            return {Kind::Area, a.id};
    }
    for (const Programme &p : plan.programmes) {
        if (p.name == name)
            return {Kind::Programme, p.id};
    }
    qFatal("no item %s", qPrintable(name));
    return {};
}

} // namespace

void tst_PlanTreeModel::dragAndDrop_data()
{
    QTest::addColumn<QString>("dragged");
    QTest::addColumn<QString>("onto");   // the drop's parent; empty: the top level
    QTest::addColumn<int>("row");        // -1: onto the parent itself
    QTest::addColumn<QString>("parent"); // expected new parent; "-" when refused
    QTest::addColumn<QString>("area");   // a programme's expected area
    QTest::addColumn<int>("position");

    const QString refused = u"-"_s;
    QTest::newRow("programme onto another place")
        << u"Tackling Obesity"_s << u"Halton"_s << -1 << QString() << u"Halton"_s << -1;
    QTest::newRow("programme onto a programme: sub-programme")
        << u"Tackling Obesity"_s << u"Mental Wellbeing"_s << -1 << u"Mental Wellbeing"_s
        << u"St Helens"_s << -1;
    QTest::newRow("programme beneath itself")
        << u"Tackling Obesity"_s << u"A. Support healthy eating choices in the Borough"_s << -1
        << refused << QString() << 0;
    QTest::newRow("programme to the top")
        << u"Tackling Obesity"_s << u"St Helens"_s << 0 << QString() << u"St Helens"_s << 0;
    QTest::newRow("programme up one")
        << u"Tackling Obesity"_s << u"St Helens"_s << 1 << QString() << u"St Helens"_s << 1;
    QTest::newRow("programme where it is")
        << u"Tackling Obesity"_s << u"St Helens"_s << 2 << refused << QString() << 0;
    QTest::newRow("programme just after itself")
        << u"Tackling Obesity"_s << u"St Helens"_s << 3 << refused << QString() << 0;
    QTest::newRow("programme down one")
        << u"Tackling Obesity"_s << u"St Helens"_s << 4 << QString() << u"St Helens"_s << 3;
    QTest::newRow("programme among the localities: last")
        << u"Tackling Obesity"_s << u"St Helens"_s << 6 << QString() << u"St Helens"_s << 4;
    QTest::newRow("programme at the top level")
        << u"Tackling Obesity"_s << QString() << 0 << refused << QString() << 0;
    QTest::newRow("locality onto another place")
        << u"Central"_s << u"Halton"_s << -1 << u"Halton"_s << QString() << -1;
    QTest::newRow("locality onto the system")
        << u"Central"_s << u"NHS Cheshire and Merseyside"_s << -1 << refused << QString() << 0;
    QTest::newRow("place beneath its own locality")
        << u"St Helens"_s << u"Central"_s << -1 << refused << QString() << 0;
    QTest::newRow("place at the top level")
        << u"Halton"_s << QString() << 1 << refused << QString() << 0;
    QTest::newRow("area onto a programme")
        << u"Central"_s << u"Tackling Obesity"_s << -1 << refused << QString() << 0;
    QTest::newRow("place first among places")
        << u"St Helens"_s << u"NHS Cheshire and Merseyside"_s << 9
        << u"NHS Cheshire and Merseyside"_s << QString() << 0;
}

void tst_PlanTreeModel::dragAndDrop()
{
    QFETCH(QString, dragged);
    QFETCH(QString, onto);
    QFETCH(int, row);
    QFETCH(QString, parent);
    QFETCH(QString, area);
    QFETCH(int, position);

    PlanTreeModel model;
    model.setPlan(m_plan);
    const auto [kind, id] = find(m_plan, dragged);
    const QModelIndex source = model.indexOf(kind, id);
    QVERIFY(model.flags(source) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData({source, source.siblingAtColumn(1)}));
    QVERIFY(data);
    QModelIndex target;
    if (!onto.isEmpty()) {
        const auto [ontoKind, ontoId] = find(m_plan, onto);
        target = model.indexOf(ontoKind, ontoId);
    }
    const auto move = model.dropTarget(data.get(), row, target);
    QCOMPARE(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, target), move.has_value());
    if (parent == u"-") {
        QVERIFY(!move);
        return;
    }
    QVERIFY(move);
    QCOMPARE(move->kind, kind);
    QCOMPARE(move->id, id);
    QCOMPARE(move->parentId, parent.isEmpty() ? Id(0) : find(m_plan, parent).second);
    QCOMPARE(move->areaId, area.isEmpty() ? Id(0) : find(m_plan, area).second);
    QCOMPARE(move->position, position);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, row, 0, target));
}

void tst_PlanTreeModel::dropEmitsAndChangesNothing()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_plan);
    QSignalSpy requested(&model, &PlanTreeModel::moveRequested);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto [kind, id] = find(m_plan, u"Central"_s);
    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(kind, id)}));
    const QModelIndex halton = model.indexOf(Kind::Area, find(m_plan, u"Halton"_s).second);
    const int haltonRows = model.rowCount(halton);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, halton));
    QCOMPARE(requested.count(), 1);
    const auto move = requested.at(0).at(0).value<PlanTreeModel::Move>();
    QCOMPARE(move.parentId, find(m_plan, u"Halton"_s).second);
    // The model waits for the plan to be re-read: the tree is as it was.
    QCOMPARE(model.rowCount(halton), haltonRows);
    QCOMPARE(reset.count(), 0);
    // A refused drop says so and emits nothing.
    const QModelIndex system
        = model.indexOf(Kind::Area, find(m_plan, u"NHS Cheshire and Merseyside"_s).second);
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, system));
    QCOMPARE(requested.count(), 1);
}

void tst_PlanTreeModel::notMovable()
{
    PlanTreeModel model;
    model.setPlan(m_plan);
    model.setMovable(false);
    const auto [kind, id] = find(m_plan, u"Central"_s);
    const QModelIndex index = model.indexOf(kind, id);
    QVERIFY(!(model.flags(index) & Qt::ItemIsDragEnabled));
    model.setMovable(true);
    std::unique_ptr<QMimeData> data(model.mimeData({index}));
    model.setMovable(false);
    const QModelIndex halton = model.indexOf(Kind::Area, find(m_plan, u"Halton"_s).second);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, halton));
}

QTEST_GUILESS_MAIN(tst_PlanTreeModel)
namespace {

// Each row as "kind:id name", depth-first, indented by depth: the whole tree to compare.
QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << u"%1%2:%3 %4 %5"_s.arg(QString(depth, u' '))
                     .arg(index.data(PlanTreeModel::ItemKindRole).toInt())
                     .arg(index.data(PlanTreeModel::ItemIdRole).toLongLong())
                     .arg(index.data().toString(), index.siblingAtColumn(1).data().toString());
        lines += dump(model, index, depth + 1);
    }
    return lines;
}

enum class Expect { DataChanged, Inserted, Removed, Moved, RemovedAndInserted };

} // namespace

void tst_PlanTreeModel::updateByRows_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("expect");
    QTest::newRow("rename a programme") << 0 << int(Expect::DataChanged);
    QTest::newRow("rename a place") << 1 << int(Expect::DataChanged);
    QTest::newRow("add a programme") << 2 << int(Expect::Inserted);
    QTest::newRow("remove a place") << 3 << int(Expect::Removed);
    QTest::newRow("reorder places") << 4 << int(Expect::Moved);
    QTest::newRow("move a programme to another place") << 5 << int(Expect::RemovedAndInserted);
    QTest::newRow("make a programme a sub-programme") << 6 << int(Expect::RemovedAndInserted);
}

void tst_PlanTreeModel::updateByRows()
{
    QFETCH(int, edit);
    QFETCH(int, expect);
    PlanSnapshot before = m_plan;
    QList<qsizetype> places;
    for (qsizetype i = 0; i < before.areas.size(); ++i) {
        if (before.areas.at(i).level == AreaLevel::Place)
            places << i;
    }
    QVERIFY(places.size() >= 2);
    const Id firstPlace = before.areas.at(places.first()).id;
    const Id lastPlace = before.areas.at(places.last()).id;
    const auto topLevelIn = [](const PlanSnapshot &plan, Id areaId) {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < plan.programmes.size(); ++i) {
            if (plan.programmes.at(i).areaId == areaId && plan.programmes.at(i).parentId == 0)
                found << i;
        }
        return found;
    };
    if (edit == 3) {
        // A place with nothing beneath it is what the removal takes away.
        before.programmes.removeIf(
            [&](const Programme &p) { return before.isAreaWithin(p.areaId, lastPlace); });
        before.areas.removeIf([&](const Area &a) { return a.parentId == lastPlace; });
    }
    if (edit == 5 || edit == 6) {
        // Two programmes of their own in the first place, and none in the last.
        before.programmes.removeIf([&](const Programme &p) { return p.areaId == lastPlace; });
        for (const Id id : {Id(90001), Id(90002)}) {
            Programme p;
            p.id = id;
            p.areaId = firstPlace;
            p.name = u"Programme %1"_s.arg(id);
            before.programmes.append(p);
        }
    }
    PlanSnapshot after = before;
    switch (edit) {
    case 0:
        after.programmes.first().name += u" (renamed)"_s;
        break;
    case 1:
        after.areas[places.last()].name += u" (renamed)"_s;
        break;
    case 2: {
        Programme p;
        p.id = 90009;
        p.areaId = firstPlace;
        p.name = u"New programme"_s;
        after.programmes.append(p);
        break;
    }
    case 3:
        after.areas.removeIf([&](const Area &a) { return a.id == lastPlace; });
        break;
    case 4:
        after.areas.move(places.last(), places.first());
        break;
    case 5:
        after.programmes[topLevelIn(after, firstPlace).last()].areaId = lastPlace;
        break;
    case 6: {
        const QList<qsizetype> own = topLevelIn(after, firstPlace);
        QVERIFY(own.size() >= 2);
        after.programmes[own.last()].parentId = after.programmes.at(own.first()).id;
        break;
    }
    }

    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(before);
    const QPersistentModelIndex system = model.index(0, 0);
    const Id systemId = system.data(PlanTreeModel::ItemIdRole).toLongLong();
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.updatePlan(after);

    PlanTreeModel fresh;
    fresh.setPlan(after);
    QCOMPARE(dump(model), dump(fresh));
    QCOMPARE(reset.count(), 0);
    QVERIFY(system.isValid());
    QCOMPARE(system.data(PlanTreeModel::ItemIdRole).toLongLong(), systemId);
    switch (Expect(expect)) {
    case Expect::DataChanged:
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count() + removed.count() + moved.count(), 0);
        break;
    case Expect::Inserted:
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count() + moved.count(), 0);
        break;
    case Expect::Removed:
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count() + moved.count(), 0);
        break;
    case Expect::Moved:
        QCOMPARE(moved.count(), 1);
        QCOMPARE(inserted.count() + removed.count(), 0);
        break;
    case Expect::RemovedAndInserted:
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        break;
    }
    // Nothing else changed, so a second update says nothing at all.
    changed.clear();
    model.updatePlan(after);
    QCOMPARE(changed.count(), 0);
}

#include "tst_plantreemodel.moc"

void tst_PlanTreeModel::hostileShapes_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("shownAreas");
    // A tampered plan file can hold any parent ids: the model neither recurses nor loops.
    QTest::newRow("a chain 200,000 areas deep") << 0 << 200000;
    QTest::newRow("an area with id 0, its own parent") << 1 << 1;
    QTest::newRow("negative ids") << 2 << 3;
    QTest::newRow("a cycle") << 3 << 1;
}

void tst_PlanTreeModel::hostileShapes()
{
    QFETCH(int, shape);
    QFETCH(int, shownAreas);
    PlanSnapshot plan;
    const auto addArea = [&](Id id, Id parentId) {
        Area a;
        a.id = id;
        a.parentId = parentId;
        a.level = parentId ? AreaLevel::Locality : AreaLevel::System;
        a.name = u"Area %1"_s.arg(id);
        plan.areas.append(a);
    };
    Id deepest = 0;
    switch (shape) {
    case 0:
        for (Id id = 1; id <= 200000; ++id)
            addArea(id, id - 1);
        deepest = 200000;
        break;
    case 1:
        addArea(1, 0);
        addArea(0, 0);
        deepest = 1;
        break;
    case 2:
        addArea(-1, 0);
        addArea(-2, -1);
        addArea(-3, -2);
        deepest = -3;
        break;
    case 3:
        addArea(1, 0);
        addArea(2, 3);
        addArea(3, 2);
        deepest = 1;
        break;
    }
    PlanTreeModel model;
    model.setPlan(plan);
    const auto countShown = [&] {
        int count = 0;
        QModelIndex index = model.index(0, 0);
        while (index.isValid()) {
            ++count;
            index = model.index(0, 0, index);
        }
        return count;
    };
    QCOMPARE(countShown(), shownAreas);
    const QModelIndex last = model.indexOf(PlanTreeModel::ItemKind::Area, deepest);
    QVERIFY(last.isValid());
    QCOMPARE(last.data().toString(), u"Area %1"_s.arg(deepest));
    int depth = 0;
    for (QModelIndex up = last; up.isValid(); up = up.parent())
        ++depth;
    QCOMPARE(depth, shownAreas);

    // Updating by rows walks the same shapes: the whole chain moved under a new first area.
    addArea(1000001, 0);
    PlanSnapshot after = plan;
    plan.areas.removeLast();
    for (Area &a : after.areas) {
        if (a.parentId == 0 && a.id != 1000001 && a.id != 0)
            a.parentId = 1000001;
    }
    model.updatePlan(after);
    QCOMPARE(countShown(), shownAreas + 1);
    model.updatePlan(plan);
    QCOMPARE(countShown(), shownAreas);
}
