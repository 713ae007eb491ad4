// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "filltrajectory.h"

#include "coretr.h"
#include "domain/period.h"

#include <cmath>

namespace Jfp::TrajectoryFill {

namespace {

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

} // namespace

Period periodContaining(const QDate &date, Step step)
{
    switch (step) {
    case Step::Annual:
        return Period::financialYearContaining(date);
    case Step::Quarterly: {
        const int startYear = Period::financialYearContaining(date).start().year();
        return Period::financialQuarter(startYear, (date.month() + 8) % 12 / 3 + 1);
    }
    case Step::Monthly:
        return Period::month(date.year(), date.month());
    }
    return {};
}

std::optional<QList<PeriodValue>> fill(const Request &request, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString parseError;
    const Period baseline = Period::parse(request.baselinePeriod, &parseError);
    if (!baseline.isValid())
        return fail(Tr::tr("The baseline period '%1' is not a period: %2")
                        .arg(request.baselinePeriod, parseError));
    const Period target = Period::parse(request.targetPeriod, &parseError);
    if (!target.isValid())
        return fail(Tr::tr("The target period '%1' is not a period: %2")
                        .arg(request.targetPeriod, parseError));
    const Period last = Period::parse(request.lastPeriod, &parseError);
    if (!last.isValid())
        return fail(
            Tr::tr("The last period '%1' is not a period: %2").arg(request.lastPeriod, parseError));
    const int total = monthsBetween(baseline.end(), target.end());
    if (total <= 0)
        return fail(Tr::tr("The target period %1 is not after the baseline period %2.")
                        .arg(request.targetPeriod, request.baselinePeriod));
    if (!std::isfinite(request.baseline) || !std::isfinite(request.target))
        return fail(Tr::tr("The baseline and target must be numbers."));
    if (request.method == Method::ConstantPercentage
        && (request.baseline <= 0 || request.target <= 0)) {
        return fail(Tr::tr("A constant percentage change needs a baseline and a target above 0."));
    }

    QList<PeriodValue> values;
    for (Period p = periodContaining(baseline.end().addDays(1), request.step);
         p.isValid() && p.end() <= last.end();
         p = p.next()) {
        double fraction = double(monthsBetween(baseline.end(), p.end())) / total;
        if (request.afterTarget == AfterTarget::Hold)
            fraction = std::min(fraction, 1.0);
        double value
            = request.method == Method::StraightLine
                  ? request.baseline + (request.target - request.baseline) * fraction
                  : request.baseline * std::pow(request.target / request.baseline, fraction);
        if (request.decimals >= 0) {
            const double scale = std::pow(10.0, request.decimals);
            value = std::round(value * scale) / scale;
        }
        values.append({p.toString(), value});
    }
    return values;
}

} // namespace Jfp::TrajectoryFill
