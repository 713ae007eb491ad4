// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QString>

namespace Jfp {
class Database;
}

/**
 * Plans for tests and benchmarks. Every value they make is flagged synthetic, so charts of them
 * carry the "illustrative data" mark and nobody mistakes them for published figures.
 */
namespace Jfp::SyntheticPlan {

/** Adds a reproducible synthetic series (actuals with intervals, trajectory, benchmarks, an
 *  annotation) to the indicator named `name`. */
bool addDemoSeries(Database &db, const QString &indicatorName, QString *error);

/** A plan with `indicators` indicators spread over the nine places, each with `periods`
 *  quarterly actuals and a trajectory: for benchmarks. */
bool generate(Database &db, int indicators, int periods, QString *error);

/** Adds `count` reproducible milestones spread over the plan's programmes and the plan horizon,
 *  with every status, some owners, slips from baseline and a few overdue on `today`. Their notes
 *  say they are synthetic. */
bool addMilestones(Database &db, int count, const QDate &today, QString *error);

/**
 * Adds to a generate()d plan (with at least 6 indicators) what generate() leaves out, so that
 * it holds every kind of item and field a plan file can: the plan's description, extra area
 * codes, a locality with GP practices, frameworks (one owned by a place) with themes that
 * programmes are tagged with, a sub-programme, programme details, progress updates (text over
 * several lines, with commas, quotes and accents; times to the millisecond), an indicator with
 * every field, actual values with counts and notes, a benchmark without a code, annotations by
 * period and by date, SPC options and rebases, and links to Fingertips and another source.
 */
bool addPlanDetails(Database &db, QString *error);

} // namespace Jfp::SyntheticPlan
