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

/** How many levels of areas, and of programmes, a plan may nest: far more than any needs. */
inline constexpr int maxNesting = 100;

QList<Finding> validate(const PlanSnapshot &plan);

/**
 * Only the findings that make the plan's tree wrong: areas or programmes beneath each other in
 * a circle, which every view and export would leave out, or nested deeper than maxNesting. Commands
 * that show or export the tree refuse such a plan rather than print part of it.
 */
QList<Finding> treeProblems(const PlanSnapshot &plan);

} // namespace PlanValidator
} // namespace Jfp
