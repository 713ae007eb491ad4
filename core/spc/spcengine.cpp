// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcengine.h"

#include "spcrules.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Jfp::Spc {

namespace {

constexpr double limitFactor = 2.66;                    // in place of 3 / d2 = 3 / 1.128
constexpr double nearLimitFactor = limitFactor * 2 / 3; // the "2 sigma" lines
constexpr double screeningFactor = 3.267;               // D4 for moving ranges of two

double average(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

int sign(double value)
{
    return (value > 0) - (value < 0);
}

} // namespace

SpcSegment SpcEngine::limits(const QList<double> &values, const SpcOptions &options)
{
    SpcSegment segment;
    segment.count = int(values.size());
    segment.baselineCount = int(values.size());
    if (options.fixAfterPoints)
        segment.baselineCount = std::min(segment.baselineCount, *options.fixAfterPoints);
    segment.shortWarning = segment.count < options.shortSegmentThreshold;
    const QList<double> baseline = values.first(segment.baselineCount);
    segment.mean = average(baseline);
    if (baseline.size() < 2 || segment.count < options.minimumPointsForLimits)
        return segment;

    QList<double> movingRanges;
    for (qsizetype i = 1; i < baseline.size(); ++i)
        movingRanges.append(std::abs(baseline.at(i) - baseline.at(i - 1)));
    double amr = average(movingRanges);
    if (options.screenOutliers) {
        QList<double> kept;
        const double threshold = screeningFactor * amr;
        std::copy_if(movingRanges.cbegin(),
                     movingRanges.cend(),
                     std::back_inserter(kept),
                     [threshold](double mr) { return mr < threshold; });
        // PTD would give NaN when nothing is kept (every moving range 0): keep the unscreened
        // average instead, so the limits equal the mean (spc.md 1.12 and 4).
        if (!kept.isEmpty())
            amr = average(kept);
    }
    segment.averageMovingRange = amr;
    segment.lpl = segment.mean - limitFactor * amr;
    segment.upl = segment.mean + limitFactor * amr;
    segment.nlpl = segment.mean - nearLimitFactor * amr;
    segment.nupl = segment.mean + nearLimitFactor * amr;
    return segment;
}

SpcResult SpcEngine::calculate(const SpcInput &input, const SpcOptions &options)
{
    SpcResult result;
    result.error = options.validationError();
    if (!result.error.isEmpty())
        return result;

    QList<int> kept; // input indices of the points with a value
    for (int i = 0; i < int(input.points.size()); ++i) {
        const auto &value = input.points.at(i).value;
        if (value && std::isfinite(*value))
            kept.append(i);
        else
            ++result.droppedMissing;
    }

    // Segment starts as positions in `kept`. A rebase on a missing value starts the segment
    // at the next point with a value; one at or before the first point changes nothing.
    QList<qsizetype> starts;
    if (!kept.isEmpty())
        starts.append(0);
    for (int rebase : input.rebaseIndices) {
        const auto it = std::lower_bound(kept.cbegin(), kept.cend(), rebase);
        if (it != kept.cbegin() && it != kept.cend())
            starts.append(it - kept.cbegin());
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    for (qsizetype s = 0; s < starts.size(); ++s) {
        const qsizetype begin = starts.at(s);
        const qsizetype end = s + 1 < starts.size() ? starts.at(s + 1) : kept.size();
        QList<double> values;
        for (qsizetype p = begin; p < end; ++p)
            values.append(*input.points.at(kept.at(p)).value);

        SpcSegment segment = limits(values, options);
        segment.start = kept.at(begin);
        const qsizetype n = values.size();
        Rules::Signals sig;
        sig.values = values;
        sig.sides.resize(n);
        sig.outside.fill(0, n);
        QList<bool> close(n, false);
        QList<bool> closeForRule(n, false);
        for (qsizetype i = 0; i < n; ++i) {
            const double x = values.at(i);
            sig.sides[i] = sign(x - segment.mean);
            if (!segment.hasLimits())
                continue;
            const bool outside = x > *segment.upl || x < *segment.lpl;
            const bool beyondNear = x > *segment.nupl || x < *segment.nlpl;
            sig.outside[i] = outside ? 1 : 0;
            close[i] = !outside && beyondNear;
            closeForRule[i] = options.twoOfThreeIncludesBeyondLimits ? beyondNear : close.at(i);
        }
        QList<Rule> labels(n, Rule::CommonCause);
        if (segment.hasLimits()) {
            sig.trend
                = Rules::partOf(Rules::trendEnds(values, options.trendLength), options.trendLength);
            sig.twoInThree = Rules::restrictToClose(
                Rules::twoInThreeWindows(closeForRule, sig.sides), closeForRule);
            sig.shift = Rules::partOf(Rules::shiftEnds(sig.sides, options.shiftLength),
                                      options.shiftLength);
            labels = Rules::labels(sig, options.conflictPolicy, input.direction);
        }
        for (qsizetype i = 0; i < n; ++i) {
            const InputPoint &in = input.points.at(kept.at(begin + i));
            SpcPointResult point;
            point.index = kept.at(begin + i);
            point.date = in.date;
            point.value = values.at(i);
            point.segment = int(result.segments.size());
            point.side = sig.sides.at(i);
            point.nearLimit = close.at(i);
            point.rule = labels.at(i);
            point.type = pointType(point.rule, input.direction);
            result.points.append(point);
        }
        result.segments.append(segment);
    }

    if (!result.points.isEmpty())
        result.variation = variationFor(result.points.constLast().type, input.direction);
    if (!result.segments.isEmpty()) {
        const SpcSegment &last = result.segments.constLast();
        result.assurance = assuranceFor(input.target, input.direction, last.lpl, last.upl);
    }
    return result;
}

QList<int> SpcEngine::rebaseIndicesForDates(const QList<InputPoint> &points,
                                            const QList<QDate> &dates)
{
    QList<int> indices;
    for (int i = 0; i < int(points.size()); ++i) {
        if (points.at(i).date && dates.contains(*points.at(i).date))
            indices.append(i);
    }
    return indices;
}

} // namespace Jfp::Spc
