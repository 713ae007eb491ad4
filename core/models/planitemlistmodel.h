// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QAbstractTableModel>

namespace Jfp {

/**
 * Every item of a plan in one flat list, for "Go to": areas, programmes, milestones and
 * indicators, each with where it is, its code and its owner. SearchTextRole holds what the
 * filter matches (name, short name, codes, owner, SRO and manager).
 */
class PlanItemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, WhereColumn, CodeColumn, OwnerColumn, ColumnCount };
    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind as int
        ItemIdRole,
        SearchTextRole,
    };
    enum class ItemKind { Area, Programme, Milestone, Indicator };
    Q_ENUM(ItemKind)

    explicit PlanItemListModel(QObject *parent = nullptr);

    void setPlan(const PlanSnapshot &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        ItemKind kind;
        Id id;
        QString name;
        QString kindLabel;
        QString where;
        QString code;
        QString owner;
        QString search;
    };
    QList<Row> m_rows;
};

} // namespace Jfp
