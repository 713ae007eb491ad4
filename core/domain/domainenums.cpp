// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domainenums.h"

#include "coretr.h"

#include <array>
#include <utility>

namespace Jfp::Enums {

namespace {

// One table per enumeration: value, stored key, untranslated label.
template<typename E>
struct Entry
{
    E value;
    const char *key;
    const char *label;
};

constexpr std::array areaLevels = {
    Entry<AreaLevel>{AreaLevel::System, "system", QT_TRANSLATE_NOOP("Jfp", "System")},
    Entry<AreaLevel>{AreaLevel::Place, "place", QT_TRANSLATE_NOOP("Jfp", "Place")},
    Entry<AreaLevel>{AreaLevel::Locality, "locality", QT_TRANSLATE_NOOP("Jfp", "Locality")},
};

constexpr std::array milestoneStatuses = {
    Entry<MilestoneStatus>{
        MilestoneStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("Jfp", "Not started")},
    Entry<MilestoneStatus>{
        MilestoneStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("Jfp", "On track")},
    Entry<MilestoneStatus>{MilestoneStatus::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Jfp", "At risk")},
    Entry<MilestoneStatus>{
        MilestoneStatus::OffTrack, "off_track", QT_TRANSLATE_NOOP("Jfp", "Off track")},
    Entry<MilestoneStatus>{
        MilestoneStatus::Complete, "complete", QT_TRANSLATE_NOOP("Jfp", "Complete")},
    Entry<MilestoneStatus>{
        MilestoneStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Jfp", "Cancelled")},
};

constexpr std::array deliveryStatuses = {
    Entry<DeliveryStatus>{
        DeliveryStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("Jfp", "Not started")},
    Entry<DeliveryStatus>{
        DeliveryStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("Jfp", "On track")},
    Entry<DeliveryStatus>{DeliveryStatus::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Jfp", "At risk")},
    Entry<DeliveryStatus>{
        DeliveryStatus::OffTrack, "off_track", QT_TRANSLATE_NOOP("Jfp", "Off track")},
    Entry<DeliveryStatus>{
        DeliveryStatus::Complete, "complete", QT_TRANSLATE_NOOP("Jfp", "Complete")},
    Entry<DeliveryStatus>{DeliveryStatus::Closed, "closed", QT_TRANSLATE_NOOP("Jfp", "Closed")},
};

constexpr std::array units = {
    Entry<Unit>{
        Unit::RatePer100000, "rate_per_100000", QT_TRANSLATE_NOOP("Jfp", "Rate per 100,000")},
    Entry<Unit>{Unit::Percentage, "percentage", QT_TRANSLATE_NOOP("Jfp", "Percentage")},
    Entry<Unit>{Unit::Count, "count", QT_TRANSLATE_NOOP("Jfp", "Count")},
    Entry<Unit>{Unit::Years, "years", QT_TRANSLATE_NOOP("Jfp", "Years")},
    Entry<Unit>{Unit::Days, "days", QT_TRANSLATE_NOOP("Jfp", "Days")},
    Entry<Unit>{Unit::Ratio, "ratio", QT_TRANSLATE_NOOP("Jfp", "Ratio")},
    Entry<Unit>{Unit::Money, "money", QT_TRANSLATE_NOOP("Jfp", "Money (£)")},
    Entry<Unit>{Unit::Score, "score", QT_TRANSLATE_NOOP("Jfp", "Score")},
};

constexpr std::array polarities = {
    Entry<Polarity>{
        Polarity::HigherIsBetter, "higher_is_better", QT_TRANSLATE_NOOP("Jfp", "Higher is better")},
    Entry<Polarity>{
        Polarity::LowerIsBetter, "lower_is_better", QT_TRANSLATE_NOOP("Jfp", "Lower is better")},
    Entry<Polarity>{Polarity::Neutral, "neutral", QT_TRANSLATE_NOOP("Jfp", "Neutral")},
};

constexpr std::array targetKinds = {
    Entry<TargetKind>{TargetKind::Absolute, "absolute", QT_TRANSLATE_NOOP("Jfp", "Value")},
    Entry<TargetKind>{TargetKind::RelativePerYear,
                      "relative_per_year",
                      QT_TRANSLATE_NOOP("Jfp", "Change per year")},
    Entry<TargetKind>{TargetKind::BetterThanBenchmark,
                      "better_than_benchmark",
                      QT_TRANSLATE_NOOP("Jfp", "Better than benchmark")},
};

template<typename E>
constexpr const auto &table()
{
    if constexpr (std::is_same_v<E, AreaLevel>)
        return areaLevels;
    else if constexpr (std::is_same_v<E, MilestoneStatus>)
        return milestoneStatuses;
    else if constexpr (std::is_same_v<E, DeliveryStatus>)
        return deliveryStatuses;
    else if constexpr (std::is_same_v<E, Unit>)
        return units;
    else if constexpr (std::is_same_v<E, Polarity>)
        return polarities;
    else
        return targetKinds;
}

template<typename E>
const Entry<E> &entry(E value)
{
    for (const auto &e : table<E>()) {
        if (e.value == value)
            return e;
    }
    return table<E>().front();
}

} // namespace

template<typename E>
std::optional<E> fromKey(const QString &key)
{
    for (const auto &e : table<E>()) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

template<typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &e : table<E>())
        keys.append(QLatin1String(e.key));
    return keys;
}

#define JFP_ENUM_FUNCTIONS(E)                                                                      \
    QString key(E value)                                                                           \
    {                                                                                              \
        return QLatin1String(entry(value).key);                                                    \
    }                                                                                              \
    QString label(E value)                                                                         \
    {                                                                                              \
        return Tr::tr(entry(value).label);                                                         \
    }                                                                                              \
    template std::optional<E> fromKey<E>(const QString &);                                         \
    template QStringList allKeys<E>();

JFP_ENUM_FUNCTIONS(AreaLevel)
JFP_ENUM_FUNCTIONS(MilestoneStatus)
JFP_ENUM_FUNCTIONS(DeliveryStatus)
JFP_ENUM_FUNCTIONS(Unit)
JFP_ENUM_FUNCTIONS(Polarity)
JFP_ENUM_FUNCTIONS(TargetKind)

#undef JFP_ENUM_FUNCTIONS

QString unitSuffix(Unit value)
{
    switch (value) {
    case Unit::RatePer100000:
        return Tr::tr(" per 100,000");
    case Unit::Percentage:
        return QStringLiteral("%");
    case Unit::Years:
        return Tr::tr(" years");
    case Unit::Days:
        return Tr::tr(" days");
    case Unit::Count:
    case Unit::Ratio:
    case Unit::Money:
    case Unit::Score:
        break;
    }
    return {};
}

} // namespace Jfp::Enums
