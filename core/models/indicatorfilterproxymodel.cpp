// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorfilterproxymodel.h"

#include "indicatortablemodel.h"
#include "rowfilter.h"

namespace Jfp {

using Model = IndicatorTableModel;

IndicatorFilterProxyModel::IndicatorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(Model::SortRole);
}

void IndicatorFilterProxyModel::setStatusFilter(std::optional<TrajectoryStatus::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void IndicatorFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList words = RowFilter::words(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

int IndicatorFilterProxyModel::rowOf(Id indicatorId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(Model::IndicatorIdRole).toLongLong() == indicatorId)
            return row;
    }
    return -1;
}

bool IndicatorFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return source->index(sourceRow, column, sourceParent).data(role);
    };
    if (m_state && cell(0, Model::StatusStateRole).toInt() != int(*m_state))
        return false;
    return RowFilter::hasEveryWord(source, sourceRow, sourceParent, m_words);
}

bool IndicatorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(Model::SortRole);
    const QVariant b = right.data(Model::SortRole);
    const bool numbers = a.typeId() != QMetaType::QString || b.typeId() != QMetaType::QString;
    if (numbers) {
        if (a.isValid() != b.isValid())
            return a.isValid(); // rows without a value last when ascending
        if (a.isValid() && a.toDouble() != b.toDouble())
            return a.toDouble() < b.toDouble();
    } else {
        const QString x = a.toString();
        const QString y = b.toString();
        if (x.isEmpty() != y.isEmpty())
            return !x.isEmpty();
        const int order = QString::localeAwareCompare(x.toCaseFolded(), y.toCaseFolded());
        if (order != 0)
            return order < 0;
    }
    return left.row() < right.row(); // ties keep the plan's order
}

} // namespace Jfp
