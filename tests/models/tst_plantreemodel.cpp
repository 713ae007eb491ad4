// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/plantreemodel.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(tst_PlanTreeModel)
#include "tst_plantreemodel.moc"
