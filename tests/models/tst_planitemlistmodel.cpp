// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/planitemlistmodel.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Every item of the plan once, with where it is and what the Go To filter matches. */
class tst_PlanItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void everyItemOnce();
    void rows_data();
    void rows();

private:
    int rowOf(const PlanItemListModel &model, const QString &name) const;
    PlanSnapshot m_plan;
};

void tst_PlanItemListModel::initTestCase()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
    // An owner to find a programme by.
    for (Programme &p : m_plan.programmes) {
        if (p.name == u"Tackling Obesity")
            p.manager = u"Jo Bloggs"_s;
    }
}

void tst_PlanItemListModel::modelTester()
{
    PlanItemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_plan);
    model.setPlan({});
}

void tst_PlanItemListModel::everyItemOnce()
{
    PlanItemListModel model;
    model.setPlan(m_plan);
    QCOMPARE(model.rowCount(),
             m_plan.areas.size() + m_plan.programmes.size() + m_plan.milestones.size()
                 + m_plan.indicators.size());
    QSet<std::pair<int, Id>> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        seen.insert({index.data(PlanItemListModel::ItemKindRole).toInt(),
                     index.data(PlanItemListModel::ItemIdRole).toLongLong()});
    }
    QCOMPARE(seen.size(), model.rowCount());
}

int tst_PlanItemListModel::rowOf(const PlanItemListModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PlanItemListModel::NameColumn).data() == name)
            return row;
    }
    return -1;
}

void tst_PlanItemListModel::rows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("searchHas");

    QTest::newRow("place") << u"St Helens"_s << int(PlanItemListModel::ItemKind::Area)
                           << u"NHS Cheshire and Merseyside"_s << u"E08000013"_s << u"E08000013"_s;
    QTest::newRow("programme with a manager")
        << u"Tackling Obesity"_s << int(PlanItemListModel::ItemKind::Programme) << u"St Helens"_s
        << QString() << u"Jo Bloggs"_s;
    QTest::newRow("sub-programme")
        << u"A. Support healthy eating choices in the Borough"_s
        << int(PlanItemListModel::ItemKind::Programme) << u"St Helens › Tackling Obesity"_s
        << QString() << u"healthy eating"_s;
    QTest::newRow("milestone") << u"Healthy advertising policy adopted"_s
                               << int(PlanItemListModel::ItemKind::Milestone)
                               << u"Knowsley › Healthy Advertising"_s << QString()
                               << u"advertising"_s;
    QTest::newRow("indicator with a code")
        << u"Older people still at home 91 days after discharge from hospital"_s
        << int(PlanItemListModel::ItemKind::Indicator)
        << u"St Helens › Resilient Communities › A. Supporting people to live independently"_s
        << u"ASC-17"_s << u"ASC-17"_s;
}

void tst_PlanItemListModel::rows()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(QString, code);
    QFETCH(QString, searchHas);
    PlanItemListModel model;
    model.setPlan(m_plan);
    const int row = rowOf(model, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QCOMPARE(model.index(row, 0).data(PlanItemListModel::ItemKindRole).toInt(), kind);
    QCOMPARE(model.index(row, PlanItemListModel::WhereColumn).data().toString(), where);
    QCOMPARE(model.index(row, PlanItemListModel::CodeColumn).data().toString(), code);
    QVERIFY(model.index(row, 0)
                .data(PlanItemListModel::SearchTextRole)
                .toString()
                .contains(searchHas, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(tst_PlanItemListModel)
#include "tst_planitemlistmodel.moc"
