// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sparklinedelegate.h"

#include "charts/chartstyle.h"
#include "charts/sparkline.h"

#include <QApplication>
#include <QPainter>

namespace Jfp {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QList<double> values = index.data(m_role).value<QList<double>>();
    if (values.size() < 2) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection and focus background as for any cell, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    Sparkline::paint(*painter,
                     QRectF(option.rect).adjusted(6, 5, -6, -5),
                     values,
                     selected ? option.palette.color(QPalette::HighlightedText)
                              : ChartStyle::nhsBlue,
                     1.5,
                     2.5);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_role).value<QList<double>>().size() >= 2)
        size.setWidth(90); // the line needs room, not the width of its words
    return size;
}

} // namespace Jfp
