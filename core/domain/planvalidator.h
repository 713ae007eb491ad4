// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "plan.h"

#include <QList>
#include <QString>

namespace Jfp {

/** A problem found in a plan: where it is and what to do about it. */
struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString item;    // e.g. "indicator 'Suicide rate'"
    QString message; // e.g. "the target period 2020/21 is before the baseline period 2021/22"
};

/** The rules a plan must keep (periods, bounds, hierarchy) checked over a whole snapshot. */
namespace PlanValidator {

QList<Finding> validate(const PlanSnapshot &plan);

} // namespace PlanValidator
} // namespace Jfp
