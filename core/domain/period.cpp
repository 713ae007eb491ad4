// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "period.h"

#include "coretr.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace Jfp {

namespace {

// Period labels are data, not prose: month names are English whatever the UI language.
constexpr std::array<const char *, 12> monthNames
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthFromName(const QString &name)
{
    const QString head = name.left(3);
    for (int i = 0; i < 12; ++i) {
        if (head.compare(QLatin1String(monthNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QString monthName(int month)
{
    return QLatin1String(monthNames[month - 1]);
}

QString twoDigits(int year)
{
    return QStringLiteral("%1").arg(((year % 100) + 100) % 100, 2, 10, QLatin1Char('0'));
}

QString financialYearLabel(int startYear)
{
    return QString::number(startYear) + QLatin1Char('/') + twoDigits(startYear + 1);
}

// The first month of quarter q (1-4) of the financial year that starts in April of `year`.
QDate financialQuarterStart(int year, int quarter)
{
    return QDate(year, 4, 1).addMonths(3 * (quarter - 1));
}

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

// Expands a two-digit year to the first year at or after `after` ending in those digits.
int expandYear(int twoDigit, int after)
{
    int year = after - (after % 100) + twoDigit;
    if (year < after)
        year += 100;
    return year;
}

const QRegularExpression &re(const char *pattern)
{
    // One compiled expression per pattern and thread, compiled on first use.
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(
            pattern,
            QRegularExpression(QLatin1String("^") + QLatin1String(pattern) + QLatin1String("$"),
                               QRegularExpression::CaseInsensitiveOption));
    }
    return *it;
}

constexpr const char *reYear = R"((\d{4}))";
constexpr const char *reFinancialYear = R"((\d{4})/(\d{2}))";
constexpr const char *reFyQuarterNhs = R"(Q([1-4]) (\d{4})/(\d{2}))";
constexpr const char *reFyQuarterFingertips = R"((\d{4})/(\d{2}) Q([1-4]))";
constexpr const char *reCalQuarter = R"((\d{4}) Q([1-4]))";
constexpr const char *reCalQuarterNhs = R"(Q([1-4]) (\d{4}))";
constexpr const char *reMonth = R"(([A-Za-z]{3,9}) (\d{4}))";
constexpr const char *reYearRange = R"((\d{4}) ?- ?(\d{2}))";
constexpr const char *reFyRange = R"((\d{4})/(\d{2}) ?- ?(\d{2})/(\d{2}))";
constexpr const char *reCumulative = R"((\d{4})/(\d{2}) Q([1-4]) ?- ?Q([1-4]))";
constexpr const char *reFyQuarterRange = R"((\d{4})/(\d{2}) Q([1-4]) ?- ?(\d{4})/(\d{2}) Q([1-4]))";
constexpr const char *reCalQuarterRange = R"((\d{4}) Q([1-4]) ?- ?(\d{4}) Q([1-4]))";
constexpr const char *reMonthRange = R"(([A-Za-z]{3,9}) (\d{4}) ?- ?([A-Za-z]{3,9}) (\d{4}))";

struct ParseError
{
    QString message;
};

bool checkFinancialYear(const QString &original, int start, int endTwoDigits, ParseError &error)
{
    if ((start + 1) % 100 == endTwoDigits)
        return true;
    error.message = Tr::tr("'%1' is not a valid financial year: the year after %2 is %3, so "
                           "write %3.")
                        .arg(original, QString::number(start), financialYearLabel(start));
    return false;
}

bool checkMonth(const QString &original, const QString &name, int &month, ParseError &error)
{
    month = monthFromName(name);
    const bool fullOk = month != 0
                        && (name.size() == 3
                            || QLocale(QLocale::English)
                                       .monthName(month, QLocale::LongFormat)
                                       .compare(name, Qt::CaseInsensitive)
                                   == 0);
    if (fullOk)
        return true;
    error.message = Tr::tr("'%1' has an unknown month '%2': write Jan, Feb, Mar, Apr, May, Jun, "
                           "Jul, Aug, Sep, Oct, Nov or Dec.")
                        .arg(original, name);
    return false;
}

} // namespace

Period::Period(Kind kind, QDate start, int months)
    : m_kind(kind)
    , m_start(start)
    , m_months(months)
{}

Period Period::financialYear(int startYear)
{
    return Period(Kind::FinancialYear, QDate(startYear, 4, 1), 12);
}

Period Period::calendarYear(int year)
{
    return Period(Kind::CalendarYear, QDate(year, 1, 1), 12);
}

Period Period::financialQuarter(int financialStartYear, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return Period(Kind::FinancialQuarter, financialQuarterStart(financialStartYear, quarter), 3);
}

Period Period::month(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return Period(Kind::Month, QDate(year, month, 1), 1);
}

Period Period::financialYearContaining(QDate date)
{
    if (!date.isValid())
        return {};
    return financialYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

QDate Period::end() const
{
    if (!isValid())
        return {};
    return m_start.addMonths(m_months).addDays(-1);
}

int Period::stepInMonths() const
{
    switch (m_kind) {
    case Kind::CalendarQuarter:
    case Kind::FinancialQuarter:
    case Kind::FinancialQuarterRange:
    case Kind::CalendarQuarterRange:
        return 3;
    case Kind::Month:
        return 1;
    case Kind::Invalid:
        return 0;
    default:
        // Years, year ranges, cumulative quarters of a year and Aug–Jul style month ranges.
        return 12;
    }
}

Period Period::shifted(int steps) const
{
    if (!isValid())
        return {};
    return Period(m_kind, m_start.addMonths(steps * stepInMonths()), m_months);
}

QString Period::toString() const
{
    const QDate last = isValid() ? end() : QDate();
    const int fyStart = m_start.month() >= 4 ? m_start.year() : m_start.year() - 1;
    const int fyEnd = last.month() >= 4 ? last.year() : last.year() - 1;
    const auto fyQuarter = [](QDate d) { return ((d.month() + 8) % 12) / 3 + 1; };
    const auto calQuarter = [](QDate d) { return (d.month() - 1) / 3 + 1; };
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::CalendarYear:
        return QString::number(m_start.year());
    case Kind::FinancialYear:
        return financialYearLabel(fyStart);
    case Kind::CalendarQuarter:
        return QStringLiteral("Q%1 %2").arg(calQuarter(m_start)).arg(m_start.year());
    case Kind::FinancialQuarter:
        return QStringLiteral("Q%1 %2").arg(fyQuarter(m_start)).arg(financialYearLabel(fyStart));
    case Kind::Month:
        return monthName(m_start.month()) + QLatin1Char(' ') + QString::number(m_start.year());
    case Kind::CalendarYearRange:
        return QString::number(m_start.year()) + QStringLiteral(" - ") + twoDigits(last.year());
    case Kind::FinancialYearRange:
        return financialYearLabel(fyStart) + QStringLiteral(" - ") + twoDigits(fyEnd)
               + QLatin1Char('/') + twoDigits(fyEnd + 1);
    case Kind::CumulativeQuarters:
        return QStringLiteral("%1 Q%2-Q%3")
            .arg(financialYearLabel(fyStart))
            .arg(fyQuarter(m_start))
            .arg(fyQuarter(last));
    case Kind::FinancialQuarterRange:
        return QStringLiteral("%1 Q%2 - %3 Q%4")
            .arg(financialYearLabel(fyStart))
            .arg(fyQuarter(m_start))
            .arg(financialYearLabel(fyEnd))
            .arg(fyQuarter(last));
    case Kind::CalendarQuarterRange:
        return QStringLiteral("%1 Q%2 - %3 Q%4")
            .arg(m_start.year())
            .arg(calQuarter(m_start))
            .arg(last.year())
            .arg(calQuarter(last));
    case Kind::MonthRange:
        return monthName(m_start.month()) + QLatin1Char(' ') + QString::number(m_start.year())
               + QStringLiteral(" - ") + monthName(last.month()) + QLatin1Char(' ')
               + QString::number(last.year());
    }
    return {};
}

Period Period::parse(const QString &text, QString *errorMessage)
{
    // A plan, an import or a chart repeats a few hundred labels across thousands of values:
    // each label is matched against the patterns once per thread, not at every use.
    thread_local QHash<QString, Period> parsed;
    if (const auto it = parsed.constFind(text); it != parsed.constEnd())
        return *it;
    Period period = parseText(text, errorMessage);
    // Four-digit years only: "0101" would be the year 101, written "101", which does not read
    // back, and "0000" a year QDate does not have (found by tests/fuzz/fuzz_period).
    if (period.isValid() && (period.m_start.year() < 1000 || period.end().year() > 9999)) {
        if (errorMessage) {
            *errorMessage = Tr::tr("'%1' is outside the years JFP Planner handles: write years "
                                   "from 1000 to 9999.")
                                .arg(text.simplified());
        }
        period = {};
    }
    if (period.isValid()) {
        if (parsed.size() >= 16384)
            parsed.clear();
        parsed.insert(text, period);
    }
    return period;
}

Period Period::parseText(const QString &text, QString *errorMessage)
{
    const QString s = text.simplified();
    ParseError error;
    const auto fail = [&]() -> Period {
        if (errorMessage)
            *errorMessage = error.message;
        return {};
    };
    const auto spanOf = [](Kind kind, QDate first, QDate lastMonthStart) {
        return Period(kind, first, monthsBetween(first, lastMonthStart) + 1);
    };
    const auto orderedOrFail = [&](Kind kind, QDate first, QDate lastMonthStart) -> Period {
        if (lastMonthStart < first) {
            error.message
                = Tr::tr("'%1' ends before it starts: write the earlier period first.").arg(s);
            return fail();
        }
        return spanOf(kind, first, lastMonthStart);
    };
    QRegularExpressionMatch m;
    const auto num = [&m](int i) { return m.captured(i).toInt(); };

    if (s.isEmpty()) {
        error.message = Tr::tr("The period is empty: write one such as 2024/25 or Q1 2024/25.");
        return fail();
    }
    if ((m = re(reYear).match(s)).hasMatch())
        return calendarYear(num(1));
    if ((m = re(reFinancialYear).match(s)).hasMatch()) {
        if (!checkFinancialYear(s, num(1), num(2), error))
            return fail();
        return financialYear(num(1));
    }
    if ((m = re(reFyQuarterNhs).match(s)).hasMatch()) {
        if (!checkFinancialYear(s, num(2), num(3), error))
            return fail();
        return financialQuarter(num(2), num(1));
    }
    if ((m = re(reFyQuarterFingertips).match(s)).hasMatch()) {
        if (!checkFinancialYear(s, num(1), num(2), error))
            return fail();
        return financialQuarter(num(1), num(3));
    }
    if ((m = re(reCalQuarter).match(s)).hasMatch())
        return Period(Kind::CalendarQuarter, QDate(num(1), 3 * (num(2) - 1) + 1, 1), 3);
    if ((m = re(reCalQuarterNhs).match(s)).hasMatch())
        return Period(Kind::CalendarQuarter, QDate(num(2), 3 * (num(1) - 1) + 1, 1), 3);
    if ((m = re(reMonth).match(s)).hasMatch()) {
        int month = 0;
        if (!checkMonth(s, m.captured(1), month, error))
            return fail();
        return Period::month(num(2), month);
    }
    if ((m = re(reYearRange).match(s)).hasMatch()) {
        const int first = num(1);
        const int last = expandYear(num(2), first);
        return orderedOrFail(Kind::CalendarYearRange, QDate(first, 1, 1), QDate(last, 12, 1));
    }
    if ((m = re(reFyRange).match(s)).hasMatch()) {
        const int first = num(1);
        if (!checkFinancialYear(s, first, num(2), error))
            return fail();
        const int last = expandYear(num(3), first);
        if ((last + 1) % 100 != num(4)) {
            error.message = Tr::tr("'%1' is not a valid financial year range: the last year "
                                   "should be written %2.")
                                .arg(s, twoDigits(last) + QLatin1Char('/') + twoDigits(last + 1));
            return fail();
        }
        return orderedOrFail(Kind::FinancialYearRange, QDate(first, 4, 1), QDate(last + 1, 3, 1));
    }
    if ((m = re(reCumulative).match(s)).hasMatch()) {
        if (!checkFinancialYear(s, num(1), num(2), error))
            return fail();
        return orderedOrFail(Kind::CumulativeQuarters,
                             financialQuarterStart(num(1), num(3)),
                             financialQuarterStart(num(1), num(4)).addMonths(2));
    }
    if ((m = re(reFyQuarterRange).match(s)).hasMatch()) {
        if (!checkFinancialYear(s, num(1), num(2), error)
            || !checkFinancialYear(s, num(4), num(5), error))
            return fail();
        return orderedOrFail(Kind::FinancialQuarterRange,
                             financialQuarterStart(num(1), num(3)),
                             financialQuarterStart(num(4), num(6)).addMonths(2));
    }
    if ((m = re(reCalQuarterRange).match(s)).hasMatch()) {
        return orderedOrFail(Kind::CalendarQuarterRange,
                             QDate(num(1), 3 * (num(2) - 1) + 1, 1),
                             QDate(num(3), 3 * (num(4) - 1) + 1, 1).addMonths(2));
    }
    if ((m = re(reMonthRange).match(s)).hasMatch()) {
        int first = 0;
        int last = 0;
        if (!checkMonth(s, m.captured(1), first, error)
            || !checkMonth(s, m.captured(3), last, error))
            return fail();
        return orderedOrFail(Kind::MonthRange, QDate(num(2), first, 1), QDate(num(4), last, 1));
    }
    if (s.contains(QRegularExpression(QStringLiteral("Q[^1-4]|Q$|Q\\d{2}"),
                                      QRegularExpression::CaseInsensitiveOption))) {
        error.message
            = Tr::tr("'%1' has a quarter that does not exist: quarters run Q1 to Q4.").arg(s);
        return fail();
    }
    error.message = Tr::tr("'%1' is not a period JFP Planner recognises. Write a financial year "
                           "(2024/25), a quarter (Q1 2024/25), a month (Apr 2024), a calendar year "
                           "(2021) or a range (2017 - 19).")
                        .arg(s);
    return fail();
}

} // namespace Jfp
