// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

class QGraphicsItem;
class QGraphicsSimpleTextItem;

/**
 * The NHS identity palette (shared/spec/fingertips.md §4.1) and the house style of every
 * chart: each series differs by line style and marker as well as colour, so charts survive
 * greyscale printing.
 */
namespace Jfp::ChartStyle {

inline const QColor nhsBlue{0x00, 0x5E, 0xB8};
inline const QColor nhsDarkBlue{0x00, 0x30, 0x87};
inline const QColor nhsBrightBlue{0x00, 0x72, 0xCE};
inline const QColor nhsAquaGreen{0x00, 0xA4, 0x99};
inline const QColor nhsGreen{0x00, 0x96, 0x39};
inline const QColor nhsBlack{0x23, 0x1F, 0x20};
inline const QColor nhsDarkGrey{0x42, 0x55, 0x63};
inline const QColor nhsMidGrey{0x76, 0x86, 0x92};
inline const QColor nhsPaleGrey{0xE8, 0xED, 0xEE};
inline const QColor nhsWarmYellow{0xFF, 0xB8, 0x1C};
inline const QColor nhsOrange{0xED, 0x8B, 0x00};
inline const QColor nhsPurple{0x33, 0x00, 0x72};
inline const QColor nhsDarkPink{0x7C, 0x28, 0x55};
inline const QColor emergencyRed{0xDA, 0x29, 0x1C};

/** A font the application knows is installed (DejaVu Sans, a package dependency, or shipped in
 * the portable folders), sized in points at 96 dpi. */
QFont font(qreal pointSize, bool bold = false);

/**
 * Registers the fonts shipped in the "fonts" folder beside the program (the Windows and
 * portable Linux folders carry DejaVu Sans there), so that charts look the same everywhere.
 * When the platform's own user-interface font is missing (as under Wine), the application's
 * font becomes DejaVu Sans. Call once, after the QGuiApplication is made.
 */
void registerBundledFonts();

/**
 * The watermark over a chart of synthetic values ("ILLUSTRATIVE DATA", translated by the
 * caller): large, red, translucent and tilted, so it is seen yet hides no point or label. The
 * chart places it.
 */
QGraphicsSimpleTextItem *illustrativeBadge(const QString &text, QGraphicsItem *parent);

} // namespace Jfp::ChartStyle
