// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QAbstractItemModel>

#include <QHash>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Jfp {

/**
 * The plan as a tree: system → places → localities, each area's programmes beneath it
 * (before its child areas) and sub-programmes beneath their programme. Columns: name, kind,
 * code. The model holds data only (kinds and ids in custom roles); views choose icons.
 *
 * Areas and programmes can be dragged to re-parent or reorder them. The model never changes
 * the plan itself: a drop it accepts (one that Validation::areaMove / programmeMove allows)
 * is emitted as moveRequested, which the ui turns into an undoable move command; the plan is
 * then re-read and set again.
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

    /** Where a drop puts an item: for a programme its area, and the parent (0 = none). */
    struct Move
    {
        ItemKind kind = ItemKind::Area;
        Id id = 0;
        Id areaId = 0;
        Id parentId = 0;
        int position = -1; // among the new siblings of the same kind, -1 = last

        friend bool operator==(const Move &, const Move &) = default;
    };

    explicit PlanTreeModel(QObject *parent = nullptr);
    ~PlanTreeModel() override;

    /** Shows another plan: a model reset. */
    void setPlan(const PlanSnapshot &plan);
    /**
     * Shows the same plan after a change, by rows: items gone are removed, new ones inserted,
     * moved ones moved, changed ones reported by dataChanged; never a reset, so views keep
     * their selection, expansion and scroll.
     */
    void updatePlan(const PlanSnapshot &plan);
    /** The plan's details, areas and programmes (the model keeps nothing else). */
    const PlanSnapshot &plan() const { return m_plan; }

    QModelIndex indexOf(ItemKind kind, Id id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** Whether items can be dragged and dropped (not in a read-only plan). */
    void setMovable(bool movable);
    bool isMovable() const { return m_movable; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    /** Emits moveRequested for a drop canDropMimeData accepts; changes nothing itself. */
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;
    /**
     * The move a drop of `data` at `row` beneath `parent` means (row -1: onto `parent`), or
     * nothing when the item cannot go there or would not move.
     */
    std::optional<Move> dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const;

Q_SIGNALS:
    void moveRequested(const Jfp::PlanTreeModel::Move &move);

private:
    struct Node
    {
        ItemKind kind = ItemKind::Area;
        Id id = 0;
        qsizetype itemIndex = -1; // into m_plan.areas or m_plan.programmes; -1 for the root
        Node *parent = nullptr;
        int row = 0;
        std::vector<Node *> children;
    };
    using Key = quint64;
    /** Where each item belongs: its parent and its children, in order, by key. */
    struct Shape
    {
        QHash<Key, Key> parentOf;
        QHash<Key, QList<Key>> childrenOf;
        QHash<Key, qsizetype> itemIndex;
    };

    static Key keyOf(ItemKind kind, Id id);
    static Key rootKey() { return 0; }
    static Shape shapeOf(const PlanSnapshot &plan);
    static PlanSnapshot treePart(const PlanSnapshot &plan);
    Key keyOf(const Node &node) const;
    Node *createSubtree(Key key, Node *parent, const Shape &shape);
    void forget(Node *node);
    void removeMisplaced(Node *node, const Shape &shape);
    void placeChildren(Node *node, const Shape &shape);
    void placeOwnChildren(Node *node, const Shape &shape, std::vector<Node *> *next);
    void renumber(Node *node, int from = 0);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;
    Id itemId(const Node *node) const;
    /** How many children of `node` before `row` are of `kind`. */
    int countBefore(const Node *node, int row, ItemKind kind) const;
    /** What the model shows of an item, to tell whether an update changed it. */
    QStringList shown(const Node &node) const;

    PlanSnapshot m_plan;
    Node m_root;
    std::unordered_map<Key, std::unique_ptr<Node>> m_nodes;
    bool m_movable = true;
};

} // namespace Jfp
