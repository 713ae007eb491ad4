// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plantreemodel.h"

#include "coretr.h"

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
