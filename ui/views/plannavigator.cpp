// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plannavigator.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Jfp {

PlanNavigator::PlanNavigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PlanTreeModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(PlanTreeModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter by name, code or owner (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the plan tree"));
    m_filter->setAccessibleDescription(tr("Shows only areas and programmes whose name, code or "
                                          "owner contains the text"));

    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Plan tree"));
    m_tree->setAccessibleDescription(tr("Areas of the plan with their programmes"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::KindColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::CodeColumn,
                                           QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &PlanNavigator::applyFilter);
    // Enter in the filter box goes to the first item that matches, in the tree.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_tree->setFocus(Qt::ShortcutFocusReason);
        const QModelIndex match = firstMatch({});
        if (match.isValid())
            m_tree->setCurrentIndex(match);
        else if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void PlanNavigator::setPlan(const PlanSnapshot &plan, bool keepPlace)
{
    if (!keepPlace) {
        m_model->setPlan(plan);
        m_tree->expandToDepth(1);
        if (m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        return;
    }
    // The model updates by rows, so the tree keeps its expansion, selection and scroll; only
    // when the current item went away does another become current.
    const QSignalBlocker quiet(this);
    m_model->updatePlan(plan);
    if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
}

void PlanNavigator::clear()
{
    m_model->setPlan({});
    Q_EMIT selectionCleared();
}

bool PlanNavigator::select(PlanTreeModel::ItemKind kind, Id id)
{
    const QModelIndex source = m_model->indexOf(kind, id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

std::optional<std::pair<PlanTreeModel::ItemKind, Id>> PlanNavigator::currentItem() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return std::pair{PlanTreeModel::ItemKind(current.data(PlanTreeModel::ItemKindRole).toInt()),
                     Id(current.data(PlanTreeModel::ItemIdRole).toLongLong())};
}

void PlanNavigator::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QModelIndex PlanNavigator::firstMatch(const QModelIndex &parent) const
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return {};
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (index.data(PlanTreeModel::SearchTextRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return index;
        if (const QModelIndex inner = firstMatch(index); inner.isValid())
            return inner;
    }
    return {};
}

void PlanNavigator::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
}

void PlanNavigator::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        Q_EMIT selectionCleared();
        return;
    }
    const auto kind = PlanTreeModel::ItemKind(current.data(PlanTreeModel::ItemKindRole).toInt());
    Q_EMIT currentItemChanged(kind, current.data(PlanTreeModel::ItemIdRole).toLongLong());
}

} // namespace Jfp
