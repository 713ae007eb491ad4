// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/**
 * The value types of the statistical process control (SPC) engine: what goes in, what comes
 * out, and the stable names of rules, point types and icons (the `jfp spc` JSON contract).
 * See shared/spec/spc.md; the algorithm is in SpcEngine.
 */
namespace Jfp::Spc {

/** Which way is better. The numbers are PTD's `improvement_direction`. */
enum class Direction { Decrease = -1, Neutral = 0, Increase = 1 };

/** The one rule label a point gets (spc.md 1.5). */
enum class Rule {
    CommonCause,
    AboveUcl,
    BelowLcl,
    TrendIncreasing,
    TrendDecreasing,
    TwoInThreeAbove,
    TwoInThreeBelow,
    ShiftAbove,
    ShiftBelow,
};

/** The colour class of a point (spc.md 1.6). */
enum class PointType { CommonCause, Improvement, Concern, NeutralHigh, NeutralLow };

/** The variation icon, from the last point (spc.md 1.7). */
enum class Variation {
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeutralHigh,
    NeutralLow,
};

/** The assurance icon, from the target and the last segment's limits (spc.md 1.8). */
enum class Assurance { None, Pass, Fail, HitAndMiss };

/** "common_cause", "above_ucl", "trend_increasing", "two_in_three_below", "shift_above", … */
QString key(Rule rule);
/** "common_cause", "improvement", "concern", "neutral_high", "neutral_low" */
QString key(PointType type);
/** "common_cause", "improvement_high", …, "neutral_low" */
QString key(Variation variation);
/** "pass", "fail", "hit_and_miss", "none" */
QString key(Assurance assurance);
/** "increase", "decrease", "neutral" */
QString key(Direction direction);
std::optional<Direction> directionFromKey(const QString &key);

/** +1 for a rule that says "above"/"increasing", −1 for "below"/"decreasing", 0 otherwise. */
int ruleSign(Rule rule);
/** The point type of a rule label for an improvement direction (spc.md 1.6). */
PointType pointType(Rule rule, Direction direction);
/** The variation icon for the type of the last point (spc.md 1.7). */
Variation variationFor(PointType lastPointType, Direction direction);
/**
 * The assurance icon of a target against process limits (spc.md 1.8, strict comparisons).
 * None without a target, for the neutral direction, or without limits.
 */
Assurance assuranceFor(std::optional<double> target,
                       Direction direction,
                       std::optional<double> lpl,
                       std::optional<double> upl);

/** One observation in time order. A missing or non-finite value is dropped and counted. */
struct InputPoint
{
    std::optional<QDate> date;
    std::optional<double> value;
};

struct SpcInput
{
    QList<InputPoint> points;
    /** Indices into `points` where a new segment starts (recalculation points). */
    QList<int> rebaseIndices;
    Direction direction = Direction::Increase;
    std::optional<double> target;
};

/** One segment ("rebase group"): its own mean and limits. */
struct SpcSegment
{
    int start = 0;         // input index of its first (non-missing) point
    int count = 0;         // number of points, missing values not counted
    int baselineCount = 0; // points used for the mean and limits (fixAfterPoints)
    double mean = 0;
    /** The limits are absent ("undefined") with fewer than two baseline points, or below
     *  SpcOptions::minimumPointsForLimits. */
    std::optional<double> averageMovingRange;
    std::optional<double> lpl;
    std::optional<double> upl;
    std::optional<double> nlpl; // the "2 sigma" lines
    std::optional<double> nupl;
    bool shortWarning = false; // fewer points than SpcOptions::shortSegmentThreshold

    bool hasLimits() const { return upl.has_value(); }
};

struct SpcPointResult
{
    int index = 0; // index into SpcInput::points
    std::optional<QDate> date;
    double value = 0;
    int segment = 0;        // index into SpcResult::segments
    int side = 0;           // sign(value − mean)
    bool nearLimit = false; // between a 2-sigma line and a limit (PTD's close_to_limits)
    Rule rule = Rule::CommonCause;
    PointType type = PointType::CommonCause;
};

struct SpcResult
{
    QList<SpcSegment> segments;
    QList<SpcPointResult> points; // the non-missing points, in input order
    Variation variation = Variation::CommonCause;
    Assurance assurance = Assurance::None;
    int droppedMissing = 0;
    QString error; // set, with nothing else, when the options are invalid

    bool isValid() const { return error.isEmpty(); }
    /** True when the last segment has limits: only then do the icons mean anything. */
    bool hasLimits() const { return !segments.isEmpty() && segments.constLast().hasLimits(); }
};

} // namespace Jfp::Spc
