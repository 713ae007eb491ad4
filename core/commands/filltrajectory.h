// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/period.h"
#include "domain/plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace Jfp::TrajectoryFill {

enum class Method {
    StraightLine,       // the same change every month
    ConstantPercentage, // the same percentage change every month (needs positive values)
};
enum class Step { Annual, Quarterly, Monthly };
enum class AfterTarget {
    Continue, // keep changing at the same rate to the last period
    Hold,     // stay at the target
};

struct Request
{
    double baseline = 0;
    QString baselinePeriod; // e.g. "2023/24"
    double target = 0;
    QString targetPeriod; // e.g. "2026/27"; must end after the baseline period
    Method method = Method::StraightLine;
    Step step = Step::Annual;
    AfterTarget afterTarget = AfterTarget::Continue;
    QString lastPeriod = QStringLiteral("2028/29"); // the plan horizon's end
    int decimals = -1;                              // round to this many places; -1 = do not
};

/**
 * The planned value for each period after the baseline period up to the end of
 * `lastPeriod`: financial years, quarters or months. The baseline is the value at the end of
 * the baseline period and the target the value at the end of the target period; a period's
 * value is the one at its end. A pure function: the set-trajectory command stores the result.
 */
std::optional<QList<PeriodValue>> fill(const Request &request, QString *error);

/** The financial year, quarter or month (by `step`) that contains `date`. */
Period periodContaining(const QDate &date, Step step);

} // namespace Jfp::TrajectoryFill
