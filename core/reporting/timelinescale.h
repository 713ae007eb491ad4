// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Jfp {

/**
 * The time axis of the milestone timeline: maps days to x positions and back (each day is a
 * column `pixelsPerDay` wide; a date sits in the middle of its column) and lists the financial
 * years, quarters and months it spans. It always covers whole financial years.
 */
class TimelineScale
{
public:
    struct Span
    {
        QDate start;
        QDate end; // last day, inclusive
        QString label;
    };

    TimelineScale() = default;
    /** Covers the financial years holding `from` and `to`, starting at x = `left`. */
    TimelineScale(const QDate &from, const QDate &to, double pixelsPerDay, double left = 0);

    bool isValid() const { return m_first.isValid(); }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    qint64 days() const { return isValid() ? m_first.daysTo(m_last) + 1 : 0; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    double left() const { return m_left; }
    double width() const { return double(days()) * m_pixelsPerDay; }

    /** The middle of the day's column. */
    double x(const QDate &date) const;
    /** The left edge of the day's column (a boundary between days). */
    double edge(const QDate &date) const;
    /** The day under `x`, clamped to the axis. */
    QDate date(double x) const;

    /** "2024/25", … */
    QList<Span> financialYears() const;
    /** "Q1" … "Q4" of each financial year. */
    QList<Span> quarters() const;
    /** "Apr", "May", … */
    QList<Span> months() const;

private:
    QDate m_first;
    QDate m_last;
    double m_pixelsPerDay = 1;
    double m_left = 0;
};

} // namespace Jfp
