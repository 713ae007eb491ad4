// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/**
 * Sets an indicator's planned values for the given periods in one command (a pasted column,
 * or the result of TrajectoryFill::fill). A value of std::nullopt clears that period. Other
 * periods are left alone. Periods are stored in the house style ("2025/26", "Q1 2025/26").
 */
std::unique_ptr<PlanCommand> setTrajectoryValues(const Indicator &indicator,
                                                 const QList<PeriodValue> &values);
/**
 * Sets an indicator's actual values for the given periods in one command. An actual with no
 * value, limits, count, denominator or note clears that period.
 */
std::unique_ptr<PlanCommand> setActualValues(const Indicator &indicator,
                                             const QList<ActualValue> &values);
/**
 * Sets planned and actual values in one command, as the two above would one after the other
 * (a block pasted across the Planned and Actual columns of the trajectory editor).
 */
std::unique_ptr<PlanCommand> setIndicatorValues(const Indicator &indicator,
                                                const QList<PeriodValue> &planned,
                                                const QList<ActualValue> &actuals);

} // namespace Jfp::Commands
