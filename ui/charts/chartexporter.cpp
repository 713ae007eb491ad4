// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartexporter.h"

#include "chartstyle.h"
#include "coretr.h"
#include "spcchart.h"
#include "storage/writeerror.h"
#include "trajectorychart.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Jfp {

namespace {

constexpr double logicalDpi = 96.0;

QFont captionFont()
{
    return ChartStyle::font(7.5);
}

QString titleOf(const ChartExporter::AnyChart &chart)
{
    return std::visit([](const auto &data) { return data.title; }, chart);
}

QStringList captionOf(const ChartExporter::AnyChart &chart)
{
    return std::visit([](const auto &data) { return data.caption; }, chart);
}

// Word-wraps the caption to `width` and returns the lines.
QStringList captionLines(const QStringList &caption, double width)
{
    const QFontMetricsF metrics(captionFont());
    QStringList lines;
    for (const QString &item : caption) {
        QString line;
        const QStringList words = item.split(QLatin1Char(' '));
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                lines.append(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

QSize ExportSize::pixelSize() const
{
    return QSize(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi));
}

namespace ChartExporter {

QList<ExportPreset> presets()
{
    return {
        {Tr::tr("Word, full width 160×90 mm"), {160, 90, 300}},
        {Tr::tr("PowerPoint 16:9 slide (254×143 mm)"), {254, 142.875, 300}},
        {Tr::tr("A4 landscape (297×210 mm)"), {297, 210, 300}},
    };
}

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

QSizeF logicalSize(const ExportSize &size)
{
    return QSizeF(size.widthMm / 25.4 * logicalDpi, size.heightMm / 25.4 * logicalDpi);
}

void render(QPainter &painter, const QRectF &target, const AnyChart &chart)
{
    // The chart is laid out at 96 dpi in its own scene; callers scale the painter to their
    // device, so text keeps the same size relative to the chart in every format.
    const QSizeF logical = target.size();
    const QStringList caption = captionLines(captionOf(chart), logical.width() - 16);
    const QFontMetricsF metrics(captionFont());
    const double captionHeight = caption.size() * metrics.lineSpacing() + 8;
    const QRectF chartRect(0, 0, logical.width(), std::max(60.0, logical.height() - captionHeight));

    QGraphicsScene scene;
    if (const auto *trajectory = std::get_if<ChartData>(&chart)) {
        auto *item = new TrajectoryChart(*trajectory);
        scene.addItem(item);
        item->setGeometry(chartRect);
        item->layout()->activate();
        item->updateOverlays();
    } else {
        auto *item = new SpcChart(std::get<SpcChartData>(chart));
        scene.addItem(item);
        item->setGeometry(chartRect);
        item->layout()->activate();
        item->updateOverlays();
    }
    scene.setSceneRect(chartRect);

    painter.save();
    painter.translate(target.topLeft());
    painter.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, chartRect, chartRect);
    painter.setFont(captionFont());
    painter.setPen(ChartStyle::nhsDarkGrey);
    double y = chartRect.bottom() + 4 + metrics.ascent();
    for (const QString &line : caption) {
        painter.drawText(QPointF(8, y), line);
        y += metrics.lineSpacing();
    }
    painter.restore();
}

QImage image(const AnyChart &data, const ExportSize &size)
{
    QImage image(size.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(size.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(size.dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    const double scale = size.dpi / logicalDpi;
    painter.scale(scale, scale);
    render(painter, QRectF(QPointF(0, 0), logicalSize(size)), data);
    painter.end();
    return image;
}

QByteArray svg(const AnyChart &data, const ExportSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSizeF logical = logicalSize(size);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setResolution(int(logicalDpi));
    generator.setTitle(titleOf(data));
    generator.setDescription(captionOf(data).join(QLatin1Char('\n')));
    QPainter painter(&generator);
    render(painter, QRectF(QPointF(0, 0), logical), data);
    painter.end();
    return buffer.data();
}

bool write(const AnyChart &data, const QString &path, const ExportSize &size, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.widthMm < 20 || size.heightMm < 20 || size.widthMm > 2000 || size.heightMm > 2000)
        return fail(Tr::tr("The size must be between 20 and 2000 mm on each side."));
    if (size.dpi < 36 || size.dpi > 1200)
        return fail(Tr::tr("The resolution must be between 36 and 1200 dots per inch."));
    const QString shown = QDir::toNativeSeparators(path);
    const Format format = formatOf(path);
    if (format == Format::Unknown)
        return fail(Tr::tr("'%1' must end in .png, .svg or .pdf.").arg(shown));
    // Written to a temporary file beside the target, which takes the target's name only once
    // every write and the final flush succeeded: a full disk never leaves a cut-off chart, and
    // an older chart stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(WriteError::file(path, file.errorString()));
    bool written = false;
    switch (format) {
    case Format::Png:
        written = image(data, size).save(&file, "PNG");
        break;
    case Format::Svg: {
        const QByteArray bytes = svg(data, size);
        written = file.write(bytes) == bytes.size();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("JFP Planner"));
        pdf.setTitle(titleOf(data));
        pdf.setPageSize(QPageSize(QSizeF(size.widthMm, size.heightMm), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        QPainter painter;
        if (painter.begin(&pdf)) {
            const QSizeF logical = logicalSize(size);
            const double scale = pdf.width() / logical.width();
            painter.scale(scale, scale);
            render(painter, QRectF(QPointF(0, 0), logical), data);
            written = painter.end();
        }
        break;
    }
    case Format::Unknown:
        break;
    }
    if (!written || !WriteError::commit(file))
        return fail(WriteError::file(path, file.errorString()));
    return true;
}

QMimeData *mimeData(const AnyChart &data, const ExportSize &size)
{
    auto *mime = new QMimeData;
    mime->setImageData(image(data, size));
    mime->setData(QStringLiteral("image/svg+xml"), svg(data, size));
    return mime;
}

} // namespace ChartExporter
} // namespace Jfp
