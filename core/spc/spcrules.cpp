// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcrules.h"

#include <algorithm>

namespace Jfp::Spc::Rules {

namespace {

int sign(double value)
{
    return (value > 0) - (value < 0);
}

} // namespace

QList<int> shiftEnds(const QList<int> &sides, int length)
{
    QList<int> flags(sides.size(), 0);
    for (qsizetype i = length - 1; i < sides.size(); ++i) {
        const int side = sides.at(i);
        if (side == 0)
            continue;
        bool run = true;
        for (qsizetype k = 1; k < length && run; ++k)
            run = sides.at(i - k) == side;
        flags[i] = run ? 1 : 0;
    }
    return flags;
}

QList<int> trendEnds(const QList<double> &values, int length)
{
    QList<int> flags(values.size(), 0);
    for (qsizetype i = length - 1; i < values.size(); ++i) {
        bool up = true;
        bool down = true;
        for (qsizetype k = i - length + 2; k <= i; ++k) {
            up = up && values.at(k) > values.at(k - 1);
            down = down && values.at(k) < values.at(k - 1);
        }
        flags[i] = up ? 1 : (down ? -1 : 0);
    }
    return flags;
}

QList<int> partOf(const QList<int> &endFlags, int length)
{
    const qsizetype n = endFlags.size();
    QList<int> part(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype last = std::min(n - 1, i + length - 1);
        for (qsizetype k = i; k <= last && !part.at(i); ++k)
            part[i] = endFlags.at(k) != 0 ? 1 : 0;
    }
    return part;
}

QList<int> twoInThreeWindows(const QList<bool> &close, const QList<int> &sides)
{
    const qsizetype n = close.size();
    // A window of three starting at w qualifies; windows reaching past either end never do,
    // because the padding has side 0.
    QList<bool> qualifies(n, false);
    for (qsizetype w = 0; w + 2 < n; ++w) {
        const int closeCount = int(close.at(w)) + int(close.at(w + 1)) + int(close.at(w + 2));
        const int sideSum = sides.at(w) + sides.at(w + 1) + sides.at(w + 2);
        qualifies[w] = closeCount >= 2 && (sideSum == 3 || sideSum == -3);
    }
    QList<int> flags(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype w = std::max<qsizetype>(0, i - 2); w <= i && !flags.at(i); ++w)
            flags[i] = qualifies.at(w) ? 1 : 0;
    }
    return flags;
}

QList<int> restrictToClose(const QList<int> &windowFlags, const QList<bool> &close)
{
    QList<int> flags(windowFlags.size(), 0);
    for (qsizetype i = 0; i < windowFlags.size(); ++i)
        flags[i] = windowFlags.at(i) != 0 && close.at(i) ? 1 : 0;
    return flags;
}

QList<Rule> labels(const Signals &s, SpcOptions::ConflictPolicy policy, Direction direction)
{
    const qsizetype n = s.values.size();
    QList<Rule> result(n, Rule::CommonCause);
    for (qsizetype i = 0; i < n; ++i) {
        const bool above = s.sides.at(i) > 0;
        QList<Rule> candidates; // in PTD's order of precedence
        if (s.outside.at(i))
            candidates << (s.sides.at(i) == 1 ? Rule::AboveUcl : Rule::BelowLcl);
        if (s.trend.at(i)) {
            const bool nextInTrend = i + 1 < n && s.trend.at(i + 1);
            const int step = nextInTrend ? sign(s.values.at(i + 1) - s.values.at(i))
                                         : (i > 0 ? sign(s.values.at(i) - s.values.at(i - 1)) : 0);
            candidates << (step == 1 ? Rule::TrendIncreasing : Rule::TrendDecreasing);
        }
        if (s.twoInThree.at(i))
            candidates << (above ? Rule::TwoInThreeAbove : Rule::TwoInThreeBelow);
        if (s.shift.at(i))
            candidates << (above ? Rule::ShiftAbove : Rule::ShiftBelow);
        if (candidates.isEmpty())
            continue;
        result[i] = candidates.constFirst();
        if (policy == SpcOptions::ConflictPolicy::ImprovementWins) {
            const auto improving
                = std::find_if(candidates.cbegin(), candidates.cend(), [&](Rule r) {
                      return pointType(r, direction) == PointType::Improvement;
                  });
            if (improving != candidates.cend())
                result[i] = *improving;
        }
    }
    return result;
}

} // namespace Jfp::Spc::Rules
