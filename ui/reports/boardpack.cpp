// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "boardpack.h"

#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "charts/spcicons.h"
#include "coretr.h"
#include "domain/period.h"
#include "domain/valueformat.h"
#include "reporting/chartdata.h"
#include "reporting/indicatorsummary.h"
#include "reporting/spcchartdata.h"
#include "storage/writeerror.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Jfp::BoardPack {

namespace {

// Page geometry in 96-dpi units: A4 portrait is 793.7 × 1122.5.
constexpr double pageWidth = 210 / 25.4 * 96;
constexpr double pageHeight = 297 / 25.4 * 96;
constexpr double margin = 18 / 25.4 * 96;
constexpr double footerHeight = 28;
constexpr int contentsRowsPerPage = 34;
constexpr int summaryRowsPerPage = 16;

struct Entry
{
    const Indicator *indicator = nullptr;
    const Area *area = nullptr;
    const Programme *programme = nullptr;
    int page = 0;
};

class Writer
{
public:
    Writer(const PlanSnapshot &plan, const BoardPackRequest &request, QPdfWriter &pdf)
        : m_plan(plan)
        , m_request(request)
        , m_pdf(pdf)
    {}

    bool run(QList<Entry> entries, BoardPackResult *result, const Progress &progress)
    {
        m_entries = std::move(entries);
        const int contentsPages = std::max<int>(
            1, (m_entries.size() + 1 + contentsRowsPerPage - 1) / contentsRowsPerPage);
        const int summaryPages
            = std::max<int>(1, (m_entries.size() + summaryRowsPerPage - 1) / summaryRowsPerPage);
        m_summaryPage = 1 + contentsPages + 1;
        const int firstIndicatorPage = 1 + contentsPages + summaryPages + 1;
        for (int i = 0; i < m_entries.size(); ++i)
            m_entries[i].page = firstIndicatorPage + i;
        m_totalPages = 1 + contentsPages + summaryPages + int(m_entries.size());

        if (!m_painter.begin(&m_pdf))
            return false;
        m_painter.scale(m_pdf.resolution() / 96.0, m_pdf.resolution() / 96.0);
        m_painter.setRenderHint(QPainter::Antialiasing);
        int done = 0;
        const auto step = [&]() { return !progress || progress(++done, m_totalPages); };

        drawCover();
        if (!step())
            return cancel();
        for (int page = 0; page < contentsPages; ++page) {
            newPage();
            drawContents(page);
            if (!step())
                return cancel();
        }
        for (int page = 0; page < summaryPages; ++page) {
            newPage();
            drawSummary(page);
            if (!step())
                return cancel();
        }
        for (const Entry &entry : std::as_const(m_entries)) {
            newPage();
            drawIndicator(entry);
            if (!step())
                return cancel();
        }
        m_painter.end();
        if (result) {
            result->pages = m_totalPages;
            result->indicators = int(m_entries.size());
            result->frontMatterPages = 1 + contentsPages + summaryPages;
        }
        return true;
    }

    bool cancelled() const { return m_cancelled; }

private:
    bool cancel()
    {
        m_cancelled = true;
        m_painter.end();
        return false;
    }

    QString scopeName() const
    {
        if (const Programme *p = m_plan.programme(m_request.programmeId))
            return p->name;
        if (const Area *a = m_plan.area(m_request.areaId))
            return a->name;
        return Tr::tr("All areas");
    }

    void newPage()
    {
        m_pdf.newPage();
        ++m_page;
        drawFooter();
    }

    void drawFooter()
    {
        m_painter.save();
        m_painter.setFont(ChartStyle::font(7.5));
        m_painter.setPen(ChartStyle::nhsDarkGrey);
        const QRectF footer(margin, pageHeight - margin + 4, pageWidth - 2 * margin, footerHeight);
        m_painter.drawLine(QPointF(margin, footer.top() - 2),
                           QPointF(pageWidth - margin, footer.top() - 2));
        m_painter.drawText(footer,
                           Qt::AlignLeft | Qt::AlignTop,
                           Tr::tr("%1 · Board pack: %2 · %3")
                               .arg(m_plan.info.name,
                                    scopeName(),
                                    QLocale().toString(m_request.date, QLocale::LongFormat)));
        m_painter.drawText(footer,
                           Qt::AlignRight | Qt::AlignTop,
                           Tr::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
        m_painter.restore();
    }

    double drawText(const QString &text,
                    double y,
                    const QFont &font,
                    const QColor &colour,
                    double left = margin,
                    double width = pageWidth - 2 * margin)
    {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRectF box(left, y, width, pageHeight);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
        m_painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        return y + used.height();
    }

    void drawCover()
    {
        m_page = 1;
        m_painter.fillRect(QRectF(0, 0, pageWidth, 150), ChartStyle::nhsBlue);
        m_painter.setFont(ChartStyle::font(11, true));
        m_painter.setPen(Qt::white);
        m_painter.drawText(QRectF(margin, 40, pageWidth - 2 * margin, 40),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           Tr::tr("Board pack"));
        double y = 220;
        y = drawText(m_plan.info.name.isEmpty() ? Tr::tr("Joint Forward Plan") : m_plan.info.name,
                     y,
                     ChartStyle::font(22, true),
                     ChartStyle::nhsBlack);
        y = drawText(scopeName(), y + 16, ChartStyle::font(16), ChartStyle::nhsDarkBlue);
        y = drawText(QLocale().toString(m_request.date, QLocale::LongFormat),
                     y + 24,
                     ChartStyle::font(12),
                     ChartStyle::nhsDarkGrey);
        y = drawText(Tr::tr("%n indicator(s)", nullptr, int(m_entries.size())),
                     y + 8,
                     ChartStyle::font(12),
                     ChartStyle::nhsDarkGrey);
        if (!m_plan.info.horizonStart.isEmpty()) {
            drawText(Tr::tr("Plan horizon %1 to %2")
                         .arg(m_plan.info.horizonStart, m_plan.info.horizonEnd),
                     y + 8,
                     ChartStyle::font(12),
                     ChartStyle::nhsDarkGrey);
        }
        drawText(
            Tr::tr("Made with JFP Planner from the plan file. Figures are as recorded in the plan; "
                   "a value the source does not give is shown as \"not stated\"."),
            pageHeight - margin - 60,
            ChartStyle::font(8),
            ChartStyle::nhsDarkGrey);
        drawFooter();
    }

    void drawContents(int page)
    {
        double y = margin;
        if (page == 0)
            y = drawText(Tr::tr("Contents"), y, ChartStyle::font(16, true), ChartStyle::nhsBlack)
                + 12;
        QList<QPair<QString, int>> rows;
        rows.append({Tr::tr("Summary"), m_summaryPage});
        for (const Entry &e : std::as_const(m_entries))
            rows.append({e.indicator->name, e.page});
        const int first = page * contentsRowsPerPage;
        m_painter.setFont(ChartStyle::font(9));
        const QFontMetricsF metrics(m_painter.font());
        for (int i = first; i < std::min<int>(rows.size(), first + contentsRowsPerPage); ++i) {
            const QString number = QString::number(rows[i].second);
            const double width = pageWidth - 2 * margin - 40;
            m_painter.setPen(ChartStyle::nhsBlack);
            m_painter.drawText(QRectF(margin, y, width, 20),
                               Qt::AlignLeft | Qt::AlignVCenter,
                               metrics.elidedText(rows[i].first, Qt::ElideRight, width));
            m_painter.drawText(QRectF(pageWidth - margin - 40, y, 40, 20),
                               Qt::AlignRight | Qt::AlignVCenter,
                               number);
            y += 26;
        }
    }

    void drawSummary(int page)
    {
        double y = margin;
        if (page > 0) {
            y = drawText(Tr::tr("Summary (continued)"),
                         y,
                         ChartStyle::font(12, true),
                         ChartStyle::nhsBlack)
                + 8;
        } else {
            y = drawText(Tr::tr("Summary"), y, ChartStyle::font(16, true), ChartStyle::nhsBlack)
                + 4;
            y = drawText(
                    Tr::tr("Status compares the latest actual value with the planned trajectory "
                           "for the same period, using the indicator's polarity."),
                    y,
                    ChartStyle::font(8),
                    ChartStyle::nhsDarkGrey)
                + 10;
        }
        const double width = pageWidth - 2 * margin;
        const QList<double> columns = {0.27, 0.11, 0.12, 0.12, 0.14, 0.12, 0.12};
        const QStringList headers = {Tr::tr("Indicator"),
                                     Tr::tr("Baseline"),
                                     Tr::tr("Latest"),
                                     Tr::tr("Target"),
                                     Tr::tr("Status against trajectory"),
                                     Tr::tr("Variation"),
                                     Tr::tr("Assurance")};
        const auto drawRow
            = [&](const QStringList &cells, bool header, double rowHeight, const QColor &fill) {
                  double x = margin;
                  if (fill.isValid())
                      m_painter.fillRect(QRectF(margin, y, width, rowHeight), fill);
                  m_painter.setFont(ChartStyle::font(header ? 8 : 7.5, header));
                  m_painter.setPen(header ? QColor(Qt::white) : ChartStyle::nhsBlack);
                  for (int c = 0; c < cells.size(); ++c) {
                      QRectF cell(x + 4, y + 3, columns[c] * width - 8, rowHeight - 6);
                      // "icon:variation:<key>\nwords": an SPC icon above its words.
                      if (cells[c].startsWith(QLatin1String("icon:"))) {
                          const QString key = cells[c].section(QLatin1Char('\n'), 0, 0);
                          const QRectF icon(cell.left(), cell.top(), 20, 20);
                          paintIcon(key.mid(5), icon);
                          cell.setTop(cell.top() + 22);
                          m_painter.setPen(ChartStyle::nhsBlack);
                          m_painter.drawText(cell,
                                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                             cells[c].section(QLatin1Char('\n'), 1));
                      } else {
                          m_painter.drawText(
                              cell, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, cells[c]);
                      }
                      x += columns[c] * width;
                  }
                  y += rowHeight;
              };
        drawRow(headers, true, 40, ChartStyle::nhsBlue);
        const int first = page * summaryRowsPerPage;
        for (int i = first; i < std::min<int>(m_entries.size(), first + summaryRowsPerPage); ++i) {
            const Indicator &ind = *m_entries[i].indicator;
            const TrajectoryStatus status = IndicatorSummaries::statusAgainstTrajectory(ind);
            const auto latest = ind.latestActual();
            const QString statusText = statusSymbol(status.state) + QLatin1Char(' ') + status.label;
            const SpcChartData spc = SpcChartBuilder::build(m_plan, ind);
            QString variationCell = SpcChartBuilder::tooFewPoints(spc);
            QString assuranceCell = variationCell;
            if (spc.iconsShown) {
                variationCell = QStringLiteral("icon:variation:") + Spc::key(spc.variation)
                                + QLatin1Char('\n') + SpcChartBuilder::label(spc.variation);
                assuranceCell = spc.assurance == Spc::Assurance::None
                                    ? SpcChartBuilder::label(spc.assurance)
                                    : QStringLiteral("icon:assurance:") + Spc::key(spc.assurance)
                                          + QLatin1Char('\n')
                                          + SpcChartBuilder::label(spc.assurance);
            }
            drawRow({ind.name + QStringLiteral("\n")
                         + (m_entries[i].area ? m_entries[i].area->name : QString()),
                     ValueFormat::withPeriod(
                         ind.baselineValue, ind.unit, ind.decimals, ind.baselinePeriod),
                     latest ? ValueFormat::withPeriod(
                         latest->value, ind.unit, ind.decimals, latest->period)
                            : Tr::tr("no data yet"),
                     ind.targetKind == TargetKind::RelativePerYear && ind.targetValue
                         ? Tr::tr("%1 a year")
                               .arg(ValueFormat::withUnit(
                                   ind.targetValue, Unit::Percentage, ind.decimals))
                         : ValueFormat::withPeriod(
                             ind.targetValue, ind.unit, ind.decimals, ind.targetPeriod),
                     statusText,
                     variationCell,
                     assuranceCell},
                    false,
                    52,
                    (i % 2) ? ChartStyle::nhsPaleGrey : QColor());
        }
    }

    void paintIcon(const QString &key, const QRectF &rect)
    {
        const QString kind = key.section(QLatin1Char(':'), 0, 0);
        const QString value = key.section(QLatin1Char(':'), 1);
        for (const auto v : {Spc::Variation::CommonCause,
                             Spc::Variation::ImprovementHigh,
                             Spc::Variation::ImprovementLow,
                             Spc::Variation::ConcernHigh,
                             Spc::Variation::ConcernLow,
                             Spc::Variation::NeutralHigh,
                             Spc::Variation::NeutralLow}) {
            if (kind == QLatin1String("variation") && Spc::key(v) == value)
                SpcIcons::paintVariation(m_painter, rect, v);
        }
        for (const auto a :
             {Spc::Assurance::Pass, Spc::Assurance::Fail, Spc::Assurance::HitAndMiss}) {
            if (kind == QLatin1String("assurance") && Spc::key(a) == value)
                SpcIcons::paintAssurance(m_painter, rect, a);
        }
    }

    static QString statusSymbol(TrajectoryStatus::State state)
    {
        // A shape as well as the word, so status never rests on colour.
        switch (state) {
        case TrajectoryStatus::State::OnTrack:
            return QStringLiteral("●");
        case TrajectoryStatus::State::OffTrack:
            return QStringLiteral("▲");
        case TrajectoryStatus::State::NotAssessed:
            return QStringLiteral("◆");
        case TrajectoryStatus::State::NoTrajectory:
        case TrajectoryStatus::State::NoData:
            break;
        }
        return QStringLiteral("–");
    }

    void drawIndicator(const Entry &entry)
    {
        const Indicator &ind = *entry.indicator;
        double y = margin;
        y = drawText(ind.name, y, ChartStyle::font(14, true), ChartStyle::nhsBlack);
        QStringList context;
        if (entry.area)
            context << entry.area->name;
        if (entry.programme)
            context << entry.programme->name;
        y = drawText(context.join(QStringLiteral(" · ")),
                     y + 2,
                     ChartStyle::font(9),
                     ChartStyle::nhsDarkBlue)
            + 8;
        // The SPC chart where there are enough points for stable limits, unless told otherwise.
        const bool useSpc
            = m_request.charts == BoardPackRequest::Charts::Spc
              || (m_request.charts == BoardPackRequest::Charts::Automatic
                  && SpcChartBuilder::pointCount(ind) >= SpcChartBuilder::boardPackMinimumPoints);
        ChartExporter::AnyChart data;
        if (useSpc && SpcChartBuilder::pointCount(ind) > 0)
            data = SpcChartBuilder::build(m_plan, ind);
        else
            data = ChartDataBuilder::trajectory(m_plan, ind);
        const double width = pageWidth - 2 * margin;
        const double chartHeight = width * 0.72;
        ChartExporter::render(m_painter, QRectF(margin, y, width, chartHeight), data);
        y += chartHeight + 12;
        const auto section = [&](const QString &heading, const QString &text) {
            if (text.isEmpty())
                return;
            y = drawText(heading, y, ChartStyle::font(9, true), ChartStyle::nhsBlack) + 2;
            y = drawText(text, y, ChartStyle::font(8.5), ChartStyle::nhsBlack) + 8;
        };
        section(Tr::tr("Definition"),
                ind.definition.isEmpty() ? ValueFormat::missing() : ind.definition);
        QString source = ind.source;
        if (!ind.code.isEmpty())
            source = source.isEmpty() ? ind.code : Tr::tr("%1 (%2)").arg(source, ind.code);
        section(Tr::tr("Source"), source.isEmpty() ? ValueFormat::missing() : source);
        if (!ind.annotations.isEmpty()) {
            QStringList lines;
            int number = 1;
            for (const Annotation &a : ind.annotations) {
                const QString when = a.date.isValid()
                                         ? QLocale().toString(a.date, QLocale::ShortFormat)
                                         : a.period;
                lines << Tr::tr("%1. %2 (%3)%4")
                             .arg(number++)
                             .arg(a.label,
                                  when,
                                  a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note);
            }
            section(Tr::tr("Annotations"), lines.join(QLatin1Char('\n')));
        }
        section(Tr::tr("Latest progress narrative"),
                IndicatorSummaries::latestProgressNarrative(m_plan, ind.programmeId));
    }

    const PlanSnapshot &m_plan;
    const BoardPackRequest &m_request;
    QPdfWriter &m_pdf;
    QPainter m_painter;
    QList<Entry> m_entries;
    int m_page = 0;
    int m_totalPages = 0;
    int m_summaryPage = 0;
    bool m_cancelled = false;
};

} // namespace

QList<const Indicator *> indicators(const PlanSnapshot &plan, const BoardPackRequest &request)
{
    const QList<IndicatorSummary> rows
        = request.programmeId ? IndicatorSummaries::forProgramme(plan, request.programmeId)
                              : IndicatorSummaries::forArea(plan, request.areaId);
    QList<const Indicator *> list;
    for (const IndicatorSummary &row : rows)
        list.append(row.indicator);
    return list;
}

bool write(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           const QString &path,
           BoardPackResult *result,
           QString *error,
           const Progress &progress)
{
    const QList<IndicatorSummary> rows
        = request.programmeId ? IndicatorSummaries::forProgramme(plan, request.programmeId)
                              : IndicatorSummaries::forArea(plan, request.areaId);
    if (rows.isEmpty()) {
        if (error)
            *error = Tr::tr("There are no indicators to put in a board pack for this selection.");
        return false;
    }
    QList<Entry> entries;
    for (const IndicatorSummary &row : rows)
        entries.append({row.indicator, row.area, row.programme, 0});

    // Written to a temporary file beside the target, which takes the target's name only once
    // every page was written and flushed: no half-written pack is ever left, and an older pack
    // stays as it was when writing fails.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = WriteError::file(path, file.errorString());
        return false;
    }
    bool ok = false;
    bool cancelled = false;
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("JFP Planner"));
        pdf.setTitle(Tr::tr("%1 board pack").arg(plan.info.name));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(600);
        Writer writer(plan, request, pdf);
        ok = writer.run(entries, result, progress);
        cancelled = writer.cancelled();
    } // the PDF's tail is written when its painter ends
    if (cancelled) {
        if (error)
            *error = Tr::tr("The board pack was cancelled; no file was written.");
        return false; // the temporary file goes with `file`
    }
    // Fails when any write or the final flush did (a full disk).
    if (!ok || !WriteError::commit(file)) {
        if (error)
            *error = WriteError::file(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Jfp::BoardPack
