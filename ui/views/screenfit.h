// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QSize>

class QWidget;

/**
 * Windows and dialogs that open inside the screen: a laptop's 1280×720, or 1600×1000 shown at
 * 150 % (1067×667 in Qt's logical pixels). A window asks for the size it prefers and gets it,
 * or as much of it as the screen's available area leaves once the title bar and frame are
 * counted; a window restored from the settings of a bigger screen is brought back inside.
 */
namespace Jfp::ScreenFit {

/** Room kept for the frame the window manager adds: borders and a title bar. */
inline constexpr int frameWidth = 16;
inline constexpr int frameHeight = 48;

/** `preferred`, shrunk to the available area of the screen `window` is on (the primary screen
 *  before it is shown), less the frame. */
QSize fitted(const QWidget *window, const QSize &preferred);
/** Resizes `window` to fitted(preferred). */
void resize(QWidget *window, const QSize &preferred);
/** Shrinks and moves `window` (a top-level widget) so that it lies inside its screen's
 *  available area, frame included. */
void keepOnScreen(QWidget *window);

} // namespace Jfp::ScreenFit
