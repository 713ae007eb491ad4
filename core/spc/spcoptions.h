// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

#include <optional>

namespace Jfp::Spc {

/**
 * The choices of the SPC algorithm (spc.md 1.11 and 4). The defaults are NHSRplotthedots
 * (PTD) exactly; every other value is stored with the chart (the plan file's
 * spc_settings.options column, as toJson()) and named in its caption (caption()).
 */
struct SpcOptions
{
    enum class ConflictPolicy {
        Precedence,      // PTD: outside > trend > two-in-three > shift
        ImprovementWins, // MDC single chart tool: improvement when any rule says so
    };

    /** Drop moving ranges ≥ 3.267 × average before the limits (off = the MDC Excel tool). */
    bool screenOutliers = true;
    int shiftLength = 7;
    int trendLength = 7;
    /** MDC's November 2023 two-in-three rule: points beyond the limits count too. */
    bool twoOfThreeIncludesBeyondLimits = false;
    ConflictPolicy conflictPolicy = ConflictPolicy::Precedence;
    /** Mean and limits from the first N points of each segment only (N ≥ 12). */
    std::optional<int> fixAfterPoints;
    /** A segment with fewer points has no limits and only common cause (MDC: 13). */
    int minimumPointsForLimits = 2;
    /** A segment with fewer points carries the "trial limits" warning. */
    int shortSegmentThreshold = 13;

    static constexpr int minimumFixAfterPoints = 12;

    bool isDefault() const { return *this == SpcOptions(); }

    /** Why these options cannot be used, or an empty string when they can. */
    QString validationError() const;

    /**
     * A compact JSON object with only the options that differ from the default, e.g.
     * `{"screenOutliers":false,"shiftLength":6}`; an empty string when all are the default
     * (the convention of Indicator::spcOptions).
     */
    QString toJson() const;

    /**
     * Reads toJson()'s form; an empty string or `{}` gives the defaults. Keys it does not know
     * are ignored (a newer version may add some). Returns nothing, with `error` set, for text
     * that is not such an object or holds an invalid value.
     */
    static std::optional<SpcOptions> fromJson(const QString &json, QString *error = nullptr);

    /** One sentence naming every option that differs from the default; empty for defaults. */
    QString caption() const;

    friend bool operator==(const SpcOptions &, const SpcOptions &) = default;
};

} // namespace Jfp::Spc
