// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/period.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Jfp::Period;
using Kind = Jfp::Period::Kind;

class tst_Period : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void next_data();
    void next();
    void ordering();
    void financialYearContaining_data();
    void financialYearContaining();
};

void tst_Period::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("formatted");

    const auto row
        = [](const char *text, Kind kind, QDate start, QDate end, const char *formatted) {
              QTest::newRow(text) << QString::fromUtf8(text) << int(kind) << start << end
                                  << QString::fromUtf8(formatted);
          };
    // Every format of shared/spec/fingertips.md §1.3 and the NHS planning forms.
    row("2021", Kind::CalendarYear, QDate(2021, 1, 1), QDate(2021, 12, 31), "2021");
    row("2006", Kind::CalendarYear, QDate(2006, 1, 1), QDate(2006, 12, 31), "2006");
    row("2024/25", Kind::FinancialYear, QDate(2024, 4, 1), QDate(2025, 3, 31), "2024/25");
    row("1999/00", Kind::FinancialYear, QDate(1999, 4, 1), QDate(2000, 3, 31), "1999/00");
    row("Q1 2024/25", Kind::FinancialQuarter, QDate(2024, 4, 1), QDate(2024, 6, 30), "Q1 2024/25");
    row("Q4 2024/25", Kind::FinancialQuarter, QDate(2025, 1, 1), QDate(2025, 3, 31), "Q4 2024/25");
    row("2024/25 Q1", Kind::FinancialQuarter, QDate(2024, 4, 1), QDate(2024, 6, 30), "Q1 2024/25");
    row("2006/07 Q3",
        Kind::FinancialQuarter,
        QDate(2006, 10, 1),
        QDate(2006, 12, 31),
        "Q3 2006/07");
    row("2006 Q1", Kind::CalendarQuarter, QDate(2006, 1, 1), QDate(2006, 3, 31), "Q1 2006");
    row("Q2 2006", Kind::CalendarQuarter, QDate(2006, 4, 1), QDate(2006, 6, 30), "Q2 2006");
    row("Apr 2024", Kind::Month, QDate(2024, 4, 1), QDate(2024, 4, 30), "Apr 2024");
    row("Jan 2009", Kind::Month, QDate(2009, 1, 1), QDate(2009, 1, 31), "Jan 2009");
    row("February 2024", Kind::Month, QDate(2024, 2, 1), QDate(2024, 2, 29), "Feb 2024");
    row("2017 - 19", Kind::CalendarYearRange, QDate(2017, 1, 1), QDate(2019, 12, 31), "2017 - 19");
    row("2006 - 07", Kind::CalendarYearRange, QDate(2006, 1, 1), QDate(2007, 12, 31), "2006 - 07");
    row("2006 - 08", Kind::CalendarYearRange, QDate(2006, 1, 1), QDate(2008, 12, 31), "2006 - 08");
    row("2009 - 11", Kind::CalendarYearRange, QDate(2009, 1, 1), QDate(2011, 12, 31), "2009 - 11");
    row("2019 - 23", Kind::CalendarYearRange, QDate(2019, 1, 1), QDate(2023, 12, 31), "2019 - 23");
    row("2022 - 24", Kind::CalendarYearRange, QDate(2022, 1, 1), QDate(2024, 12, 31), "2022 - 24");
    row("1998 - 02", Kind::CalendarYearRange, QDate(1998, 1, 1), QDate(2002, 12, 31), "1998 - 02");
    row("2006/07 - 07/08",
        Kind::FinancialYearRange,
        QDate(2006, 4, 1),
        QDate(2008, 3, 31),
        "2006/07 - 07/08");
    row("2006/07 - 08/09",
        Kind::FinancialYearRange,
        QDate(2006, 4, 1),
        QDate(2009, 3, 31),
        "2006/07 - 08/09");
    row("2015/16 - 19/20",
        Kind::FinancialYearRange,
        QDate(2015, 4, 1),
        QDate(2020, 3, 31),
        "2015/16 - 19/20");
    row("2006/07 Q1-Q2",
        Kind::CumulativeQuarters,
        QDate(2006, 4, 1),
        QDate(2006, 9, 30),
        "2006/07 Q1-Q2");
    row("2006/07 Q1-Q3",
        Kind::CumulativeQuarters,
        QDate(2006, 4, 1),
        QDate(2006, 12, 31),
        "2006/07 Q1-Q3");
    row("2006/07 Q1-Q4",
        Kind::CumulativeQuarters,
        QDate(2006, 4, 1),
        QDate(2007, 3, 31),
        "2006/07 Q1-Q4");
    row("2006/07 Q1 - 2006/07 Q4",
        Kind::FinancialQuarterRange,
        QDate(2006, 4, 1),
        QDate(2007, 3, 31),
        "2006/07 Q1 - 2006/07 Q4");
    row("2006/07 Q2 - 2007/08 Q1",
        Kind::FinancialQuarterRange,
        QDate(2006, 7, 1),
        QDate(2007, 6, 30),
        "2006/07 Q2 - 2007/08 Q1");
    row("2013/14 Q1 - 2014/15 Q4",
        Kind::FinancialQuarterRange,
        QDate(2013, 4, 1),
        QDate(2015, 3, 31),
        "2013/14 Q1 - 2014/15 Q4");
    row("2006 Q1 - 2006 Q4",
        Kind::CalendarQuarterRange,
        QDate(2006, 1, 1),
        QDate(2006, 12, 31),
        "2006 Q1 - 2006 Q4");
    row("2006 Q2 - 2007 Q1",
        Kind::CalendarQuarterRange,
        QDate(2006, 4, 1),
        QDate(2007, 3, 31),
        "2006 Q2 - 2007 Q1");
    row("Aug 2006 - Jul 2007",
        Kind::MonthRange,
        QDate(2006, 8, 1),
        QDate(2007, 7, 31),
        "Aug 2006 - Jul 2007");
    row("Mar 2006 - Feb 2007",
        Kind::MonthRange,
        QDate(2006, 3, 1),
        QDate(2007, 2, 28),
        "Mar 2006 - Feb 2007");
    row("Jul 2006 - Jun 2007",
        Kind::MonthRange,
        QDate(2006, 7, 1),
        QDate(2007, 6, 30),
        "Jul 2006 - Jun 2007");
    row("Jan 2009 - Dec 2009",
        Kind::MonthRange,
        QDate(2009, 1, 1),
        QDate(2009, 12, 31),
        "Jan 2009 - Dec 2009");
    // Tolerated spellings: surrounding and doubled spaces, lower case.
    row("  2024/25  ", Kind::FinancialYear, QDate(2024, 4, 1), QDate(2025, 3, 31), "2024/25");
    row("q2  2024/25", Kind::FinancialQuarter, QDate(2024, 7, 1), QDate(2024, 9, 30), "Q2 2024/25");
    row("2017-19", Kind::CalendarYearRange, QDate(2017, 1, 1), QDate(2019, 12, 31), "2017 - 19");
}

void tst_Period::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, formatted);

    QString error;
    const Period period = Period::parse(text, &error);
    QVERIFY2(period.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(int(period.kind()), kind);
    QCOMPARE(period.start(), start);
    QCOMPARE(period.end(), end);
    QCOMPARE(period.toString(), formatted);
    // The house style reads back as the same period.
    QCOMPARE(Period::parse(period.toString()), period);
}

void tst_Period::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("words") << QStringLiteral("last year") << QStringLiteral("not a period");
    QTest::newRow("tbc") << QStringLiteral("tbc") << QStringLiteral("not a period");
    QTest::newRow("fy gap") << QStringLiteral("2024/26") << QStringLiteral("2024/25");
    QTest::newRow("fy backwards") << QStringLiteral("2024/23") << QStringLiteral("financial year");
    QTest::newRow("quarter 5") << QStringLiteral("Q5 2024/25") << QStringLiteral("Q1 to Q4");
    QTest::newRow("quarter 0 fingertips")
        << QStringLiteral("2024/25 Q0") << QStringLiteral("Q1 to Q4");
    QTest::newRow("month name") << QStringLiteral("Foo 2024") << QStringLiteral("unknown month");
    QTest::newRow("month typo") << QStringLiteral("Aprill 2024") << QStringLiteral("unknown month");
    QTest::newRow("range backwards")
        << QStringLiteral("2006/07 Q3-Q1") << QStringLiteral("ends before");
    QTest::newRow("month range backwards")
        << QStringLiteral("Jul 2007 - Aug 2006") << QStringLiteral("ends before");
    QTest::newRow("fy range mismatch")
        << QStringLiteral("2006/07 - 08/10") << QStringLiteral("08/09");
    QTest::newRow("iso date") << QStringLiteral("2024-04-01") << QStringLiteral("not a period");
    QTest::newRow("number") << QStringLiteral("13.9") << QStringLiteral("not a period");
    // Found by tests/fuzz/fuzz_period: "0101" read as the year 101, written "101", which did
    // not read back; "0000" gave a period with no start date.
    QTest::newRow("year 0101") << QStringLiteral("0101") << QStringLiteral("1000 to 9999");
    QTest::newRow("year 0000") << QStringLiteral("0000") << QStringLiteral("1000 to 9999");
    QTest::newRow("quarter 0999") << QStringLiteral("Q1 0999/00") << QStringLiteral("1000 to 9999");
    QTest::newRow("fy 9999/00") << QStringLiteral("9999/00") << QStringLiteral("1000 to 9999");
}

void tst_Period::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    QString error;
    const Period period = Period::parse(text, &error);
    QVERIFY(!period.isValid());
    QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(period.toString().isEmpty());
}

void tst_Period::next_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("previous");

    QTest::newRow("financial year") << u"2028/29"_s << u"2029/30"_s << u"2027/28"_s;
    QTest::newRow("century") << u"1999/00"_s << u"2000/01"_s << u"1998/99"_s;
    QTest::newRow("quarter") << u"Q4 2024/25"_s << u"Q1 2025/26"_s << u"Q3 2024/25"_s;
    QTest::newRow("quarter start") << u"Q1 2024/25"_s << u"Q2 2024/25"_s << u"Q4 2023/24"_s;
    QTest::newRow("month") << u"Dec 2024"_s << u"Jan 2025"_s << u"Nov 2024"_s;
    QTest::newRow("calendar year") << u"2021"_s << u"2022"_s << u"2020"_s;
    QTest::newRow("rolling years") << u"2017 - 19"_s << u"2018 - 20"_s << u"2016 - 18"_s;
    QTest::newRow("rolling fy") << u"2006/07 - 08/09"_s << u"2007/08 - 09/10"_s
                                << u"2005/06 - 07/08"_s;
    QTest::newRow("cumulative") << u"2006/07 Q1-Q3"_s << u"2007/08 Q1-Q3"_s << u"2005/06 Q1-Q3"_s;
    QTest::newRow("rolling quarters")
        << u"2006/07 Q1 - 2006/07 Q4"_s << u"2006/07 Q2 - 2007/08 Q1"_s
        << u"2005/06 Q4 - 2006/07 Q3"_s;
    QTest::newRow("calendar quarter") << u"Q4 2006"_s << u"Q1 2007"_s << u"Q3 2006"_s;
}

void tst_Period::next()
{
    QFETCH(QString, text);
    QFETCH(QString, next);
    QFETCH(QString, previous);
    const Period period = Period::parse(text);
    QVERIFY(period.isValid());
    QCOMPARE(period.next().toString(), next);
    QCOMPARE(period.previous().toString(), previous);
    QCOMPARE(period.next().previous(), period);
    QVERIFY(period < period.next());
    QVERIFY(period.previous() < period);
    QVERIFY(!Period().next().isValid());
}

void tst_Period::ordering()
{
    QList<Period> periods;
    for (const char *text : {"2026/27",
                             "Q1 2024/25",
                             "2024/25",
                             "Apr 2024",
                             "2021",
                             "2028/29",
                             "2017 - 19",
                             "Q4 2024/25"}) {
        periods.append(Period::parse(QLatin1String(text)));
    }
    std::sort(periods.begin(), periods.end());
    QStringList labels;
    for (const Period &p : std::as_const(periods))
        labels.append(p.toString());
    // Start first; at an equal start, the shorter period first.
    QCOMPARE(labels,
             QStringList({QStringLiteral("2017 - 19"),
                          QStringLiteral("2021"),
                          QStringLiteral("Apr 2024"),
                          QStringLiteral("Q1 2024/25"),
                          QStringLiteral("2024/25"),
                          QStringLiteral("Q4 2024/25"),
                          QStringLiteral("2026/27"),
                          QStringLiteral("2028/29")}));
}

void tst_Period::financialYearContaining_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("year");
    QTest::newRow("1 April") << QDate(2024, 4, 1) << u"2024/25"_s;
    QTest::newRow("31 March") << QDate(2025, 3, 31) << u"2024/25"_s;
    QTest::newRow("1 January") << QDate(2025, 1, 1) << u"2024/25"_s;
    QTest::newRow("31 March before") << QDate(2024, 3, 31) << u"2023/24"_s;
    QTest::newRow("end of horizon") << QDate(2029, 3, 31) << u"2028/29"_s;
    QTest::newRow("invalid") << QDate() << QString();
}

void tst_Period::financialYearContaining()
{
    QFETCH(QDate, date);
    QFETCH(QString, year);
    const Period period = Period::financialYearContaining(date);
    QCOMPARE(period.toString(), year);
    if (period.isValid())
        QVERIFY(period.contains(date));
}

QTEST_GUILESS_MAIN(tst_Period)
#include "tst_period.moc"
