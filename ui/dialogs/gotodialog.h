// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "models/planitemlistmodel.h"

#include <QDialog>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Jfp {

/**
 * "Go to": every area, programme, milestone and indicator in a list that a filter box narrows
 * as the user types (each word must match the name, a code or an owner). Up and Down move in
 * the list without leaving the box; Enter or a double click chooses.
 */
class GoToDialog : public QDialog
{
    Q_OBJECT

public:
    using Item = std::pair<PlanItemListModel::ItemKind, Id>;

    explicit GoToDialog(const PlanSnapshot &plan, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *list() const { return m_list; }
    /** The item chosen (after OK), or the current one. */
    std::optional<Item> chosen() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    PlanItemListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_list;
    QLabel *m_count;
};

} // namespace Jfp
