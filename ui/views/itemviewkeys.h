// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace Jfp {

/**
 * The editing keys of a view that lists milestones or indicators: Insert adds, Delete
 * deletes the current row, F2, Enter or a double click edits it; `keys` says which of them
 * this view leaves to ItemViewKeys. Each row's id comes from `idRole`. It lives as long as
 * the view.
 */
class ItemViewKeys : public QObject
{
    Q_OBJECT

public:
    enum Key { Insert = 1, Delete = 2, F2 = 4, Enter = 8, DoubleClick = 16 };
    Q_DECLARE_FLAGS(Keys, Key)

    ItemViewKeys(QAbstractItemView *view,
                 int idRole,
                 Keys keys,
                 std::function<void(Id)> edit,
                 std::function<void()> add,
                 std::function<void(Id)> remove);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QObject *m_viewport; // kept: the view may be half destroyed when its last events come
    int m_idRole;
    Keys m_keys;
    std::function<void(Id)> m_edit;
    std::function<void()> m_add;
    std::function<void(Id)> m_remove;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ItemViewKeys::Keys)

} // namespace Jfp
