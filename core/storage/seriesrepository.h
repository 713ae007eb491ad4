// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

namespace Jfp {

class Database;

/**
 * Writes an indicator's series: actual values, benchmarks and their values, and the links
 * to external indicator ids. Every write is an upsert keyed on (indicator, period), so running
 * the same import twice leaves the plan as it was after the first. Like PlanWriter it opens no
 * transaction: callers group a whole import in one Transaction. Portable SQL only
 * (INSERT … ON CONFLICT works in SQLite and PostgreSQL).
 */
class SeriesRepository
{
public:
    explicit SeriesRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts the trajectory (planned) value for its period, or replaces the one there. */
    bool upsertPlanned(Id indicatorId, const PeriodValue &value, QString *error);

    /** Inserts the actual for its period, or replaces the one already there. */
    bool upsertActual(Id indicatorId, const ActualValue &actual, QString *error);

    /**
     * The id of the indicator's benchmark with this code (or, without a code, this name);
     * creates the benchmark after the others when there is none. 0 on failure.
     */
    Id ensureBenchmark(Id indicatorId, const QString &name, const QString &code, QString *error);
    /**
     * Like ensureBenchmark, but a benchmark it creates gets the id `wantedId` (when not 0), so
     * that redoing an import after undoing it recreates the same row.
     */
    Id ensureBenchmark(
        Id indicatorId, const QString &name, const QString &code, Id wantedId, QString *error);
    /** The id of the indicator's benchmark with this code (or name); 0 when there is none. */
    Id findBenchmark(
        Id indicatorId, const QString &name, const QString &code, bool *ok, QString *error);
    /** Deletes a benchmark with its values. */
    bool removeBenchmark(Id benchmarkId, QString *error);

    /** Inserts the benchmark's value for its period, or replaces the one already there. */
    bool upsertBenchmarkValue(Id benchmarkId, const PeriodValue &value, QString *error);
    /** The benchmark's row for `period`: nullopt when there is none. */
    std::optional<PeriodValue>
    benchmarkValue(Id benchmarkId, const QString &period, bool *ok, QString *error);
    /** Deletes the benchmark's row for `period`. */
    bool removeBenchmarkValue(Id benchmarkId, const QString &period, QString *error);

    /** Remembers that `externalId` of `source` feeds the indicator; a no-op when it does. */
    bool addLink(Id indicatorId, const QString &source, const QString &externalId, QString *error);
    /** The indicator's links (source, external id), in the order a whole read gives them. */
    bool readLinks(Id indicatorId, QList<QPair<QString, QString>> *links, QString *error);
    bool hasLink(
        Id indicatorId, const QString &source, const QString &externalId, bool *ok, QString *error);
    /** Forgets that `externalId` of `source` feeds the indicator. */
    bool
    removeLink(Id indicatorId, const QString &source, const QString &externalId, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
