// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "reportactions.h"

#include "charts/chartexporter.h"
#include "charts/chartpanel.h"
#include "commands/annotationcommands.h"
#include "commands/spccommands.h"
#include "dialogs/annotationdialog.h"
#include "dialogs/boardpackdialog.h"
#include "dialogs/chartexportdialog.h"
#include "dialogs/spcsettingsdialog.h"
#include "mainwindow.h"
#include "reporting/chartdata.h"
#include "reporting/spcchartdata.h"
#include "reports/boardpack.h"
#include "views/detailspane.h"
#include "views/screenfit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Jfp {

namespace {

QString safeFileName(const QString &name)
{
    QString s = name;
    s.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\n\r\t])")), QStringLiteral("-"));
    return s.simplified().left(80);
}

// The user's Documents folder, made if it is missing (a new account, a laptop profile not yet
// filled in), so that the suggested paths can be written.
QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(folder);
    return folder;
}

} // namespace

ReportActions::ReportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    ChartPanel *panel = m_window->details()->chartPanel();
    connect(panel, &ChartPanel::exportRequested, this, &ReportActions::exportChart);
    connect(panel, &ChartPanel::copyRequested, this, &ReportActions::copyChart);
    connect(panel, &ChartPanel::addAnnotationRequested, this, &ReportActions::addAnnotation);
    connect(panel, &ChartPanel::editAnnotationRequested, this, &ReportActions::editAnnotation);
    connect(panel, &ChartPanel::removeAnnotationRequested, this, &ReportActions::removeAnnotation);
    connect(panel, &ChartPanel::spcSettingsRequested, this, &ReportActions::spcSettings);
    // The chart actions follow the chart shown, so their keys work before the menu is opened.
    connect(panel, &ChartPanel::indicatorChanged, this, [this] {
        if (!m_chartActions.isEmpty())
            updateEnabled();
    });
}

void ReportActions::populate(QMenu *menu)
{
    QAction *exportAction
        = menu->addAction(tr("&Export Chart…"), this, &ReportActions::exportChart);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *copy = menu->addAction(tr("&Copy Chart"), this, &ReportActions::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *annotate
        = menu->addAction(tr("&Add Annotation…"), this, &ReportActions::addAnnotation);
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menu->addSeparator();
    QAction *all
        = menu->addAction(tr("Export &All Charts…"), this, &ReportActions::exportAllCharts);
    QAction *pack = menu->addAction(tr("&Board Pack…"), this, &ReportActions::boardPack);
    pack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_chartActions = {exportAction, copy, annotate};
    QAction *dashboard
        = menu->addAction(tr("Export &Dashboard…"), this, &ReportActions::exportDashboard);
    m_planActions = {all, pack, dashboard};
    connect(menu, &QMenu::aboutToShow, this, &ReportActions::updateEnabled);
    updateEnabled();
}

void ReportActions::populatePrint(QMenu *file, QAction *before)
{
    auto *print = new QAction(tr("&Print Chart…"), file);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &ReportActions::printChart);
    auto *preview = new QAction(tr("Print Pre&view…"), file);
    connect(preview, &QAction::triggered, this, &ReportActions::printPreview);
    file->insertAction(before, print);
    file->insertAction(before, preview);
    m_printActions = {print, preview};
    auto *dashboard = new QAction(tr("Print &Dashboard…"), file);
    connect(dashboard, &QAction::triggered, this, &ReportActions::printDashboard);
    file->insertAction(before, dashboard);
    auto *pack = new QAction(tr("Print &Board Pack…"), file);
    connect(pack, &QAction::triggered, this, &ReportActions::printBoardPack);
    file->insertAction(before, pack);
    m_planActions << dashboard << pack;
    updateEnabled();
}

bool ReportActions::printChartOn(QPrinter *printer)
{
    const Indicator *indicator = currentIndicator();
    if (!indicator)
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    // The chart's own 16:9 proportions, as large as the printable page allows.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QSizeF chart = ChartExporter::logicalSize(ChartExporter::presets().first().size);
    const qreal scale = std::min(page.width() / chart.width(), page.height() / chart.height());
    painter.scale(scale, scale);
    ChartExporter::render(painter, QRectF(QPointF(0, 0), chart), shownChart(*indicator));
    return painter.end();
}

namespace {

/** A landscape page at the printer's best resolution, named after the indicator. */
void setUpPrinter(QPrinter &printer, const Indicator &indicator)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(indicator.name);
}

} // namespace

void ReportActions::printChart()
{
    if (!currentIndicator())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *currentIndicator());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printChartOn(&printer))
        m_window->statusBar()->showMessage(tr("Sent the chart to the printer"), 5000);
    else
        QMessageBox::warning(m_window, tr("Print Chart"), tr("The chart could not be printed."));
}

void ReportActions::printPreview()
{
    if (!currentIndicator())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *currentIndicator());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview: %1").arg(currentIndicator()->name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        printChartOn(p);
    });
    ScreenFit::resize(&preview, {1000, 700});
    preview.exec();
}

void ReportActions::updateEnabled()
{
    for (QAction *a : std::as_const(m_printActions))
        a->setEnabled(currentIndicator() != nullptr);
    const bool chart = currentIndicator() != nullptr;
    for (QAction *a : std::as_const(m_chartActions))
        a->setEnabled(chart);
    m_chartActions.value(2)->setEnabled(chart && !m_window->isReadOnly());
    for (QAction *a : std::as_const(m_planActions))
        a->setEnabled(m_window->hasPlan());
}

const Indicator *ReportActions::currentIndicator() const
{
    if (!m_window->hasPlan())
        return nullptr;
    const Id id = m_window->details()->chartPanel()->indicatorId();
    for (const Indicator &i : m_window->plan().indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Annotation *ReportActions::findAnnotation(Id annotationId) const
{
    for (const Indicator &i : m_window->plan().indicators) {
        for (const Annotation &a : i.annotations) {
            if (a.id == annotationId)
                return &a;
        }
    }
    return nullptr;
}

void ReportActions::exportChart()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator)
        return;
    const QString suggested
        = QDir(documentsFolder()).filePath(safeFileName(indicator->name) + QStringLiteral(".png"));
    ChartExportDialog dialog(suggested, false, m_window);
    const SpcChartData spc = SpcChartBuilder::build(m_window->plan(), *indicator);
    dialog.setChartChoice(m_window->details()->chartPanel()->kind() == ChartPanel::Kind::Spc,
                          !spc.isEmpty());
    // A failed write says why and opens the dialog again, as it was, to choose elsewhere.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ChartExporter::AnyChart chart
            = dialog.spcChosen() ? ChartExporter::AnyChart(spc)
                                 : ChartExporter::AnyChart(
                                     ChartDataBuilder::trajectory(m_window->plan(), *indicator));
        QString error;
        if (ChartExporter::write(chart, dialog.path(), dialog.size(), &error))
            break;
        QMessageBox::warning(m_window, tr("Cannot export the chart"), error);
    }
    m_window->statusBar()->showMessage(
        tr("Exported the chart to %1").arg(QDir::toNativeSeparators(dialog.path())), 5000);
}

ChartExporter::AnyChart ReportActions::shownChart(const Indicator &indicator) const
{
    if (m_window->details()->chartPanel()->kind() == ChartPanel::Kind::Spc) {
        SpcChartData spc = SpcChartBuilder::build(m_window->plan(), indicator);
        if (!spc.isEmpty())
            return spc;
    }
    return ChartDataBuilder::trajectory(m_window->plan(), indicator);
}

void ReportActions::copyChart()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator)
        return;
    QApplication::clipboard()->setMimeData(
        ChartExporter::mimeData(shownChart(*indicator), ChartExporter::presets().first().size));
    m_window->statusBar()->showMessage(tr("Copied the chart (image and SVG)"), 5000);
}

int ReportActions::exportAllChartsTo(const QString &folder,
                                     const QString &format,
                                     const ExportSize &size,
                                     QString *error)
{
    const auto [kind, id] = m_window->currentItem();
    BoardPackRequest scope;
    if (kind == PlanTreeModel::ItemKind::Area)
        scope.areaId = id;
    else
        scope.programmeId = id;
    const QList<const Indicator *> indicators = BoardPack::indicators(m_window->plan(), scope);
    QProgressDialog progress(
        tr("Exporting charts…"), tr("Cancel"), 0, int(indicators.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int written = 0;
    QStringList used;
    for (const Indicator *indicator : indicators) {
        if (progress.wasCanceled())
            break;
        QString name = safeFileName(indicator->name);
        if (used.contains(name))
            name += QStringLiteral(" (%1)").arg(indicator->id);
        used.append(name);
        const QString path = QDir(folder).filePath(name + QLatin1Char('.') + format);
        if (!ChartExporter::write(
                ChartDataBuilder::trajectory(m_window->plan(), *indicator), path, size, error)) {
            return -1;
        }
        progress.setValue(++written);
    }
    return written;
}

void ReportActions::exportAllCharts()
{
    if (!m_window->hasPlan())
        return;
    ChartExportDialog dialog(documentsFolder(), true, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!QDir(dialog.path()).exists()) {
        QMessageBox::warning(
            m_window,
            tr("Cannot export charts"),
            tr("The folder '%1' does not exist.").arg(QDir::toNativeSeparators(dialog.path())));
        return;
    }
    QString error;
    const int written = exportAllChartsTo(dialog.path(), dialog.format(), dialog.size(), &error);
    if (written < 0) {
        QMessageBox::warning(m_window, tr("Cannot export charts"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %n chart(s) to %1", nullptr, written)
                                           .arg(QDir::toNativeSeparators(dialog.path())),
                                       8000);
}

std::pair<BoardPackRequest, QString> ReportActions::selectionRequest() const
{
    const auto [kind, id] = m_window->currentItem();
    BoardPackRequest request;
    QString scopeName = m_window->plan().info.name;
    if (kind == PlanTreeModel::ItemKind::Area) {
        request.areaId = id;
        if (const Area *a = m_window->plan().area(id))
            scopeName = a->name;
    } else {
        request.programmeId = id;
        if (const Programme *p = m_window->plan().programme(id))
            scopeName = p->name;
    }
    return {request, scopeName};
}

BoardPackRequest ReportActions::dashboardRequest() const
{
    BoardPackRequest request = selectionRequest().first;
    request.sections = {BoardPackRequest::Section::Dashboard};
    request.frontMatter = false; // the dashboard alone, as the Indicators tab shows it
    return request;
}

void ReportActions::printDashboard()
{
    printPages(dashboardRequest(), tr("Print Dashboard: %1"), tr("%1 status dashboard"));
}

void ReportActions::printBoardPack()
{
    printPages(lastBoardPackRequest(), tr("Print Board Pack: %1"), tr("%1 board pack"));
}

void ReportActions::printPages(const BoardPackRequest &request,
                               const QString &title,
                               const QString &docName)
{
    if (!m_window->hasPlan())
        return;
    const QString scopeName = selectionRequest().second;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the pages keep their own margins, as in the board pack
    printer.setDocName(docName.arg(scopeName));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(title.arg(scopeName));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, request](QPrinter *p) {
        QString error;
        if (!BoardPack::paint(m_window->plan(), request, *p, nullptr, &error))
            qWarning("%s", qUtf8Printable(error));
    });
    ScreenFit::resize(&preview, {900, 760});
    preview.exec();
}

BoardPackRequest ReportActions::lastBoardPackRequest() const
{
    // The selection, with the sections, charts and order last chosen in the Board Pack dialog.
    BoardPackRequest request = selectionRequest().first;
    QSettings settings;
    if (const QString keys = settings.value(QStringLiteral("boardPack/sections")).toString();
        !keys.isEmpty()) {
        if (const auto sections = BoardPack::parseSections(keys, nullptr))
            request.sections = *sections;
    }
    request.charts = BoardPackRequest::Charts(
        std::clamp(settings.value(QStringLiteral("boardPack/charts"), 0).toInt(), 0, 2));
    request.sort = BoardPackRequest::Sort(
        std::clamp(settings.value(QStringLiteral("boardPack/sort"), 0).toInt(), 0, 2));
    return request;
}

void ReportActions::exportDashboard()
{
    if (!m_window->hasPlan())
        return;
    const QString scopeName = selectionRequest().second;
    const QString suggested
        = QDir(documentsFolder())
              .filePath(tr("%1 status dashboard.pdf").arg(safeFileName(scopeName)));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Dashboard"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QString error;
    BoardPackResult result;
    if (!exportDashboardTo(path, &result, &error)) {
        QMessageBox::warning(m_window, tr("Cannot export the dashboard"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Wrote the status dashboard (%1 pages) to %2")
                                           .arg(result.pages)
                                           .arg(QDir::toNativeSeparators(path)),
                                       8000);
}

bool ReportActions::exportDashboardTo(const QString &path, BoardPackResult *result, QString *error)
{
    return m_window->hasPlan()
           && BoardPack::write(m_window->plan(), dashboardRequest(), path, result, error);
}

void ReportActions::boardPack()
{
    if (!m_window->hasPlan())
        return;
    auto [request, scopeName] = selectionRequest();
    const QString suggested
        = QDir(documentsFolder()).filePath(tr("%1 board pack.pdf").arg(safeFileName(scopeName)));
    BoardPackDialog dialog(suggested, scopeName, m_window);
    // The sections, charts and order chosen last time are offered again.
    QSettings settings;
    dialog.setRequest(lastBoardPackRequest());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    const BoardPackRequest chosen = dialog.request();
    request.sections = chosen.sections;
    request.charts = chosen.charts;
    request.sort = chosen.sort;
    QStringList keys;
    for (const BoardPackRequest::Section section : chosen.sections)
        keys << BoardPack::key(section);
    settings.setValue(QStringLiteral("boardPack/sections"), keys.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("boardPack/charts"), int(chosen.charts));
    settings.setValue(QStringLiteral("boardPack/sort"), int(chosen.sort));
    QProgressDialog progress(tr("Writing the board pack…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    BoardPackResult result;
    const bool ok = BoardPack::write(
        m_window->plan(), request, path, &result, &error, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Cannot write the board pack"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Wrote the board pack (%1 pages) to %2")
                                           .arg(result.pages)
                                           .arg(QDir::toNativeSeparators(path)),
                                       8000);
}

void ReportActions::addAnnotation()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator || m_window->isReadOnly())
        return;
    Annotation annotation;
    annotation.indicatorId = indicator->id;
    annotation.period = indicator->latestActual() ? indicator->latestActual()->period : QString();
    AnnotationDialog dialog(annotation, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->push(Commands::addAnnotation(dialog.annotation()));
}

void ReportActions::editAnnotation(Id annotationId)
{
    const Annotation *annotation = findAnnotation(annotationId);
    if (!annotation || m_window->isReadOnly())
        return;
    const Annotation before = *annotation;
    AnnotationDialog dialog(before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->push(Commands::editAnnotation(before, dialog.annotation()));
}

void ReportActions::spcSettings()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator || m_window->isReadOnly())
        return;
    const Commands::SpcSettingsValue before{indicator->spcOptions, indicator->spcRebases};
    SpcSettingsDialog dialog(before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Commands::SpcSettingsValue after = dialog.value();
    if (after.optionsJson == before.optionsJson && after.rebases.size() == before.rebases.size()
        && std::equal(after.rebases.cbegin(),
                      after.rebases.cend(),
                      before.rebases.cbegin(),
                      [](const SpcRebase &a, const SpcRebase &b) {
                          return a.period == b.period && a.reason == b.reason;
                      }))
        return;
    m_window->push(Commands::setSpcSettings(indicator->id, indicator->name, before, after));
}

void ReportActions::removeAnnotation(Id annotationId)
{
    const Annotation *annotation = findAnnotation(annotationId);
    if (!annotation || m_window->isReadOnly())
        return;
    const auto answer = QMessageBox::question(
        m_window,
        tr("Remove Annotation"),
        tr("Remove the annotation '%1' from this indicator's charts? You can undo this with "
           "Edit > Undo.")
            .arg(annotation->label));
    if (answer == QMessageBox::Yes)
        m_window->push(Commands::removeAnnotation(*annotation));
}

} // namespace Jfp
