// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "changehistorymodel.h"

#include "coretr.h"

#include <QLocale>
#include <QSet>

namespace Jfp {

using namespace Qt::StringLiterals;

ChangeHistoryModel::ChangeHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ChangeHistoryModel::load(Database &db, QString *error)
{
    const auto rows = HistoryRepository(db).query({}, error);
    if (!rows)
        return false;
    beginResetModel();
    m_all = *rows;
    std::reverse(m_all.begin(), m_all.end()); // the repository gives oldest first
    // Rows of one change share its time; keep the newest change first, its rows in order.
    std::stable_sort(m_all.begin(), m_all.end(), [](const auto &a, const auto &b) {
        return a.changedAt > b.changedAt;
    });
    QList<ChangeRecord> ordered;
    ordered.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size();) {
        qsizetype j = i;
        while (j < m_all.size() && m_all.at(j).changedAt == m_all.at(i).changedAt
               && m_all.at(j).command == m_all.at(i).command)
            ++j;
        for (qsizetype k = j - 1; k >= i; --k)
            ordered.append(m_all.at(k));
        i = j;
    }
    m_all = ordered;
    applyFilters();
    endResetModel();
    return true;
}

void ChangeHistoryModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
}

void ChangeHistoryModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    beginResetModel();
    m_text = text;
    applyFilters();
    endResetModel();
}

void ChangeHistoryModel::setItemFilter(const QString &kind, Id id)
{
    if (kind == m_kind && id == m_itemId)
        return;
    beginResetModel();
    m_kind = kind;
    m_itemId = id;
    applyFilters();
    endResetModel();
}

void ChangeHistoryModel::setUserFilter(const QString &user)
{
    if (user == m_user)
        return;
    beginResetModel();
    m_user = user;
    applyFilters();
    endResetModel();
}

QStringList ChangeHistoryModel::users() const
{
    QSet<QString> set;
    for (const ChangeRecord &r : m_all) {
        if (!r.changedBy.isEmpty())
            set.insert(r.changedBy);
    }
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

const ChangeRecord *ChangeHistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

bool ChangeHistoryModel::matches(const ChangeRecord &r) const
{
    if (!m_kind.isEmpty() && (r.itemKind != m_kind || r.itemId != m_itemId))
        return false;
    if (!m_user.isEmpty() && r.changedBy != m_user)
        return false;
    const QString text = m_text.trimmed();
    if (!text.isEmpty() && !r.itemName.contains(text, Qt::CaseInsensitive)
        && !kindLabel(r.itemKind).contains(text, Qt::CaseInsensitive)
        && !r.field.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

void ChangeHistoryModel::applyFilters()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_shown.append(i);
    }
}

QString ChangeHistoryModel::kindLabel(const QString &kind)
{
    if (kind == u"area"_s)
        return Tr::tr("Area");
    if (kind == u"programme"_s)
        return Tr::tr("Programme");
    if (kind == u"milestone"_s)
        return Tr::tr("Milestone");
    if (kind == u"indicator"_s)
        return Tr::tr("Indicator");
    if (kind == u"progress_update"_s)
        return Tr::tr("Progress update");
    if (kind == u"annotation"_s)
        return Tr::tr("Annotation");
    return kind;
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord &r = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.changedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case UserColumn:
            return r.changedBy.isEmpty() ? Tr::tr("unknown") : r.changedBy;
        case ItemColumn:
            return Tr::tr("%1: %2").arg(kindLabel(r.itemKind), r.itemName);
        case FieldColumn:
            return r.field;
        case OldValueColumn:
            return QString(r.oldValue).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case NewValueColumn:
            return QString(r.newValue).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CommandColumn:
            return r.command;
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if ((index.column() == OldValueColumn && r.oldValue.isEmpty())
            || (index.column() == NewValueColumn && r.newValue.isEmpty()))
            return Tr::tr("empty");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OldValueColumn:
            return r.oldValue;
        case NewValueColumn:
            return r.newValue;
        default:
            return Tr::tr("%1\n%2 (UTC)").arg(r.command, HistoryRepository::toText(r.changedAt));
        }
    case ItemKindRole:
        return r.itemKind;
    case ItemIdRole:
        return r.itemId;
    case CommandRole:
        return r.command;
    default:
        break;
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return Tr::tr("Changed at");
    case UserColumn:
        return Tr::tr("By");
    case ItemColumn:
        return Tr::tr("Item");
    case FieldColumn:
        return Tr::tr("Field");
    case OldValueColumn:
        return Tr::tr("Old value");
    case NewValueColumn:
        return Tr::tr("New value");
    case CommandColumn:
        return Tr::tr("Change");
    default:
        break;
    }
    return {};
}

} // namespace Jfp
