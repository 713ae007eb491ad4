// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/indicatortablemodel.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_IndicatorTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void areaIncludesAreasBeneath_data();
    void areaIncludesAreasBeneath();
    void programmeIncludesSubProgrammes();
    void displayedValues();

private:
    int rowOf(const IndicatorTableModel &model, const QString &name) const;
    PlanSnapshot m_plan;
};

void tst_IndicatorTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
}

int tst_IndicatorTableModel::rowOf(const IndicatorTableModel &model, const QString &name) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, IndicatorTableModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

void tst_IndicatorTableModel::modelTester()
{
    IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArea(&m_plan, 0);
    QCOMPARE(model.rowCount(), int(m_plan.indicators.size()));
    model.showArea(&m_plan, IndicatorSummaries::findArea(m_plan, u"Wirral"_s)->id);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_IndicatorTableModel::areaIncludesAreasBeneath_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<int>("rows");
    // Every key measure of the St Helens plan, and its 3 published OHID Fingertips indicators.
    QTest::newRow("St Helens") << u"St Helens"_s << 22;
    QTest::newRow("a locality") << u"U67149"_s << 0;
    QTest::newRow("Knowsley") << u"E08000011"_s << 3; // its OHID Fingertips indicators only
}

void tst_IndicatorTableModel::areaIncludesAreasBeneath()
{
    QFETCH(QString, area);
    QFETCH(int, rows);
    IndicatorTableModel model;
    model.showArea(&m_plan, IndicatorSummaries::findArea(m_plan, area)->id);
    QCOMPARE(model.rowCount(), rows);
}

void tst_IndicatorTableModel::programmeIncludesSubProgrammes()
{
    IndicatorTableModel model;
    const auto it
        = std::find_if(m_plan.programmes.cbegin(),
                       m_plan.programmes.cend(),
                       [](const Programme &p) { return p.name == u"Tackling Obesity"_s; });
    QVERIFY(it != m_plan.programmes.cend());
    model.showProgramme(&m_plan, it->id);
    QCOMPARE(model.rowCount(), 8); // objectives A-C: 3 + 4 + 1 measures
    QVERIFY(rowOf(model, u"Healthy Life Expectancy"_s) >= 0);
}

void tst_IndicatorTableModel::displayedValues()
{
    IndicatorTableModel model;
    model.showArea(&m_plan, 0);
    const int suicide = rowOf(model, u"Suicide rate"_s);
    QVERIFY(suicide >= 0);
    QCOMPARE(model.index(suicide, IndicatorTableModel::BaselineColumn).data().toString(),
             u"13.9 per 100,000"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::TargetColumn).data().toString(),
             u"10.5 per 100,000 (2026/27)"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::LatestColumn).data().toString(),
             u"no data yet"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::StatusColumn).data().toString(),
             u"– No data yet"_s);
    QCOMPARE(model.headerData(IndicatorTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Status against trajectory"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::AreaColumn).data().toString(),
             u"St Helens"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::PolarityColumn).data().toString(),
             u"Lower is better"_s);
    QCOMPARE(model.index(suicide, IndicatorTableModel::BaselineColumn)
                 .data(IndicatorTableModel::ValueRole)
                 .toDouble(),
             13.9);

    const int falls = rowOf(model, u"Injuries (65+) due to falls"_s);
    QCOMPARE(model.index(falls, IndicatorTableModel::BaselineColumn).data().toString(), u"2,468"_s);
    QCOMPARE(model.index(falls, IndicatorTableModel::TargetColumn).data().toString(),
             u"1,851 (2026/27)"_s);

    const int respiratory = rowOf(model, u"Premature deaths (<75): Respiratory Disease"_s);
    QCOMPARE(model.index(respiratory, IndicatorTableModel::TargetColumn).data().toString(),
             u"not stated"_s);
    QVERIFY(!model.index(respiratory, IndicatorTableModel::TargetColumn)
                 .data(IndicatorTableModel::ValueRole)
                 .isValid());

    const int cancer = rowOf(
        model,
        u"People with a cancer diagnosis confirmed or ruled out within 28 days of referral"_s);
    QVERIFY(cancer >= 0);
    QCOMPARE(model.index(cancer, IndicatorTableModel::LatestColumn).data().toString(),
             u"76% (2023/24)"_s);

    // A value with more digits than the indicator's decimals (as Fingertips publishes them)
    // is shown with the indicator's decimals.
    PlanSnapshot plan = m_plan;
    for (Indicator &indicator : plan.indicators) {
        if (indicator.name == u"Suicide rate"_s) {
            ActualValue actual;
            actual.period = u"2021 - 23"_s;
            actual.value = 126.082206;
            indicator.actuals.append(actual);
        }
    }
    model.showArea(&plan, 0);
    QCOMPARE(model.index(rowOf(model, u"Suicide rate"_s), IndicatorTableModel::LatestColumn)
                 .data()
                 .toString(),
             u"126.1 per 100,000 (2021 - 23)"_s);

    // Status against the trajectory: a shape and words, the figures in the tooltip.
    for (Indicator &indicator : plan.indicators) {
        if (indicator.name == u"Suicide rate"_s)
            indicator.trajectory = {{u"2021 - 23"_s, 110.0}};
    }
    model.showArea(&plan, 0);
    const QModelIndex status
        = model.index(rowOf(model, u"Suicide rate"_s), IndicatorTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"▲ Off track"_s);
    QVERIFY2(status.data(Qt::ToolTipRole).toString().contains(u"110.0"_s),
             qPrintable(status.data(Qt::ToolTipRole).toString()));
}

QTEST_GUILESS_MAIN(tst_IndicatorTableModel)
#include "tst_indicatortablemodel.moc"
