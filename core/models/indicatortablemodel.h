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
    SpcChartData spc;
    TrajectoryStatus status;
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
        StatusColumn, // against the trajectory, a shape and words
        VariationColumn,
        AssuranceColumn,
        ColumnCount
    };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1,
        ValueRole,
        /** SPC icon columns: "variation:<key>" or "assurance:<key>", empty when none shows. */
        SpcIconRole,
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
    /** A new scope resets; the same scope again (after a change) updates by rows. */
    void setRows(const QList<IndicatorSummary> &summaries, const QString &scope);
};

} // namespace Jfp
