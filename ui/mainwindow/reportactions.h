// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "charts/chartexporter.h"
#include "domain/plan.h"
#include "reports/boardpack.h"

#include <QObject>

class QAction;
class QMenu;
class QPrinter;

namespace Jfp {

class MainWindow;

/**
 * The Charts menu: export or copy the current chart, export every chart of the selected area
 * or programme to a folder, write a board pack, and add, edit or remove annotations (through
 * undoable commands). Long jobs show progress and can be cancelled.
 */
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(MainWindow *window);

    void populate(QMenu *menu);
    /** File > Print Chart… (Ctrl+P) and Print Preview…, inserted before `before`. */
    void populatePrint(QMenu *file, QAction *before);
    void updateEnabled();

    void exportChart();
    void copyChart();
    void printChart();
    void printPreview();
    /** Paints the chart shown (trajectory or SPC) on one landscape page of `printer`. */
    bool printChartOn(QPrinter *printer);
    void exportAllCharts();
    void boardPack();
    /** File > Print Dashboard: the status dashboard of the selection, in a print preview. */
    void printDashboard();
    /** File > Print Board Pack: the selection's pack as last chosen, in a print preview. */
    void printBoardPack();
    /** The selection with the sections, charts and order last chosen for a board pack. */
    BoardPackRequest lastBoardPackRequest() const;
    /** Charts > Export Dashboard: the status dashboard of the selection alone, as PDF. */
    void exportDashboard();
    bool exportDashboardTo(const QString &path, BoardPackResult *result, QString *error);
    /** The dashboard of the area or programme selected, without cover and contents. */
    BoardPackRequest dashboardRequest() const;
    void addAnnotation();
    void editAnnotation(Id annotationId);
    void removeAnnotation(Id annotationId);
    void spcSettings();

    /** Tests: write without dialogs. */
    int exportAllChartsTo(const QString &folder,
                          const QString &format,
                          const struct ExportSize &size,
                          QString *error);

private:
    const Indicator *currentIndicator() const;
    /** A request for the area or programme selected, and its name. */
    std::pair<BoardPackRequest, QString> selectionRequest() const;
    void printPages(const BoardPackRequest &request, const QString &title, const QString &docName);
    /** The chart the Chart tab shows for `indicator`: its SPC chart, or the trajectory. */
    ChartExporter::AnyChart shownChart(const Indicator &indicator) const;
    const Annotation *findAnnotation(Id annotationId) const;

    MainWindow *m_window;
    QList<QAction *> m_chartActions;
    QList<QAction *> m_planActions;
    QList<QAction *> m_printActions;
};

} // namespace Jfp
