// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcicondelegate.h"

#include "charts/spcicons.h"

#include <QPainter>

#include <optional>

namespace Jfp {

namespace {

std::optional<Spc::Variation> variationFromKey(const QString &key)
{
    for (const auto v : {Spc::Variation::CommonCause,
                         Spc::Variation::ImprovementHigh,
                         Spc::Variation::ImprovementLow,
                         Spc::Variation::ConcernHigh,
                         Spc::Variation::ConcernLow,
                         Spc::Variation::NeutralHigh,
                         Spc::Variation::NeutralLow}) {
        if (Spc::key(v) == key)
            return v;
    }
    return std::nullopt;
}

std::optional<Spc::Assurance> assuranceFromKey(const QString &key)
{
    for (const auto a : {Spc::Assurance::Pass, Spc::Assurance::Fail, Spc::Assurance::HitAndMiss}) {
        if (Spc::key(a) == key)
            return a;
    }
    return std::nullopt;
}

} // namespace

SpcIconDelegate::SpcIconDelegate(int iconRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_iconRole(iconRole)
{}

void SpcIconDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString key = index.data(m_iconRole).toString();
    if (key.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int size = option.rect.height() - 4;
    QStyleOptionViewItem textOption = option;
    textOption.rect.adjust(size + 6, 0, 0, 0);
    QStyledItemDelegate::paint(painter, textOption, index);
    const QRectF iconRect(option.rect.left() + 3, option.rect.top() + 2, size, size);
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    const QString value = key.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("variation")) {
        if (const auto v = variationFromKey(value))
            SpcIcons::paintVariation(*painter, iconRect, *v);
    } else if (const auto a = assuranceFromKey(value)) {
        SpcIcons::paintAssurance(*painter, iconRect, *a);
    }
}

QSize SpcIconDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += size.height() + 6;
    return size;
}

} // namespace Jfp
