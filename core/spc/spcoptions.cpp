// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcoptions.h"

#include "coretr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <limits>

namespace Jfp::Spc {

namespace {

const QString kScreenOutliers = QStringLiteral("screenOutliers");
const QString kShiftLength = QStringLiteral("shiftLength");
const QString kTrendLength = QStringLiteral("trendLength");
const QString kTwoOfThree = QStringLiteral("twoOfThreeIncludesBeyondLimits");
const QString kConflictPolicy = QStringLiteral("conflictPolicy");
const QString kFixAfterPoints = QStringLiteral("fixAfterPoints");
const QString kMinimumPoints = QStringLiteral("minimumPointsForLimits");
const QString kShortSegment = QStringLiteral("shortSegmentThreshold");

QString policyKey(SpcOptions::ConflictPolicy policy)
{
    return policy == SpcOptions::ConflictPolicy::ImprovementWins ? QStringLiteral("improvementWins")
                                                                 : QStringLiteral("precedence");
}

bool readInt(const QJsonValue &value, int *result)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max())
        return false;
    *result = int(number);
    return true;
}

} // namespace

QString SpcOptions::validationError() const
{
    if (shiftLength < 2)
        return Tr::tr("the shift rule needs at least 2 points, not %1").arg(shiftLength);
    if (trendLength < 2)
        return Tr::tr("the trend rule needs at least 2 points, not %1").arg(trendLength);
    if (fixAfterPoints && *fixAfterPoints < minimumFixAfterPoints) {
        return Tr::tr("limits can be fixed after %1 points or more, not %2")
            .arg(minimumFixAfterPoints)
            .arg(*fixAfterPoints);
    }
    if (minimumPointsForLimits < 2) {
        return Tr::tr("limits need at least 2 points, so the minimum cannot be %1")
            .arg(minimumPointsForLimits);
    }
    if (shortSegmentThreshold < 0) {
        return Tr::tr("the short-segment threshold cannot be negative (%1)")
            .arg(shortSegmentThreshold);
    }
    return {};
}

QString SpcOptions::toJson() const
{
    const SpcOptions defaults;
    QJsonObject object;
    if (screenOutliers != defaults.screenOutliers)
        object.insert(kScreenOutliers, screenOutliers);
    if (shiftLength != defaults.shiftLength)
        object.insert(kShiftLength, shiftLength);
    if (trendLength != defaults.trendLength)
        object.insert(kTrendLength, trendLength);
    if (twoOfThreeIncludesBeyondLimits != defaults.twoOfThreeIncludesBeyondLimits)
        object.insert(kTwoOfThree, twoOfThreeIncludesBeyondLimits);
    if (conflictPolicy != defaults.conflictPolicy)
        object.insert(kConflictPolicy, policyKey(conflictPolicy));
    if (fixAfterPoints)
        object.insert(kFixAfterPoints, *fixAfterPoints);
    if (minimumPointsForLimits != defaults.minimumPointsForLimits)
        object.insert(kMinimumPoints, minimumPointsForLimits);
    if (shortSegmentThreshold != defaults.shortSegmentThreshold)
        object.insert(kShortSegment, shortSegmentThreshold);
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<SpcOptions> SpcOptions::fromJson(const QString &json, QString *error)
{
    const auto failure = [error](const QString &message) -> std::optional<SpcOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SpcOptions options;
    if (json.trimmed().isEmpty())
        return options;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(Tr::tr("the SPC options are not a JSON object: %1").arg(json));
    const QJsonObject object = document.object();
    const auto badValue = [&](const QString &key) {
        return failure(Tr::tr("the SPC option %1 has an invalid value").arg(key));
    };
    const auto readBool = [&](const QString &key, bool *target) {
        if (!object.contains(key))
            return true;
        if (!object.value(key).isBool())
            return false;
        *target = object.value(key).toBool();
        return true;
    };
    const auto readNumber = [&](const QString &key, int *target) {
        return !object.contains(key) || readInt(object.value(key), target);
    };
    if (!readBool(kScreenOutliers, &options.screenOutliers))
        return badValue(kScreenOutliers);
    if (!readBool(kTwoOfThree, &options.twoOfThreeIncludesBeyondLimits))
        return badValue(kTwoOfThree);
    if (!readNumber(kShiftLength, &options.shiftLength))
        return badValue(kShiftLength);
    if (!readNumber(kTrendLength, &options.trendLength))
        return badValue(kTrendLength);
    if (!readNumber(kMinimumPoints, &options.minimumPointsForLimits))
        return badValue(kMinimumPoints);
    if (!readNumber(kShortSegment, &options.shortSegmentThreshold))
        return badValue(kShortSegment);
    if (object.contains(kFixAfterPoints) && !object.value(kFixAfterPoints).isNull()) {
        int points = 0;
        if (!readInt(object.value(kFixAfterPoints), &points))
            return badValue(kFixAfterPoints);
        options.fixAfterPoints = points;
    }
    if (object.contains(kConflictPolicy)) {
        const QString policy = object.value(kConflictPolicy).toString();
        if (policy == policyKey(ConflictPolicy::ImprovementWins))
            options.conflictPolicy = ConflictPolicy::ImprovementWins;
        else if (policy == policyKey(ConflictPolicy::Precedence))
            options.conflictPolicy = ConflictPolicy::Precedence;
        else
            return badValue(kConflictPolicy);
    }
    const QString invalid = options.validationError();
    if (!invalid.isEmpty())
        return failure(invalid);
    return options;
}

QString SpcOptions::caption() const
{
    const SpcOptions defaults;
    QStringList parts;
    if (!screenOutliers)
        parts << Tr::tr("moving ranges not screened for outliers (as the MDC Excel tool)");
    if (shiftLength != defaults.shiftLength)
        parts << Tr::tr("shifts of %1 points").arg(shiftLength);
    if (trendLength != defaults.trendLength)
        parts << Tr::tr("trends of %1 points").arg(trendLength);
    if (twoOfThreeIncludesBeyondLimits)
        parts << Tr::tr("two-in-three counting points beyond the limits (MDC, November 2023)");
    if (conflictPolicy == ConflictPolicy::ImprovementWins)
        parts << Tr::tr("improvement shown where signals conflict (MDC single chart tool)");
    if (fixAfterPoints)
        parts << Tr::tr("limits fixed after the first %1 points of each segment")
                     .arg(*fixAfterPoints);
    if (minimumPointsForLimits != defaults.minimumPointsForLimits)
        parts
            << Tr::tr("limits only for segments of %1 points or more").arg(minimumPointsForLimits);
    if (shortSegmentThreshold != defaults.shortSegmentThreshold)
        parts << Tr::tr("trial-limits warning below %1 points").arg(shortSegmentThreshold);
    if (parts.isEmpty())
        return {};
    return Tr::tr("SPC options: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace Jfp::Spc
