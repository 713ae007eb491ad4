// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/period.h"
#include "domain/plan.h"

#include <QHash>

#include <optional>

namespace Jfp {

class Database;

/** Reads a whole plan from its file into a PlanSnapshot, in the plan's own order. */
namespace PlanReader {

/** How much of the plan to read. */
enum class Contents {
    /** Everything, series included. */
    Everything,
    /**
     * The plan's items and their own fields, without what hangs off an indicator: trajectory,
     * actual and benchmark values, annotations, SPC settings and rebases (links are kept).
     * What checking an edit, the tree and counts need; a fraction of the file's size.
     */
    Structure,
};

std::optional<PlanSnapshot>
read(Database &db, QString *error, Contents contents = Contents::Everything);
/**
 * Reads the series (trajectory, actual and benchmark values, annotations, SPC settings and
 * rebases) of the indicators `ids` of `plan`, a plan read with Contents::Structure, into it,
 * replacing what they held: what a command that shows a few indicators needs, without reading
 * every value in the file. A few queries for all of them, in batches; false on an SQL error.
 */
bool readSeries(Database &db, PlanSnapshot &plan, const QList<Id> &ids, QString *error);
/**
 * Where the row `id` of `table` ("area", "programme", "milestone", "indicator" or
 * "progress_update") stands in the list read() makes of that table: how many rows come before
 * it in read()'s order. nullopt, with `error` on an SQL error, when there is no such row.
 */
std::optional<qsizetype> rowPosition(Database &db, QStringView table, Id id, QString *error);
/**
 * Whether anything lies beneath the area or programme `id` (`table` "area" or "programme"):
 * sub-areas or programmes, or sub-programmes, milestones, indicators or progress updates.
 * nullopt, with `error`, on an SQL error.
 */
std::optional<bool> holdsItems(Database &db, QStringView table, Id id, QString *error);
/**
 * Puts the indicator's series (trajectory, actuals, benchmark values, rebases) in period
 * order, not text order. `periods` caches parsed labels across calls (may be null).
 */
void sortSeries(Indicator &indicator, QHash<QString, Period> *periods = nullptr);
/** The plan's name, description, horizon and milestone slip tolerance alone. */
std::optional<PlanInfo> readInfo(Database &db, QString *error);

} // namespace PlanReader
} // namespace Jfp
