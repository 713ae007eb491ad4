// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/historyrepository.h"

#include <QAbstractTableModel>
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
};

} // namespace Jfp
