// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStyledItemDelegate>

namespace Jfp {

/**
 * The status and due cells of the milestones table: the status shape before its word, and a
 * warning sign before "Overdue by 12 days" (in bold), so neither relies on colour.
 */
class MilestoneDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Status, Due };

    explicit MilestoneDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool hasGlyph(const QModelIndex &index) const;

    Kind m_kind;
};

} // namespace Jfp
