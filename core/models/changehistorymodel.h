// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/historyrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Jfp {

class Database;

/**
 * The plan's change history, newest first: when, who, which item, which field, the old and
 * the new value; one row per changed field, as the commands recorded it (an undo appears as
 * its own rows, "Undo: …"). Filtered by text (the item's name or kind, or the field), by one
 * item (kind and id) and by user. Read with HistoryRepository; load() again after a change.
 */
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ItemColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        CommandColumn, // the change as Edit > Undo names it; "Undo: …" for an undo
        ColumnCount
    };
    enum Role {
        ItemKindRole = Qt::UserRole + 1, // "area", "programme", …
        ItemIdRole,
        CommandRole,
    };

    explicit ChangeHistoryModel(QObject *parent = nullptr);

    /** Reads every row of the plan's history again, keeping the filters. */
    bool load(Database &db, QString *error);
    void clear();

    /** Rows whose item name, item kind or field contains `text` (case ignored). */
    void setTextFilter(const QString &text);
    /** Only the rows of one item; an empty kind shows every item. */
    void setItemFilter(const QString &kind, Id id);
    /** Only the rows of one user; empty shows everyone's. */
    void setUserFilter(const QString &user);
    QString textFilter() const { return m_text; }
    QString userFilter() const { return m_user; }

    /** Everyone who changed the plan, sorted. */
    QStringList users() const;
    /** Rows before filtering. */
    int totalCount() const { return int(m_all.size()); }
    const ChangeRecord *recordAt(int row) const;

    /** "Area", "Programme", "Milestone", "Indicator", "Progress update", "Annotation". */
    static QString kindLabel(const QString &kind);
    /** A field as the item's form names it: "Senior responsible owner" for `sro`, "Actual
     *  2017" for `actual 2017`; a field it does not know, as stored. */
    static QString fieldLabel(const QString &field);
    /**
     * A stored value as the plan shows it: a status, unit, polarity or RAG key as its label
     * ("Amber"), an indicator's figures with its `decimals` (or 6 significant digits when
     * unknown), counts and everything else as stored. The tooltip keeps the stored text.
     */
    static QString valueText(const QString &kind,
                             const QString &field,
                             const QString &value,
                             std::optional<int> decimals);
    /** The decimals of each indicator, for its figures; without them, 6 significant digits. */
    void setIndicatorDecimals(const QHash<Id, int> &decimals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void applyFilters();
    bool matches(const ChangeRecord &record) const;

    QList<ChangeRecord> m_all; // newest first
    QList<int> m_shown;        // indexes into m_all
    QString m_text;
    QString m_kind;
    Id m_itemId = 0;
    QString m_user;
    QHash<Id, int> m_decimals;
};

} // namespace Jfp
