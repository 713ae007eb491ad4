// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QString>

/**
 * Compares two plans field by field, as a round trip through a file must keep them: every
 * field of every item, with database ids replaced by natural keys (an area by its path of
 * names, a programme by its area and parents, a milestone or indicator by its programme and
 * title or name, a framework or theme by its key, a progress update by programme and
 * quarter). The change history is not compared. The order of siblings (areas under a parent,
 * programmes, milestones and indicators of a parent, frameworks, themes, GP practices, extra
 * codes, series values, benchmarks, annotations) counts; a programme's themes are compared as
 * a set, and progress updates by key, since their order in a snapshot follows ids.
 */
namespace Jfp::PlanComparison {

/**
 * The first difference, e.g. "indicator 'System > Place 1 :: Programme 1 :: Rate', actual
 * 2021/22, value: expected 13.9, actual 13.8", or an empty string when the plans agree.
 * Numbers agree when they differ by at most `relativeTolerance` of the larger.
 */
QString firstDifference(const PlanSnapshot &expected,
                        const PlanSnapshot &actual,
                        double relativeTolerance = 0);

} // namespace Jfp::PlanComparison
