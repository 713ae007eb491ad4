// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "ragbadge.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Jfp {

namespace RagBadge {

namespace {

using namespace Qt::StringLiterals;

// NHS palette: green, warm yellow, emergency red; grey for "not assessed".
const QColor green{0x00, 0x96, 0x39};

} // namespace

void paint(QPainter *painter, const QRectF &rect, const QString &key)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF r = box.adjusted(1, 1, -1, -1);
    QPainterPath path;
    QColor fill;
    if (key == u"green"_s) {
        path.addEllipse(r);
        fill = green;
    } else if (key == u"amber"_s) {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        fill = ChartStyle::nhsWarmYellow;
    } else if (key == u"red"_s) {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        fill = ChartStyle::emergencyRed;
    } else if (key == u"grey"_s) {
        path.addRect(QRectF(r.left(), r.center().y() - r.height() / 6, r.width(), r.height() / 3));
        fill = ChartStyle::nhsMidGrey;
    } else {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ChartStyle::nhsBlack, 1));
    painter->setBrush(fill);
    painter->drawPath(path);
    painter->restore();
}

QPixmap pixmap(const QString &key, int size, qreal devicePixelRatio)
{
    QPixmap image(QSize(size, size) * devicePixelRatio);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, QRectF(0, 0, size, size), key);
    return image;
}

} // namespace RagBadge

RagDelegate::RagDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void RagDelegate::paint(QPainter *painter,
                        const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    const QString key = index.data(m_role).toString();
    if (key.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell as usual, its text moved right to make room for the shape.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int side = opt.fontMetrics.height() - 2;
    const int pad = 4;
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = opt.rect.adjusted(pad, 0, -pad, 0);
    RagBadge::paint(
        painter, QRectF(area.left(), area.center().y() - side / 2.0 + 0.5, side, side), key);
    const QRect textRect = area.adjusted(side + pad, 0, 0, 0);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize RagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(m_role).toString().isEmpty())
        size.rwidth() += option.fontMetrics.height() + 6;
    return size;
}

} // namespace Jfp
