// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "reporting/indicatorsummary.h"
#include "reporting/spcchartdata.h"

#include "rowsync.h"

namespace Jfp {

/**
 * One row of IndicatorTableModel: a copy of what it shows (never pointers into the plan, which
 * the plan document replaces when it reads the plan again) and the SPC reading.
 */
struct IndicatorRow
{
    Indicator indicator;
    QString areaName;
    QString programmeName;
    std::optional<ActualValue> latest;
    // Worked out when first shown (a table of thousands shows a few dozen rows at a time).
    mutable std::optional<SpcChartData> spc;
    TrajectoryStatus status;
    QList<double> trend; // the actual values in period order, for the sparkline
    QString rag;         // the programme's latest progress update: "red", "amber", "green"
    QString ragPeriod;   // and its period; both empty when there is no update
};

struct IndicatorRowKey
{
    qint64 operator()(const IndicatorRow &row) const { return row.indicator.id; }
};

/** Indicators of an area (and the areas beneath it) or of a programme, one per row. */
class IndicatorTableModel : public KeyedTableModel<IndicatorRow, IndicatorRowKey>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AreaColumn,
        ProgrammeColumn,
        UnitColumn,
        PolarityColumn,
        BaselineColumn,
        TargetColumn,
        LatestColumn,
        TrendColumn,  // the actual values as a sparkline
        StatusColumn, // against the trajectory, a shape and words
        VariationColumn,
        AssuranceColumn,
        RagColumn, // the RAG of the programme's latest progress update
        ColumnCount
    };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1,
        ValueRole,
        /** SPC icon columns: "variation:<key>" or "assurance:<key>", empty when none shows. */
        SpcIconRole,
        /** What a column sorts by: numbers for values, a rank for statuses, else the text. */
        SortRole,
        /** The status against trajectory, as an int of TrajectoryStatus::State. */
        StatusStateRole,
        /** TrendColumn: the actual values as a QList<double>, oldest first. */
        SparklineRole,
        /** RagColumn: "red", "amber", "green" or empty, for RagDelegate. */
        RagRole,
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    /** Shows the indicators of `areaId` (0: the whole plan) and the areas beneath it. */
    void showArea(const PlanSnapshot *plan, Id areaId);
    void showProgramme(const PlanSnapshot *plan, Id programmeId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant sortValue(const QModelIndex &index) const;
    /** A new scope resets; the same scope again (after a change) updates by rows. */
    void setRows(const PlanSnapshot *plan,
                 const QList<IndicatorSummary> &summaries,
                 const QString &scope);
};

} // namespace Jfp
