// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sparklinedelegate.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

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

    const QRectF rect = QRectF(option.rect).adjusted(6, 5, -6, -5);
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double span = *high - *low;
    QPolygonF line;
    for (int i = 0; i < values.size(); ++i) {
        const double x = rect.left() + rect.width() * i / (values.size() - 1);
        const double fraction = span > 0 ? (values[i] - *low) / span : 0.5;
        line << QPointF(x, rect.bottom() - fraction * rect.height());
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QColor colour
        = selected ? option.palette.color(QPalette::HighlightedText) : ChartStyle::nhsBlue;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.5));
    painter->drawPolyline(line);
    painter->setBrush(colour);
    painter->drawEllipse(line.constLast(), 2.5, 2.5);
    painter->restore();
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
