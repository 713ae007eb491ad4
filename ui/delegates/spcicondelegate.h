// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStyledItemDelegate>

namespace Jfp {

/** Draws the SPC variation or assurance icon of a cell (its SpcIconRole) before its words. */
class SpcIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SpcIconDelegate(int iconRole, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_iconRole;
};

} // namespace Jfp
