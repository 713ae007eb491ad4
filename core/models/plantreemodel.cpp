// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plantreemodel.h"

#include "commands/validation.h"
#include "coretr.h"

#include <QMimeData>

#include <functional>

namespace Jfp {

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PlanTreeModel::~PlanTreeModel() = default;

PlanTreeModel::Key PlanTreeModel::keyOf(ItemKind kind, Id id)
{
    return (Key(id) << 1) | (kind == ItemKind::Programme ? 1 : 0);
}

PlanTreeModel::Key PlanTreeModel::keyOf(const Node &node) const
{
    return keyOf(node.kind, node.id);
}

PlanSnapshot PlanTreeModel::treePart(const PlanSnapshot &plan)
{
    PlanSnapshot part;
    part.info = plan.info;
    part.areas = plan.areas;
    part.programmes = plan.programmes;
    return part;
}

PlanTreeModel::Shape PlanTreeModel::shapeOf(const PlanSnapshot &plan)
{
    // Group once (the plan's order within each group), then walk from the roots: an area's
    // own programmes first, then the areas beneath it; sub-programmes beneath their programme.
    // Walking marks what it has placed, so a parent cycle in a malformed file ends the walk.
    QHash<Id, QList<qsizetype>> areasByParent;
    QHash<Id, QList<qsizetype>> topProgrammesByArea;
    QHash<Id, QList<qsizetype>> programmesByParent;
    for (qsizetype i = 0; i < plan.areas.size(); ++i)
        areasByParent[plan.areas.at(i).parentId].append(i);
    for (qsizetype i = 0; i < plan.programmes.size(); ++i) {
        const Programme &p = plan.programmes.at(i);
        if (p.parentId == 0)
            topProgrammesByArea[p.areaId].append(i);
        else
            programmesByParent[p.parentId].append(i);
    }
    Shape shape;
    const auto place = [&](Key key, Key parent, qsizetype itemIndex) {
        // Placed once: a parent cycle in a malformed file ends the walk. The root's own key
        // (an area numbered 0) is no item.
        if (key == rootKey() || shape.parentOf.contains(key))
            return false;
        shape.parentOf.insert(key, parent);
        shape.itemIndex.insert(key, itemIndex);
        shape.childrenOf[parent].append(key);
        return true;
    };
    // Depth-first with a stack of its own, not recursion: a plan nested 200,000 deep is walked
    // like any other. Children are pushed in reverse, so they are placed in the plan's order.
    struct Step
    {
        bool area;
        qsizetype index;
        Key parent;
    };
    std::vector<Step> stack;
    const QList<qsizetype> roots = areasByParent.value(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.push_back({true, *it, rootKey()});
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        if (step.area) {
            const Area &a = plan.areas.at(step.index);
            const Key key = keyOf(ItemKind::Area, a.id);
            if (!place(key, step.parent, step.index))
                continue;
            const QList<qsizetype> areas = areasByParent.value(a.id);
            for (auto it = areas.crbegin(); it != areas.crend(); ++it) {
                if (plan.areas.at(*it).id != a.id)
                    stack.push_back({true, *it, key});
            }
            const QList<qsizetype> programmes = topProgrammesByArea.value(a.id);
            for (auto it = programmes.crbegin(); it != programmes.crend(); ++it)
                stack.push_back({false, *it, key});
        } else {
            const Programme &p = plan.programmes.at(step.index);
            const Key key = keyOf(ItemKind::Programme, p.id);
            if (!place(key, step.parent, step.index))
                continue;
            const QList<qsizetype> children = programmesByParent.value(p.id);
            for (auto it = children.crbegin(); it != children.crend(); ++it) {
                if (plan.programmes.at(*it).areaId == p.areaId)
                    stack.push_back({false, *it, key});
            }
        }
    }
    return shape;
}

void PlanTreeModel::setPlan(const PlanSnapshot &plan)
{
    beginResetModel();
    m_plan = treePart(plan);
    m_nodes.clear();
    m_root.children.clear();
    const Shape shape = shapeOf(m_plan);
    for (const Key key : shape.childrenOf.value(rootKey()))
        m_root.children.push_back(createSubtree(key, &m_root, shape));
    renumber(&m_root);
    endResetModel();
}

void PlanTreeModel::updatePlan(const PlanSnapshot &plan)
{
    PlanSnapshot next = treePart(plan);
    const Shape shape = shapeOf(next);
    // 1. What the change took away, or put elsewhere, leaves while the old plan is still
    //    there to answer for it.
    removeMisplaced(&m_root, shape);
    // 2. The remaining rows now show the new plan; whatever they show differently is a
    //    dataChanged.
    QHash<Key, QStringList> before;
    before.reserve(qsizetype(m_nodes.size()));
    for (const auto &[key, node] : m_nodes)
        before.insert(key, shown(*node));
    m_plan = std::move(next);
    std::vector<Node *> changed;
    for (auto &[key, node] : m_nodes) {
        node->itemIndex = shape.itemIndex.value(key, -1);
        if (shown(*node) != before.value(key))
            changed.push_back(node.get());
    }
    for (const Node *node : changed)
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    // 3. New items come in and moved ones take their new places, top down.
    placeChildren(&m_root, shape);
}

PlanTreeModel::Node *PlanTreeModel::createSubtree(Key key, Node *parent, const Shape &shape)
{
    const auto make = [this, &shape](Key k, Node *above) {
        auto node = std::make_unique<Node>();
        node->kind = (k & 1) ? ItemKind::Programme : ItemKind::Area;
        node->id = Id(qint64(k) >> 1); // arithmetic: negative ids come back as they were
        node->itemIndex = shape.itemIndex.value(k, -1);
        node->parent = above;
        Node *raw = node.get();
        m_nodes[k] = std::move(node);
        return raw;
    };
    // Iterative, not recursive: any depth of nesting.
    Node *top = make(key, parent);
    std::vector<Node *> stack{top};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        for (const Key child : shape.childrenOf.value(keyOf(*node))) {
            Node *made = make(child, node);
            node->children.push_back(made);
            stack.push_back(made);
        }
        renumber(node);
    }
    return top;
}

void PlanTreeModel::forget(Node *node)
{
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        stack.insert(stack.end(), n->children.begin(), n->children.end());
        m_nodes.erase(keyOf(*n)); // deletes n; its children are still held by m_nodes
    }
}

void PlanTreeModel::removeMisplaced(Node *top, const Shape &shape)
{
    std::vector<Node *> stack{top};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        const Key parentKey = node == &m_root ? rootKey() : keyOf(*node);
        for (int row = int(node->children.size()) - 1; row >= 0; --row) {
            Node *child = node->children[size_t(row)];
            const auto wanted = shape.parentOf.constFind(keyOf(*child));
            if (wanted != shape.parentOf.constEnd() && *wanted == parentKey) {
                stack.push_back(child); // stays: look beneath it next
                continue;
            }
            beginRemoveRows(indexOfNode(node), row, row);
            node->children.erase(node->children.begin() + row);
            forget(child);
            renumber(node, row);
            endRemoveRows();
        }
    }
}

void PlanTreeModel::placeChildren(Node *top, const Shape &shape)
{
    std::vector<Node *> stack{top};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        placeOwnChildren(node, shape, &stack);
    }
}

void PlanTreeModel::placeOwnChildren(Node *node, const Shape &shape, std::vector<Node *> *next)
{
    const Key parentKey = node == &m_root ? rootKey() : keyOf(*node);
    const QList<Key> wanted = shape.childrenOf.value(parentKey);
    const QModelIndex parent = indexOfNode(node);
    std::vector<bool> isNew(size_t(wanted.size()), false);
    for (int row = 0; row < int(wanted.size()); ++row) {
        const Key key = wanted.at(row);
        if (row < int(node->children.size()) && keyOf(*node->children[size_t(row)]) == key)
            continue;
        const auto found = m_nodes.find(key);
        if (found != m_nodes.end()) {
            // Still here after step 1, so a child of this node further down: move it up.
            const int from = found->second->row;
            beginMoveRows(parent, from, from, parent, row);
            Node *moved = node->children[size_t(from)];
            node->children.erase(node->children.begin() + from);
            node->children.insert(node->children.begin() + row, moved);
            renumber(node, row);
            endMoveRows();
            continue;
        }
        beginInsertRows(parent, row, row);
        node->children.insert(node->children.begin() + row, createSubtree(key, node, shape));
        renumber(node, row);
        endInsertRows();
        isNew[size_t(row)] = true;
    }
    for (size_t row = 0; row < node->children.size(); ++row) {
        if (!isNew[row])
            next->push_back(node->children[row]); // new ones were made whole
    }
}

void PlanTreeModel::renumber(Node *node, int from)
{
    for (size_t row = size_t(std::max(from, 0)); row < node->children.size(); ++row)
        node->children[row]->row = int(row);
}

QStringList PlanTreeModel::shown(const Node &node) const
{
    if (node.itemIndex < 0)
        return {};
    if (node.kind == ItemKind::Area) {
        const Area &a = m_plan.areas.at(node.itemIndex);
        return {a.name, a.shortName, Enums::key(a.level), a.onsCode, a.odsCode};
    }
    const Programme &p = m_plan.programmes.at(node.itemIndex);
    return {p.name, p.ambition, p.sro, p.manager, p.parentId ? QStringLiteral("sub") : QString()};
}

PlanTreeModel::Node *PlanTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex PlanTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex PlanTreeModel::indexOf(ItemKind kind, Id id) const
{
    const auto found = m_nodes.find(keyOf(kind, id));
    return found == m_nodes.end() ? QModelIndex() : indexOfNode(found->second.get());
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)]);
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    if (node.itemIndex < 0)
        return {};
    if (node.kind == ItemKind::Area) {
        const Area &a = m_plan.areas.at(node.itemIndex);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == NameColumn)
                return a.name;
            if (index.column() == KindColumn)
                return Enums::label(a.level);
            return a.code();
        case Qt::ToolTipRole:
            return a.shortName.isEmpty() ? a.name : Tr::tr("%1 (%2)").arg(a.name, a.shortName);
        case ItemKindRole:
            return int(ItemKind::Area);
        case ItemIdRole:
            return a.id;
        case LevelKeyRole:
            return Enums::key(a.level);
        case SearchTextRole:
            return QStringList{a.name, a.shortName, a.onsCode, a.odsCode}.join(QLatin1Char(' '));
        default:
            return {};
        }
    }
    const Programme &p = m_plan.programmes.at(node.itemIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return p.name;
        if (index.column() == KindColumn)
            return p.parentId ? Tr::tr("Sub-programme") : Tr::tr("Programme");
        return QString();
    case Qt::ToolTipRole:
        return p.ambition.isEmpty() ? p.name : p.ambition;
    case ItemKindRole:
        return int(ItemKind::Programme);
    case ItemIdRole:
        return p.id;
    case LevelKeyRole:
        return QStringLiteral("programme");
    case SearchTextRole:
        return QStringList{p.name, p.sro, p.manager}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Name");
    case KindColumn:
        return Tr::tr("Kind");
    case CodeColumn:
        return Tr::tr("Code");
    default:
        return {};
    }
}

} // namespace Jfp

namespace Jfp {

namespace {

const QString itemMimeType()
{
    return QStringLiteral("application/x-jfp-plan-item");
}

} // namespace

void PlanTreeModel::setMovable(bool movable)
{
    m_movable = movable;
}

Id PlanTreeModel::itemId(const Node *node) const
{
    return !node || node == &m_root ? 0 : node->id;
}

int PlanTreeModel::countBefore(const Node *node, int row, ItemKind kind) const
{
    int count = 0;
    for (size_t i = 0; i < node->children.size() && int(i) < row; ++i)
        count += node->children[i]->kind == kind;
    return count;
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (m_movable) {
        f |= Qt::ItemIsDropEnabled;
        if (index.isValid())
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

Qt::DropActions PlanTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PlanTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PlanTreeModel::mimeTypes() const
{
    return {itemMimeType()};
}

QMimeData *PlanTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One item at a time: the first of the indexes (a row gives one per column).
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        const Node &node = *nodeOf(index);
        auto *data = new QMimeData;
        const QString text = QStringLiteral("%1:%2")
                                 .arg(node.kind == ItemKind::Area ? QStringLiteral("area")
                                                                  : QStringLiteral("programme"))
                                 .arg(node.id);
        data->setData(itemMimeType(), text.toUtf8());
        data->setText(index.siblingAtColumn(NameColumn).data().toString());
        return data;
    }
    return nullptr;
}

std::optional<PlanTreeModel::Move>
PlanTreeModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const
{
    if (!m_movable || !data || !data->hasFormat(itemMimeType()))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(data->data(itemMimeType())).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    Move move;
    move.kind = parts[0] == QLatin1String("area") ? ItemKind::Area : ItemKind::Programme;
    move.id = parts[1].toLongLong();
    const QModelIndex current = indexOf(move.kind, move.id);
    if (!current.isValid())
        return std::nullopt;
    const Node *parentNode = nodeOf(parent.siblingAtColumn(0));
    const Node &target = *parentNode;
    const bool ontoParent = row < 0;
    if (move.kind == ItemKind::Area) {
        if (parentNode != &m_root && target.kind != ItemKind::Area)
            return std::nullopt; // an area does not go beneath a programme
        move.parentId = itemId(parentNode);
        move.position = ontoParent ? -1 : countBefore(parentNode, row, ItemKind::Area);
    } else {
        if (parentNode == &m_root)
            return std::nullopt; // a programme belongs to an area
        if (target.kind == ItemKind::Area) {
            move.areaId = itemId(parentNode);
            move.parentId = 0;
        } else {
            const Programme &p = m_plan.programmes.at(target.itemIndex);
            move.areaId = p.areaId;
            move.parentId = p.id;
        }
        move.position = ontoParent ? -1 : countBefore(parentNode, row, ItemKind::Programme);
    }
    // Within the same parent, the item's own place does not count.
    const Node *currentNode = nodeOf(current);
    const Node *fromParent = currentNode->parent;
    const int fromPosition = countBefore(fromParent, currentNode->row, move.kind);
    if (fromParent == parentNode) {
        if (move.position < 0)
            move.position = countBefore(fromParent, int(target.children.size()), move.kind) - 1;
        else if (fromPosition < move.position)
            --move.position;
        if (move.position == fromPosition)
            return std::nullopt; // it would not move
    }
    Validation::Messages problems;
    const Placement to{move.areaId, move.parentId, move.position};
    if (move.kind == ItemKind::Area)
        problems = Validation::areaMove(*m_plan.area(move.id), to, m_plan);
    else
        problems = Validation::programmeMove(*m_plan.programme(move.id), to, m_plan);
    if (!problems.isEmpty())
        return std::nullopt;
    return move;
}

bool PlanTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool PlanTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const auto move = dropTarget(data, row, parent);
    if (!move)
        return false;
    Q_EMIT moveRequested(*move);
    return true;
}

} // namespace Jfp
