// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/milestoneschedule.h"
#include "models/milestonetablemodel.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_MilestoneTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void filters_data();
    void filters();
    void columns();
    void statusFromDates();
    void planTolerance_data();
    void planTolerance();

private:
    PlanSnapshot m_plan;
};

void tst_MilestoneTableModel::initTestCase()
{
    // "20 days", "1 day": the English plural forms the apps load.
    installTranslators(*QCoreApplication::instance(),
                       QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SamplePlan::populate(*db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
}

void tst_MilestoneTableModel::modelTester()
{
    MilestoneTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArea(&m_plan, 0);
    QCOMPARE(model.rowCount(), int(m_plan.milestones.size()));
    model.showArea(&m_plan, IndicatorSummaries::findArea(m_plan, u"Halton"_s)->id);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_MilestoneTableModel::filters_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("expectedTitlePart");
    QTest::newRow("St Helens") << u"St Helens"_s << u"Mental Health Summit"_s;
    QTest::newRow("Halton") << u"Halton"_s << u"Pharmacy First"_s;
    QTest::newRow("system") << u"QYG"_s << u"Anchor Institutions"_s;
}

void tst_MilestoneTableModel::filters()
{
    QFETCH(QString, area);
    QFETCH(QString, expectedTitlePart);
    MilestoneTableModel model;
    const Area *a = IndicatorSummaries::findArea(m_plan, area);
    QVERIFY(a);
    model.showArea(&m_plan, a->id);
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r)
        found = found || model.index(r, 0).data().toString().contains(expectedTitlePart);
    QVERIFY(found);
}

void tst_MilestoneTableModel::columns()
{
    MilestoneTableModel model;
    model.showArea(&m_plan, 0);
    int summit = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString().contains(u"Mental Health Summit"_s))
            summit = r;
    }
    QVERIFY(summit >= 0);
    QCOMPARE(model.index(summit, MilestoneTableModel::StatusColumn).data().toString(),
             u"Complete"_s);
    QCOMPARE(model.index(summit, MilestoneTableModel::StatusColumn)
                 .data(MilestoneTableModel::StatusKeyRole)
                 .toString(),
             u"complete"_s);
    QCOMPARE(model.index(summit, MilestoneTableModel::CompletionDateColumn)
                 .data(MilestoneTableModel::DateRole)
                 .toDate(),
             QDate(2021, 7, 1));
    QCOMPARE(model.index(summit, MilestoneTableModel::ProgrammeColumn).data().toString(),
             u"Mental Wellbeing"_s);
    QCOMPARE(
        model.headerData(MilestoneTableModel::ForecastDateColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString(),
        u"Forecast date"_s);
}

void tst_MilestoneTableModel::statusFromDates()
{
    // One milestone set "On track", first on time, then slipped a quarter, then overdue.
    PlanSnapshot plan = m_plan;
    QVERIFY(!plan.milestones.isEmpty());
    Milestone &m = plan.milestones.first();
    m.status = MilestoneStatus::OnTrack;
    m.completionDate = {};
    const QDate today = QDate::currentDate();
    m.baselineDate = today.addMonths(6);
    m.forecastDate = m.baselineDate;
    const auto statusShown = [&plan, &m](int role = Qt::DisplayRole) {
        MilestoneTableModel model;
        model.showArea(&plan, 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, MilestoneTableModel::StatusColumn);
            if (index.data(MilestoneTableModel::MilestoneIdRole).toLongLong() == m.id)
                return index.data(role);
        }
        return QVariant();
    };
    QCOMPARE(statusShown().toString(), u"On track"_s);
    m.forecastDate = MilestoneSchedule::addMonths(m.baselineDate, 3);
    QCOMPARE(statusShown().toString(), u"Slipped"_s);
    QCOMPARE(statusShown(MilestoneTableModel::ShownStatusRole).toInt(),
             int(MilestoneStatus::AtRisk));
    QCOMPARE(statusShown(MilestoneTableModel::StatusRole).toInt(), int(MilestoneStatus::OnTrack));
    QVERIFY(statusShown(Qt::ToolTipRole).toString().endsWith(u"Status as set: On track"_s));
    m.baselineDate = today.addDays(-1688);
    m.forecastDate = {};
    QCOMPARE(statusShown().toString(), u"Overdue"_s);
    QCOMPARE(statusShown(MilestoneTableModel::ShownStatusRole).toInt(),
             int(MilestoneStatus::OffTrack));
}

void tst_MilestoneTableModel::planTolerance_data()
{
    QTest::addColumn<int>("daysLate"); // the forecast after the baseline
    QTest::addColumn<QString>("at14");
    QTest::addColumn<QString>("at30");
    QTest::newRow("20 days late") << 20 << u"Slipped"_s << u"On track"_s;
    QTest::newRow("14 days late") << 14 << u"On track"_s << u"On track"_s;
    QTest::newRow("31 days late") << 31 << u"Slipped"_s << u"Slipped"_s;
}

void tst_MilestoneTableModel::planTolerance()
{
    QFETCH(int, daysLate);
    QFETCH(QString, at14);
    QFETCH(QString, at30);
    PlanSnapshot plan = m_plan;
    QCOMPARE(plan.info.milestoneSlipToleranceDays, 14); // the sample plan gives none
    Milestone &m = plan.milestones.first();
    m.status = MilestoneStatus::OnTrack;
    m.completionDate = {};
    m.baselineDate = QDate::currentDate().addMonths(6);
    m.forecastDate = m.baselineDate.addDays(daysLate);
    MilestoneTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto status = [&](int role = Qt::DisplayRole) {
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, MilestoneTableModel::StatusColumn);
            if (index.data(MilestoneTableModel::MilestoneIdRole).toLongLong() == m.id)
                return index.data(role).toString();
        }
        return QString();
    };
    model.showArea(&plan, 0);
    QCOMPARE(model.slipToleranceDays(), 14);
    QCOMPARE(status(), at14);
    if (at14 == u"Slipped"_s) {
        // The tooltip says by how much, against the plan's tolerance.
        QCOMPARE(status(Qt::ToolTipRole),
                 u"Forecast %1 days after its baseline date, more than the 14 days the plan "
                 "allows. Status as set: On track"_s.arg(daysLate));
    }

    // The plan's tolerance changes (nothing else does): the same model says so, for every row.
    plan.info.milestoneSlipToleranceDays = 30;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.showArea(&plan, 0);
    QCOMPARE(model.slipToleranceDays(), 30);
    QCOMPARE(status(), at30);
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QVERIFY(topLeft.column() <= MilestoneTableModel::StatusColumn
            && bottomRight.column() >= MilestoneTableModel::StatusColumn);
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), model.rowCount() - 1);

    plan.info.milestoneSlipToleranceDays = 14;
    model.showProgramme(&plan, m.programmeId);
    QCOMPARE(status(), at14);
}

QTEST_GUILESS_MAIN(tst_MilestoneTableModel)
#include "tst_milestonetablemodel.moc"
