// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Jfp {

/**
 * Filters and sorts the rows of a MilestoneTableModel for the milestones table and timeline:
 * by status, by owner, overdue only, and by words in any column. Dates sort by date (rows
 * without one last when ascending), status in the order of MilestoneStatus, text by locale.
 */
class MilestoneFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MilestoneFilterProxyModel(QObject *parent = nullptr);

    /** Only milestones with this status; std::nullopt shows every status. */
    void setStatusFilter(std::optional<MilestoneStatus> status);
    std::optional<MilestoneStatus> statusFilter() const { return m_status; }
    /** Only milestones of this owner; an empty string means "no owner given"; nullopt: any. */
    void setOwnerFilter(const std::optional<QString> &owner);
    std::optional<QString> ownerFilter() const { return m_owner; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    /** Every word must appear in some column (case-insensitive); empty shows all. */
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

    /** The distinct owners of the source's rows, sorted, without the empty one. */
    QStringList owners() const;
    /** True when some source row has no owner. */
    bool hasRowsWithoutOwner() const;
    /** The row of the milestone in this model, or -1 when it is filtered out or absent. */
    int rowOf(Id milestoneId) const;
    Id milestoneId(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<MilestoneStatus> m_status;
    std::optional<QString> m_owner;
    bool m_overdueOnly = false;
    QStringList m_words;
};

} // namespace Jfp
