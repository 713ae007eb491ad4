// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QAbstractItemModel>

#include <vector>

namespace Jfp {

/**
 * The plan as a tree: system → places → localities, each area's programmes beneath it
 * (before its child areas) and sub-programmes beneath their programme. Columns: name, kind,
 * code. The model holds data only (kinds and ids in custom roles); views choose icons.
 */
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CodeColumn, ColumnCount };
    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind as int
        ItemIdRole,                      // Id (qint64)
        LevelKeyRole,                    // "system", "place", "locality" or "programme"
        SearchTextRole,                  // name, short name, codes, owners: for the filter box
    };
    enum class ItemKind { Area, Programme };
    Q_ENUM(ItemKind)

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const PlanSnapshot &plan);
    const PlanSnapshot &plan() const { return m_plan; }

    QModelIndex indexOf(ItemKind kind, Id id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        ItemKind kind = ItemKind::Area;
        qsizetype itemIndex = -1; // into m_plan.areas or m_plan.programmes; -1 for the root
        int parentNode = -1;
        int row = 0;
        std::vector<int> children;
    };

    void build();
    int addNode(ItemKind kind, qsizetype itemIndex, int parentNode);
    void addArea(qsizetype areaIndex, int parentNode, int depth);
    void addProgrammes(Id areaId, Id parentProgrammeId, int parentNode, int depth);
    int nodeOf(const QModelIndex &index) const;

    PlanSnapshot m_plan;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace Jfp
