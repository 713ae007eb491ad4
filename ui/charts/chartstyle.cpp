// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartstyle.h"

#include <QDir>
#include <QFontDatabase>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>

namespace Jfp::ChartStyle {

QFont font(qreal pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // Sized in 96-dpi pixels, not points: charts are laid out at 96 dpi and scaled to each
    // device, so text keeps its size relative to the chart in PNG, SVG, PDF and on screen.
    f.setPixelSize(qRound(pointSize * 96.0 / 72.0));
    f.setBold(bold);
    return f;
}

void registerBundledFonts()
{
    // The Windows folder keeps fonts beside the programs; the portable Linux folder in
    // share/jfp-planner/fonts, seen from bin/ or from libexec/jfp-planner/.
    const QString programs = QCoreApplication::applicationDirPath();
    const QStringList folders = {programs + QStringLiteral("/fonts"),
                                 programs + QStringLiteral("/../share/jfp-planner/fonts"),
                                 programs + QStringLiteral("/../../share/jfp-planner/fonts")};
    QStringList files;
    for (const QString &folder : folders) {
        const QDir fonts(folder);
        const QStringList found
            = fonts.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.otf")}, QDir::Files);
        for (const QString &file : found) {
            QFontDatabase::addApplicationFont(fonts.filePath(file));
            files.append(file);
        }
    }
    // The platform's font is missing when another one stands in for it (Wine has no Segoe UI
    // and shows a serif face): then the shipped DejaVu Sans is the user-interface font.
    const QFont uiFont = QGuiApplication::font();
    if (!files.isEmpty() && !QFontDatabase::hasFamily(uiFont.family())) {
        QFont dejaVu(QStringLiteral("DejaVu Sans"));
        dejaVu.setPointSizeF(uiFont.pointSizeF());
        QGuiApplication::setFont(dejaVu);
    }
}

QGraphicsSimpleTextItem *illustrativeBadge(const QString &text, QGraphicsItem *parent)
{
    auto *badge = new QGraphicsSimpleTextItem(text, parent);
    badge->setFont(font(26, true));
    badge->setBrush(emergencyRed);
    badge->setOpacity(0.16);
    badge->setRotation(-12);
    badge->setZValue(1);
    return badge;
}

} // namespace Jfp::ChartStyle
