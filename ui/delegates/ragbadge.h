// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QPixmap>
#include <QStyledItemDelegate>

class QPainter;

namespace Jfp {

/**
 * A RAG status drawn as a shape as well as a colour, so that it never rests on colour alone
 * (and is always shown beside its word): green a circle, amber a diamond, red a triangle
 * (the board pack's "off track" mark), grey (not assessed) a bar. Keys are the ones models
 * return: "green", "amber", "red", "grey"; anything else draws nothing.
 */
namespace RagBadge {

void paint(QPainter *painter, const QRectF &rect, const QString &key);
/** The badge as an image of `size` logical pixels, for labels and lists. */
QPixmap pixmap(const QString &key, int size, qreal devicePixelRatio = 1.0);

} // namespace RagBadge

/** Draws the badge of the key in `role` before the cell's text. */
class RagDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RagDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Jfp
