// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/milestoneschedule.h"
#include "translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_MilestoneSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schedule_data();
    void schedule();
    void shownStatus_data();
    void shownStatus();
    void toleranceBoundary_data();
    void toleranceBoundary();
    void monthStepsDoNotDrift_data();
    void monthStepsDoNotDrift();
};

void tst_MilestoneSchedule::initTestCase()
{
    // The English plural forms ("1 day", "12 days") come from the translation the apps load.
    installTranslators(*QCoreApplication::instance(),
                       QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_MilestoneSchedule::schedule_data()
{
    QTest::addColumn<MilestoneStatus>("status");
    QTest::addColumn<QDate>("baseline");
    QTest::addColumn<QDate>("forecast");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("daysOverdue");
    QTest::addColumn<QString>("text");
    // Today is 1 June 2025 in every row.
    QTest::newRow("forecast passed")
        << MilestoneStatus::AtRisk << QDate(2025, 4, 1) << QDate(2025, 5, 20) << QDate(2025, 5, 20)
        << 12 << u"Overdue by 12 days"_s;
    QTest::newRow("one day") << MilestoneStatus::OnTrack << QDate(2025, 5, 31) << QDate()
                             << QDate(2025, 5, 31) << 1 << u"Overdue by 1 day"_s;
    QTest::newRow("forecast wins over baseline")
        << MilestoneStatus::OnTrack << QDate(2025, 5, 1) << QDate(2025, 6, 4) << QDate(2025, 6, 4)
        << 0 << u"Due in 3 days"_s;
    QTest::newRow("today") << MilestoneStatus::NotStarted << QDate(2025, 6, 1) << QDate()
                           << QDate(2025, 6, 1) << 0 << u"Due today"_s;
    QTest::newRow("tomorrow") << MilestoneStatus::NotStarted << QDate(2025, 6, 2) << QDate()
                              << QDate(2025, 6, 2) << 0 << u"Due in 1 day"_s;
    QTest::newRow("complete is never overdue")
        << MilestoneStatus::Complete << QDate(2024, 1, 1) << QDate() << QDate(2024, 1, 1) << 0
        << u"Completed"_s;
    QTest::newRow("cancelled") << MilestoneStatus::Cancelled << QDate(2024, 1, 1) << QDate()
                               << QDate(2024, 1, 1) << 0 << u"Cancelled"_s;
    QTest::newRow("no dates") << MilestoneStatus::OffTrack << QDate() << QDate() << QDate() << 0
                              << u"No date"_s;
}

void tst_MilestoneSchedule::schedule()
{
    QFETCH(MilestoneStatus, status);
    QFETCH(QDate, baseline);
    QFETCH(QDate, forecast);
    QFETCH(QDate, due);
    QFETCH(int, daysOverdue);
    QFETCH(QString, text);
    Milestone m;
    m.status = status;
    m.baselineDate = baseline;
    m.forecastDate = forecast;
    const QDate today(2025, 6, 1);
    QCOMPARE(MilestoneSchedule::dueDate(m), due);
    QCOMPARE(MilestoneSchedule::daysOverdue(m, today), daysOverdue);
    QCOMPARE(MilestoneSchedule::dueText(m, today), text);
}

void tst_MilestoneSchedule::shownStatus_data()
{
    QTest::addColumn<MilestoneStatus>("status"); // as set
    QTest::addColumn<QDate>("baseline");
    QTest::addColumn<QDate>("forecast");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<MilestoneStatus>("glyph"); // the shape and colour drawn
    // Today is 1 June 2025; the tolerance the default, 14 days.
    QTest::newRow("on track, on time")
        << MilestoneStatus::OnTrack << QDate(2025, 9, 30) << QDate(2025, 9, 30) << u"On track"_s
        << MilestoneStatus::OnTrack;
    QTest::newRow("slipped 3 months, set on track")
        << MilestoneStatus::OnTrack << QDate(2025, 9, 30) << QDate(2025, 12, 31) << u"Slipped"_s
        << MilestoneStatus::AtRisk;
    QTest::newRow("within the tolerance")
        << MilestoneStatus::OnTrack << QDate(2025, 9, 30) << QDate(2025, 10, 14) << u"On track"_s
        << MilestoneStatus::OnTrack;
    QTest::newRow("just past the tolerance")
        << MilestoneStatus::NotStarted << QDate(2025, 9, 30) << QDate(2025, 10, 15) << u"Slipped"_s
        << MilestoneStatus::AtRisk;
    QTest::newRow("slipped, set off track: the user's later word")
        << MilestoneStatus::OffTrack << QDate(2025, 9, 30) << QDate(2025, 12, 31) << u"Off track"_s
        << MilestoneStatus::OffTrack;
    QTest::newRow("overdue, set on track") << MilestoneStatus::OnTrack << QDate(2020, 12, 31)
                                           << QDate() << u"Overdue"_s << MilestoneStatus::OffTrack;
    QTest::newRow("overdue, set off track") << MilestoneStatus::OffTrack << QDate(2020, 12, 31)
                                            << QDate() << u"Overdue"_s << MilestoneStatus::OffTrack;
    QTest::newRow("forecast brought forward")
        << MilestoneStatus::OnTrack << QDate(2025, 9, 30) << QDate(2025, 8, 31) << u"On track"_s
        << MilestoneStatus::OnTrack;
    QTest::newRow("complete, late")
        << MilestoneStatus::Complete << QDate(2020, 12, 31) << QDate(2021, 6, 30) << u"Complete"_s
        << MilestoneStatus::Complete;
    QTest::newRow("cancelled") << MilestoneStatus::Cancelled << QDate(2020, 12, 31) << QDate()
                               << u"Cancelled"_s << MilestoneStatus::Cancelled;
}

void tst_MilestoneSchedule::shownStatus()
{
    QFETCH(MilestoneStatus, status);
    QFETCH(QDate, baseline);
    QFETCH(QDate, forecast);
    QFETCH(QString, shown);
    QFETCH(MilestoneStatus, glyph);
    Milestone m;
    m.status = status;
    m.baselineDate = baseline;
    m.forecastDate = forecast;
    const QDate today(2025, 6, 1);
    QCOMPARE(MilestoneSchedule::statusText(m, today, PlanInfo::defaultSlipToleranceDays), shown);
    QCOMPARE(MilestoneSchedule::shownStatus(m, today, PlanInfo::defaultSlipToleranceDays), glyph);
}

void tst_MilestoneSchedule::toleranceBoundary_data()
{
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<QDate>("forecast"); // the baseline is 30 September 2025
    QTest::addColumn<bool>("slipped");
    // Today is 1 June 2025, so none is overdue; a forecast `tolerance` days late is on time,
    // one day more has slipped.
    QTest::newRow("0: on the baseline") << 0 << QDate(2025, 9, 30) << false;
    QTest::newRow("0: a day late") << 0 << QDate(2025, 10, 1) << true;
    QTest::newRow("14: 14 days late") << 14 << QDate(2025, 10, 14) << false;
    QTest::newRow("14: 15 days late") << 14 << QDate(2025, 10, 15) << true;
    QTest::newRow("14: 20 days late") << 14 << QDate(2025, 10, 20) << true;
    QTest::newRow("30: 20 days late") << 30 << QDate(2025, 10, 20) << false;
    QTest::newRow("30: 30 days late") << 30 << QDate(2025, 10, 30) << false;
    QTest::newRow("30: 31 days late") << 30 << QDate(2025, 10, 31) << true;
    QTest::newRow("30: brought forward") << 30 << QDate(2025, 8, 1) << false;
}

void tst_MilestoneSchedule::toleranceBoundary()
{
    QFETCH(int, tolerance);
    QFETCH(QDate, forecast);
    QFETCH(bool, slipped);
    Milestone m;
    m.status = MilestoneStatus::OnTrack;
    m.baselineDate = QDate(2025, 9, 30);
    m.forecastDate = forecast;
    const QDate today(2025, 6, 1);
    using MilestoneSchedule::DateState;
    QCOMPARE(MilestoneSchedule::dateState(m, today, tolerance),
             slipped ? DateState::Slipped : DateState::OnTime);
    QCOMPARE(MilestoneSchedule::statusText(m, today, tolerance),
             slipped ? u"Slipped"_s : u"On track"_s);
    QCOMPARE(MilestoneSchedule::shownStatus(m, today, tolerance),
             slipped ? MilestoneStatus::AtRisk : MilestoneStatus::OnTrack);
    // Past its due date it is overdue whatever the tolerance.
    QCOMPARE(MilestoneSchedule::dateState(m, forecast.addDays(1), tolerance), DateState::Overdue);
    QCOMPARE(MilestoneSchedule::statusText(m, forecast.addDays(1), tolerance), u"Overdue"_s);
}

void tst_MilestoneSchedule::monthStepsDoNotDrift_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<QDate>>("expected");

    QTest::newRow("month ends forward")
        << QDate(2026, 1, 31) << 1
        << QList<QDate>{{2026, 2, 28}, {2026, 3, 31}, {2026, 4, 30}, {2026, 5, 31}};
    QTest::newRow("month ends back")
        << QDate(2026, 5, 31) << -1
        << QList<QDate>{{2026, 4, 30}, {2026, 3, 31}, {2026, 2, 28}, {2026, 1, 31}};
    QTest::newRow("leap year") << QDate(2028, 1, 31) << 1
                               << QList<QDate>{{2028, 2, 29}, {2028, 3, 31}};
    QTest::newRow("mid-month") << QDate(2026, 1, 15) << 1
                               << QList<QDate>{{2026, 2, 15}, {2026, 3, 15}};
    QTest::newRow("30th into February and on")
        << QDate(2026, 1, 30) << 1 << QList<QDate>{{2026, 2, 28}, {2026, 3, 31}};
}

void tst_MilestoneSchedule::monthStepsDoNotDrift()
{
    QFETCH(QDate, start);
    QFETCH(int, step);
    QFETCH(QList<QDate>, expected);
    // One press at a time, each from where the last one left the date.
    QDate date = start;
    for (const QDate &next : expected) {
        date = MilestoneSchedule::addMonths(date, step);
        QCOMPARE(date, next);
    }
}

QTEST_GUILESS_MAIN(tst_MilestoneSchedule)
#include "tst_milestoneschedule.moc"
