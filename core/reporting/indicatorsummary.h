// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>

namespace Jfp {

/** One indicator with the names around it and its latest actual: a row of `jfp indicators`. */
struct IndicatorSummary
{
    const Indicator *indicator = nullptr;
    const Area *area = nullptr;
    const Programme *programme = nullptr;
    std::optional<ActualValue> latest;
};

/** The latest actual against the planned value for the same period. */
struct TrajectoryStatus
{
    enum class State { OnTrack, OffTrack, NotAssessed, NoTrajectory, NoData };
    State state = State::NoData;
    QString label;  // "On track", "Off track", …: always words, never colour alone
    QString detail; // "76% against a planned 74% (2023/24)"
};

namespace IndicatorSummaries {

TrajectoryStatus statusAgainstTrajectory(const Indicator &indicator);
/** The shape drawn beside a status's words, so it never rests on colour: ● on track,
 *  ▲ off track, ◆ not assessed, – no trajectory or no data. */
QString statusSymbol(TrajectoryStatus::State state);
/** Where a status sorts: off track first (a board reads exceptions first), no data last. */
int statusRank(TrajectoryStatus::State state);
/** The shape and the words: "▲ Off track". */
QString statusText(const TrajectoryStatus &status);
/**
 * One actual against the planned value for its period: on track when it is at least as good
 * as the plan less the indicator's tolerance (polarity decides which way is better).
 */
TrajectoryStatus statusOfActual(const Indicator &indicator, const ActualValue &actual);

/**
 * The actual values in the order the indicator keeps them, which is period order, oldest first,
 * for an indicator as PlanReader reads it (PlanReader::sortSeries), leaving out missing ones:
 * the trend (the latest ChartDataBuilder::maxChartPoints of them).
 */
QList<double> trend(const Indicator &indicator);

/** The programme's update for its latest period, or null. */
const ProgressUpdate *latestProgressUpdate(const PlanSnapshot &plan, Id programmeId);
/** The latest update of the programme, else of the nearest programme above it with one; or null. */
const ProgressUpdate *nearestProgressUpdate(const PlanSnapshot &plan, Id programmeId);
/** An update's narrative, a line each: what went well, what did not, next steps (when given). */
QStringList narrativeLines(const ProgressUpdate &update);
/**
 * The latest quarter's progress update of a programme, or of the nearest programme above it
 * that has one, as board text; says so when there is none.
 */
QString latestProgressNarrative(const PlanSnapshot &plan, Id programmeId);

/** Every indicator of the plan, or of the area `areaId` and the areas beneath it, in tree order. */
QList<IndicatorSummary> forArea(const PlanSnapshot &plan, Id areaId = 0);
/** The indicators of a programme and its sub-programmes. */
QList<IndicatorSummary> forProgramme(const PlanSnapshot &plan, Id programmeId);

/** Finds an area by name, short name, ONS or ODS code (case and full stops ignored). */
const Area *findArea(const PlanSnapshot &plan, const QString &nameOrCode);

/** Finds plan indicators by id, then by name (case and outer spaces ignored), then by code. */
QList<const Indicator *> findIndicators(const PlanSnapshot &plan, const QString &idNameOrCode);

/**
 * The one indicator findIndicators() finds. With several, `error` lists them with their ids
 * and areas; with none, it says so.
 */
const Indicator *findIndicator(const PlanSnapshot &plan, const QString &idOrName, QString *error);

/** Areas in tree order: each area followed by the areas beneath it. */
QList<const Area *> areasInTreeOrder(const PlanSnapshot &plan);

} // namespace IndicatorSummaries
} // namespace Jfp
