// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "boardpacktimeline.h"

#include "charts/chartstyle.h"
#include "charts/milestoneglyphs.h"
#include "coretr.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Jfp::BoardPack {

namespace {

using DateState = MilestoneSchedule::DateState;
using Marker = MilestoneGlyphs::Marker;

constexpr double markerSize = 9;
constexpr double wordsWidth = 62; // the right column: "▲ Overdue"
constexpr double tierHeight = 13;

QFont titleFont()
{
    return ChartStyle::font(7.5);
}

QFont wordsFont()
{
    return ChartStyle::font(7.5, true);
}

/** "▲ Overdue", "◆ Slipped", the table's shapes and words; empty when on time. */
QString stateWords(DateState state)
{
    switch (state) {
    case DateState::Overdue:
        return milestoneSymbol(MilestoneStatus::OffTrack) + QLatin1Char(' ') + Tr::tr("Overdue");
    case DateState::Slipped:
        return milestoneSymbol(MilestoneStatus::AtRisk) + QLatin1Char(' ') + Tr::tr("Slipped");
    case DateState::OnTime:
        break;
    }
    return {};
}

QColor stateColour(DateState state)
{
    return state == DateState::Overdue ? MilestoneGlyphs::overdueColour() : ChartStyle::nhsBlack;
}

void paintSlip(QPainter &painter, double from, double to, double cy)
{
    painter.setPen(QPen(ChartStyle::nhsOrange, 1));
    painter.setBrush(MilestoneGlyphs::slipBrush());
    painter.drawRect(QRectF(std::min(from, to), cy - 3.5, std::abs(to - from), 7));
}

void paintTodayLine(QPainter &painter, double x, double top, double bottom)
{
    painter.setPen(QPen(MilestoneGlyphs::todayColour(), 1.2, Qt::DashLine));
    painter.drawLine(QPointF(x, top), QPointF(x, bottom));
}

} // namespace

double TimelineFrame::rowTop(int row) const
{
    return plot.top() + row * timelineRowHeight;
}

double TimelineFrame::rowCentre(int row) const
{
    return rowTop(row) + timelineRowHeight / 2;
}

Timeline milestoneTimeline(const PlanSnapshot &plan, const BoardPackRequest &request, int maxRows)
{
    Timeline timeline;
    timeline.today = request.date;
    timeline.first = timeline.last = request.date;
    timeline.slipToleranceDays = plan.info.milestoneSlipToleranceDays;
    const QList<const Milestone *> open = openMilestones(plan, request);
    for (const Milestone *m : open) {
        if (timeline.rows.size() >= maxRows) {
            ++timeline.more;
            continue;
        }
        timeline.rows.append(
            {m->title,
             m->baselineDate,
             m->forecastDate,
             MilestoneSchedule::dateState(*m, request.date, plan.info.milestoneSlipToleranceDays)});
        for (const QDate &date : {m->baselineDate, m->forecastDate}) {
            if (!date.isValid())
                continue;
            timeline.first = std::min(timeline.first, date);
            timeline.last = std::max(timeline.last, date);
        }
    }
    return timeline;
}

TimelineFrame
timelineFrame(const Timeline &timeline, double left, double top, double width, int rows)
{
    TimelineFrame frame;
    frame.rows = rows;
    frame.titleWidth = std::round(width * 0.3);
    frame.area = QRectF(left, top, width, timelineAxisHeight + rows * timelineRowHeight);
    frame.plot = QRectF(left + frame.titleWidth + 6,
                        top + timelineAxisHeight,
                        width - frame.titleWidth - 6 - wordsWidth - 8,
                        rows * timelineRowHeight);
    const TimelineScale days(timeline.first, timeline.last, 1);
    frame.scale = TimelineScale(timeline.first,
                                timeline.last,
                                frame.plot.width() / std::max<double>(1, double(days.days())),
                                frame.plot.left());
    return frame;
}

QString timelineTitle(const QString &title, double titleWidth)
{
    const QString line = QString(title).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QFontMetricsF(titleFont()).elidedText(line, Qt::ElideRight, titleWidth - 8);
}

void paintTimeline(QPainter &painter,
                   const TimelineFrame &frame,
                   const Timeline &timeline,
                   int first)
{
    const TimelineScale &scale = frame.scale;
    const QRectF &plot = frame.plot;
    const double axisTop = frame.area.top();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    // Row bands, as the table's.
    for (int row = 0; row < frame.rows; ++row) {
        if ((first + row) % 2)
            painter.fillRect(
                QRectF(frame.area.left(), frame.rowTop(row), frame.area.width(), timelineRowHeight),
                ChartStyle::nhsPaleGrey);
    }

    // The axis: financial years, then quarters, each with its line through the rows.
    const QFont yearFont = ChartStyle::font(7.5, true);
    const QFont quarterFont = ChartStyle::font(7);
    const QFontMetricsF yearMetrics(yearFont);
    const QFontMetricsF quarterMetrics(quarterFont);
    for (const TimelineScale::Span &q : scale.quarters()) {
        const bool yearStart = q.start.month() == 4;
        const double x = scale.edge(q.start);
        painter.setPen(yearStart ? QPen(ChartStyle::nhsMidGrey, 0.8)
                                 : QPen(QColor(0xC8, 0xD0, 0xD4), 0.6, Qt::DotLine));
        painter.drawLine(QPointF(x, yearStart ? axisTop : axisTop + tierHeight),
                         QPointF(x, plot.bottom()));
        const double width = scale.edge(q.end.addDays(1)) - x;
        if (quarterMetrics.horizontalAdvance(q.label) <= width - 2) {
            painter.setFont(quarterFont);
            painter.setPen(ChartStyle::nhsDarkGrey);
            painter.drawText(
                QRectF(x, axisTop + tierHeight, width, tierHeight), Qt::AlignCenter, q.label);
        }
    }
    const double end = scale.edge(scale.last().addDays(1));
    painter.setPen(QPen(ChartStyle::nhsMidGrey, 0.8));
    painter.drawLine(QPointF(end, axisTop), QPointF(end, plot.bottom()));
    painter.setFont(yearFont);
    for (const TimelineScale::Span &year : scale.financialYears()) {
        const double a = scale.edge(year.start);
        const double b = scale.edge(year.end.addDays(1));
        QString label = year.label;
        if (yearMetrics.horizontalAdvance(label) > b - a - 4)
            label = label.right(5); // "24/25"
        if (yearMetrics.horizontalAdvance(label) > b - a - 4)
            continue;
        painter.setPen(ChartStyle::nhsBlack);
        painter.drawText(QRectF(a, axisTop, b - a, tierHeight), Qt::AlignCenter, label);
    }
    painter.setFont(ChartStyle::font(7.5, true));
    painter.setPen(ChartStyle::nhsBlack);
    painter.drawText(
        QRectF(frame.area.left() + 4, axisTop, frame.titleWidth, timelineAxisHeight - 3),
        Qt::AlignLeft | Qt::AlignBottom,
        Tr::tr("Milestone"));
    painter.setPen(QPen(ChartStyle::nhsMidGrey, 0.8));
    painter.drawLine(QPointF(frame.area.left(), plot.top()),
                     QPointF(frame.area.right(), plot.top()));

    // Today: a tag under the quarters, its line through the rows.
    if (timeline.today >= scale.first() && timeline.today <= scale.last()) {
        const double x = scale.x(timeline.today);
        const QString label = Tr::tr("Today");
        const double w = yearMetrics.horizontalAdvance(label) + 8;
        const double left = std::clamp(x - w / 2, plot.left(), plot.right() - w);
        const QRectF tag(left, axisTop + 2 * tierHeight + 1, w, tierHeight - 1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(MilestoneGlyphs::todayColour());
        painter.drawRoundedRect(tag, 2, 2);
        painter.setFont(yearFont);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, label);
        paintTodayLine(painter, x, tag.bottom(), plot.bottom());
    }

    // The rows: title, slip, markers, words.
    const QFontMetricsF wordsMetrics(wordsFont());
    for (int row = 0; row < frame.rows && first + row < timeline.rows.size(); ++row) {
        const TimelineRow &r = timeline.rows[first + row];
        const double top = frame.rowTop(row);
        const double cy = frame.rowCentre(row);
        painter.setFont(titleFont());
        painter.setPen(ChartStyle::nhsBlack);
        painter.drawText(
            QRectF(frame.area.left() + 4, top, frame.titleWidth - 4, timelineRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            timelineTitle(r.title, frame.titleWidth));
        if (!r.baseline.isValid() && !r.forecast.isValid()) {
            painter.setPen(ChartStyle::nhsDarkGrey);
            painter.drawText(QRectF(plot.left() + 4, top, plot.width() - 4, timelineRowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             Tr::tr("No dates"));
        }
        if (r.baseline.isValid() && r.forecast.isValid() && r.baseline != r.forecast)
            paintSlip(painter, scale.x(r.baseline), scale.x(r.forecast), cy);
        if (r.baseline.isValid())
            MilestoneGlyphs::paintMarker(
                painter, QPointF(scale.x(r.baseline), cy), markerSize, Marker::Baseline);
        if (r.forecast.isValid())
            MilestoneGlyphs::paintMarker(
                painter, QPointF(scale.x(r.forecast), cy), markerSize, Marker::Forecast);
        const QString words = stateWords(r.state);
        if (!words.isEmpty()) {
            painter.setFont(wordsFont());
            painter.setPen(stateColour(r.state));
            painter.drawText(
                QRectF(frame.area.right() - wordsWidth, top, wordsWidth, timelineRowHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                wordsMetrics.elidedText(words, Qt::ElideRight, wordsWidth));
        }
    }
    painter.restore();
}

double paintTimelineLegend(QPainter *painter, const Timeline &timeline, double y)
{
    enum class Key { Baseline, Forecast, Slip, Today, Words };
    struct Item
    {
        Key key;
        QString text;
        QColor colour = ChartStyle::nhsBlack;
    };
    const QList<Item> items{
        {Key::Baseline, Tr::tr("Baseline date")},
        {Key::Forecast, Tr::tr("Forecast date")},
        {Key::Slip, Tr::tr("Slip from baseline to forecast")},
        {Key::Today,
         Tr::tr("Today, %1").arg(QLocale().toString(timeline.today, QStringLiteral("d MMM yyyy")))},
        {Key::Words,
         stateWords(DateState::Overdue) + QStringLiteral(": ") + Tr::tr("due date passed"),
         MilestoneGlyphs::overdueColour()},
        {Key::Words,
         stateWords(DateState::Slipped) + QStringLiteral(": ")
             + Tr::tr("forecast more than %n day(s) after baseline",
                      nullptr,
                      timeline.slipToleranceDays)},
    };
    const QFont font = ChartStyle::font(7.5);
    const QFontMetricsF metrics(font);
    const double lineHeight = 14;
    const double right = pageWidth - margin;
    double x = margin;
    for (const Item &item : items) {
        const double key = item.key == Key::Words ? 0 : (item.key == Key::Slip ? 22 : 12);
        const double width = key + metrics.horizontalAdvance(item.text);
        if (x > margin && x + width > right) {
            x = margin;
            y += lineHeight;
        }
        if (painter) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            const double cy = y + lineHeight / 2;
            switch (item.key) {
            case Key::Baseline:
                MilestoneGlyphs::paintMarker(
                    *painter, QPointF(x + 5, cy), markerSize, Marker::Baseline);
                break;
            case Key::Forecast:
                MilestoneGlyphs::paintMarker(
                    *painter, QPointF(x + 5, cy), markerSize, Marker::Forecast);
                break;
            case Key::Slip:
                paintSlip(*painter, x, x + 18, cy);
                break;
            case Key::Today:
                paintTodayLine(*painter, x + 5, cy - 6, cy + 6);
                break;
            case Key::Words:
                break;
            }
            painter->setFont(font);
            painter->setPen(item.colour);
            painter->drawText(
                QRectF(x + key, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, item.text);
            painter->restore();
        }
        x += width + 14;
    }
    return y + lineHeight;
}

bool flowTimeline(Pages &pages, const Timeline &timeline, double y)
{
    const double bottom = pageHeight - margin - 8;
    const double width = pageWidth - 2 * margin;
    const QString title = Tr::tr("Milestone timeline");
    const QString intro = Tr::tr("The open milestones by due date, as in the table: where each is "
                                 "due against its baseline date.");
    const QFont headingFont = ChartStyle::font(12, true);
    const QFont introFont = ChartStyle::font(8);
    // The heading, legend and axis go on with at least a few rows, else on a new page.
    const int fewRows = std::min<int>(3, timeline.rows.size());
    const QString none = Tr::tr("There are no open milestones to put on the timeline.");
    const double heading
        = measure(title, headingFont, width) + 4
          + (timeline.rows.isEmpty()
                 ? measure(none, ChartStyle::font(9), width)
                 : measure(intro, introFont, width) + 6 + paintTimelineLegend(nullptr, timeline, 0)
                       + 8 + timelineAxisHeight + fewRows * timelineRowHeight);
    y += 18;
    if (y + heading > bottom) {
        if (!pages.startPage())
            return false;
        y = margin;
    }
    y = drawText(pages.painter(), title, y, headingFont, ChartStyle::nhsBlack) + 4;
    if (timeline.rows.isEmpty()) {
        drawText(pages.painter(), none, y, ChartStyle::font(9), ChartStyle::nhsBlack);
        return true;
    }
    y = drawText(pages.painter(), intro, y, introFont, ChartStyle::nhsDarkGrey) + 6;
    y = paintTimelineLegend(pages.painter(), timeline, y) + 8;
    const QString more
        = Tr::tr("And %n more open milestone(s) in the table.", nullptr, timeline.more);
    const QFont moreFont = ChartStyle::font(8);
    // The last rows keep the line saying how many more there are with them.
    const double moreHeight = timeline.more > 0 ? 6 + measure(more, moreFont, width) : 0;
    int first = 0;
    while (true) {
        const int left = int(timeline.rows.size()) - first;
        int fit = int((bottom - y - timelineAxisHeight) / timelineRowHeight);
        if (fit >= left)
            fit = int((bottom - y - timelineAxisHeight - moreHeight) / timelineRowHeight);
        int count = std::min(fit, left);
        // No page goes on with only one or two rows: a few more go over with them.
        if (count < left && left - count < 3)
            count = std::max(std::min(fit, 1), left - 3);
        if (count > 0) {
            const TimelineFrame frame = timelineFrame(timeline, margin, y, width, count);
            if (QPainter *painter = pages.painter())
                paintTimeline(*painter, frame, timeline, first);
            y = frame.area.bottom();
            first += count;
        }
        if (first >= timeline.rows.size())
            break;
        if (!pages.startPage())
            return false;
        y = drawText(pages.painter(),
                     Tr::tr("%1 (continued)").arg(title),
                     margin,
                     headingFont,
                     ChartStyle::nhsBlack)
            + 8;
    }
    if (timeline.more > 0) {
        if (y + moreHeight > bottom) {
            if (!pages.startPage())
                return false;
            y = margin;
        } else {
            y += 6;
        }
        drawText(pages.painter(), more, y, moreFont, ChartStyle::nhsDarkGrey);
    }
    return true;
}

} // namespace Jfp::BoardPack
