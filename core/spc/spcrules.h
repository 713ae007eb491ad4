// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "spcoptions.h"
#include "spcresult.h"

#include <QList>

/**
 * The special-cause rules of one segment (spc.md 1.3–1.5), as the NHSRplotthedots helpers
 * split them, so each can be checked on its own. Every list has one entry per point of the
 * segment; windows never reach outside it.
 */
namespace Jfp::Spc::Rules {

/** 1 where a point ends `length` consecutive points on the same non-zero side of the mean. */
QList<int> shiftEnds(const QList<int> &sides, int length);

/**
 * +1 (−1) where a point ends `length` consecutive points that strictly increase (decrease).
 * Equal neighbours break a trend.
 */
QList<int> trendEnds(const QList<double> &values, int length);

/** 1 where a point is one of the `length` points ending at a non-zero end flag. */
QList<int> partOf(const QList<int> &endFlags, int length);

/**
 * 1 where a point lies in a window of three in which at least two points are `close` and all
 * three are on the same non-zero side.
 */
QList<int> twoInThreeWindows(const QList<bool> &close, const QList<int> &sides);

/** Keeps a two-in-three window flag only on points that are themselves `close`. */
QList<int> restrictToClose(const QList<int> &windowFlags, const QList<bool> &close);

/** Everything the labelling needs, one entry per point. */
struct Signals
{
    QList<double> values;
    QList<int> sides;
    QList<int> outside;    // non-zero: beyond a limit
    QList<int> trend;      // non-zero: part of a trend
    QList<int> twoInThree; // non-zero: flagged by two-in-three
    QList<int> shift;      // non-zero: part of a shift
};

/**
 * The one rule label of each point: PTD's precedence (outside, trend, two-in-three, shift),
 * or with ImprovementWins the first of those that is an improvement for `direction`. A trend
 * point's direction follows PTD: the step to the next point when that is in a trend too,
 * otherwise the step from the previous point.
 */
QList<Rule> labels(const Signals &s, SpcOptions::ConflictPolicy policy, Direction direction);

} // namespace Jfp::Spc::Rules
