// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "itemviewkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>

namespace Jfp {

ItemViewKeys::ItemViewKeys(QAbstractItemView *view,
                           int idRole,
                           Keys keys,
                           std::function<void(Id)> edit,
                           std::function<void()> add,
                           std::function<void(Id)> remove)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_idRole(idRole)
    , m_keys(keys)
    , m_edit(std::move(edit))
    , m_add(std::move(add))
    , m_remove(std::move(remove))
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

bool ItemViewKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::MouseButtonDblClick
        && m_keys.testFlag(DoubleClick)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        if (!index.isValid())
            return false;
        m_edit(index.data(m_idRole).toLongLong());
        return true; // not also "activated"
    }
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    const Id id = m_view->currentIndex().data(m_idRole).toLongLong();
    switch (key->key()) {
    case Qt::Key_Insert:
        if (!m_keys.testFlag(Insert))
            return false;
        m_add();
        return true;
    case Qt::Key_Delete:
        if (!m_keys.testFlag(Delete))
            return false;
        if (id)
            m_remove(id);
        return true;
    case Qt::Key_F2:
        if (!m_keys.testFlag(F2))
            return false;
        if (id)
            m_edit(id);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_keys.testFlag(Enter))
            return false;
        if (id)
            m_edit(id);
        return true;
    default:
        return false;
    }
}

} // namespace Jfp
