// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jfp {

/**
 * Everything a trajectory chart shows, computed without widgets: the period axis, the series
 * (actual, planned, benchmarks) with gaps for missing periods, the baseline and target marks,
 * annotations and the caption. ui/charts only draws it.
 *
 * The x axis counts months from the start of the first period shown; a period sits at its
 * midpoint, so years, quarters, months and rolling ranges share one axis.
 */
struct ChartPoint
{
    QString period;
    double x = 0;
    std::optional<double> y; // missing: a gap, never zero
    std::optional<double> lower;
    std::optional<double> upper;
    QString note;
    bool synthetic = false;
};

struct ChartSeries
{
    enum class Kind { Actual, Planned, Benchmark };
    Kind kind = Kind::Actual;
    QString name;
    QString code;
    QList<ChartPoint> points;

    /** Runs of consecutive points that have values: each is drawn as one line. */
    QList<QList<ChartPoint>> segments() const;
};

struct ChartMark
{
    enum class Kind { Baseline, Target };
    Kind kind = Kind::Baseline;
    std::optional<double> x; // none: the period is not stated, so the mark spans the axis
    double y = 0;
    QString label; // e.g. "Target 10.5 per 100,000 (2026/27)"
};

struct ChartAnnotation
{
    double x = 0;
    QString when; // period or date as written
    QString label;
    QString note;
};

struct AxisCategory
{
    QString label; // "2024/25", "Q1 2024/25", "Apr 2024"
    double start = 0;
    double end = 0;
};

struct ChartData
{
    QString title;
    Unit unit = Unit::Count;
    QString unitLabel;     // "Rate per 100,000"
    QString polarityLabel; // "Lower is better"
    QStringList caption;   // source, "data to <period>", notes
    QString dataTo;        // latest actual period, empty when none
    bool illustrative = false;
    bool hasActuals = false;

    QList<AxisCategory> categories;
    double xMin = 0;
    double xMax = 12;
    double yMin = 0;
    double yMax = 1;
    double yStep = 0.2;
    int decimals = 1; // for value labels

    QList<ChartSeries> series;
    QList<ChartMark> marks;
    QList<ChartAnnotation> annotations;
};

namespace ChartDataBuilder {

/** The most values of one series, and the most annotations, that a chart draws. */
inline constexpr qsizetype maxChartPoints = 1000;
inline constexpr qsizetype maxChartAnnotations = 100;

/**
 * The indicator as a chart draws it: each series (actuals, trajectory, each benchmark) cut to
 * its latest maxChartPoints values and the annotations to their last maxChartAnnotations, so
 * that no plan makes a chart or a board pack unbounded. Each cut adds a caption line to
 * `notes` ("Drawn: the latest 1,000 of 99,996 actual values"); an indicator within the limits
 * comes back as it is.
 */
Indicator charted(const Indicator &indicator, QStringList *notes);

/** The trajectory chart of `indicator`; the axis runs to the plan horizon's end (2028/29). */
ChartData trajectory(const PlanSnapshot &plan, const Indicator &indicator);

struct Range
{
    double low = 0;
    double high = 1;
    double step = 0.2;
};

/** Round axis bounds with room above and below the data (never cutting a value off). */
Range niceRange(double minimum, double maximum, bool fromZero);

} // namespace ChartDataBuilder
} // namespace Jfp
