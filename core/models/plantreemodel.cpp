// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plantreemodel.h"

#include "commands/validation.h"
#include "coretr.h"

#include <QMimeData>

namespace Jfp {

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    build();
}

void PlanTreeModel::setPlan(const PlanSnapshot &plan)
{
    beginResetModel();
    m_plan = plan;
    build();
    endResetModel();
}

int PlanTreeModel::addNode(ItemKind kind, qsizetype itemIndex, int parentNode)
{
    Node node;
    node.kind = kind;
    node.itemIndex = itemIndex;
    node.parentNode = parentNode;
    node.row = int(m_nodes[parentNode].children.size());
    m_nodes.push_back(node);
    const int id = int(m_nodes.size() - 1);
    m_nodes[parentNode].children.push_back(id);
    return id;
}

void PlanTreeModel::addProgrammes(Id areaId, Id parentProgrammeId, int parentNode, int depth)
{
    if (depth > m_plan.programmes.size())
        return; // a parent cycle in a malformed file
    for (qsizetype i = 0; i < m_plan.programmes.size(); ++i) {
        const Programme &p = m_plan.programmes.at(i);
        if (p.areaId == areaId && p.parentId == parentProgrammeId) {
            const int node = addNode(ItemKind::Programme, i, parentNode);
            addProgrammes(areaId, p.id, node, depth + 1);
        }
    }
}

void PlanTreeModel::addArea(qsizetype areaIndex, int parentNode, int depth)
{
    if (depth > m_plan.areas.size())
        return; // a parent cycle in a malformed file
    const Area &area = m_plan.areas.at(areaIndex);
    const int node = addNode(ItemKind::Area, areaIndex, parentNode);
    // An area's own programmes first, then the areas beneath it.
    addProgrammes(area.id, 0, node, 0);
    for (qsizetype i = 0; i < m_plan.areas.size(); ++i) {
        const Area &child = m_plan.areas.at(i);
        if (child.parentId == area.id && child.id != area.id)
            addArea(i, node, depth + 1);
    }
}

void PlanTreeModel::build()
{
    m_nodes.clear();
    m_nodes.push_back(Node{});
    for (qsizetype i = 0; i < m_plan.areas.size(); ++i) {
        if (m_plan.areas.at(i).parentId == 0)
            addArea(i, 0, 0);
    }
}

int PlanTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex PlanTreeModel::indexOf(ItemKind kind, Id id) const
{
    for (size_t n = 1; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes[n];
        if (node.kind != kind)
            continue;
        const Id nodeId = kind == ItemKind::Area ? m_plan.areas.at(node.itemIndex).id
                                                 : m_plan.programmes.at(node.itemIndex).id;
        if (nodeId == id)
            return createIndex(node.row, 0, quintptr(n));
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const Node &p = m_nodes[nodeOf(parent)];
    if (size_t(row) >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[row]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[nodeOf(child)].parentNode;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes[nodeOf(parent)].children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[nodeOf(index)];
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

Id PlanTreeModel::itemId(int node) const
{
    const Node &n = m_nodes[node];
    if (node <= 0)
        return 0;
    return n.kind == ItemKind::Area ? m_plan.areas.at(n.itemIndex).id
                                    : m_plan.programmes.at(n.itemIndex).id;
}

int PlanTreeModel::countBefore(int node, int row, ItemKind kind) const
{
    const std::vector<int> &children = m_nodes[node].children;
    int count = 0;
    for (size_t i = 0; i < children.size() && int(i) < row; ++i)
        count += m_nodes[children[i]].kind == kind;
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
        const Node &node = m_nodes[nodeOf(index)];
        auto *data = new QMimeData;
        const QString text = QStringLiteral("%1:%2")
                                 .arg(node.kind == ItemKind::Area ? QStringLiteral("area")
                                                                  : QStringLiteral("programme"))
                                 .arg(itemId(nodeOf(index)));
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
    const int parentNode = nodeOf(parent.siblingAtColumn(0));
    const Node &target = m_nodes[parentNode];
    const bool ontoParent = row < 0;
    if (move.kind == ItemKind::Area) {
        if (parentNode > 0 && target.kind != ItemKind::Area)
            return std::nullopt; // an area does not go beneath a programme
        move.parentId = itemId(parentNode);
        move.position = ontoParent ? -1 : countBefore(parentNode, row, ItemKind::Area);
    } else {
        if (parentNode == 0)
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
    const int currentNode = nodeOf(current);
    const int fromParent = m_nodes[currentNode].parentNode;
    const int fromPosition = countBefore(fromParent, m_nodes[currentNode].row, move.kind);
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
