// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonelegend.h"

#include "charts/chartstyle.h"
#include "charts/milestoneglyphs.h"

#include <QPainter>

namespace Jfp {

namespace {

constexpr int keyWidth = 22;
constexpr int spacing = 14;

} // namespace

MilestoneLegend::MilestoneLegend(QWidget *parent)
    : QWidget(parent)
    , m_entries({{Key::Baseline, tr("Baseline")},
                 {Key::Forecast, tr("Forecast (drag to move)")},
                 {Key::Slip, tr("Slip")},
                 {Key::Completed, tr("Completed")},
                 {Key::Overdue, tr("Overdue")},
                 {Key::Today, tr("Today")},
                 {Key::Horizon, tr("Outside plan horizon")}})
{
    setAccessibleName(tr("Timeline legend"));
    setAccessibleDescription(entries().join(QStringLiteral(", ")));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QStringList MilestoneLegend::entries() const
{
    QStringList texts;
    for (const Entry &e : m_entries)
        texts << e.text;
    return texts;
}

QList<QRect> MilestoneLegend::layout(int width) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 6;
    QList<QRect> boxes;
    int x = 0;
    int y = 0;
    for (const Entry &e : m_entries) {
        const int w = keyWidth + 6 + metrics.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        boxes.append(QRect(x, y, w, lineHeight));
        x += w + spacing;
    }
    return boxes;
}

int MilestoneLegend::heightForWidth(int width) const
{
    const QList<QRect> boxes = layout(std::max(1, width - 8));
    return boxes.isEmpty() ? 0 : boxes.last().bottom() + 5;
}

QSize MilestoneLegend::sizeHint() const
{
    const int width = std::max(200, this->width());
    return {width, heightForWidth(width)};
}

QSize MilestoneLegend::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(200, width()))};
}

void MilestoneLegend::paintKey(QPainter &painter, const QRect &box, Key key) const
{
    using MilestoneGlyphs::Marker;
    const QPointF c = QRectF(box).center();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (key) {
    case Key::Baseline:
        MilestoneGlyphs::paintMarker(painter, c, 14, Marker::Baseline);
        break;
    case Key::Forecast:
        MilestoneGlyphs::paintMarker(painter, c, 14, Marker::Forecast);
        break;
    case Key::Completed:
        MilestoneGlyphs::paintMarker(painter, c, 14, Marker::Completed);
        break;
    case Key::Slip:
        painter.setPen(QPen(ChartStyle::nhsOrange, 1));
        painter.setBrush(MilestoneGlyphs::slipBrush());
        painter.drawRect(QRectF(box.left() + 1, c.y() - 4, box.width() - 2, 8));
        break;
    case Key::Overdue:
        MilestoneGlyphs::paintWarning(painter, QRectF(c.x() - 8, c.y() - 8, 16, 16));
        break;
    case Key::Today:
        painter.setPen(QPen(MilestoneGlyphs::todayColour(), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(c.x(), box.top() + 2), QPointF(c.x(), box.bottom() - 2));
        break;
    case Key::Horizon:
        painter.setPen(QPen(ChartStyle::nhsMidGrey, 1));
        painter.setBrush(MilestoneGlyphs::outsideHorizonBrush());
        painter.drawRect(QRectF(box.left() + 3, box.top() + 3, box.width() - 6, box.height() - 6));
        break;
    }
    painter.restore();
}

void MilestoneLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QRect> boxes = layout(std::max(1, width() - 8));
    painter.translate(4, 2);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRect box = boxes.at(i);
        paintKey(
            painter, QRect(box.left(), box.top(), keyWidth, box.height()), m_entries.at(i).key);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box.adjusted(keyWidth + 6, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         m_entries.at(i).text);
    }
}

} // namespace Jfp
