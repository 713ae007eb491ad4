// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonefilterproxymodel.h"

#include "milestonetablemodel.h"
#include "rowfilter.h"

#include <QCollator>
#include <QSet>

namespace Jfp {

namespace {

using Model = MilestoneTableModel;

bool isDateColumn(int column)
{
    return column == Model::BaselineDateColumn || column == Model::ForecastDateColumn
           || column == Model::CompletionDateColumn || column == Model::DueColumn;
}

} // namespace

MilestoneFilterProxyModel::MilestoneFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void MilestoneFilterProxyModel::setStatusFilter(std::optional<MilestoneStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void MilestoneFilterProxyModel::setOwnerFilter(const std::optional<QString> &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

void MilestoneFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void MilestoneFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList words = RowFilter::words(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

QStringList MilestoneFilterProxyModel::owners() const
{
    QStringList result;
    if (!sourceModel())
        return result;
    QSet<QString> seen;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QString owner = sourceModel()->index(row, Model::OwnerColumn).data().toString();
        if (!owner.isEmpty() && !seen.contains(owner)) {
            seen.insert(owner);
            result.append(owner);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

bool MilestoneFilterProxyModel::hasRowsWithoutOwner() const
{
    if (!sourceModel())
        return false;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        if (sourceModel()->index(row, Model::OwnerColumn).data().toString().isEmpty())
            return true;
    }
    return false;
}

int MilestoneFilterProxyModel::rowOf(Id milestoneId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->milestoneId(row) == milestoneId)
            return row;
    }
    return -1;
}

Id MilestoneFilterProxyModel::milestoneId(int row) const
{
    return index(row, 0).data(Model::MilestoneIdRole).toLongLong();
}

bool MilestoneFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return source->index(sourceRow, column, sourceParent).data(role);
    };
    if (m_status && cell(Model::StatusColumn, Model::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_owner && cell(Model::OwnerColumn).toString() != *m_owner)
        return false;
    if (m_overdueOnly && cell(0, Model::DaysOverdueRole).toInt() <= 0)
        return false;
    return RowFilter::hasEveryWord(source, sourceRow, sourceParent, m_words);
}

bool MilestoneFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (isDateColumn(column)) {
        const QDate a = left.data(Model::DateRole).toDate();
        const QDate b = right.data(Model::DateRole).toDate();
        if (a.isValid() != b.isValid())
            return a.isValid(); // undated rows last when ascending, as empty text
        if (a != b)
            return a < b;
    } else if (column == Model::StatusColumn) {
        const int a = left.data(Model::StatusRole).toInt();
        const int b = right.data(Model::StatusRole).toInt();
        if (a != b)
            return a < b;
    } else {
        const QString a = left.data().toString();
        const QString b = right.data().toString();
        if (a.isEmpty() != b.isEmpty())
            return !a.isEmpty(); // rows without a value last when ascending
        const int order = QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded());
        if (order != 0)
            return order < 0;
    }
    // Ties keep a stable, meaningful order: by title.
    const QModelIndex leftTitle = left.siblingAtColumn(Model::TitleColumn);
    const QModelIndex rightTitle = right.siblingAtColumn(Model::TitleColumn);
    return QString::localeAwareCompare(leftTitle.data().toString(), rightTitle.data().toString())
           < 0;
}

} // namespace Jfp
