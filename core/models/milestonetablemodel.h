// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QAbstractTableModel>

namespace Jfp {

/** Milestones of an area (and the areas beneath it) or of a programme, one per row. */
class MilestoneTableModel : public QAbstractTableModel
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
        ColumnCount
    };
    enum Role { MilestoneIdRole = Qt::UserRole + 1, StatusKeyRole, DateRole };

    explicit MilestoneTableModel(QObject *parent = nullptr);

    void showArea(const PlanSnapshot *plan, Id areaId);
    void showProgramme(const PlanSnapshot *plan, Id programmeId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Milestone milestone;
        QString programmeName;
    };
    void setRows(QList<Row> rows);

    QList<Row> m_rows;
};

} // namespace Jfp
