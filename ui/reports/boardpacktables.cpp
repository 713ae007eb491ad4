// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "boardpacktables.h"

#include "charts/chartstyle.h"
#include "coretr.h"
#include "domain/milestoneschedule.h"
#include "domain/rag.h"
#include "domain/valueformat.h"
#include "reporting/indicatorsummary.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Jfp::BoardPack {

namespace {

using Section = BoardPackRequest::Section;

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy"))
                          : ValueFormat::missing();
}

QString programmeCell(const PlanSnapshot &plan, const Programme &p)
{
    const Area *area = plan.area(p.areaId);
    return area ? p.name + QLatin1Char('\n') + area->name : p.name;
}

/** The milestones of the programmes in the pack's scope, in plan order. */
QList<const Milestone *> inScope(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    const QList<const Programme *> scope = programmes(plan, request);
    QList<const Milestone *> list;
    for (const Milestone &m : plan.milestones) {
        if (std::any_of(scope.cbegin(), scope.cend(), [&](const Programme *p) {
                return p->id == m.programmeId;
            }))
            list.append(&m);
    }
    return list;
}

} // namespace

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return Tr::tr("Status dashboard");
    case Section::Progress:
        return Tr::tr("Programme progress");
    case Section::Milestones:
        return Tr::tr("Milestones");
    case Section::Indicators:
        return Tr::tr("Indicators");
    }
    return {};
}

double measure(const QString &text, const QFont &font, double width)
{
    // Fonts are sized in 96-dpi pixels (ChartStyle::font), so these metrics hold on
    // every device the painter is scaled to.
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

double drawText(QPainter *painter,
                const QString &text,
                double y,
                const QFont &font,
                const QColor &colour,
                double left,
                double width)
{
    if (painter) {
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRectF(left, y, width, pageHeight),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          text);
    }
    return y + measure(text, font, width);
}

QList<const Programme *> programmes(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    QList<const Programme *> list;
    for (const Programme &p : plan.programmes) {
        const bool inScope = request.programmeId ? plan.isProgrammeWithin(p.id, request.programmeId)
                                                 : (request.areaId == 0
                                                    || plan.isAreaWithin(p.areaId, request.areaId));
        if (inScope)
            list.append(&p);
    }
    return list;
}

QList<const Milestone *> openMilestones(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    QList<const Milestone *> open;
    for (const Milestone *m : inScope(plan, request)) {
        if (!MilestoneSchedule::isClosed(m->status))
            open.append(m);
    }
    std::stable_sort(open.begin(), open.end(), [](const Milestone *a, const Milestone *b) {
        const QDate da = MilestoneSchedule::dueDate(*a);
        const QDate db = MilestoneSchedule::dueDate(*b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    return open;
}

QString milestoneSymbol(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::NotStarted:
        return QStringLiteral("○");
    case MilestoneStatus::OnTrack:
        return QStringLiteral("●");
    case MilestoneStatus::AtRisk:
        return QStringLiteral("◆");
    case MilestoneStatus::OffTrack:
        return QStringLiteral("▲");
    case MilestoneStatus::Complete:
        return QStringLiteral("✔");
    case MilestoneStatus::Cancelled:
        return QStringLiteral("✕");
    }
    return {};
}

Table progressTable(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    Table table;
    table.title = sectionTitle(Section::Progress);
    table.intro = Tr::tr("Each programme's delivery status and its latest progress update: "
                         "RAG rating (red ▲, amber ◆, green ●) and narrative.");
    table.columns = {0.26, 0.13, 0.15, 0.46};
    table.headers = {Tr::tr("Programme"),
                     Tr::tr("Delivery status"),
                     Tr::tr("Latest update"),
                     Tr::tr("Narrative")};
    table.empty = Tr::tr("There are no programmes in this selection.");
    for (const Programme *p : programmes(plan, request)) {
        const ProgressUpdate *latest = IndicatorSummaries::latestProgressUpdate(plan, p->id);
        QString update = Tr::tr("No progress update yet");
        QStringList narrative;
        if (latest) {
            update = Tr::tr("%1\n%2 %3")
                         .arg(latest->period, Rags::symbol(latest->rag), Rags::label(latest->rag));
            narrative = IndicatorSummaries::narrativeLines(*latest);
        }
        table.rows.append({programmeCell(plan, *p),
                           p->status ? Enums::label(*p->status) : ValueFormat::missing(),
                           update,
                           narrative.join(QLatin1Char('\n'))});
    }
    return table;
}

Table milestonesTable(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    Table table;
    table.title = sectionTitle(Section::Milestones);
    table.intro = Tr::tr("Open milestones first, by due date (overdue and slipped ones say so: a "
                         "forecast more than %n day(s) after its baseline date has slipped), then "
                         "completed and cancelled ones.",
                         nullptr,
                         plan.info.milestoneSlipToleranceDays);
    table.columns = {0.36, 0.13, 0.13, 0.18, 0.20};
    table.headers = {Tr::tr("Milestone"),
                     Tr::tr("Baseline date"),
                     Tr::tr("Forecast date"),
                     Tr::tr("Status"),
                     Tr::tr("Schedule")};
    table.empty = Tr::tr("There are no milestones in this selection.");
    QList<const Milestone *> closed;
    for (const Milestone *m : inScope(plan, request)) {
        if (MilestoneSchedule::isClosed(m->status))
            closed.append(m);
    }
    const QList<const Milestone *> open = openMilestones(plan, request);
    for (const Milestone *m : open + closed) {
        const Programme *p = plan.programme(m->programmeId);
        const QDate today = request.date;
        const int slip = plan.info.milestoneSlipToleranceDays;
        table.rows.append({p ? m->title + QLatin1Char('\n') + programmeCell(plan, *p) : m->title,
                           dateText(m->baselineDate),
                           m->status == MilestoneStatus::Complete && m->completionDate.isValid()
                               ? Tr::tr("Completed %1").arg(dateText(m->completionDate))
                               : dateText(m->forecastDate),
                           milestoneSymbol(MilestoneSchedule::shownStatus(*m, today, slip))
                               + QLatin1Char(' ') + MilestoneSchedule::statusText(*m, today, slip),
                           MilestoneSchedule::dueText(*m, today)});
    }
    return table;
}

bool flowTable(Pages &pages, const Table &table, double *end)
{
    if (!pages.startPage())
        return false;
    const double width = pageWidth - 2 * margin;
    const double bottom = pageHeight - margin - 8;
    double y = drawText(pages.painter(),
                        table.title,
                        margin,
                        ChartStyle::font(16, true),
                        ChartStyle::nhsBlack)
               + 4;
    if (!table.intro.isEmpty())
        y = drawText(pages.painter(), table.intro, y, ChartStyle::font(8), ChartStyle::nhsDarkGrey)
            + 10;
    if (table.rows.isEmpty()) {
        const double below
            = drawText(pages.painter(), table.empty, y, ChartStyle::font(9), ChartStyle::nhsBlack);
        if (end)
            *end = below;
        return true;
    }
    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double height = 0;
        for (int c = 0; c < cells.size(); ++c)
            height = std::max(height, measure(cells[c], font, table.columns[c] * width - 8));
        return std::ceil(height) + 10;
    };
    const auto drawRow = [&](const QStringList &cells, bool header, const QColor &fill) {
        const QFont font = ChartStyle::font(header ? 8 : 7.5, header);
        const double height = rowHeight(cells, font);
        if (QPainter *painter = pages.painter()) {
            if (fill.isValid())
                painter->fillRect(QRectF(margin, y, width, height), fill);
            painter->setFont(font);
            painter->setPen(header ? QColor(Qt::white) : ChartStyle::nhsBlack);
            double x = margin;
            for (int c = 0; c < cells.size(); ++c) {
                painter->drawText(QRectF(x + 4, y + 5, table.columns[c] * width - 8, height),
                                  Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                  cells[c]);
                x += table.columns[c] * width;
            }
        }
        y += height;
    };
    const QFont cellFont = ChartStyle::font(7.5);
    drawRow(table.headers, true, ChartStyle::nhsBlue);
    for (int i = 0; i < table.rows.size(); ++i) {
        // A row taller than a page is cut short rather than run off it.
        QStringList cells = table.rows[i];
        for (QString &cell : cells) {
            if (cell.size() > 1200)
                cell = cell.left(1200) + QStringLiteral("…");
        }
        if (y + rowHeight(cells, cellFont) > bottom) {
            if (!pages.startPage())
                return false;
            y = drawText(pages.painter(),
                         Tr::tr("%1 (continued)").arg(table.title),
                         margin,
                         ChartStyle::font(12, true),
                         ChartStyle::nhsBlack)
                + 8;
            drawRow(table.headers, true, ChartStyle::nhsBlue);
        }
        drawRow(cells, false, (i % 2) ? ChartStyle::nhsPaleGrey : QColor());
    }
    if (end)
        *end = y;
    return true;
}

} // namespace Jfp::BoardPack
