// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStyledItemDelegate>

namespace Jfp {

/**
 * Draws the values in `role` (a QList<double>, oldest first) as a small line with the latest
 * point marked: the trend at a glance, as the board pack's dashboard shows it. With fewer than
 * two values the cell shows its text; its words are what a screen reader and Copy get.
 */
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Jfp
