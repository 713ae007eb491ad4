// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "reporting/timelinescale.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_TimelineScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversWholeFinancialYears_data();
    void coversWholeFinancialYears();
    void dateAndPositionRoundTrip_data();
    void dateAndPositionRoundTrip();
    void clampsToTheAxis();
    void spans();
    void invalid();
};

void tst_TimelineScale::coversWholeFinancialYears_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("plan horizon") << QDate(2024, 4, 1) << QDate(2029, 3, 31) << QDate(2024, 4, 1)
                                  << QDate(2029, 3, 31);
    QTest::newRow("mid-year dates")
        << QDate(2021, 7, 1) << QDate(2026, 2, 1) << QDate(2021, 4, 1) << QDate(2026, 3, 31);
    QTest::newRow("January is the previous year")
        << QDate(2024, 1, 15) << QDate(2024, 1, 16) << QDate(2023, 4, 1) << QDate(2024, 3, 31);
    QTest::newRow("reversed") << QDate(2026, 5, 1) << QDate(2024, 5, 1) << QDate(2024, 4, 1)
                              << QDate(2027, 3, 31);
}

void tst_TimelineScale::coversWholeFinancialYears()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const TimelineScale scale(from, to, 2.0, 100);
    QCOMPARE(scale.first(), first);
    QCOMPARE(scale.last(), last);
    QCOMPARE(scale.days(), first.daysTo(last) + 1);
    QCOMPARE(scale.width(), 2.0 * double(scale.days()));
    QCOMPARE(scale.edge(first), 100.0);
    QCOMPARE(scale.x(first), 101.0);
}

void tst_TimelineScale::dateAndPositionRoundTrip_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::newRow("a year in 180 px") << 0.5;
    QTest::newRow("one px a day") << 1.0;
    QTest::newRow("zoomed in") << 7.25;
}

void tst_TimelineScale::dateAndPositionRoundTrip()
{
    QFETCH(double, pixelsPerDay);
    const TimelineScale scale({2024, 4, 1}, {2029, 3, 31}, pixelsPerDay, 240);
    for (QDate d = scale.first(); d <= scale.last(); d = d.addDays(13)) {
        QCOMPARE(scale.date(scale.x(d)), d);
        QCOMPARE(scale.date(scale.edge(d)), d); // a day owns its left edge
        if (pixelsPerDay >= 1) {
            // Anywhere inside the day's column snaps to that day.
            QCOMPARE(scale.date(scale.edge(d) + pixelsPerDay * 0.99), d);
            QCOMPARE(scale.date(scale.edge(d) - 0.01),
                     d.addDays(-1) < scale.first() ? d : d.addDays(-1));
        }
    }
}

void tst_TimelineScale::clampsToTheAxis()
{
    const TimelineScale scale({2024, 4, 1}, {2025, 3, 31}, 2.0, 10);
    QCOMPARE(scale.date(-500), QDate(2024, 4, 1));
    QCOMPARE(scale.date(1e6), QDate(2025, 3, 31));
    QCOMPARE(scale.date(scale.left() + scale.width()), QDate(2025, 3, 31));
}

void tst_TimelineScale::spans()
{
    const TimelineScale scale({2024, 6, 1}, {2025, 6, 1}, 1.0);
    const QList<TimelineScale::Span> years = scale.financialYears();
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).label, u"2024/25"_s);
    QCOMPARE(years.at(1).label, u"2025/26"_s);
    QCOMPARE(years.at(1).start, QDate(2025, 4, 1));
    QCOMPARE(years.at(1).end, QDate(2026, 3, 31));

    const QList<TimelineScale::Span> quarters = scale.quarters();
    QCOMPARE(quarters.size(), 8);
    QCOMPARE(quarters.at(0).label, u"Q1"_s);
    QCOMPARE(quarters.at(0).start, QDate(2024, 4, 1));
    QCOMPARE(quarters.at(3).label, u"Q4"_s);
    QCOMPARE(quarters.at(3).start, QDate(2025, 1, 1));
    QCOMPARE(quarters.at(3).end, QDate(2025, 3, 31));
    QCOMPARE(quarters.at(4).label, u"Q1"_s);

    const QList<TimelineScale::Span> months = scale.months();
    QCOMPARE(months.size(), 24);
    QCOMPARE(months.first().start, QDate(2024, 4, 1));
    QCOMPARE(months.first().end, QDate(2024, 4, 30));
    QCOMPARE(months.at(10).end, QDate(2025, 2, 28));
    QCOMPARE(months.last().end, QDate(2026, 3, 31));
}

void tst_TimelineScale::invalid()
{
    const TimelineScale scale({}, {2025, 1, 1}, 1.0);
    QVERIFY(!scale.isValid());
    QCOMPARE(scale.days(), 0);
    QVERIFY(!scale.date(10).isValid());
    QVERIFY(scale.financialYears().isEmpty());
    QVERIFY(scale.quarters().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TimelineScale)
#include "tst_timelinescale.moc"
