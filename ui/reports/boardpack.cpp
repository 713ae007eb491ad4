// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "boardpack.h"

#include "boardpacktables.h"
#include "boardpacktimeline.h"

#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "charts/sparkline.h"
#include "charts/spcicons.h"
#include "coretr.h"
#include "domain/period.h"
#include "domain/rag.h"
#include "domain/valueformat.h"
#include "reporting/chartdata.h"
#include "reporting/indicatorsummary.h"
#include "reporting/pdfnavigation.h"
#include "reporting/spcchartdata.h"
#include "storage/writeerror.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>

namespace Jfp::BoardPack {

namespace {

constexpr double footerHeight = 28;
constexpr int contentsRowsPerPage = 34;
constexpr int summaryRowsPerPage = 16;

struct Entry
{
    const Indicator *indicator = nullptr;
    const Area *area = nullptr;
    const Programme *programme = nullptr;
    bool charted = false; // has something to chart, so a page of its own
    int page = 0;
};

using Section = BoardPackRequest::Section;

/** Whether an indicator's chart shows anything: a value, a planned value, a baseline or a target.
 */
bool hasChart(const PlanSnapshot &plan, const Indicator &indicator)
{
    const ChartData chart = ChartDataBuilder::trajectory(plan, indicator);
    return !chart.marks.isEmpty()
           || std::any_of(chart.series.cbegin(), chart.series.cend(), [](const ChartSeries &s) {
                  return std::any_of(s.points.cbegin(), s.points.cend(), [](const ChartPoint &p) {
                      return p.y.has_value();
                  });
              });
}

class Writer : public Pages
{
public:
    Writer(const PlanSnapshot &plan, const BoardPackRequest &request, QPagedPaintDevice &device)
        : m_plan(plan)
        , m_request(request)
        , m_device(device)
    {}

    bool run(QList<Entry> entries, BoardPackResult *result, const Progress &progress)
    {
        m_entries = std::move(entries);
        m_tables.insert(Section::Progress, progressTable(m_plan, m_request));
        m_tables.insert(Section::Milestones, milestonesTable(m_plan, m_request));
        m_timeline = milestoneTimeline(m_plan, m_request);

        // A first pass lays every page out without drawing, to number the pages for the
        // contents and the footers; the second draws them.
        m_dry = true;
        layOut();
        m_dry = false;
        m_totalPages = m_page;

        if (!m_painter.begin(&m_device))
            return false;
        m_painter.scale(m_device.logicalDpiX() / 96.0, m_device.logicalDpiY() / 96.0);
        m_painter.setRenderHint(QPainter::Antialiasing);
        int done = 0;
        m_step = [&]() { return !progress || progress(++done, m_totalPages); };
        if (!layOut())
            return cancel();
        m_painter.end();
        if (result) {
            result->pages = m_totalPages;
            result->indicators = int(m_entries.size());
            result->frontMatterPages = m_request.frontMatter ? 1 + m_contentsPages : 0;
            result->indicatorPages = int(std::count_if(
                m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.page > 0; }));
            result->sections.clear();
            for (const Section section : m_request.sections)
                result->sections.append(sectionTitle(section));
        }
        return true;
    }

    bool cancelled() const { return m_cancelled; }

    /** The outline: the contents and each section written, the indicators' pages beneath. */
    QList<PdfNavigation::Bookmark> bookmarks() const
    {
        QList<PdfNavigation::Bookmark> list;
        if (m_request.frontMatter)
            list.append({Tr::tr("Contents"), 1, {}});
        for (const Section section : m_request.sections) {
            const int page = m_sectionPage.value(section);
            if (page <= 0)
                continue;
            PdfNavigation::Bookmark bookmark{sectionTitle(section), page - 1, {}};
            if (section == Section::Indicators) {
                for (const Entry &e : m_entries) {
                    if (!e.charted || e.page <= 0)
                        continue;
                    QString title = e.indicator->name;
                    if (e.area)
                        title += QStringLiteral(" · ") + e.area->name;
                    bookmark.children.append({title, e.page - 1, {}});
                }
            }
            list.append(bookmark);
        }
        return list;
    }

    /** A link from each row of the contents to the page it names. */
    const QList<PdfNavigation::Link> &links() const { return m_links; }

private:
    bool cancel()
    {
        m_cancelled = true;
        m_painter.end();
        return false;
    }

    /** Every page in order; in the dry pass only counted. False when cancelled. */
    bool layOut()
    {
        m_page = 0;
        if (m_request.frontMatter) {
            startPage(); // the cover
            if (!m_dry)
                drawCover();
            m_contentsPages = std::max<int>(
                1, (contentsRows().size() + contentsRowsPerPage - 1) / contentsRowsPerPage);
            for (int page = 0; page < m_contentsPages; ++page) {
                if (!startPage())
                    return false;
                if (!m_dry)
                    drawContents(page);
            }
        }
        for (const Section section : m_request.sections) {
            const int before = m_page;
            switch (section) {
            case Section::Dashboard: {
                const int pages = std::max<int>(
                    1, (m_entries.size() + summaryRowsPerPage - 1) / summaryRowsPerPage);
                for (int page = 0; page < pages; ++page) {
                    if (!startPage())
                        return false;
                    if (!m_dry)
                        drawSummary(page);
                }
                break;
            }
            case Section::Progress:
                if (!flowTable(*this, m_tables.value(section)))
                    return false;
                break;
            case Section::Milestones: {
                double end = 0;
                const Table &table = m_tables.value(section);
                if (!flowTable(*this, table, &end)
                    || !(table.rows.isEmpty() || flowTimeline(*this, m_timeline, end)))
                    return false;
                break;
            }
            case Section::Indicators:
                for (Entry &entry : m_entries) {
                    if (!entry.charted)
                        continue;
                    if (!startPage())
                        return false;
                    entry.page = m_page;
                    if (!m_dry)
                        drawIndicator(entry);
                }
                break;
            }
            m_sectionPage[section] = m_page > before ? before + 1 : 0;
        }
        return m_dry || !m_step || m_step(); // the last page
    }

    /** Starts the next page (the first is the cover): false when the user cancelled. */
    bool startPage() override
    {
        if (m_page > 0) {
            if (!m_dry) {
                if (m_step && !m_step())
                    return false;
                m_device.newPage();
            }
        }
        ++m_page;
        if (!m_dry && (m_page > 1 || !m_request.frontMatter)) // every page but the cover
            drawFooter();
        return true;
    }

    struct ContentsRow
    {
        QString text;
        int page = 0;
        bool section = true; // else an indicator, listed beneath its section
    };

    /** The contents: each section and each indicator page, with its page number. */
    QList<ContentsRow> contentsRows() const
    {
        QList<ContentsRow> rows;
        for (const Section section : m_request.sections) {
            if (section != Section::Indicators) {
                rows.append({sectionTitle(section), m_sectionPage.value(section), true});
                continue;
            }
            if (std::none_of(
                    m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.charted; }))
                continue;
            rows.append({sectionTitle(section), m_sectionPage.value(section), true});
            for (const Entry &e : m_entries) {
                if (e.charted)
                    rows.append({e.indicator->name, e.page, false});
            }
        }
        return rows;
    }

    QString scopeName() const
    {
        if (const Programme *p = m_plan.programme(m_request.programmeId))
            return p->name;
        if (const Area *a = m_plan.area(m_request.areaId))
            return a->name;
        return Tr::tr("All areas");
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

    QPainter *painter() override { return m_dry ? nullptr : &m_painter; }

    /** Draws wrapped text (only measures it in the dry pass); returns the y below it. */
    double drawText(const QString &text,
                    double y,
                    const QFont &font,
                    const QColor &colour,
                    double left = margin,
                    double width = pageWidth - 2 * margin)
    {
        return BoardPack::drawText(painter(), text, y, font, colour, left, width);
    }

    void drawCover()
    {
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
        const QList<ContentsRow> rows = contentsRows();
        const int first = page * contentsRowsPerPage;
        for (int i = first; i < std::min<int>(rows.size(), first + contentsRowsPerPage); ++i) {
            const ContentsRow &row = rows[i];
            const double indent = row.section ? 0 : 16;
            m_painter.setFont(ChartStyle::font(9, row.section));
            const QFontMetricsF metrics(m_painter.font());
            const double width = pageWidth - 2 * margin - 40 - indent;
            m_painter.setPen(ChartStyle::nhsBlack);
            m_painter.drawText(QRectF(margin + indent, y, width, 20),
                               Qt::AlignLeft | Qt::AlignVCenter,
                               metrics.elidedText(row.text, Qt::ElideRight, width));
            m_painter.drawText(QRectF(pageWidth - margin - 40, y, 40, 20),
                               Qt::AlignRight | Qt::AlignVCenter,
                               QString::number(row.page));
            // The whole row, up to the next, in points (device units at the writer's resolution).
            const QRectF device = m_painter.transform().mapRect(
                QRectF(margin + indent, y - 3, pageWidth - 2 * margin - indent, 26));
            const double scale = 72.0 / m_device.logicalDpiX();
            m_links.append({m_page - 1,
                            QRectF(device.topLeft() * scale, device.size() * scale),
                            row.page - 1});
            y += 26;
        }
    }

    void drawSummary(int page)
    {
        double y = margin;
        if (page > 0) {
            y = drawText(Tr::tr("%1 (continued)").arg(sectionTitle(Section::Dashboard)),
                         y,
                         ChartStyle::font(12, true),
                         ChartStyle::nhsBlack)
                + 8;
        } else {
            y = drawText(sectionTitle(Section::Dashboard),
                         y,
                         ChartStyle::font(16, true),
                         ChartStyle::nhsBlack)
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
        const QList<double> columns = {0.23, 0.09, 0.12, 0.10, 0.12, 0.11, 0.11, 0.12};
        const QStringList headers = {Tr::tr("Indicator"),
                                     Tr::tr("Baseline"),
                                     Tr::tr("Latest"),
                                     Tr::tr("Target"),
                                     Tr::tr("Status against trajectory"),
                                     Tr::tr("Variation"),
                                     Tr::tr("Assurance"),
                                     Tr::tr("Programme RAG")};
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
        drawRow(headers, true, 48, ChartStyle::nhsBlue); // room for three lines
        const int first = page * summaryRowsPerPage;
        for (int i = first; i < std::min<int>(m_entries.size(), first + summaryRowsPerPage); ++i) {
            const Indicator &ind = *m_entries[i].indicator;
            const TrajectoryStatus status = IndicatorSummaries::statusAgainstTrajectory(ind);
            const auto latest = ind.latestActual();
            const QString statusText = IndicatorSummaries::statusText(status);
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
            const double rowTop = y;
            // Its page when the pack has the indicators' pages (not a dashboard on its own).
            QStringList where;
            if (m_entries[i].area)
                where << m_entries[i].area->name;
            if (!m_entries[i].charted)
                where << Tr::tr("no values yet");
            else if (m_entries[i].page > 0)
                where << Tr::tr("page %1").arg(m_entries[i].page);
            drawRow({ind.name + QLatin1Char('\n') + where.join(QStringLiteral(" · ")),
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
                     assuranceCell,
                     ragCell(ind)},
                    false,
                    52,
                    (i % 2) ? ChartStyle::nhsPaleGrey : QColor());
            const double latestLeft = margin + (columns[0] + columns[1]) * width;
            Sparkline::paint(m_painter,
                             QRectF(latestLeft + 4, rowTop + 34, columns[2] * width - 8, 14),
                             IndicatorSummaries::trend(ind),
                             ChartStyle::nhsBlue,
                             1.2,
                             1.8);
        }
    }

    /** The RAG of the latest progress update of the indicator's programme, shape and word. */
    QString ragCell(const Indicator &indicator) const
    {
        const ProgressUpdate *u
            = IndicatorSummaries::nearestProgressUpdate(m_plan, indicator.programmeId);
        if (!u)
            return Tr::tr("No update yet");
        if (u->rag.isEmpty())
            return Tr::tr("Not given\n%1").arg(u->period);
        return Tr::tr("%1 %2\n%3").arg(Rags::symbol(u->rag), Rags::label(u->rag), u->period);
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
            // As many as the chart draws (its last); the rest are in the plan's workbook.
            const qsizetype from = std::max<qsizetype>(
                0, ind.annotations.size() - ChartDataBuilder::maxChartAnnotations);
            if (from > 0) {
                lines << Tr::tr("The last %L1 of %L2 annotations; all of them are in the plan's "
                                "workbook (File > Export).")
                             .arg(ind.annotations.size() - from)
                             .arg(ind.annotations.size());
            }
            number = int(from) + 1;
            for (const Annotation &a : ind.annotations.mid(from)) {
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
    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QList<Entry> m_entries;
    QHash<Section, Table> m_tables;
    Timeline m_timeline;
    QHash<Section, int> m_sectionPage;
    QList<PdfNavigation::Link> m_links;
    std::function<bool()> m_step;
    int m_page = 0;
    int m_totalPages = 0;
    int m_contentsPages = 1;
    bool m_dry = false;
    bool m_cancelled = false;
};

int statusRank(const Indicator &indicator)
{
    return IndicatorSummaries::statusRank(
        IndicatorSummaries::statusAgainstTrajectory(indicator).state);
}

void sortEntries(QList<Entry> &entries, BoardPackRequest::Sort sort)
{
    const auto byName = [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.indicator->name, b.indicator->name) < 0;
    };
    switch (sort) {
    case BoardPackRequest::Sort::Plan:
        break;
    case BoardPackRequest::Sort::Name:
        std::stable_sort(entries.begin(), entries.end(), byName);
        break;
    case BoardPackRequest::Sort::Status:
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return statusRank(*a.indicator) < statusRank(*b.indicator);
        });
        break;
    }
}

constexpr std::array allSections = {BoardPackRequest::Section::Dashboard,
                                    BoardPackRequest::Section::Progress,
                                    BoardPackRequest::Section::Milestones,
                                    BoardPackRequest::Section::Indicators};

} // namespace

QString key(BoardPackRequest::Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QStringLiteral("dashboard");
    case Section::Progress:
        return QStringLiteral("progress");
    case Section::Milestones:
        return QStringLiteral("milestones");
    case Section::Indicators:
        return QStringLiteral("indicators");
    }
    return {};
}

std::optional<BoardPackRequest::Section> sectionFromKey(const QString &word)
{
    for (const Section section : allSections) {
        if (key(section) == word)
            return section;
    }
    return std::nullopt;
}

std::optional<QList<BoardPackRequest::Section>> parseSections(const QString &list, QString *error)
{
    QList<Section> sections;
    QStringList choices;
    for (const Section section : allSections)
        choices << key(section);
    for (const QString &part : list.split(QLatin1Char(','))) {
        const QString word = part.trimmed().toLower();
        const auto section = sectionFromKey(word);
        if (!section || sections.contains(*section)) {
            if (error) {
                *error = section ? Tr::tr("the section '%1' is listed twice.").arg(word)
                                 : Tr::tr("'%1' is not a board pack section; choose from %2.")
                                       .arg(word, choices.join(QStringLiteral(", ")));
            }
            return std::nullopt;
        }
        sections.append(*section);
    }
    return sections;
}

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

namespace {

/** The pack's indicators in the order asked for; none, and a message, when there is nothing to
 * write. */
std::optional<QList<Entry>>
prepare(const PlanSnapshot &plan, const BoardPackRequest &request, QString *error)
{
    const QList<IndicatorSummary> rows
        = request.programmeId ? IndicatorSummaries::forProgramme(plan, request.programmeId)
                              : IndicatorSummaries::forArea(plan, request.areaId);
    if (rows.isEmpty()) {
        if (error)
            *error = Tr::tr("There are no indicators to put in a board pack for this selection.");
        return std::nullopt;
    }
    if (request.sections.isEmpty()) {
        if (error)
            *error = Tr::tr("Choose at least one section for the board pack.");
        return std::nullopt;
    }
    QList<Entry> entries;
    for (const IndicatorSummary &row : rows)
        entries.append({row.indicator, row.area, row.programme, hasChart(plan, *row.indicator), 0});
    sortEntries(entries, request.sort);
    return entries;
}

} // namespace

bool paint(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           QPagedPaintDevice &device,
           BoardPackResult *result,
           QString *error)
{
    const auto entries = prepare(plan, request, error);
    if (!entries)
        return false;
    Writer writer(plan, request, device);
    if (!writer.run(*entries, result, {})) {
        if (error)
            *error = Tr::tr("The pages could not be drawn on the printer.");
        return false;
    }
    return true;
}

bool write(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           const QString &path,
           BoardPackResult *result,
           QString *error,
           const Progress &progress)
{
    const auto entries = prepare(plan, request, error);
    if (!entries)
        return false;

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
    QBuffer buffer; // the pages, then bookmarks and links are added before they go to `file`
    buffer.open(QIODevice::WriteOnly);
    QList<PdfNavigation::Bookmark> bookmarks;
    QList<PdfNavigation::Link> links;
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("JFP Planner"));
        pdf.setTitle(Tr::tr("%1 board pack").arg(plan.info.name));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(600);
        Writer writer(plan, request, pdf);
        ok = writer.run(*entries, result, progress);
        cancelled = writer.cancelled();
        bookmarks = writer.bookmarks();
        links = writer.links();
    } // the PDF's tail is written when its painter ends
    if (cancelled) {
        if (error)
            *error = Tr::tr("The board pack was cancelled; no file was written.");
        return false; // the temporary file goes with `file`
    }
    buffer.close();
    QByteArray bytes = std::move(buffer.buffer());
    // Navigation is a nicety: should it fail, the pack is written without it.
    QString navigationError;
    if (ok && !PdfNavigation::addNavigation(bytes, bookmarks, links, &navigationError))
        qWarning("%s", qUtf8Printable(navigationError));
    // In pieces smaller than the file's buffer: Qt 6.4 lets a short write of a bigger block pass
    // unnoticed (a full disk), where a short flush of its buffer sets the file's error.
    constexpr qsizetype piece = 4096;
    for (qsizetype at = 0; ok && at < bytes.size() && file.error() == QFileDevice::NoError;
         at += piece)
        file.write(bytes.constData() + at, std::min(piece, bytes.size() - at));
    // Fails when any write or the final flush did (a full disk).
    if (!ok || !WriteError::commit(file)) {
        if (error)
            *error = WriteError::file(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Jfp::BoardPack
