// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include "rowsync.h"

namespace Jfp {

/** One row of MilestoneTableModel. */
struct MilestoneRow
{
    Milestone milestone;
    QString programmeName;
};

struct MilestoneRowKey
{
    qint64 operator()(const MilestoneRow &row) const { return row.milestone.id; }
};

/**
 * Milestones of an area (and the areas beneath it) or of a programme, one per row. The Due
 * column says in words whether a milestone is overdue on the model's "today" (see
 * MilestoneSchedule), and the Status column whether it has slipped by the plan's tolerance;
 * DateRole gives each date column's date (the due date for Due) to sort by.
 */
class MilestoneTableModel : public KeyedTableModel<MilestoneRow, MilestoneRowKey>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ProgrammeColumn,
        OwnerColumn,
        BaselineDateColumn,
        ForecastDateColumn,
        CompletionDateColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        MilestoneIdRole = Qt::UserRole + 1,
        StatusKeyRole,
        DateRole,
        StatusRole,      // MilestoneStatus as int
        DaysOverdueRole, // MilestoneSchedule::daysOverdue, 0 when not overdue
        ShownStatusRole, // MilestoneSchedule::shownStatus as int: the shape and colour drawn
    };

    explicit MilestoneTableModel(QObject *parent = nullptr);

    void showArea(const PlanSnapshot *plan, Id areaId);
    void showProgramme(const PlanSnapshot *plan, Id programmeId);
    void clear();
    /** The day "overdue" is measured against; today's date unless a test sets another. */
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    /**
     * Days a forecast may run past its baseline before the milestone reads "Slipped": the
     * plan's PlanInfo::milestoneSlipToleranceDays, taken by showArea() and showProgramme().
     */
    void setSlipToleranceDays(int days);
    int slipToleranceDays() const { return m_slipToleranceDays; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    using Row = MilestoneRow;

    QDate m_today;
    int m_slipToleranceDays = PlanInfo::defaultSlipToleranceDays;
};

} // namespace Jfp
