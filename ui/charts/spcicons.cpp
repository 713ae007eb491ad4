// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcicons.h"

#include "chartstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace Jfp::SpcIcons {

namespace {

const QColor improvementBlue(0x00, 0x72, 0xC6);
const QColor concernOrange(0xFF, 0x66, 0x00);
const QColor neutralPurple(0x80, 0x00, 0xC0);
const QColor commonGrey(0xBF, 0xBF, 0xBF);
const QColor outlineGrey(0x7F, 0x7F, 0x7F);

void circle(QPainter &painter, const QRectF &rect, const QColor &ring)
{
    painter.setPen(QPen(ring, rect.width() * 0.07));
    painter.setBrush(Qt::white);
    painter.drawEllipse(rect.adjusted(
        rect.width() * 0.05, rect.height() * 0.05, -rect.width() * 0.05, -rect.height() * 0.05));
}

void letter(QPainter &painter, const QRectF &rect, const QString &text, const QColor &colour)
{
    QFont font = ChartStyle::font(10, true);
    font.setPixelSize(qMax(6, qRound(rect.height() * 0.34)));
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect.adjusted(0, rect.height() * 0.12, 0, -rect.height() * 0.42),
                     Qt::AlignHCenter | Qt::AlignVCenter,
                     text);
}

// A little run of dots across the icon, the last ones raised, lowered or level.
void dots(QPainter &painter, const QRectF &rect, const QColor &colour, int trend)
{
    const double r = rect.width() * 0.055;
    const double y0 = rect.top() + rect.height() * 0.66;
    for (int i = 0; i < 5; ++i) {
        const double x = rect.left() + rect.width() * (0.24 + 0.13 * i);
        double y = y0;
        if (trend != 0 && i >= 2)
            y -= trend * rect.height() * 0.07 * (i - 1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i >= 2 && trend != 0 ? colour : outlineGrey);
        painter.drawEllipse(QPointF(x, y), r, r);
    }
}

} // namespace

QColor colour(Spc::PointType type)
{
    switch (type) {
    case Spc::PointType::CommonCause:
        return QColor(0xA6, 0xA6, 0xA6);
    case Spc::PointType::Improvement:
        return QColor(0x00, 0xB0, 0xF0);
    case Spc::PointType::Concern:
        return QColor(0xE4, 0x6C, 0x0A);
    case Spc::PointType::NeutralHigh:
    case Spc::PointType::NeutralLow:
        break;
    }
    return QColor(0x49, 0x00, 0x92);
}

void paintVariation(QPainter &painter, const QRectF &rect, Spc::Variation variation)
{
    struct Look
    {
        QColor ring;
        const char *letter; // empty for common cause
        int trend;          // the last dots rise (+1), fall (−1) or stay level (0)
    };
    const auto look = [variation]() -> Look {
        switch (variation) {
        case Spc::Variation::ImprovementHigh:
            return {improvementBlue, "H", 1};
        case Spc::Variation::ImprovementLow:
            return {improvementBlue, "L", -1};
        case Spc::Variation::ConcernHigh:
            return {concernOrange, "H", 1};
        case Spc::Variation::ConcernLow:
            return {concernOrange, "L", -1};
        case Spc::Variation::NeutralHigh:
            return {neutralPurple, "H", 1};
        case Spc::Variation::NeutralLow:
            return {neutralPurple, "L", -1};
        case Spc::Variation::CommonCause:
            break;
        }
        return {commonGrey, "", 0};
    }();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    circle(painter, rect, look.ring);
    if (look.trend != 0)
        letter(painter, rect, QLatin1String(look.letter), look.ring);
    dots(painter, rect, look.trend != 0 ? look.ring : outlineGrey, look.trend);
    painter.restore();
}

void paintAssurance(QPainter &painter, const QRectF &rect, Spc::Assurance assurance)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (assurance) {
    case Spc::Assurance::None:
        painter.setPen(QPen(commonGrey, rect.width() * 0.05, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(rect.adjusted(rect.width() * 0.08,
                                          rect.height() * 0.08,
                                          -rect.width() * 0.08,
                                          -rect.height() * 0.08));
        break;
    case Spc::Assurance::Pass:
        circle(painter, rect, improvementBlue);
        letter(painter,
               rect.adjusted(0, rect.height() * 0.15, 0, rect.height() * 0.15),
               QStringLiteral("P"),
               improvementBlue);
        break;
    case Spc::Assurance::Fail:
        circle(painter, rect, concernOrange);
        letter(painter,
               rect.adjusted(0, rect.height() * 0.15, 0, rect.height() * 0.15),
               QStringLiteral("F"),
               concernOrange);
        break;
    case Spc::Assurance::HitAndMiss: {
        circle(painter, rect, outlineGrey);
        // A wavy line crossing a dashed target line.
        painter.setPen(QPen(outlineGrey, rect.width() * 0.04, Qt::DashLine));
        const double mid = rect.center().y();
        painter.drawLine(QPointF(rect.left() + rect.width() * 0.2, mid),
                         QPointF(rect.right() - rect.width() * 0.2, mid));
        QPainterPath wave;
        wave.moveTo(rect.left() + rect.width() * 0.2, mid);
        for (int i = 0; i < 4; ++i) {
            const double x = rect.left() + rect.width() * (0.2 + 0.15 * i);
            wave.quadTo(x + rect.width() * 0.075,
                        mid + (i % 2 ? 1 : -1) * rect.height() * 0.25,
                        x + rect.width() * 0.15,
                        mid);
        }
        painter.setPen(QPen(outlineGrey, rect.width() * 0.06));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(wave);
        break;
    }
    }
    painter.restore();
}

QPixmap variationPixmap(Spc::Variation variation, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintVariation(painter, QRectF(0, 0, size, size), variation);
    return pixmap;
}

QPixmap assurancePixmap(Spc::Assurance assurance, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintAssurance(painter, QRectF(0, 0, size, size), assurance);
    return pixmap;
}

} // namespace Jfp::SpcIcons
