// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcchartdata.h"

#include "chartdata.h"
#include "coretr.h"
#include "domain/period.h"
#include "domain/valueformat.h"
#include "spc/spcengine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Jfp {

IndicatorSpcSettings IndicatorSpcSettings::parse(const QString &json, QString *error)
{
    IndicatorSpcSettings settings;
    if (json.trimmed().isEmpty())
        return settings;
    if (const auto options = Spc::SpcOptions::fromJson(json, error))
        settings.options = *options;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.value(QLatin1String("assuranceAgainst")).toString() == QLatin1String("trajectory"))
        settings.assuranceBasis = AssuranceBasis::Trajectory;
    return settings;
}

QString IndicatorSpcSettings::toJson() const
{
    QJsonObject object;
    const QString options = this->options.toJson();
    if (!options.isEmpty())
        object = QJsonDocument::fromJson(options.toUtf8()).object();
    if (assuranceBasis == AssuranceBasis::Trajectory)
        object.insert(QStringLiteral("assuranceAgainst"), QStringLiteral("trajectory"));
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace {

// The values a unit allows: rates, counts and durations are never negative; percentages lie
// between 0 and 100.
std::pair<std::optional<double>, std::optional<double>> unitBounds(Unit unit)
{
    switch (unit) {
    case Unit::Percentage:
        return {0.0, 100.0};
    case Unit::Count:
    case Unit::RatePer100000:
    case Unit::Days:
    case Unit::Years:
        return {0.0, std::nullopt};
    case Unit::Ratio:
    case Unit::Money:
    case Unit::Score:
        break;
    }
    return {std::nullopt, std::nullopt};
}

} // namespace

namespace SpcChartBuilder {

Spc::Direction directionFor(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter:
        return Spc::Direction::Increase;
    case Polarity::LowerIsBetter:
        return Spc::Direction::Decrease;
    case Polarity::Neutral:
        break;
    }
    return Spc::Direction::Neutral;
}

int pointCount(const Indicator &indicator)
{
    int count = 0;
    for (const ActualValue &a : indicator.actuals)
        count += a.value ? 1 : 0;
    return count;
}

SpcChartData build(const PlanSnapshot &plan, const Indicator &whole)
{
    Q_UNUSED(plan)
    QStringList cuts;
    const Indicator indicator = ChartDataBuilder::charted(whole, &cuts);
    SpcChartData data;
    data.title = indicator.name;
    data.unit = indicator.unit;
    data.decimals = indicator.decimals;
    QString settingsError;
    const IndicatorSpcSettings settings
        = IndicatorSpcSettings::parse(indicator.spcOptions, &settingsError);

    // Actuals are read in period order; missing values are dropped before the calculation.
    Spc::SpcInput input;
    input.direction = directionFor(indicator.polarity);
    QList<const ActualValue *> used;
    int dropped = 0;
    for (const ActualValue &a : indicator.actuals) {
        if (!a.value) {
            ++dropped;
            continue;
        }
        used.append(&a);
        input.points.append({Period::parse(a.period).end(), a.value});
    }
    for (const SpcRebase &rebase : indicator.spcRebases) {
        for (int i = 0; i < used.size(); ++i) {
            if (used.at(i)->period == rebase.period && i > 0) {
                input.rebaseIndices.append(i);
                data.rebases.append(
                    {i - 0.5,
                     rebase.reason.isEmpty()
                         ? Tr::tr("Rebased from %1").arg(rebase.period)
                         : Tr::tr("Rebased from %1: %2").arg(rebase.period, rebase.reason)});
            }
        }
    }
    std::sort(input.rebaseIndices.begin(), input.rebaseIndices.end());
    if (settings.assuranceBasis == AssuranceBasis::Target) {
        if (indicator.targetKind == TargetKind::Absolute)
            input.target = indicator.targetValue;
    } else if (!used.isEmpty()) {
        for (const PeriodValue &planned : indicator.trajectory) {
            if (planned.period == used.constLast()->period)
                input.target = planned.value;
        }
    }

    const Spc::SpcResult result = Spc::SpcEngine::calculate(input, settings.options);
    if (!result.isValid()) {
        data.error = result.error;
        data.caption << result.error;
        return data;
    }
    for (const Spc::SpcPointResult &p : result.points) {
        const ActualValue &a = *used.at(p.index);
        data.illustrative = data.illustrative || a.synthetic;
        data.periods << a.period;
        data.points.append({int(data.points.size()), a.period, p.value, p.rule, p.type, a.note});
    }
    for (int s = 0; s < result.segments.size(); ++s) {
        const Spc::SpcSegment &segment = result.segments.at(s);
        const int first = segment.start;
        const int last = s + 1 < result.segments.size() ? result.segments.at(s + 1).start - 1
                                                        : int(data.points.size()) - 1;
        // Limits beyond what the unit allows (a rate below zero, a percentage above 100) are
        // drawn at that bound, as the NHS's SPC tools do.
        // Not a structured binding: Clang 14 (the fuzz build) cannot capture one in a lambda.
        const auto bounds = unitBounds(indicator.unit);
        const auto bounded
            = [floor = bounds.first, ceiling = bounds.second](std::optional<double> limit) {
                  if (limit && floor)
                      limit = std::max(*limit, *floor);
                  if (limit && ceiling)
                      limit = std::min(*limit, *ceiling);
                  return limit;
              };
        data.segments.append({first,
                              last,
                              segment.mean,
                              bounded(segment.lpl),
                              bounded(segment.upl),
                              segment.shortWarning});
    }
    data.target = input.target;
    for (const PeriodValue &planned : indicator.trajectory) {
        const int x = int(data.periods.indexOf(planned.period));
        if (x >= 0 && planned.value)
            data.trajectory.append({x, *planned.value});
    }
    for (const Annotation &a : indicator.annotations) {
        QString period = a.period;
        if (a.date.isValid()) {
            for (const QString &p : std::as_const(data.periods)) {
                if (Period::parse(p).contains(a.date))
                    period = p;
            }
        }
        const int x = int(data.periods.indexOf(period));
        if (x >= 0)
            data.annotations.append({double(x), a.label});
    }
    data.latestSegmentPoints = data.segments.isEmpty() ? 0
                                                       : data.segments.constLast().lastX
                                                             - data.segments.constLast().firstX + 1;
    data.iconsShown
        = result.hasLimits() && data.latestSegmentPoints >= SpcChartData::minimumPointsForIcons;
    data.variation = result.variation;
    data.assurance = result.assurance;

    std::optional<double> low;
    std::optional<double> high;
    const auto include = [&](const std::optional<double> &v) {
        if (v) {
            low = low ? std::min(*low, *v) : *v;
            high = high ? std::max(*high, *v) : *v;
        }
    };
    for (const SpcChartData::Point &p : std::as_const(data.points))
        include(p.value);
    for (const SpcChartData::Segment &s : std::as_const(data.segments)) {
        include(s.lpl);
        include(s.upl);
    }
    include(data.target);
    for (const auto &t : std::as_const(data.trajectory))
        include(t.second);
    const ChartDataBuilder::Range range
        = ChartDataBuilder::niceRange(low.value_or(0), high.value_or(1), false);
    // The axis stays within what the unit allows too (no rate axis down to -100).
    const auto [floor, ceiling] = unitBounds(indicator.unit);
    data.yMin = floor && low.value_or(0) >= *floor ? std::max(range.low, *floor) : range.low;
    data.yMax
        = ceiling && high.value_or(0) <= *ceiling ? std::min(range.high, *ceiling) : range.high;
    data.yStep = range.step;

    data.caption << Tr::tr("XmR chart (Making Data Count) · %1 · %2")
                        .arg(Enums::label(indicator.unit), Enums::label(indicator.polarity));
    if (!data.periods.isEmpty())
        data.caption << Tr::tr("%n point(s), %1 to %2", nullptr, int(data.periods.size()))
                            .arg(data.periods.constFirst(), data.periods.constLast());
    bool trial = false;
    for (const SpcChartData::Segment &s : std::as_const(data.segments))
        trial = trial || s.trial;
    if (trial) {
        data.caption << Tr::tr("Trial limits: a segment has fewer than %1 points; the limits will "
                               "be revised as data is added.")
                            .arg(settings.options.shortSegmentThreshold);
    }
    if (data.illustrative)
        data.caption << Tr::tr("Illustrative data: not published figures");
    if (!data.iconsShown && !data.points.isEmpty())
        data.caption << Tr::tr("Variation and assurance icons need %1 points in the latest "
                               "segment; it has %2.")
                            .arg(SpcChartData::minimumPointsForIcons)
                            .arg(data.latestSegmentPoints);
    if (dropped > 0)
        data.caption << Tr::tr(
            "%n period(s) with no value left out of the calculation.", nullptr, dropped);
    if (!settings.options.isDefault())
        data.caption << settings.options.caption();
    if (settings.assuranceBasis == AssuranceBasis::Trajectory)
        data.caption << Tr::tr("Assurance is judged against the planned trajectory for the latest "
                               "period, not the fixed target.");
    if (!settingsError.isEmpty())
        data.caption << Tr::tr("The stored SPC settings could not be read (%1); defaults are used.")
                            .arg(settingsError);
    data.caption << cuts;
    return data;
}

QString describe(Spc::Rule rule)
{
    switch (rule) {
    case Spc::Rule::CommonCause:
        return Tr::tr("Common cause: no rule fired");
    case Spc::Rule::AboveUcl:
        return Tr::tr("Special cause: above the upper process limit");
    case Spc::Rule::BelowLcl:
        return Tr::tr("Special cause: below the lower process limit");
    case Spc::Rule::TrendIncreasing:
        return Tr::tr("Special cause: part of a run of increasing points (trend)");
    case Spc::Rule::TrendDecreasing:
        return Tr::tr("Special cause: part of a run of decreasing points (trend)");
    case Spc::Rule::TwoInThreeAbove:
        return Tr::tr("Special cause: two of three points close to the upper limit");
    case Spc::Rule::TwoInThreeBelow:
        return Tr::tr("Special cause: two of three points close to the lower limit");
    case Spc::Rule::ShiftAbove:
        return Tr::tr("Special cause: part of a run of points above the mean (shift)");
    case Spc::Rule::ShiftBelow:
        return Tr::tr("Special cause: part of a run of points below the mean (shift)");
    }
    return {};
}

QString describe(Spc::PointType type)
{
    switch (type) {
    case Spc::PointType::CommonCause:
        return Tr::tr("Common cause variation");
    case Spc::PointType::Improvement:
        return Tr::tr("Special cause: improvement");
    case Spc::PointType::Concern:
        return Tr::tr("Special cause: concern");
    case Spc::PointType::NeutralHigh:
        return Tr::tr("Special cause: neutral, high");
    case Spc::PointType::NeutralLow:
        return Tr::tr("Special cause: neutral, low");
    }
    return {};
}

QString tooFewPoints(const SpcChartData &data)
{
    if (data.points.isEmpty())
        return Tr::tr("No data yet");
    return Tr::tr("Too few points (%1 of %2)")
        .arg(data.latestSegmentPoints)
        .arg(SpcChartData::minimumPointsForIcons);
}

QString label(Spc::Variation variation)
{
    switch (variation) {
    case Spc::Variation::CommonCause:
        return Tr::tr("Common cause");
    case Spc::Variation::ImprovementHigh:
        return Tr::tr("Improvement (high)");
    case Spc::Variation::ImprovementLow:
        return Tr::tr("Improvement (low)");
    case Spc::Variation::ConcernHigh:
        return Tr::tr("Concern (high)");
    case Spc::Variation::ConcernLow:
        return Tr::tr("Concern (low)");
    case Spc::Variation::NeutralHigh:
        return Tr::tr("Neutral (high)");
    case Spc::Variation::NeutralLow:
        return Tr::tr("Neutral (low)");
    }
    return {};
}

QString label(Spc::Assurance assurance)
{
    switch (assurance) {
    case Spc::Assurance::None:
        return Tr::tr("No assurance");
    case Spc::Assurance::Pass:
        return Tr::tr("Consistently passing");
    case Spc::Assurance::Fail:
        return Tr::tr("Consistently failing");
    case Spc::Assurance::HitAndMiss:
        return Tr::tr("Hit and miss");
    }
    return {};
}

QString describe(Spc::Variation variation)
{
    switch (variation) {
    case Spc::Variation::CommonCause:
        return Tr::tr("Variation: common cause. The latest point shows no significant change.");
    case Spc::Variation::ImprovementHigh:
        return Tr::tr("Variation: special cause improvement, with higher values.");
    case Spc::Variation::ImprovementLow:
        return Tr::tr("Variation: special cause improvement, with lower values.");
    case Spc::Variation::ConcernHigh:
        return Tr::tr("Variation: special cause concern, with higher values.");
    case Spc::Variation::ConcernLow:
        return Tr::tr("Variation: special cause concern, with lower values.");
    case Spc::Variation::NeutralHigh:
        return Tr::tr("Variation: special cause, higher values (neither better nor worse).");
    case Spc::Variation::NeutralLow:
        return Tr::tr("Variation: special cause, lower values (neither better nor worse).");
    }
    return {};
}

QString describe(Spc::Assurance assurance)
{
    switch (assurance) {
    case Spc::Assurance::None:
        return Tr::tr("Assurance: none (no target, or neither direction is better).");
    case Spc::Assurance::Pass:
        return Tr::tr("Assurance: the process limits are all on the right side of the target; "
                      "it will be met consistently.");
    case Spc::Assurance::Fail:
        return Tr::tr("Assurance: the process limits are all on the wrong side of the target; it "
                      "will be missed consistently unless the process changes.");
    case Spc::Assurance::HitAndMiss:
        return Tr::tr("Assurance: the target lies between the process limits; it will be hit "
                      "and missed at random.");
    }
    return {};
}

} // namespace SpcChartBuilder
} // namespace Jfp
