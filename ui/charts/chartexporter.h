// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "reporting/chartdata.h"
#include "reporting/spcchartdata.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <variant>

class QMimeData;
class QPainter;

namespace Jfp {

/** A printed size: millimetres and dots per inch (PNG only; SVG and PDF are vectors). */
struct ExportSize
{
    double widthMm = 160;
    double heightMm = 90;
    int dpi = 300;

    QSize pixelSize() const;
};

struct ExportPreset
{
    QString name;
    ExportSize size;
};

/**
 * Draws a chart with its caption the same way into any painter, and writes it as PNG, SVG
 * (with real text) or PDF (vectors), or onto the clipboard.
 */
namespace ChartExporter {

enum class Format { Png, Svg, Pdf, Unknown };

/** "Word, full width 160×90 mm", "PowerPoint 16:9 slide", "A4 landscape". */
QList<ExportPreset> presets();
Format formatOf(const QString &path);

/** The layout size in device-independent pixels (96 per inch) of `size`. */
QSizeF logicalSize(const ExportSize &size);

/** A trajectory chart or an SPC chart: everything below takes either. */
using AnyChart = std::variant<ChartData, SpcChartData>;

/** Paints the chart and its caption into `target` of `painter`. */
void render(QPainter &painter, const QRectF &target, const AnyChart &chart);

bool write(const AnyChart &chart, const QString &path, const ExportSize &size, QString *error);
QImage image(const AnyChart &chart, const ExportSize &size);
QByteArray svg(const AnyChart &chart, const ExportSize &size);
/** Image and SVG, for pasting into Word, PowerPoint or a drawing program. */
QMimeData *mimeData(const AnyChart &chart, const ExportSize &size);

} // namespace ChartExporter
} // namespace Jfp
