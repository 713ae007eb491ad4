// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace Jfp {

/**
 * How a flat model goes from the rows it shows to new rows by key, as the plan document's
 * change feed wants: rows whose key is gone are removed, new keys inserted where they belong,
 * and every row that stays keeps its place (and the views their selection) and is refreshed.
 * The model supplies what it alone can do (its begin/end calls are protected):
 *
 *   remove(first, last)  beginRemoveRows, take those rows out of its lists, endRemoveRows
 *   insert(first, last)  beginInsertRows, put new rows first..last (their index in `next`
 *                        is their row) in at that place, endInsertRows
 *
 * Neighbouring rows go in one call. Afterwards the model holds exactly `next`'s rows; it then
 * refreshes the rows that stayed with their new values and reports them as dataChanged.
 *
 * Returns false, having changed nothing, when the rows that stay come in another order (a
 * move); the model then resets, which only a reordering command asks for.
 */
template<typename Key, typename Remove, typename Insert>
bool syncRowsByKey(const QList<Key> &current, const QList<Key> &next, Remove remove, Insert insert)
{
    const QSet<Key> wanted(next.cbegin(), next.cend());
    QList<Key> staying;
    for (const Key &key : current) {
        if (wanted.contains(key))
            staying.append(key);
    }
    // The staying rows must appear in `next` in the same order.
    qsizetype at = 0;
    for (const Key &key : next) {
        if (at < staying.size() && staying.at(at) == key)
            ++at;
    }
    if (at != staying.size())
        return false;
    for (qsizetype row = current.size() - 1; row >= 0;) {
        if (wanted.contains(current.at(row))) {
            --row;
            continue;
        }
        const qsizetype last = row;
        while (row > 0 && !wanted.contains(current.at(row - 1)))
            --row;
        remove(int(row), int(last));
        --row;
    }
    at = 0;
    for (qsizetype i = 0; i < next.size();) {
        if (at < staying.size() && staying.at(at) == next.at(i)) {
            ++at;
            ++i;
            continue;
        }
        const qsizetype first = i;
        while (i + 1 < next.size() && !(at < staying.size() && staying.at(at) == next.at(i + 1)))
            ++i;
        insert(int(first), int(i));
        ++i;
    }
    return true;
}

} // namespace Jfp

#include <QAbstractTableModel>

namespace Jfp {

/**
 * A table of rows with ids that shows a change by rows: showRows() with the same scope as
 * before (the same area or programme after an edit) removes, inserts and refreshes rows
 * (dataChanged); another scope resets. `KeyOf` gives a row's id.
 */
template<typename Row, typename KeyOf>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    void showRows(QList<Row> next, const QString &scope)
    {
        const auto keys = [](const QList<Row> &list) {
            QList<qint64> ids;
            ids.reserve(list.size());
            for (const Row &row : list)
                ids.append(KeyOf()(row));
            return ids;
        };
        const bool byRows = !scope.isEmpty() && scope == m_scope
                            && syncRowsByKey(
                                keys(m_rows),
                                keys(next),
                                [&](int first, int last) {
                                    beginRemoveRows({}, first, last);
                                    m_rows.remove(first, last - first + 1);
                                    endRemoveRows();
                                },
                                [&](int first, int last) {
                                    beginInsertRows({}, first, last);
                                    for (int row = first; row <= last; ++row)
                                        m_rows.insert(row, next.at(row));
                                    endInsertRows();
                                });
        if (!byRows)
            beginResetModel();
        m_rows = std::move(next);
        m_scope = scope;
        if (!byRows)
            endResetModel();
        else if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    QList<Row> m_rows;
    QString m_scope; // what the rows are of, e.g. "area:3"; empty when nothing is shown
};

} // namespace Jfp
