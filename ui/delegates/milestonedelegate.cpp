// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonedelegate.h"

#include "charts/milestoneglyphs.h"
#include "models/milestonetablemodel.h"

#include <QApplication>
#include <QPainter>

namespace Jfp {

MilestoneDelegate::MilestoneDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

bool MilestoneDelegate::hasGlyph(const QModelIndex &index) const
{
    if (m_kind == Kind::Status)
        return index.data(MilestoneTableModel::StatusRole).isValid();
    return index.data(MilestoneTableModel::DaysOverdueRole).toInt() > 0;
}

void MilestoneDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_kind == Kind::Due && hasGlyph(index)) {
        option->font.setBold(true);
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, MilestoneGlyphs::overdueColour());
    }
}

void MilestoneDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (!hasGlyph(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection across the whole cell, then the glyph, then the words.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const int size = std::max(8, opt.rect.height() - 8);
    const QRectF box(
        opt.rect.left() + 4, opt.rect.top() + (opt.rect.height() - size) / 2.0, size, size);
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected) {
        // The shape keeps its own colours on the selection.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), 3, 3);
        painter->restore();
    }
    if (m_kind == Kind::Status) {
        const auto status
            = MilestoneStatus(index.data(MilestoneTableModel::ShownStatusRole).toInt());
        MilestoneGlyphs::paintStatus(*painter, box, status);
    } else {
        MilestoneGlyphs::paintWarning(*painter, box);
    }
    const QRect textRect = opt.rect.adjusted(size + 10, 0, -4, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString text
        = QFontMetrics(opt.font).elidedText(opt.text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.backgroundColor = opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize MilestoneDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasGlyph(index))
        size.rwidth() += size.height() + 8;
    return size;
}

} // namespace Jfp
