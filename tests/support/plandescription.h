// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QStringList>

namespace Jfp::PlanDescription {

/**
 * Everything a plan workbook carries (areas, programmes, milestones, indicators, trajectory,
 * actual and benchmark values), one line per item or value, with parents by name rather than
 * id: two plans with equal descriptions hold the same plan, whatever their ids.
 */
QStringList describe(const PlanSnapshot &plan);

/**
 * True when two lines of describe() are the same, numbers within 1e-15 of each other
 * (relative): a workbook keeps 16 significant digits.
 */
bool sameLine(const QString &a, const QString &b);

} // namespace Jfp::PlanDescription
