// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planitemlistmodel.h"

#include "coretr.h"

namespace Jfp {

namespace {

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            kept << p;
    }
    return kept.join(separator);
}

/** "St Helens › Tackling Obesity" for a programme's place in the plan. */
QString programmePath(const PlanSnapshot &plan, const Programme *p)
{
    QStringList path;
    for (int guard = 0; p && guard < 100; ++guard) {
        path.prepend(p->name);
        const Programme *parent = plan.programme(p->parentId);
        if (!parent) {
            if (const Area *a = plan.area(p->areaId))
                path.prepend(a->name);
        }
        p = parent;
    }
    return path.join(QStringLiteral(" › "));
}

} // namespace

PlanItemListModel::PlanItemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanItemListModel::setPlan(const PlanSnapshot &plan)
{
    beginResetModel();
    m_rows.clear();
    const QString space = QStringLiteral(" ");
    for (const Area &a : plan.areas) {
        const Area *parent = plan.area(a.parentId);
        m_rows.append({ItemKind::Area,
                       a.id,
                       a.name,
                       Enums::label(a.level),
                       parent ? parent->name : QString(),
                       a.code(),
                       QString(),
                       joined({a.name, a.shortName, a.onsCode, a.odsCode}, space)});
    }
    for (const Programme &p : plan.programmes) {
        const Area *area = plan.area(p.areaId);
        const Programme *parent = plan.programme(p.parentId);
        m_rows.append({ItemKind::Programme,
                       p.id,
                       p.name,
                       parent ? Tr::tr("Sub-programme") : Tr::tr("Programme"),
                       parent ? programmePath(plan, parent) : (area ? area->name : QString()),
                       QString(),
                       joined({p.sro, p.manager}, QStringLiteral(", ")),
                       joined({p.name, p.sro, p.manager}, space)});
    }
    for (const Milestone &m : plan.milestones) {
        m_rows.append({ItemKind::Milestone,
                       m.id,
                       m.title,
                       Tr::tr("Milestone"),
                       programmePath(plan, plan.programme(m.programmeId)),
                       QString(),
                       m.owner,
                       joined({m.title, m.owner}, space)});
    }
    for (const Indicator &i : plan.indicators) {
        m_rows.append({ItemKind::Indicator,
                       i.id,
                       i.name,
                       Tr::tr("Indicator"),
                       programmePath(plan, plan.programme(i.programmeId)),
                       i.code,
                       QString(),
                       joined({i.name, i.code}, space)});
    }
    endResetModel();
}

int PlanItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case KindColumn:
            return row.kindLabel;
        case WhereColumn:
            return row.where;
        case CodeColumn:
            return row.code;
        case OwnerColumn:
            return row.owner;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.where.isEmpty() ? row.name : Tr::tr("%1 (in %2)").arg(row.name, row.where);
    case ItemKindRole:
        return int(row.kind);
    case ItemIdRole:
        return row.id;
    case SearchTextRole:
        return row.search;
    default:
        return {};
    }
}

QVariant PlanItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Name");
    case KindColumn:
        return Tr::tr("Kind");
    case WhereColumn:
        return Tr::tr("Where");
    case CodeColumn:
        return Tr::tr("Code");
    case OwnerColumn:
        return Tr::tr("Owner");
    default:
        return {};
    }
}

} // namespace Jfp
