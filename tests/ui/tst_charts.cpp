// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "charts/chartexporter.h"
#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "charts/spcchart.h"
#include "charts/trajectorychart.h"
#include "commands/annotationcommands.h"
#include "commands/spccommands.h"
#include "dialogs/chartexportdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reportactions.h"
#include "qpdfjson.h"
#include "reporting/chartdata.h"
#include "reporting/indicatorsummary.h"
#include "reporting/spcchartdata.h"
#include "reports/boardpack.h"
#include "reports/boardpacktimeline.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "syntheticplan.h"
#include "translations.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include "document/undostack.h"
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QProcess>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>
#include <QtMath>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_Charts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fontIsInstalled();
    void exportFormats_data();
    void exportFormats();
    void sameLookInEveryFormat();
    void clipboardHoldsImageAndSvg();
    void hoverDescribesPoint();
    void boardPackPages_data();
    void boardPackPages();
    void boardPackSections();
    void boardPackSort();
    void boardPackNavigation();
    void boardPackCancelLeavesNoFile();
    void boardPackTimeline();
    void boardPackDashboardRag();
    void boardPackTimelineFlows();
    void boardPackTimelineMarkers();
    void chartTabFollowsSelection();
    void copyAndExportTakeTheChartShown();
    void spcChartOfSyntheticDataIsMarked();
    void annotationsAreUndoable();
    void exportAllCharts();
    void spcSettingsAreUndoable();
    void periodLabelsAreWhole_data();
    void periodLabelsAreWhole();
    void markLabelsClearOfData_data();
    void markLabelsClearOfData();

private:
    static int pdfPages(const QString &path);
    static QString pdfText(const QString &path, int first, int last);
    const Indicator &suicide() const;

    QTemporaryDir m_dir;
    QString m_planPath;
    PlanSnapshot m_plan;
};

namespace {

/** The demo series' chart (financial years from 2019/20) moved onto an axis from `firstYear`. */
ChartData fromYear(ChartData data, int firstYear)
{
    const double shift = 12.0 * (2019 - firstYear);
    data.categories.clear();
    for (int year = firstYear; year <= 2028; ++year) {
        const double start = 12.0 * (year - firstYear);
        data.categories.append({u"%1/%2"_s.arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
                                start,
                                start + 12});
    }
    data.xMin = 0;
    data.xMax = data.categories.constLast().end;
    for (ChartSeries &series : data.series) {
        for (ChartPoint &point : series.points)
            point.x += shift;
    }
    for (ChartMark &mark : data.marks) {
        if (mark.x)
            *mark.x += shift;
    }
    for (ChartAnnotation &annotation : data.annotations)
        annotation.x += shift;
    return data;
}

/** The chart laid out as an export of `mm` lays it out (96 dpi, less room for the caption). */
void layOut(TrajectoryChart &chart, QGraphicsScene &scene, const QSizeF &mm)
{
    const QSizeF logical = ChartExporter::logicalSize({mm.width(), mm.height(), 96});
    scene.addItem(&chart);
    chart.setGeometry(QRectF(0, 0, logical.width(), logical.height() - 60));
    chart.layout()->activate();
    chart.updateOverlays();
}

/** The visible text of the chart and its descendants (axis labels, legend, overlays). */
QList<QPair<QString, QRectF>> visibleTexts(const QGraphicsItem &chart)
{
    QList<QPair<QString, QRectF>> texts;
    QList<const QGraphicsItem *> pending{&chart};
    while (!pending.isEmpty()) {
        const QGraphicsItem *item = pending.takeFirst();
        for (const QGraphicsItem *child : item->childItems())
            pending.append(child);
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        if (!text.isEmpty())
            texts.append({text, chart.mapRectFromScene(item->sceneBoundingRect())});
    }
    return texts;
}

/** What the data covers in the chart: lines as stroked, points and markers, whiskers. */
QList<QPainterPath> dataShapes(QChart &chart)
{
    QList<QPainterPath> shapes;
    for (QAbstractSeries *series : chart.series()) {
        const auto *xy = qobject_cast<const QXYSeries *>(series);
        if (!xy)
            continue;
        const bool scatter = qobject_cast<const QScatterSeries *>(xy) != nullptr;
        if (!scatter && xy->pen().color().alpha() == 0)
            continue; // the invisible series the overlays map through
        QPainterPath line;
        const QList<QPointF> points = xy->points();
        for (int i = 0; i < points.size(); ++i) {
            const QPointF at = chart.mapToPosition(points.at(i), const_cast<QXYSeries *>(xy));
            if (i == 0)
                line.moveTo(at);
            else
                line.lineTo(at);
            if (scatter || xy->pointsVisible()) {
                QPainterPath marker;
                const qreal r = xy->markerSize() / 2;
                marker.addEllipse(at, r, r);
                shapes.append(marker);
            }
        }
        if (!scatter && points.size() > 1) {
            QPainterPathStroker stroker;
            stroker.setWidth(std::max(1.0, xy->pen().widthF()));
            shapes.append(stroker.createStroke(line));
        }
    }
    for (const QGraphicsItem *child : chart.childItems()) {
        if (const auto *whisker = dynamic_cast<const QGraphicsPathItem *>(child))
            shapes.append(whisker->mapToParent(whisker->shape()));
    }
    return shapes;
}

} // namespace

void tst_Charts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The plural forms ("14 days", "3 more open milestones").
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_planPath = m_dir.filePath(u"demo.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(m_planPath, &error), qPrintable(error));
    auto db = Database::open(m_planPath, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(SyntheticPlan::addDemoSeries(*db, u"Suicide rate"_s, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
}

const Indicator &tst_Charts::suicide() const
{
    QString error;
    return *IndicatorSummaries::findIndicator(m_plan, u"Suicide rate"_s, &error);
}

int tst_Charts::pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF") || !bytes.trimmed().endsWith("%%EOF"))
        return -1;
    static const QRegularExpression page(uR"(/Type\s*/Page(?!s))"_s);
    return int(QString::fromLatin1(bytes).count(page));
}

void tst_Charts::fontIsInstalled()
{
    // Without a real font, charts draw empty boxes: the package depends on DejaVu Sans.
    const QFont font = ChartStyle::font(10);
    QVERIFY(!QFontInfo(font).family().isEmpty());
    QVERIFY(QFontMetrics(font).inFont(u'A'));
    QVERIFY(QFontMetrics(font).inFont(u'£'));
}

void tst_Charts::exportFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("word png") << u"word.png"_s << 160.0 << 90.0 << 300 << QSize(1890, 1063);
    QTest::newRow("a4 png 150dpi") << u"a4.png"_s << 297.0 << 210.0 << 150 << QSize(1754, 1240);
    QTest::newRow("slide png") << u"slide.png"_s << 254.0 << 142.875 << 96 << QSize(960, 540);
    QTest::newRow("svg") << u"chart.svg"_s << 160.0 << 90.0 << 300 << QSize();
    QTest::newRow("pdf") << u"chart.pdf"_s << 160.0 << 90.0 << 300 << QSize();
}

void tst_Charts::exportFormats()
{
    QFETCH(QString, name);
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(name);
    QString error;
    const ChartData data = ChartDataBuilder::trajectory(m_plan, suicide());
    QVERIFY2(ChartExporter::write(data, path, {widthMm, heightMm, dpi}, &error), qPrintable(error));
    switch (ChartExporter::formatOf(path)) {
    case ChartExporter::Format::Png: {
        const QImage image(path);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Not blank: the data line's colour is there.
        bool foundLine = false;
        for (int y = 0; y < image.height() && !foundLine; y += 2) {
            for (int x = 0; x < image.width() && !foundLine; x += 2)
                foundLine = image.pixelColor(x, y) == ChartStyle::nhsDarkBlue;
        }
        QVERIFY(foundLine);
        break;
    }
    case ChartExporter::Format::Svg: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(QSvgRenderer(path).isValid());
        // Real text, not outlines: the title, axis labels and caption are searchable.
        for (const QString &text : {u"Suicide rate"_s,
                                    u"2026/27"_s,
                                    u"2028/29"_s,
                                    u"Rate per 100,000"_s,
                                    u"Target 10.5 per 100,000 (2026/27)"_s,
                                    u"Data to 2023/24"_s,
                                    u"ILLUSTRATIVE DATA"_s})
            QVERIFY2(svg.contains(text), qPrintable(text));
        QVERIFY(svg.contains(u"<text"_s));
        break;
    }
    case ChartExporter::Format::Pdf:
        QCOMPARE(pdfPages(path), 1);
        break;
    case ChartExporter::Format::Unknown:
        QFAIL("unexpected format");
    }
}

void tst_Charts::sameLookInEveryFormat()
{
    // The on-screen render and the export lay out the same: compare two renders at two sizes
    // of the same aspect ratio after scaling.
    const ChartData data = ChartDataBuilder::trajectory(m_plan, suicide());
    const QImage small = ChartExporter::image(data, {160, 90, 96});
    const QImage large = ChartExporter::image(data, {160, 90, 192})
                             .scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 difference = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const QColor a = small.pixelColor(x, y);
            const QColor b = large.pixelColor(x, y);
            difference += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                          + std::abs(a.blue() - b.blue());
        }
    }
    const double meanDifference = double(difference) / (small.width() * small.height() * 3);
    QVERIFY2(meanDifference < 12, qPrintable(QString::number(meanDifference)));
    QString error;
    QVERIFY(!ChartExporter::write(data, m_dir.filePath(u"chart.gif"_s), {}, &error));
    QVERIFY(error.contains(u".png, .svg or .pdf"_s));
    QVERIFY(!ChartExporter::write(data, m_dir.filePath(u"tiny.png"_s), {5, 5, 300}, &error));
}

void tst_Charts::clipboardHoldsImageAndSvg()
{
    const ChartData data = ChartDataBuilder::trajectory(m_plan, suicide());
    std::unique_ptr<QMimeData> mime(ChartExporter::mimeData(data, {160, 90, 150}));
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(945, 531));
    QVERIFY(mime->data(u"image/svg+xml"_s).contains("Suicide rate"));
}

void tst_Charts::hoverDescribesPoint()
{
    TrajectoryChart chart(ChartDataBuilder::trajectory(m_plan, suicide()));
    chart.resize(800, 500);
    QAbstractSeries *actual = nullptr;
    for (QAbstractSeries *series : chart.series()) {
        if (series->name() == u"Actual"_s && !actual)
            actual = series;
    }
    QVERIFY(actual);
    // The point nearest the middle of 2023/24 (x = 54 on an axis starting 2019/20).
    const QString text = chart.describe(actual, QPointF(53.5, 12));
    QVERIFY2(text.contains(u"2023/24: 12.0 per 100,000"_s), qPrintable(text));
    QVERIFY(text.contains(u"95% confidence interval 9.5 to 14.8"_s));
    QVERIFY(text.contains(u"Illustrative value"_s));
}

void tst_Charts::boardPackPages_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<int>("indicators");
    QTest::addColumn<int>("charted");
    QTest::newRow("whole plan") << QString() << 57 << 54;
    QTest::newRow("St Helens") << u"St Helens"_s << 22 << 20;
    QTest::newRow("Halton") << u"Halton"_s << 6 << 6;
}

void tst_Charts::boardPackPages()
{
    QFETCH(QString, area);
    QFETCH(int, indicators);
    QFETCH(int, charted);
    BoardPackRequest request;
    if (!area.isEmpty())
        request.areaId = IndicatorSummaries::findArea(m_plan, area)->id;
    request.sections = {BoardPackRequest::Section::Indicators};
    const QString path = m_dir.filePath(u"pack.pdf"_s);
    QString error;
    BoardPackResult result;
    int progressCalls = 0;
    QVERIFY2(BoardPack::write(m_plan,
                              request,
                              path,
                              &result,
                              &error,
                              [&](int done, int total) {
                                  ++progressCalls;
                                  return done <= total;
                              }),
             qPrintable(error));
    QCOMPARE(result.indicators, indicators);
    // Cover and contents, then one page per indicator that has anything to chart.
    QCOMPARE(result.indicatorPages, charted);
    QCOMPARE(result.pages, result.frontMatterPages + charted);
    QVERIFY(result.frontMatterPages >= 2); // cover and contents (2 pages for the whole plan)
    QCOMPARE(pdfPages(path), result.pages);
    QCOMPARE(progressCalls, result.pages);
    QVERIFY(!QFile::exists(path + u".partial"_s));
    // Bookmarks, and a link for each row of the contents: the section's and each indicator's.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/PageMode /UseOutlines"));
    QCOMPARE(bytes.count("/Subtype /Link"), 1 + charted);
}

QString tst_Charts::pdfText(const QString &path, int first, int last)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s,
                    {u"-layout"_s,
                     u"-f"_s,
                     QString::number(first),
                     u"-l"_s,
                     QString::number(last),
                     path,
                     u"-"_s});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void tst_Charts::boardPackSections()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by test.sh) is needed to read the pages");
    // Issue 23: the pack was a summary and one page per indicator, two of them empty frames.
    PlanSnapshot plan = m_plan;
    BoardPackRequest request;
    request.areaId = IndicatorSummaries::findArea(plan, u"St Helens"_s)->id;
    ProgressUpdate update;
    for (const Programme &p : plan.programmes) {
        if (p.name == u"Mental Wellbeing"_s)
            update.programmeId = p.id;
    }
    QVERIFY(update.programmeId);
    update.period = u"Q2 2026/27"_s;
    update.rag = u"amber"_s;
    update.wentWell = u"Summit held"_s;
    plan.progressUpdates.append(update);
    request.date = QDate(2026, 12, 7);
    const QString path = m_dir.filePath(u"sections.pdf"_s);
    QString error;
    BoardPackResult result;
    QVERIFY2(BoardPack::write(plan, request, path, &result, &error), qPrintable(error));
    QCOMPARE(
        result.sections,
        QStringList(
            {u"Status dashboard"_s, u"Programme progress"_s, u"Milestones"_s, u"Indicators"_s}));
    // Cover, contents, dashboard (22 rows: 2 pages), progress, milestones, 20 charts.
    QCOMPARE(result.pages, 26);
    QCOMPARE(pdfPages(path), 26);
    const QString contents = pdfText(path, 2, 2).simplified();
    QVERIFY2(contents.contains(u"Status dashboard 3 Programme progress 5 Milestones 6 Indicators 7 "
                               "Emergency Admissions for intentional self harm 7"_s),
             qPrintable(contents));
    // An indicator with nothing to chart has a line in the dashboard, not a page.
    QVERIFY(!contents.contains(u"Respiratory Disease"_s));
    const QString dashboard = pdfText(path, 3, 4).simplified();
    QVERIFY2(dashboard.contains(u"St Helens · no values yet"_s), qPrintable(dashboard));
    QVERIFY(dashboard.contains(u"St Helens · page 7"_s));
    const QString progress = pdfText(path, 5, 5).simplified();
    QVERIFY2(progress.startsWith(u"Programme progress"_s), qPrintable(progress));
    QVERIFY(progress.contains(u"Mental Wellbeing"_s));
    QVERIFY(progress.contains(u"Q2 2026/27"_s));
    QVERIFY(progress.contains(u"◆ Amber"_s));
    QVERIFY(progress.contains(u"What went well: Summit held"_s));
    QVERIFY(progress.contains(u"No progress"_s)); // "update yet" wraps
    const QString milestones = pdfText(path, 6, 6).simplified();
    QVERIFY2(milestones.contains(u"Mental Health Summit to launch the"_s), qPrintable(milestones));
    QVERIFY(milestones.contains(u"Completed 1"_s) && milestones.contains(u"Jul 2021"_s));
    QVERIFY(milestones.contains(u"✔ Complete"_s));
    QVERIFY(pdfText(path, 7, 7).contains(u"Emergency Admissions for intentional self harm"_s));

    // Sections as chosen, in the order chosen.
    request.sections
        = {BoardPackRequest::Section::Milestones, BoardPackRequest::Section::Dashboard};
    QVERIFY2(BoardPack::write(plan, request, path, &result, &error), qPrintable(error));
    QCOMPARE(result.pages, 5);
    QCOMPARE(result.indicatorPages, 0);
    QVERIFY(pdfText(path, 2, 2).simplified().contains(u"Milestones 3 Status dashboard 4"_s));
    request.sections.clear();
    QVERIFY(!BoardPack::write(plan, request, path, &result, &error));
    QVERIFY(error.contains(u"at least one section"_s));
}

void tst_Charts::boardPackSort()
{
    // Off track first; then by name; the dashboard and the pages follow the order.
    PlanSnapshot plan = m_plan;
    Indicator *obese = nullptr;
    for (Indicator &i : plan.indicators) {
        if (i.name == u"Prevalence of obese children (4-5)"_s)
            obese = &i;
    }
    QVERIFY(obese);
    obese->trajectory = {{u"2024/25"_s, 11.0}};
    ActualValue actual;
    actual.period = u"2024/25"_s;
    actual.value = 12.5;
    obese->actuals = {actual};
    BoardPackRequest request;
    request.areaId = IndicatorSummaries::findArea(plan, u"St Helens"_s)->id;
    const auto order = [&](BoardPackRequest::Sort sort) {
        request.sort = sort;
        request.sections = {BoardPackRequest::Section::Indicators};
        const QString path = m_dir.filePath(u"sorted.pdf"_s);
        QString error;
        BoardPackResult result;
        if (!BoardPack::write(plan, request, path, &result, &error))
            return QString();
        return pdfText(path, 3, 3).section(u'\n', 0, 0).trimmed();
    };
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by test.sh) is needed to read the pages");
    QCOMPARE(order(BoardPackRequest::Sort::Plan),
             u"Emergency Admissions for intentional self harm"_s);
    QCOMPARE(order(BoardPackRequest::Sort::Status), u"Prevalence of obese children (4-5)"_s);
    QVERIFY(order(BoardPackRequest::Sort::Name).startsWith(u"Admission episodes for alcohol"_s));
}

void tst_Charts::boardPackNavigation()
{
    // Bookmarks for the contents, each section and each indicator's page, and each row of the
    // contents a link to the page it names.
    if (QpdfJson::executable().isEmpty()
        || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("qpdf and pdftotext (packages qpdf and poppler-utils, installed by test.sh) are "
              "needed to read the pack");
    // Adding them never fails (when it did, the pack would be written without them).
    QTest::failOnWarning(QRegularExpression(u"bookmarks"_s));
    BoardPackRequest request;
    request.areaId = IndicatorSummaries::findArea(m_plan, u"St Helens"_s)->id;
    request.date = QDate(2026, 12, 7);
    const QString path = m_dir.filePath(u"navigation.pdf"_s);
    QString error;
    BoardPackResult result;
    QVERIFY2(BoardPack::write(m_plan, request, path, &result, &error), qPrintable(error));
    QCOMPARE(result.indicatorPages, 20);
    const QString problems = QpdfJson::checkProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QJsonObject json = QpdfJson::json(path);
    QVERIFY(!json.isEmpty());

    // The contents as the page shows them: a title and a page number on each line.
    struct Row
    {
        QString title;
        int page = 0;
    };
    QList<Row> rows;
    static const QRegularExpression line(uR"(^\s*(\S.*?)\s+(\d+)\s*$)"_s);
    // pdftotext gives ligatures as such ("ﬁ"): compatibility normalisation spells them out.
    const QStringList lines
        = pdfText(path, 2, 2).normalized(QString::NormalizationForm_KC).split(u'\n');
    for (const QString &text : lines) {
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch() && !text.contains(u"Page 2 of"_s))
            rows.append({match.captured(1), match.captured(2).toInt()});
    }
    QCOMPARE(rows.size(), 4 + 20); // four sections, twenty indicators

    // Each row's link covers the row (its title and number) and goes to its page.
    const QList<QpdfJson::LinkAnnotation> links = QpdfJson::links(json, 1);
    QCOMPARE(links.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(links[i].targetPage, rows[i].page - 1);
        QVERIFY(links[i].borderless);
        const QRectF r = links[i].rect;
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s,
                        {u"-f"_s,
                         u"2"_s,
                         u"-l"_s,
                         u"2"_s,
                         u"-x"_s,
                         QString::number(qRound(r.left())),
                         u"-y"_s,
                         QString::number(qRound(842 - r.bottom())),
                         u"-W"_s,
                         QString::number(qRound(r.width())),
                         u"-H"_s,
                         QString::number(qRound(r.height())),
                         path,
                         u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(pdftotext.readAllStandardOutput())
                     .normalized(QString::NormalizationForm_KC)
                     .simplified(),
                 u"%1 %2"_s.arg(rows[i].title).arg(rows[i].page));
    }

    // The outline: the contents, then each section as the contents lists it, the indicators
    // beneath theirs, each named with its area.
    const QList<QpdfJson::OutlineItem> outline = QpdfJson::outlines(json);
    QStringList found;
    for (const QpdfJson::OutlineItem &item : outline)
        found << u"%1%2 → %3"_s.arg(QString(item.depth * 2, u' '), item.title).arg(item.page + 1);
    QStringList expected{u"Contents → 2"_s};
    bool indicators = false;
    for (const Row &row : std::as_const(rows)) {
        indicators = indicators || row.title == u"Indicators"_s;
        if (indicators && row.title != u"Indicators"_s)
            expected << u"  %1 · St Helens → %2"_s.arg(row.title).arg(row.page);
        else
            expected << u"%1 → %2"_s.arg(row.title).arg(row.page);
    }
    QCOMPARE(found, expected);
    QVERIFY(found.contains(u"Status dashboard → 3"_s));
    QVERIFY(std::all_of(outline.cbegin(), outline.cend(), [](const auto &i) { return i.open; }));
    // Each indicator's bookmark goes to the page headed with its name; the dashboard's to it.
    for (const QpdfJson::OutlineItem &item : outline) {
        if (item.title == u"Indicators"_s)
            continue; // the section starts with its first indicator's page
        const QString text = pdfText(path, item.page + 1, item.page + 1)
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        const QString heading = item.title.section(u" · "_s, 0, 0);
        QVERIFY2(text.startsWith(item.depth ? heading : item.title), qPrintable(item.title));
    }
}

void tst_Charts::boardPackCancelLeavesNoFile()
{
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    QString error;
    QVERIFY(!BoardPack::write(
        m_plan, {}, path, nullptr, &error, [](int done, int) { return done < 3; }));
    QVERIFY(error.contains(u"cancelled"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".partial"_s));
}

namespace {

/** The St Helens programme "Mental Wellbeing", above the sub-programmes of its indicators. */
Id mentalWellbeing(const PlanSnapshot &plan)
{
    for (const Programme &p : plan.programmes) {
        if (p.name == u"Mental Wellbeing"_s)
            return p.id;
    }
    return 0;
}

} // namespace

void tst_Charts::boardPackDashboardRag()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by test.sh) is needed to read the pages");
    // The dashboard gives each indicator its programme's latest RAG (of the nearest programme
    // above with an update), as a shape and a word; the sample records none, so one is added
    // to Mental Wellbeing, above the sub-programme that holds "Suicide rate".
    PlanSnapshot plan = m_plan;
    const Id wellbeing = mentalWellbeing(plan);
    QVERIFY(wellbeing);
    plan.progressUpdates.append({1, wellbeing, u"Q1 2025/26"_s, u"green"_s, {}, {}, {}, {}, {}});
    plan.progressUpdates.append({2, wellbeing, u"Q2 2025/26"_s, u"amber"_s, {}, {}, {}, {}, {}});
    BoardPackRequest request;
    request.areaId = IndicatorSummaries::findArea(plan, u"St Helens"_s)->id;
    request.sections = {BoardPackRequest::Section::Dashboard};
    const QString path = m_dir.filePath(u"rag.pdf"_s);
    QString error;
    BoardPackResult result;
    QVERIFY2(BoardPack::write(plan, request, path, &result, &error), qPrintable(error));
    const QString text = pdfText(path, 3, 3);
    QVERIFY2(text.contains(u"Programme"_s) && text.contains(u"RAG"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"◆ Amber"_s));
    QVERIFY(!text.contains(u"Green"_s));    // the latest quarter only
    QVERIFY(text.contains(u"No update"_s)); // Tackling Obesity's indicators
}

void tst_Charts::boardPackTimeline()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by test.sh) is needed to read the pages");
    // The milestones section draws the open milestones on a timeline after the table: a row for
    // each, its title elided to the titles' column, and a legend of the markers and words.
    // The sample's St Helens milestone is complete: three open ones are added, one overdue,
    // one slipped and one on time.
    PlanSnapshot plan = m_plan;
    const Id wellbeing = mentalWellbeing(plan);
    QVERIFY(wellbeing);
    const auto add = [&](const QString &title, const QDate &baseline, const QDate &forecast) {
        Milestone m;
        m.id = 9000 + plan.milestones.size();
        m.programmeId = wellbeing;
        m.title = title;
        m.status = MilestoneStatus::OnTrack;
        m.baselineDate = baseline;
        m.forecastDate = forecast;
        plan.milestones.append(m);
    };
    add(u"Crisis line open around the clock"_s, QDate(2026, 9, 30), QDate(2026, 10, 31));
    add(u"Suicide prevention strategy refreshed and agreed by every partner in the place"_s,
        QDate(2027, 3, 31),
        QDate(2027, 6, 30));
    add(u"Peer support network launched"_s, QDate(2027, 1, 15), QDate(2027, 1, 15));
    BoardPackRequest request;
    request.areaId = IndicatorSummaries::findArea(plan, u"St Helens"_s)->id;
    request.date = QDate(2026, 12, 7);
    request.sections = {BoardPackRequest::Section::Milestones};
    const QString path = m_dir.filePath(u"timeline.pdf"_s);
    QString error;
    BoardPackResult result;
    QVERIFY2(BoardPack::write(plan, request, path, &result, &error), qPrintable(error));
    const BoardPack::Timeline timeline = BoardPack::milestoneTimeline(plan, request);
    QCOMPARE(timeline.rows.size(), 3);
    QCOMPARE(timeline.rows[1].state, MilestoneSchedule::DateState::OnTime);
    QCOMPARE(timeline.rows[2].state, MilestoneSchedule::DateState::Slipped);
    QCOMPARE(timeline.more, 0);
    QString text;
    for (int page = 3; page <= result.pages; ++page)
        text += pdfText(path, page, page);
    const qsizetype at = text.indexOf(u"Milestone timeline"_s);
    QVERIFY2(at > 0, qPrintable(text));
    const QString drawn = text.mid(at);
    for (const QString &words : {u"Baseline date"_s,
                                 u"Forecast date"_s,
                                 u"Slip from baseline to forecast"_s,
                                 u"Today, 7 Dec 2026"_s,
                                 u"▲ Overdue: due date passed"_s,
                                 u"◆ Slipped: forecast more than 14 days after baseline"_s})
        QVERIFY2(drawn.contains(words), qPrintable(words + u"\n"_s + drawn));
    // The "Today" tag on the axis, besides the legend's words.
    QVERIFY(drawn.count(u"Today"_s) >= 2);
    const BoardPack::TimelineFrame frame = BoardPack::timelineFrame(
        timeline, BoardPack::margin, 0, BoardPack::pageWidth - 2 * BoardPack::margin, 1);
    int overdue = 0;
    for (const BoardPack::TimelineRow &row : timeline.rows) {
        QString title = BoardPack::timelineTitle(row.title, frame.titleWidth);
        title.chop(title.endsWith(u'…') ? 1 : 0);
        QVERIFY2(drawn.contains(title), qPrintable(title));
        overdue += row.state == MilestoneSchedule::DateState::Overdue;
    }
    // Each overdue and slipped row says so, besides the legend.
    QCOMPARE(overdue, 1);
    QCOMPARE(drawn.count(u"▲ Overdue"_s), 2);
    QCOMPARE(drawn.count(u"◆ Slipped"_s), 2);
    // The long title is cut short to its column.
    QVERIFY(!drawn.contains(u"every partner in the place"_s));

    // Where no milestone is open, the timeline says so.
    QVERIFY2(BoardPack::write(m_plan, request, path, &result, &error), qPrintable(error));
    QVERIFY(pdfText(path, 3, result.pages)
                .simplified()
                .contains(u"There are no open milestones to put on the timeline."_s));
}

void tst_Charts::boardPackTimelineFlows()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by test.sh) is needed to read the pages");
    const QDate today(2026, 12, 7);
    const QString planPath = m_dir.filePath(u"many-milestones.jfp"_s);
    QString error;
    PlanSnapshot plan;
    {
        auto db = Database::create(planPath, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SyntheticPlan::generate(*db, 6, 4, &error), qPrintable(error));
        QVERIFY2(SyntheticPlan::addMilestones(*db, 200, today, &error), qPrintable(error));
        plan = *PlanReader::read(*db, &error);
    }
    BoardPackRequest request;
    request.date = today;
    request.sections = {BoardPackRequest::Section::Milestones};
    const BoardPack::Timeline timeline = BoardPack::milestoneTimeline(plan, request);
    QCOMPARE(timeline.rows.size(), BoardPack::timelineMaxRows);
    QVERIFY(timeline.more > 50);
    const QString path = m_dir.filePath(u"many-milestones.pdf"_s);
    BoardPackResult result;
    QVERIFY2(BoardPack::write(plan, request, path, &result, &error), qPrintable(error));
    QString text;
    for (int page = 3; page <= result.pages; ++page)
        text += pdfText(path, page, page);
    QVERIFY(text.contains(u"And %1 more open milestones in the table."_s.arg(timeline.more)));

    // No words run into the footer (its line is at 792 pt, the text below it).
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"3"_s, path, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(pdftotext.readAllStandardOutput());
    static const QRegularExpression word(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<)re"_s);
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const double top = match.captured(2).toDouble();
        const double bottom = match.captured(4).toDouble();
        QVERIFY2(bottom <= 788 || top >= 792, qPrintable(match.captured(5)));
        ++words;
    }
    QVERIFY(words > 1000);

    // Flowed from low on a page, every row of a longer timeline is drawn above the footer, the
    // axis again at the top of each page it goes on to.
    struct Images : BoardPack::Pages
    {
        QList<std::shared_ptr<QImage>> pages;
        QPainter active;
        bool startPage() override
        {
            if (active.isActive())
                active.end();
            pages.append(std::make_shared<QImage>(
                qCeil(BoardPack::pageWidth), qCeil(BoardPack::pageHeight), QImage::Format_RGB32));
            pages.last()->fill(Qt::white);
            return active.begin(pages.last().get());
        }
        QPainter *painter() override { return &active; }
    } images;
    images.startPage();
    const BoardPack::Timeline longer = BoardPack::milestoneTimeline(plan, request, 100);
    QCOMPARE(longer.rows.size(), 100);
    QVERIFY(BoardPack::flowTimeline(images, longer, 700));
    images.active.end();
    QVERIFY(images.pages.size() >= 3);
    for (const auto &image : std::as_const(images.pages)) {
        const QImage &page = *image;
        int lowest = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (page.pixel(x, y) != qRgb(255, 255, 255)) {
                    lowest = y;
                    break;
                }
            }
        }
        QVERIFY2(lowest > 0 && lowest <= BoardPack::pageHeight - BoardPack::margin - 6,
                 qPrintable(QString::number(lowest)));
    }
}

void tst_Charts::boardPackTimelineMarkers()
{
    // A slipped milestone: its baseline a hollow marker, its forecast a filled one, apart.
    BoardPack::Timeline timeline;
    timeline.today = QDate(2026, 12, 7);
    timeline.first = QDate(2026, 6, 1);
    timeline.last = timeline.today;
    timeline.rows.append({u"Hub opens"_s,
                          QDate(2026, 6, 1),
                          QDate(2026, 10, 1),
                          MilestoneSchedule::DateState::Slipped});
    const double width = BoardPack::pageWidth - 2 * BoardPack::margin;
    const BoardPack::TimelineFrame frame
        = BoardPack::timelineFrame(timeline, BoardPack::margin, 20, width, 1);
    constexpr int scale = 4;
    QImage image(QSize(qCeil(BoardPack::pageWidth), 120) * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        BoardPack::paintTimeline(painter, frame, timeline, 0);
    }
    const double baseline = frame.scale.x(QDate(2026, 6, 1));
    const double forecast = frame.scale.x(QDate(2026, 10, 1));
    QVERIFY(forecast - baseline > 20);
    const double cy = frame.rowCentre(0);
    const auto pixel = [&](double x, double y) {
        return QColor(image.pixel(qRound(x * scale), qRound(y * scale)));
    };
    // The hollow triangle: white inside, its dark outline above the centre.
    QCOMPARE(pixel(baseline, cy - 1), QColor(Qt::white));
    const auto dark = [](const QColor &c) { return c.lightness() < 110; };
    QVERIFY(dark(pixel(baseline, cy - 3.5)));
    // The filled dot: dark blue in the middle.
    QCOMPARE(pixel(forecast, cy), ChartStyle::nhsDarkBlue);
    // The slip between them, hatched orange somewhere along the row.
    bool hatched = false;
    for (double x = baseline + 6; x < forecast - 6 && !hatched; x += 0.25)
        hatched = pixel(x, cy + 2).red() > 200 && pixel(x, cy + 2).blue() < 100;
    QVERIFY(hatched);
}

void tst_Charts::chartTabFollowsSelection()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_planPath));
    const Area *stHelens = IndicatorSummaries::findArea(window.plan(), u"St Helens"_s);
    QVERIFY(window.navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    ChartPanel *panel = window.details()->chartPanel();
    QCOMPARE(panel->chartData().title, u"Emergency Admissions for intentional self harm"_s);
    QTableView *table = window.details()->indicatorTable();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(panel->chartData().title, u"Suicide rate"_s);
    QVERIFY(panel->chartData().hasActuals);
    QTest::keyClick(table, Qt::Key_Return); // opens the chart tab
    QVERIFY(panel->isVisible());
    // Labels follow the plot once the view has laid out.
    QTest::qWait(50);
    const TrajectoryChart *chart = panel->chart();
    const QRectF plot = chart->plotArea();
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            text && text->isVisible() && text->text().startsWith(u"Target"_s)) {
            QVERIFY2(plot.contains(text->mapRectToParent(text->boundingRect()).center()),
                     "the target label is outside the plot");
        }
    }
    if (const QByteArray dir = qgetenv("JFP_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + u"/chart-tab.png"_s);
    // The SPC chart of the same indicator, in the same tab.
    panel->setKind(ChartPanel::Kind::Spc);
    QCOMPARE(panel->spcData().points.size(), 4); // four values, one missing period left out
    QVERIFY(panel->view()->chart()->title().contains(u"Suicide rate"_s));
    QTest::qWait(50);
    if (const QByteArray dir = qgetenv("JFP_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + u"/spc-tab.png"_s);
    panel->setKind(ChartPanel::Kind::Trajectory);
}

void tst_Charts::copyAndExportTakeTheChartShown()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openPlan(m_planPath));
    const Area *stHelens = IndicatorSummaries::findArea(window.plan(), u"St Helens"_s);
    QVERIFY(window.navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    QVERIFY(window.details()->selectIndicator(suicide().id));
    ChartPanel *panel = window.details()->chartPanel();
    QCOMPARE(panel->chartData().title, u"Suicide rate"_s);
    const ExportSize size = ChartExporter::presets().first().size;
    QString error;
    const Indicator &shown
        = *IndicatorSummaries::findIndicator(window.plan(), u"Suicide rate"_s, &error);
    const QImage trajectory
        = ChartExporter::image(ChartDataBuilder::trajectory(window.plan(), shown), size);
    const QImage spc = ChartExporter::image(SpcChartBuilder::build(window.plan(), shown), size);
    const auto copied
        = [] { return qvariant_cast<QImage>(QApplication::clipboard()->mimeData()->imageData()); };
    // The share of pixels that differ (rotated text may be anti-aliased a little differently
    // from one drawing to the next).
    const auto difference = [](const QImage &a, const QImage &b) {
        if (a.size() != b.size())
            return 1.0;
        const QImage x = a.convertToFormat(QImage::Format_ARGB32);
        const QImage y = b.convertToFormat(QImage::Format_ARGB32);
        qint64 differing = 0;
        for (int row = 0; row < x.height(); ++row) {
            const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
            const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
            for (int column = 0; column < x.width(); ++column)
                differing += p[column] != q[column];
        }
        return double(differing) / (double(x.width()) * x.height());
    };
    QVERIFY(difference(trajectory, spc) > 0.05);

    // Copy Chart copies the chart on screen.
    Q_EMIT panel->copyRequested();
    QVERIFY(difference(copied(), trajectory) < 0.005);
    panel->setKind(ChartPanel::Kind::Spc);
    Q_EMIT panel->copyRequested();
    QVERIFY(difference(copied(), spc) < 0.005);
    panel->setKind(ChartPanel::Kind::Trajectory);

    // The export dialog offers both, with the one on screen chosen; SPC only when there is one.
    ChartExportDialog dialog(m_dir.filePath(u"chart.png"_s), false);
    QComboBox *choice = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>())
        choice = combo->accessibleName() == u"Chart"_s ? combo : choice;
    QVERIFY(choice);
    dialog.setChartChoice(true, true);
    QVERIFY(dialog.spcChosen());
    QCOMPARE(choice->currentText(), u"SPC chart (XmR)"_s);
    dialog.setChartChoice(false, true);
    QVERIFY(!dialog.spcChosen());
    ChartExportDialog noSpc(m_dir.filePath(u"chart.png"_s), false);
    noSpc.setChartChoice(true, false);
    QVERIFY(!noSpc.spcChosen());

    // Export Chart with what it suggests, for a user whose Documents folder does not exist
    // yet: the folder is made and the chart on screen (SPC) is written there.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    panel->setKind(ChartPanel::Kind::Spc);
    QTimer::singleShot(0, &window, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *open = qobject_cast<ChartExportDialog *>(widget); open && open->isVisible())
                open->accept();
        }
    });
    window.reports()->exportChart();
    qputenv("HOME", oldHome);
    const QString written = home.filePath(u"Documents/Suicide rate.png"_s);
    QVERIFY2(QFile::exists(written), qPrintable(written));
    QVERIFY(difference(QImage(written), spc) < 0.005);
}

void tst_Charts::spcChartOfSyntheticDataIsMarked()
{
    // The demo series are synthetic: the SPC chart carries the watermark and the caption, as
    // the trajectory chart does.
    SpcChartData data = SpcChartBuilder::build(m_plan, suicide());
    QVERIFY(data.illustrative);
    QVERIFY(data.caption.contains(u"Illustrative data: not published figures"_s));
    const auto badges = [](const QChart &chart) {
        int found = 0;
        for (QGraphicsItem *item : chart.childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                found += text->text() == u"ILLUSTRATIVE DATA"_s;
        }
        return found;
    };
    QCOMPARE(badges(SpcChart(data)), 1);
    data.illustrative = false;
    QCOMPARE(badges(SpcChart(data)), 0);

    // Axis labels keep the decimals their ticks need: 42.5 reads 42.5, not 43.
    data.yMin = 42.5;
    data.yMax = 62.5;
    data.yStep = 5;
    SpcChart chart(data);
    const auto axes = chart.axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(qobject_cast<QValueAxis *>(axes.first())->labelFormat(), u"%.1f"_s);
}

void tst_Charts::annotationsAreUndoable()
{
    const QString path = m_dir.filePath(u"undo.jfp"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_planPath, path));
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openPlan(path));
    const auto annotationsOf = [&window] {
        QString error;
        return IndicatorSummaries::findIndicator(window.plan(), u"Suicide rate"_s, &error)
            ->annotations;
    };
    const auto fromFile = [&path] {
        QString error;
        auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
        const auto plan = PlanReader::read(*db, &error);
        return IndicatorSummaries::findIndicator(*plan, u"Suicide rate"_s, &error)->annotations;
    };
    const QList<Annotation> before = annotationsOf();
    QCOMPARE(before.size(), 2);

    Annotation added;
    added.indicatorId = before.first().indicatorId;
    added.period = u"2025/26"_s;
    added.label = u"New pathway"_s;
    QVERIFY(Commands::validateAnnotation(added).isEmpty());
    window.push(Commands::addAnnotation(added));
    QCOMPARE(annotationsOf().size(), 3);
    QCOMPARE(fromFile().size(), 3); // stored at once: there is no Save
    const Id addedId = annotationsOf().last().id;
    // redo → undo → redo keeps the same row
    window.undoStack()->undo();
    QCOMPARE(annotationsOf().size(), 2);
    QCOMPARE(fromFile().size(), 2);
    window.undoStack()->redo();
    QCOMPARE(annotationsOf().size(), 3);
    QCOMPARE(annotationsOf().last().id, addedId);

    Annotation edited = annotationsOf().last();
    edited.label = u"New pathway (revised)"_s;
    window.push(Commands::editAnnotation(annotationsOf().last(), edited));
    QCOMPARE(annotationsOf().last().label, u"New pathway (revised)"_s);
    window.undoStack()->undo();
    QCOMPARE(annotationsOf().last().label, u"New pathway"_s);
    window.undoStack()->redo();

    window.push(Commands::removeAnnotation(annotationsOf().first()));
    QCOMPARE(annotationsOf().size(), 2);
    window.undoStack()->undo();
    QCOMPARE(annotationsOf().size(), 3);
    QCOMPARE(annotationsOf().first().id, before.first().id);
    QCOMPARE(fromFile().size(), 3);
    QCOMPARE(window.undoStack()->redoText(), u"Remove annotation 'Mental Health Summit'"_s);

    Annotation invalid = added;
    invalid.label.clear();
    QVERIFY(Commands::validateAnnotation(invalid).contains(u"label"_s));
    invalid.label = u"x"_s;
    invalid.period = u"2024/26"_s;
    QVERIFY(Commands::validateAnnotation(invalid).contains(u"2024/25"_s));
}

void tst_Charts::exportAllCharts()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openPlan(m_planPath));
    const Area *halton = IndicatorSummaries::findArea(window.plan(), u"Halton"_s);
    QVERIFY(window.navigator()->select(PlanTreeModel::ItemKind::Area, halton->id));
    QCOMPARE(window.currentItem().second, halton->id);
    QTemporaryDir folder;
    QString error;
    QCOMPARE(window.reports()->exportAllChartsTo(folder.path(), u"svg"_s, {160, 90, 96}, &error),
             6);
    QCOMPARE(QDir(folder.path()).entryList({u"*.svg"_s}, QDir::Files).size(), 6);
}

void tst_Charts::spcSettingsAreUndoable()
{
    const QString path = m_dir.filePath(u"spc.jfp"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_planPath, path));
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY(window.openPlan(path));
    QString error;
    const auto current = [&window, &error] {
        return *IndicatorSummaries::findIndicator(window.plan(), u"Suicide rate"_s, &error);
    };
    const Indicator before = current();
    QVERIFY(before.spcOptions.isEmpty());
    QVERIFY(before.spcRebases.isEmpty());
    const Commands::SpcSettingsValue after{u"{\"screenOutliers\":false,\"shiftLength\":6}"_s,
                                           {{u"2022/23"_s, u"New crisis line"_s}}};
    QVERIFY(Commands::validateSpcSettings(after).isEmpty());
    window.push(Commands::setSpcSettings(before.id, before.name, {}, after));
    QCOMPARE(current().spcRebases.size(), 1);
    QVERIFY(IndicatorSpcSettings::parse(current().spcOptions).options.shiftLength == 6);
    const SpcChartData data = SpcChartBuilder::build(window.plan(), current());
    QCOMPARE(data.segments.size(), 2);                           // the rebase splits the series
    QVERIFY(data.caption.join(u' ').contains(u"SPC options"_s)); // non-default options are named
    window.undoStack()->undo();
    QVERIFY(current().spcOptions.isEmpty());
    QVERIFY(current().spcRebases.isEmpty());
    window.undoStack()->redo();
    QCOMPARE(current().spcRebases.first().reason, u"New crisis line"_s);
    // Invalid settings are refused and nothing is stored.
    const Commands::SpcSettingsValue invalid{u"{\"fixAfterPoints\":3}"_s, {}};
    QVERIFY(!Commands::validateSpcSettings(invalid).isEmpty());
    QVERIFY(!Commands::validateSpcSettings({QString(), {{u"soon"_s, QString()}}}).isEmpty());
    window.push(Commands::setSpcSettings(before.id, before.name, after, invalid));
    QVERIFY(!window.lastError().isEmpty());
    QCOMPARE(current().spcRebases.size(), 1);
    QVERIFY(window.undoStack()->canUndo());
    QCOMPARE(window.undoStack()->undoText(), u"Change SPC settings of 'Suicide rate'"_s);
}

void tst_Charts::periodLabelsAreWhole_data()
{
    QTest::addColumn<QSizeF>("mm");
    QTest::addColumn<int>("firstYear");
    const QList<QPair<const char *, QSizeF>> sizes = {{"160x90 mm", {160, 90}},
                                                      {"250x140 mm", {250, 140}},
                                                      {"200x100 mm", {200, 100}},
                                                      {"297x210 mm", {297, 210}}};
    for (const auto &[name, mm] : sizes) {
        for (const int year : {2019, 2018, 2014, 2010})
            QTest::addRow("%s from %d", name, year) << mm << year;
    }
}

void tst_Charts::periodLabelsAreWhole()
{
    // Issue 23: at 160x90 mm the period labels read "2018..." (Qt elides what does not fit). Every
    // label is shown whole, and no two overlap.
    QFETCH(QSizeF, mm);
    QFETCH(int, firstYear);
    const ChartData data = fromYear(ChartDataBuilder::trajectory(m_plan, suicide()), firstYear);
    QGraphicsScene scene;
    auto *chart = new TrajectoryChart(data);
    layOut(*chart, scene, mm);
    const auto texts = visibleTexts(*chart);
    for (const auto &[text, box] : texts)
        QVERIFY2(!text.contains(u"..."_s) && !text.contains(u'…'), qPrintable(text));
    QList<QRectF> labels;
    for (const AxisCategory &category : data.categories) {
        const auto found = std::find_if(texts.begin(), texts.end(), [&](const auto &text) {
            return text.first == category.label;
        });
        QVERIFY2(found != texts.end(), qPrintable(category.label));
        QVERIFY2(QRectF(QPointF(0, 0), chart->size()).contains(found->second),
                 qPrintable(category.label));
        labels.append(found->second.adjusted(2, 2, -2, -2)); // less the text's own margin
    }
    for (int i = 1; i < labels.size(); ++i)
        QVERIFY2(!labels.at(i - 1).intersects(labels.at(i)), qPrintable(data.categories[i].label));
}

void tst_Charts::markLabelsClearOfData_data()
{
    QTest::addColumn<QSizeF>("mm");
    QTest::addColumn<QString>("variant");
    const QList<QPair<const char *, QSizeF>> sizes
        = {{"160x90 mm", {160, 90}}, {"250x140 mm", {250, 140}}, {"297x210 mm", {297, 210}}};
    for (const auto &[name, mm] : sizes) {
        for (const QString &variant : {u"demo"_s,
                                       u"baseline on a point"_s,
                                       u"target at the end"_s,
                                       u"target line"_s,
                                       u"from 2014"_s})
            QTest::addRow("%s %s", name, qPrintable(variant)) << mm << variant;
    }
}

void tst_Charts::markLabelsClearOfData()
{
    // Issue 23: the baseline label sat on the data's markers and the target label was struck
    // through by the planned trajectory. Each mark's label keeps clear of every line, point and
    // whisker, and of the other labels, inside the plot.
    QFETCH(QSizeF, mm);
    QFETCH(QString, variant);
    ChartData data = ChartDataBuilder::trajectory(m_plan, suicide());
    QCOMPARE(data.marks.size(), 2);
    ChartMark &baseline = data.marks[0];
    ChartMark &target = data.marks[1];
    QCOMPARE(baseline.kind, ChartMark::Kind::Baseline);
    if (variant == u"baseline on a point"_s) {
        // Baseline 2019/20, the first actual value (as in the demo plans).
        baseline.x = data.series.first().points.first().x;
        baseline.y = *data.series.first().points.first().y;
    } else if (variant == u"target at the end"_s) {
        // Target 2028/29 on the trajectory's last point, at the right edge.
        target.x = data.series.at(1).points.last().x;
        target.y = *data.series.at(1).points.last().y;
    } else if (variant == u"target line"_s) {
        target.x.reset(); // no period: a line across the chart
    } else if (variant == u"from 2014"_s) {
        data = fromYear(data, 2014);
    }
    QGraphicsScene scene;
    auto *chart = new TrajectoryChart(data);
    layOut(*chart, scene, mm);
    const QRectF plot = chart->plotArea();
    const QList<QPainterPath> shapes = dataShapes(*chart);
    QVERIFY(shapes.size() > 10);
    const auto texts = visibleTexts(*chart);
    QList<QRectF> placed;
    for (const ChartMark &mark : std::as_const(data.marks)) {
        const auto found = std::find_if(
            texts.begin(), texts.end(), [&](const auto &text) { return text.first == mark.label; });
        QVERIFY2(found != texts.end(), qPrintable(mark.label));
        const QRectF box = found->second;
        QVERIFY2(plot.contains(box), qPrintable(mark.label));
        for (const QPainterPath &shape : shapes) {
            QVERIFY2(!shape.intersects(box),
                     qPrintable(u"%1 at %2,%3 covers %4,%5"_s.arg(mark.label)
                                    .arg(box.x())
                                    .arg(box.y())
                                    .arg(shape.boundingRect().center().x())
                                    .arg(shape.boundingRect().center().y())));
        }
        placed.append(box);
    }
    // Clear of each other and of the annotations' labels.
    for (const auto &[text, box] : texts) {
        if (!text.startsWith(u"1 "_s) && !text.startsWith(u"2 "_s))
            continue;
        for (const QRectF &mark : std::as_const(placed))
            QVERIFY2(!mark.intersects(box), qPrintable(text));
    }
    QVERIFY(!placed.at(0).intersects(placed.at(1)));
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
