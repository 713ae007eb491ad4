// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "spc/spcoptions.h"
#include "spc/spcresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jfp {

/** What the assurance icon judges: the fixed target (as the NHS tools do) or the plan. */
enum class AssuranceBasis { Target, Trajectory };

/** An indicator's SPC settings as stored in Indicator::spcOptions. */
struct IndicatorSpcSettings
{
    Spc::SpcOptions options;
    AssuranceBasis assuranceBasis = AssuranceBasis::Target;

    static IndicatorSpcSettings parse(const QString &json, QString *error = nullptr);
    QString toJson() const;
};

/**
 * Everything an XmR (SPC) chart of an indicator shows, computed without widgets: the points by
 * period with their rule and type, the mean and process limits per segment, target and
 * trajectory lines, rebase and annotation markers, the two icons and the caption.
 * x is the point's position (0, 1, 2…) along the period axis.
 */
struct SpcChartData
{
    struct Point
    {
        int x = 0;
        QString period;
        double value = 0;
        Spc::Rule rule = Spc::Rule::CommonCause;
        Spc::PointType type = Spc::PointType::CommonCause;
        QString note;
    };
    struct Segment
    {
        int firstX = 0;
        int lastX = 0;
        double mean = 0;
        std::optional<double> lpl;
        std::optional<double> upl;
        bool trial = false;
    };
    struct Marker
    {
        double x = 0;
        QString label;
    };

    QString title;
    Unit unit = Unit::Count;
    int decimals = 1;
    QStringList periods; // axis labels, one per point
    QList<Point> points;
    QList<Segment> segments;
    std::optional<double> target;
    QList<std::pair<int, double>> trajectory; // x, planned value
    QList<Marker> rebases;
    QList<Marker> annotations;
    Spc::Variation variation = Spc::Variation::CommonCause;
    Spc::Assurance assurance = Spc::Assurance::None;
    /** Making Data Count shows the variation and assurance icons only from this many points in
     *  the latest segment; below it the summaries say "too few points (n of 13)". */
    static constexpr int minimumPointsForIcons = 13;
    int latestSegmentPoints = 0;
    bool illustrative = false; // a value is synthetic: watermarked and said in the caption
    bool iconsShown = false;   // false when the latest segment is short of the minimum
    double yMin = 0;
    double yMax = 1;
    double yStep = 0.2;
    QStringList caption;
    QString error;

    bool isEmpty() const { return points.isEmpty(); }
};

namespace SpcChartBuilder {

/** At least this many points make the board pack use the SPC chart (MDC's 13). */
constexpr int boardPackMinimumPoints = 13;

Spc::Direction directionFor(Polarity polarity);
SpcChartData build(const PlanSnapshot &plan, const Indicator &indicator);
/** The number of actual values with a value: the points an SPC chart would have. */
int pointCount(const Indicator &indicator);

/** Plain-language explanations for tooltips, tables and captions. */
QString describe(Spc::Rule rule);
QString describe(Spc::PointType type);
QString describe(Spc::Variation variation);
QString describe(Spc::Assurance assurance);
/** Short words shown beside an icon: "Improvement (high)", "Consistently passing". */
/** What the summaries say instead of icons: "No data yet" or "Too few points (3 of 13)". */
QString tooFewPoints(const SpcChartData &data);
QString label(Spc::Variation variation);
QString label(Spc::Assurance assurance);

} // namespace SpcChartBuilder
} // namespace Jfp
