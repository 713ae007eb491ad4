// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domainenums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

/**
 * The domain model of a Joint Forward Plan: plain value types, no behaviour that touches
 * storage. Ids are the plan file's row ids (0 = not stored yet, or "none" for a parent).
 * A value a source does not give is std::nullopt (or an empty string), never 0 or a guess.
 */
namespace Jfp {

using Id = qint64;
using OptionalValue = std::optional<double>;

struct AreaCode
{
    QString scheme; // e.g. "Sub-ICB location"
    QString code;
    QString name;
};

struct GpPractice
{
    Id id = 0;
    Id areaId = 0;
    QString name;
    QString code;
    std::optional<int> mapKey;
};

struct Area
{
    Id id = 0;
    Id parentId = 0;
    AreaLevel level = AreaLevel::Place;
    QString name;
    QString shortName;
    QString onsCode;
    QString odsCode;
    std::optional<qint64> population;
    QString populationYear;
    QString populationSource;
    QString description;
    QString source;
    QList<AreaCode> extraCodes;
    QList<GpPractice> practices;

    /** The code shown beside the name: ONS where known, else ODS. */
    QString code() const { return onsCode.isEmpty() ? odsCode : onsCode; }
};

struct Theme
{
    Id id = 0;
    Id frameworkId = 0;
    QString key;
    QString code;
    QString name;
    QString description;
};

struct Framework
{
    Id id = 0;
    QString key;
    QString name;
    Id areaId = 0;
    QString description;
    QString source;
    QList<Theme> themes;
};

struct Programme
{
    Id id = 0;
    Id areaId = 0;
    Id parentId = 0;
    QString name;
    QString ambition;
    QString description;
    QString sro;
    QString manager;
    std::optional<DeliveryStatus> status;
    QDate start;
    QDate end;
    QString source;
    QList<Id> themeIds;
};

struct Milestone
{
    Id id = 0;
    Id programmeId = 0;
    QString title;
    QString owner;
    QDate baselineDate;
    QDate forecastDate;
    QDate completionDate;
    MilestoneStatus status = MilestoneStatus::NotStarted;
    QString notes;
    QString source;
};

struct PeriodValue
{
    QString period; // house-style period label (see Period)
    OptionalValue value;
};

struct ActualValue
{
    QString period;
    OptionalValue value;
    OptionalValue lower;
    OptionalValue upper;
    OptionalValue count;
    OptionalValue denominator;
    QString note;
    bool synthetic = false; // illustrative data, not a published figure
};

/** A dated note on an indicator ("Care Communities launched"), drawn on its charts. */
struct Annotation
{
    Id id = 0;
    Id indicatorId = 0;
    QString period; // the period it marks, or empty when it is dated
    QDate date;     // the day it marks, or invalid when it marks a period
    QString label;
    QString note;
};

/** An SPC recalculation point: a new segment starts at `period`. */
struct SpcRebase
{
    QString period;
    QString reason;
};

struct Benchmark
{
    Id id = 0;
    QString name; // e.g. "North West region"
    QString code; // e.g. "E12000002"
    QList<PeriodValue> values;
};

struct Indicator
{
    Id id = 0;
    Id programmeId = 0;
    QString code; // e.g. "ASC-17" or a Fingertips indicator id
    QString name;
    QString definition;
    Unit unit = Unit::Count;
    int decimals = 1;
    Polarity polarity = Polarity::Neutral;
    QString source;

    OptionalValue baselineValue;
    QString baselinePeriod;
    QString baselineNote;

    TargetKind targetKind = TargetKind::Absolute;
    OptionalValue targetValue;
    QString targetPeriod;
    QString targetBenchmark;
    QString targetNote;

    QList<PeriodValue> trajectory;
    QList<ActualValue> actuals;
    QList<Benchmark> benchmarks;
    QList<Annotation> annotations;
    QList<SpcRebase> spcRebases;
    QString spcOptions; // JSON of the SPC options that differ from the default; empty = default
    /** How far from the trajectory a value may be and still count as on track. */
    OptionalValue tolerance;
    /** External ids that feed this indicator, e.g. {"fingertips", "93356"}. */
    QList<QPair<QString, QString>> links;

    /** The actual with a value for the latest period, if any. */
    std::optional<ActualValue> latestActual() const;
};

/** A programme's status and narrative for one quarter, for the board. */
struct ProgressUpdate
{
    Id id = 0;
    Id programmeId = 0;
    QString period; // e.g. "Q2 2025/26"
    QString rag;    // "red", "amber" or "green"
    QString wentWell;
    QString didNot;
    QString nextSteps;
    QDateTime recordedAt; // UTC
    QString recordedBy;
};

struct PlanInfo
{
    QString name;
    QString description;
    QString horizonStart; // e.g. "2024/25"
    QString horizonEnd;   // e.g. "2028/29"

    /** The tolerance a plan has when it does not give one, and the most it may give. */
    static constexpr int defaultSlipToleranceDays = 14;
    static constexpr int maxSlipToleranceDays = 366;
    /**
     * A milestone whose forecast date is more than this many days after its baseline date has
     * slipped (see MilestoneSchedule); from 0 to maxSlipToleranceDays.
     */
    int milestoneSlipToleranceDays = defaultSlipToleranceDays;
    /**
     * The stored tolerance when it could not be used (not a whole number of days from 0 to
     * maxSlipToleranceDays), so that `jfp check` can name it; milestoneSlipToleranceDays is
     * then the default. None when the plan gives a usable tolerance or none at all.
     */
    std::optional<QString> unusableSlipTolerance = std::nullopt;
};

/**
 * Where each area and programme sits in a snapshot's lists, for lookups by id. Every copy or
 * move starts empty, so a snapshot and its copy (say, one handed to a worker thread) never
 * share one; a lookup checks what it finds and rebuilds when the lists have changed.
 */
class PlanLookup
{
public:
    PlanLookup() = default;
    PlanLookup(const PlanLookup &) {}
    PlanLookup(PlanLookup &&) noexcept {}
    PlanLookup &operator=(const PlanLookup &);
    PlanLookup &operator=(PlanLookup &&) noexcept;
    ~PlanLookup();

    const Area *area(const QList<Area> &areas, Id id) const;
    const Programme *programme(const QList<Programme> &programmes, Id id) const;

private:
    struct Index;
    mutable std::shared_ptr<Index> m_index; // never shared: copies start empty
};

/** The whole plan read in one go: what item models and the command line work from. */
struct PlanSnapshot
{
    PlanInfo info;
    QList<Area> areas;
    QList<Framework> frameworks;
    QList<Programme> programmes;
    QList<Milestone> milestones;
    QList<Indicator> indicators;
    QList<ProgressUpdate> progressUpdates;

    const Area *area(Id id) const;
    const Programme *programme(Id id) const;
    const Theme *theme(Id id) const;
    /** The area that owns a programme, walking up nested programmes. */
    const Area *owningArea(const Programme &programme) const;
    /** True when `id` is `ancestorId` or lies beneath it. */
    bool isAreaWithin(Id id, Id ancestorId) const;
    bool isProgrammeWithin(Id id, Id ancestorId) const;

    PlanLookup lookup; // area() and programme() by id without a scan of the lists
};

} // namespace Jfp
