// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Jfp {

enum class AreaLevel { System, Place, Locality };
enum class MilestoneStatus { NotStarted, OnTrack, AtRisk, OffTrack, Complete, Cancelled };
enum class DeliveryStatus { NotStarted, OnTrack, AtRisk, OffTrack, Complete, Closed };
enum class Unit { RatePer100000, Percentage, Count, Years, Days, Ratio, Money, Score };
enum class Polarity { HigherIsBetter, LowerIsBetter, Neutral };
enum class TargetKind { Absolute, RelativePerYear, BetterThanBenchmark };

/**
 * Stable keys (stored in the plan file and printed by `jfp … --json`) and translated labels
 * for the domain enumerations. Keys never change; labels follow the UI language.
 */
namespace Enums {

QString key(AreaLevel value);
QString key(MilestoneStatus value);
QString key(DeliveryStatus value);
QString key(Unit value);
QString key(Polarity value);
QString key(TargetKind value);

QString label(AreaLevel value);
QString label(MilestoneStatus value);
QString label(DeliveryStatus value);
QString label(Unit value);
QString label(Polarity value);
QString label(TargetKind value);

/** The short suffix written after a value: "%", " per 100,000", " years"… */
QString unitSuffix(Unit value);

template<typename E>
std::optional<E> fromKey(const QString &key);

template<typename E>
QStringList allKeys();

} // namespace Enums
} // namespace Jfp
