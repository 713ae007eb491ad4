// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "spcoptions.h"
#include "spcresult.h"

namespace Jfp::Spc {

/**
 * XmR statistical process control as NHSRplotthedots (PTD) v0.2.2 computes it, the
 * "Making Data Count" logic (shared/spec/spc.md sections 1 and 4):
 *
 * - missing values are dropped first and counted; the moving ranges span the gaps;
 * - rebase indices split the points into segments, each with its own mean and limits
 *   (mean ± 2.66 × average moving range, the 2-sigma lines at two thirds of that), from its
 *   first `fixAfterPoints` points if set, with moving ranges ≥ 3.267 × their average screened
 *   out once (when screening would drop every moving range, the unscreened average is used,
 *   so a constant series gets limits equal to its mean rather than none);
 * - every point gets one rule label and a point type; the variation icon comes from the last
 *   point, the assurance icon from the target against the last segment's limits.
 *
 * A segment of one point (or fewer than SpcOptions::minimumPointsForLimits) has no limits and
 * only common-cause points.
 */
class SpcEngine
{
public:
    static SpcResult calculate(const SpcInput &input, const SpcOptions &options = {});

    /**
     * The indices of the points dated exactly on one of `dates`, in order. A date that
     * matches no point is ignored, as in PTD.
     */
    static QList<int> rebaseIndicesForDates(const QList<InputPoint> &points,
                                            const QList<QDate> &dates);

private:
    static SpcSegment limits(const QList<double> &values, const SpcOptions &options);
};

} // namespace Jfp::Spc
