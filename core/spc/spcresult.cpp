// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcresult.h"

#include <cmath>

namespace Jfp::Spc {

QString key(Rule rule)
{
    switch (rule) {
    case Rule::CommonCause:
        return QStringLiteral("common_cause");
    case Rule::AboveUcl:
        return QStringLiteral("above_ucl");
    case Rule::BelowLcl:
        return QStringLiteral("below_lcl");
    case Rule::TrendIncreasing:
        return QStringLiteral("trend_increasing");
    case Rule::TrendDecreasing:
        return QStringLiteral("trend_decreasing");
    case Rule::TwoInThreeAbove:
        return QStringLiteral("two_in_three_above");
    case Rule::TwoInThreeBelow:
        return QStringLiteral("two_in_three_below");
    case Rule::ShiftAbove:
        return QStringLiteral("shift_above");
    case Rule::ShiftBelow:
        return QStringLiteral("shift_below");
    }
    return {};
}

QString key(PointType type)
{
    switch (type) {
    case PointType::CommonCause:
        return QStringLiteral("common_cause");
    case PointType::Improvement:
        return QStringLiteral("improvement");
    case PointType::Concern:
        return QStringLiteral("concern");
    case PointType::NeutralHigh:
        return QStringLiteral("neutral_high");
    case PointType::NeutralLow:
        return QStringLiteral("neutral_low");
    }
    return {};
}

QString key(Variation variation)
{
    switch (variation) {
    case Variation::CommonCause:
        return QStringLiteral("common_cause");
    case Variation::ImprovementHigh:
        return QStringLiteral("improvement_high");
    case Variation::ImprovementLow:
        return QStringLiteral("improvement_low");
    case Variation::ConcernHigh:
        return QStringLiteral("concern_high");
    case Variation::ConcernLow:
        return QStringLiteral("concern_low");
    case Variation::NeutralHigh:
        return QStringLiteral("neutral_high");
    case Variation::NeutralLow:
        return QStringLiteral("neutral_low");
    }
    return {};
}

QString key(Assurance assurance)
{
    switch (assurance) {
    case Assurance::None:
        return QStringLiteral("none");
    case Assurance::Pass:
        return QStringLiteral("pass");
    case Assurance::Fail:
        return QStringLiteral("fail");
    case Assurance::HitAndMiss:
        return QStringLiteral("hit_and_miss");
    }
    return {};
}

QString key(Direction direction)
{
    switch (direction) {
    case Direction::Increase:
        return QStringLiteral("increase");
    case Direction::Decrease:
        return QStringLiteral("decrease");
    case Direction::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

std::optional<Direction> directionFromKey(const QString &key)
{
    for (Direction d : {Direction::Increase, Direction::Decrease, Direction::Neutral}) {
        if (Spc::key(d) == key)
            return d;
    }
    return std::nullopt;
}

int ruleSign(Rule rule)
{
    switch (rule) {
    case Rule::AboveUcl:
    case Rule::TrendIncreasing:
    case Rule::TwoInThreeAbove:
    case Rule::ShiftAbove:
        return 1;
    case Rule::BelowLcl:
    case Rule::TrendDecreasing:
    case Rule::TwoInThreeBelow:
    case Rule::ShiftBelow:
        return -1;
    case Rule::CommonCause:
        break;
    }
    return 0;
}

PointType pointType(Rule rule, Direction direction)
{
    const int v = ruleSign(rule);
    if (v == 0)
        return PointType::CommonCause;
    if (direction == Direction::Neutral)
        return v > 0 ? PointType::NeutralHigh : PointType::NeutralLow;
    return v * int(direction) > 0 ? PointType::Improvement : PointType::Concern;
}

Variation variationFor(PointType lastPointType, Direction direction)
{
    const bool increase = direction == Direction::Increase;
    switch (lastPointType) {
    case PointType::CommonCause:
        break;
    case PointType::Improvement:
        return increase ? Variation::ImprovementHigh : Variation::ImprovementLow;
    case PointType::Concern:
        return increase ? Variation::ConcernLow : Variation::ConcernHigh;
    case PointType::NeutralHigh:
        return Variation::NeutralHigh;
    case PointType::NeutralLow:
        return Variation::NeutralLow;
    }
    return Variation::CommonCause;
}

Assurance assuranceFor(std::optional<double> target,
                       Direction direction,
                       std::optional<double> lpl,
                       std::optional<double> upl)
{
    if (!target || !std::isfinite(*target) || direction == Direction::Neutral || !lpl || !upl)
        return Assurance::None;
    const bool increase = direction == Direction::Increase;
    if (*target > *upl)
        return increase ? Assurance::Fail : Assurance::Pass;
    if (*target < *lpl)
        return increase ? Assurance::Pass : Assurance::Fail;
    return Assurance::HitAndMiss;
}

} // namespace Jfp::Spc
