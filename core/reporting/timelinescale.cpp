// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "timelinescale.h"

#include "domain/period.h"

#include <QLocale>

#include <cmath>

namespace Jfp {

TimelineScale::TimelineScale(const QDate &from, const QDate &to, double pixelsPerDay, double left)
    : m_pixelsPerDay(pixelsPerDay > 0 ? pixelsPerDay : 1)
    , m_left(left)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_first = Period::financialYearContaining(std::min(from, to)).start();
    m_last = Period::financialYearContaining(std::max(from, to)).end();
}

double TimelineScale::edge(const QDate &date) const
{
    return m_left + double(m_first.daysTo(date)) * m_pixelsPerDay;
}

double TimelineScale::x(const QDate &date) const
{
    return edge(date) + m_pixelsPerDay / 2;
}

QDate TimelineScale::date(double x) const
{
    if (!isValid())
        return {};
    const qint64 day = qint64(std::floor((x - m_left) / m_pixelsPerDay));
    return m_first.addDays(std::clamp<qint64>(day, 0, days() - 1));
}

QList<TimelineScale::Span> TimelineScale::financialYears() const
{
    QList<Span> spans;
    if (!isValid())
        return spans;
    for (Period year = Period::financialYearContaining(m_first); year.start() <= m_last;
         year = year.next())
        spans.append({year.start(), year.end(), year.toString()});
    return spans;
}

QList<TimelineScale::Span> TimelineScale::quarters() const
{
    QList<Span> spans;
    if (!isValid())
        return spans;
    const Period firstYear = Period::financialYearContaining(m_first);
    for (Period quarter = Period::financialQuarter(firstYear.start().year(), 1);
         quarter.start() <= m_last;
         quarter = quarter.next()) {
        const int number = (quarter.start().month() - 4 + 12) % 12 / 3 + 1;
        spans.append({quarter.start(), quarter.end(), QStringLiteral("Q%1").arg(number)});
    }
    return spans;
}

QList<TimelineScale::Span> TimelineScale::months() const
{
    QList<Span> spans;
    if (!isValid())
        return spans;
    const QLocale locale;
    for (QDate start(m_first.year(), m_first.month(), 1); start <= m_last;
         start = start.addMonths(1)) {
        spans.append({start,
                      start.addMonths(1).addDays(-1),
                      locale.monthName(start.month(), QLocale::ShortFormat)});
    }
    return spans;
}

} // namespace Jfp
