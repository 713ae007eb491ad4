// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "reporting/indicatorsummary.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Jfp {

/**
 * Filters and sorts the rows of an IndicatorTableModel for the status dashboard: by status
 * against trajectory ("only off track") and by words in any column. Values sort as numbers
 * (rows without one last when ascending), statuses off track first, RAG red first, text by
 * locale; ties keep the plan's order.
 */
class IndicatorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IndicatorFilterProxyModel(QObject *parent = nullptr);

    /** Only indicators with this status; std::nullopt shows every status. */
    void setStatusFilter(std::optional<TrajectoryStatus::State> state);
    std::optional<TrajectoryStatus::State> statusFilter() const { return m_state; }
    /** Every word must appear in some column (case-insensitive); empty shows all. */
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

    /** The row of the indicator in this model, or -1 when it is filtered out or absent. */
    int rowOf(Id indicatorId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<TrajectoryStatus::State> m_state;
    QStringList m_words;
};

} // namespace Jfp
