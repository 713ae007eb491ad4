// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "models/plantreemodel.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Jfp {

/** The plan tree with a filter box above it (name, code, owner). */
class PlanNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit PlanNavigator(QWidget *parent = nullptr);

    /**
     * Shows `plan`. With `keepPlace` (the same plan re-read after a change) the expanded
     * items and the current item stay as they were, quietly: no currentItemChanged.
     */
    void setPlan(const PlanSnapshot &plan, bool keepPlace = false);
    void clear();
    const PlanSnapshot &plan() const { return m_model->plan(); }

    /** Selects an item and shows it; false if the plan has no such item. */
    bool select(PlanTreeModel::ItemKind kind, Id id);
    void focusFilter();
    /** The selected item, or nothing. */
    std::optional<std::pair<PlanTreeModel::ItemKind, Id>> currentItem() const;

    QTreeView *treeView() const { return m_tree; }
    PlanTreeModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void currentItemChanged(Jfp::PlanTreeModel::ItemKind kind, Jfp::Id id);
    void selectionCleared();

private:
    void onCurrentChanged(const QModelIndex &current);
    void applyFilter(const QString &text);
    QModelIndex firstMatch(const QModelIndex &parent) const;

    PlanTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};

} // namespace Jfp
