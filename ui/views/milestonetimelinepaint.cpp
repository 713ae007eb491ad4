// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors

// The drawing of MilestoneTimeline: background and grid, rows, titles, axis, and the date
// being chosen. Layout and interaction are in milestonetimeline.cpp.
#include "milestonetimeline.h"

#include "charts/chartstyle.h"

#include <QLocale>
#include <QPainter>

namespace Jfp {

namespace {

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

void MilestoneTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect visible = visibleArea();
    painter.setClipRect(visible);
    paintBackground(painter, visible);
    const int first = std::max(0, visible.top() / m_rowHeight - 1);
    const int last = std::min(rowCount() - 1, (visible.bottom() - m_headerHeight) / m_rowHeight);
    painter.save();
    painter.setClipRect(visible.adjusted(m_gutterWidth, m_headerHeight, 0, 0));
    for (int row = first; row <= last; ++row)
        paintRow(painter, row, visible);
    painter.restore();
    paintGutter(painter, visible);
    paintHeader(painter, visible);
    paintPendingLabel(painter, visible);
}

void MilestoneTimeline::paintBackground(QPainter &painter, const QRect &visible) const
{
    painter.fillRect(visible, palette().base());
    const QRect plot = visible.adjusted(m_gutterWidth, m_headerHeight, 0, 0);
    painter.save();
    painter.setClipRect(plot);
    // Days outside the plan horizon are shaded.
    if (m_horizonFirst.isValid() && m_horizonLast.isValid()) {
        const double from = m_scale.edge(m_horizonFirst);
        const double to = m_scale.edge(m_horizonLast.addDays(1));
        const QBrush shade = MilestoneGlyphs::outsideHorizonBrush();
        painter.fillRect(QRectF(m_scale.left(), plot.top(), from - m_scale.left(), plot.height()),
                         shade);
        painter.fillRect(
            QRectF(to, plot.top(), m_scale.left() + m_scale.width() - to, plot.height()), shade);
    }
    // Row bands and the current row.
    const int current = currentRow();
    for (int row = 0; row < rowCount(); ++row) {
        const QRect band(plot.left(), rowTop(row), plot.width(), m_rowHeight);
        if (!band.intersects(plot))
            continue;
        if (row == current) {
            QColor highlight = palette().color(QPalette::Highlight);
            highlight.setAlpha(45);
            painter.fillRect(band, highlight);
        } else if (row % 2) {
            QColor alternate = ChartStyle::nhsPaleGrey;
            alternate.setAlpha(110);
            painter.fillRect(band, alternate);
        }
    }
    // Quarter and year lines.
    const QPen quarterPen(QColor(0xD0, 0xD8, 0xDC), 1, Qt::DotLine);
    const QPen yearPen(ChartStyle::nhsMidGrey, 1);
    for (const TimelineScale::Span &q : m_scale.quarters()) {
        const bool yearStart = q.start.month() == 4;
        painter.setPen(yearStart ? yearPen : quarterPen);
        const double x = std::round(m_scale.edge(q.start)) + 0.5;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // Today.
    if (m_today >= m_scale.first() && m_today <= m_scale.last()) {
        painter.setPen(QPen(MilestoneGlyphs::todayColour(), 1.5, Qt::DashLine));
        const double x = m_scale.x(m_today);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.restore();
}

void MilestoneTimeline::paintRow(QPainter &painter, int row, const QRect &visible) const
{
    const Row &r = m_rows.at(row);
    const double cy = rowTop(row) + m_rowHeight / 2.0;
    const bool pending = m_pending && m_pending->row == row;
    const QDate forecast = pending ? m_pending->date : r.forecast;
    const bool muted = r.status == MilestoneStatus::Cancelled;
    painter.setRenderHint(QPainter::Antialiasing);

    // The slip from baseline to forecast, hatched.
    if (r.baseline.isValid() && forecast.isValid() && forecast != r.baseline) {
        const double a = m_scale.x(std::min(r.baseline, forecast));
        const double b = m_scale.x(std::max(r.baseline, forecast));
        painter.setPen(QPen(muted ? ChartStyle::nhsMidGrey : ChartStyle::nhsOrange, 1));
        painter.setBrush(MilestoneGlyphs::slipBrush());
        painter.drawRect(QRectF(a, cy - 4, b - a, 8));
    }
    if (pending && r.forecast.isValid() && r.forecast != forecast) {
        // Where the forecast was: a faint outline.
        painter.setPen(QPen(ChartStyle::nhsMidGrey, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(m_scale.x(r.forecast), cy), 6, 6);
    }
    double right = -1;
    double left = 1e9;
    const auto place = [&](const QDate &date, Marker marker) {
        if (!date.isValid())
            return;
        const double x = m_scale.x(date);
        MilestoneGlyphs::paintMarker(painter, QPointF(x, cy), markerSize, marker, muted);
        right = std::max(right, x);
        left = std::min(left, x);
    };
    place(r.baseline, Marker::Baseline);
    place(forecast, Marker::Forecast);
    place(r.completion, Marker::Completed); // on top: once done, that is what counts

    // Words beside the markers: overdue, cancelled, or no dates at all.
    QString words;
    QColor colour = ChartStyle::nhsDarkGrey;
    bool warning = false;
    if (r.daysOverdue > 0 && !pending) {
        words = r.due;
        colour = MilestoneGlyphs::overdueColour();
        warning = true;
    } else if (r.status == MilestoneStatus::Cancelled) {
        words = Enums::label(r.status);
    } else if (right < 0) {
        words = tr("No dates");
    }
    if (words.isEmpty())
        return;
    QFont font = this->font();
    font.setBold(warning);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int icon = warning ? metrics.height() : 0;
    const int textWidth = metrics.horizontalAdvance(words) + icon + (warning ? 4 : 0);
    const int plotLeft = visible.left() + m_gutterWidth;
    double x = right < 0 ? plotLeft + 8 : right + markerSize;
    if (x + textWidth > visible.right() - 4 && right >= 0)
        x = std::max<double>(plotLeft + 4, left - markerSize - textWidth);
    if (warning) {
        MilestoneGlyphs::paintWarning(
            painter, QRectF(x, cy - metrics.height() / 2.0, metrics.height(), metrics.height()));
    }
    painter.setPen(colour);
    painter.drawText(QRectF(x + icon + (warning ? 4 : 0), rowTop(row), textWidth, m_rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     words);
}

void MilestoneTimeline::paintGutter(QPainter &painter, const QRect &visible) const
{
    const QRect gutter(visible.left(),
                       visible.top() + m_headerHeight,
                       m_gutterWidth,
                       visible.height() - m_headerHeight);
    painter.save();
    painter.setClipRect(gutter);
    painter.fillRect(gutter, palette().base());
    const int current = currentRow();
    const QFontMetrics metrics(font());
    const int glyph = metrics.height();
    for (int row = 0; row < rowCount(); ++row) {
        const QRect band(gutter.left(), rowTop(row), gutter.width(), m_rowHeight);
        if (!band.intersects(gutter))
            continue;
        QColor textColour = palette().color(QPalette::Text);
        if (row == current) {
            painter.fillRect(band,
                             palette().brush(hasFocus() ? QPalette::Active : QPalette::Inactive,
                                             QPalette::Highlight));
            textColour = palette().color(hasFocus() ? QPalette::Active : QPalette::Inactive,
                                         QPalette::HighlightedText);
        } else if (row % 2) {
            QColor alternate = ChartStyle::nhsPaleGrey;
            alternate.setAlpha(110);
            painter.fillRect(band, alternate);
        }
        const Row &r = m_rows.at(row);
        const QRectF glyphBox(
            band.left() + 6, band.top() + (m_rowHeight - glyph) / 2.0, glyph, glyph);
        if (row == current) {
            // The shape keeps its own colours on the selection.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(glyphBox.adjusted(-2, -2, 2, 2), 3, 3);
        }
        MilestoneGlyphs::paintStatus(painter, glyphBox, r.shown);
        const QRect text = band.adjusted(glyph + 12, 0, -6, 0);
        painter.setPen(textColour);
        painter.drawText(text,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(r.title, Qt::ElideRight, text.width()));
    }
    painter.restore();
    painter.setPen(QPen(ChartStyle::nhsMidGrey, 1));
    painter.drawLine(gutter.topRight() + QPoint(0, -m_headerHeight), gutter.bottomRight());
    if (hasFocus() && current >= 0) {
        const QRect focus(
            visible.left() + 1, rowTop(current), visible.width() - 2, m_rowHeight - 1);
        if (focus.top() >= visible.top() + m_headerHeight) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(focus);
        }
    }
}

void MilestoneTimeline::paintHeader(QPainter &painter, const QRect &visible) const
{
    const QRect header(visible.left(), visible.top(), visible.width(), m_headerHeight);
    painter.save();
    painter.setClipRect(header);
    painter.fillRect(header, palette().window());
    const QRect axis = header.adjusted(m_gutterWidth, 0, 0, 0);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());

    // Tier 1: financial years.
    painter.setClipRect(axis);
    painter.setFont(bold);
    for (const TimelineScale::Span &year : m_scale.financialYears()) {
        const double a = m_scale.edge(year.start);
        const double b = m_scale.edge(year.end.addDays(1));
        QString label = year.label;
        if (boldMetrics.horizontalAdvance(label) > b - a - 6)
            label = label.right(5); // "24/25"
        painter.setPen(ChartStyle::nhsMidGrey);
        painter.drawLine(QPointF(std::round(a) + 0.5, axis.top()),
                         QPointF(std::round(a) + 0.5, axis.top() + 2 * m_tierHeight));
        if (boldMetrics.horizontalAdvance(label) <= b - a - 6) {
            // Keep the label of a year that is partly scrolled away in view.
            const double from = std::max<double>(a, axis.left());
            const double to = std::min<double>(b, axis.right());
            QRectF box(from, axis.top(), to - from, m_tierHeight);
            if (box.width() < boldMetrics.horizontalAdvance(label) + 6)
                box = QRectF(a, axis.top(), b - a, m_tierHeight);
            painter.setPen(ChartStyle::nhsBlack);
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }
    // Tier 2: months when there is room, else quarters.
    painter.setFont(font());
    const double monthWidth = 28 * m_scale.pixelsPerDay();
    const bool showMonths = monthWidth >= metrics.horizontalAdvance(QStringLiteral("May")) + 8;
    const QList<TimelineScale::Span> spans = showMonths ? m_scale.months() : m_scale.quarters();
    for (const TimelineScale::Span &span : spans) {
        const double a = m_scale.edge(span.start);
        const double b = m_scale.edge(span.end.addDays(1));
        // A span partly behind the titles is labelled in what is left of it, if it fits.
        const double from = std::max<double>(a, axis.left());
        if (metrics.horizontalAdvance(span.label) > b - from - 4)
            continue;
        painter.setPen(ChartStyle::nhsDarkGrey);
        painter.drawText(QRectF(from, axis.top() + m_tierHeight, b - from, m_tierHeight),
                         Qt::AlignCenter,
                         span.label);
    }
    // Tier 3: the "Today" tag over the today line.
    if (m_today >= m_scale.first() && m_today <= m_scale.last()) {
        const QString label = tr("Today");
        const double x = m_scale.x(m_today);
        const double w = boldMetrics.horizontalAdvance(label) + 10;
        const QRectF tag(x - w / 2, axis.top() + 2 * m_tierHeight + 2, w, m_tierHeight - 4);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(MilestoneGlyphs::todayColour());
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(QPen(MilestoneGlyphs::todayColour(), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, tag.bottom()), QPointF(x, axis.bottom()));
        painter.setFont(bold);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, label);
    }
    // The corner above the titles.
    painter.setClipRect(header);
    const QRect corner(header.left(), header.top(), m_gutterWidth, m_headerHeight);
    painter.fillRect(corner, palette().window());
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(corner.adjusted(8, 0, -6, -m_tierHeight / 2),
                     Qt::AlignLeft | Qt::AlignBottom,
                     tr("Milestone (%1)").arg(rowCount()));
    painter.setPen(QPen(ChartStyle::nhsMidGrey, 1));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.drawLine(corner.topRight(), corner.bottomRight());
    painter.restore();
}

void MilestoneTimeline::paintPendingLabel(QPainter &painter, const QRect &visible) const
{
    if (!m_pending || m_pending->row >= rowCount())
        return;
    const QDate date = m_pending->date;
    const QString problem = m_check ? m_check(m_pending->id, date) : QString();
    QString text;
    if (!problem.isEmpty()) {
        text = tr("Cannot move: %1").arg(problem);
    } else {
        text = tr("Forecast %1").arg(dayText(date));
        if (m_pending->original.isValid()) {
            const qint64 days = m_pending->original.daysTo(date);
            if (days > 0)
                text += QStringLiteral(" (%1)").arg(tr("%n day(s) later", "", int(days)));
            else if (days < 0)
                text += QStringLiteral(" (%1)").arg(tr("%n day(s) earlier", "", int(-days)));
        }
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics metrics(bold);
    // Long refusals wrap onto more lines rather than being cut short.
    const int maxWidth = std::clamp(visible.width() - m_gutterWidth - 16, 120, 460);
    const QRect textRect
        = metrics.boundingRect(QRect(0, 0, maxWidth - 12, 1000), Qt::TextWordWrap, text);
    const int w = textRect.width() + 12;
    const int h = textRect.height() + 6;
    const double x = m_scale.x(date);
    const int top = rowTop(m_pending->row);
    // Above the row when there is room under the axis, else below it.
    int y = top - h - 2;
    if (y < visible.top() + m_headerHeight)
        y = top + m_rowHeight + 2;
    const int minLeft = visible.left() + m_gutterWidth + 2;
    const int left
        = std::clamp(int(x - w / 2.0), minLeft, std::max(minLeft, visible.right() - w - 2));
    const QRect box(left, y, w, h);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(problem.isEmpty() ? ChartStyle::nhsDarkBlue : MilestoneGlyphs::overdueColour(), 1.5));
    painter.setBrush(problem.isEmpty() ? QColor(Qt::white) : QColor(0xFD, 0xEC, 0xEA));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(problem.isEmpty() ? ChartStyle::nhsDarkBlue : ChartStyle::nhsBlack);
    painter.drawText(box.adjusted(6, 3, -6, -3), Qt::TextWordWrap | Qt::AlignCenter, text);
}

} // namespace Jfp
