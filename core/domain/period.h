// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDate>
#include <QString>

namespace Jfp {

/**
 * A time period as NHS plans and OHID Fingertips write them.
 *
 * A period is a span of whole months with a kind that says how it is written. It parses every
 * format of shared/spec/fingertips.md §1.3 plus the NHS planning forms (`Q1 2024/25`,
 * `Apr 2024`), formats in one house style, orders by start then end, and steps to the next or
 * previous period of the same kind (a rolling range moves by its step: a year, a quarter or a
 * month). Financial years run 1 April to 31 March.
 */
class Period
{
public:
    enum class Kind {
        Invalid,
        CalendarYear,          // 2021
        FinancialYear,         // 2024/25
        CalendarQuarter,       // 2006 Q1
        FinancialQuarter,      // Q1 2024/25 (Fingertips: 2024/25 Q1)
        Month,                 // Apr 2024
        CalendarYearRange,     // 2017 - 19
        FinancialYearRange,    // 2006/07 - 08/09
        CumulativeQuarters,    // 2006/07 Q1-Q3
        FinancialQuarterRange, // 2006/07 Q1 - 2007/08 Q4
        CalendarQuarterRange,  // 2006 Q1 - 2006 Q4
        MonthRange,            // Aug 2006 - Jul 2007
    };

    Period() = default;

    static Period parse(const QString &text, QString *errorMessage = nullptr);
    static Period financialYear(int startYear);
    static Period calendarYear(int year);
    static Period financialQuarter(int financialStartYear, int quarter);
    static Period month(int year, int month);
    static Period financialYearContaining(QDate date);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    QDate start() const { return m_start; }
    QDate end() const;
    bool contains(QDate date) const { return isValid() && date >= m_start && date <= end(); }
    int lengthInMonths() const { return m_months; }

    /** The house style: `2024/25`, `Q1 2024/25`, `Apr 2024`, `2021`, `2017 - 19`, … */
    QString toString() const;

    Period next() const { return shifted(1); }
    Period previous() const { return shifted(-1); }
    Period shifted(int steps) const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_start == b.m_start && a.m_months == b.m_months;
    }
    friend bool operator<(const Period &a, const Period &b)
    {
        if (a.m_start != b.m_start)
            return a.m_start < b.m_start;
        return a.m_months < b.m_months;
    }

private:
    static Period parseText(const QString &text, QString *errorMessage);
    Period(Kind kind, QDate start, int months);
    int stepInMonths() const;

    Kind m_kind = Kind::Invalid;
    QDate m_start;
    int m_months = 0;
};

} // namespace Jfp
