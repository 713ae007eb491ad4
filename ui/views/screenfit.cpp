// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Jfp::ScreenFit {

namespace {

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window ? window->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize fitted(const QWidget *window, const QSize &preferred)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return preferred;
    return preferred.boundedTo(QSize(std::max(area.width() - frameWidth, 320),
                                     std::max(area.height() - frameHeight, 240)));
}

void resize(QWidget *window, const QSize &preferred)
{
    window->resize(fitted(window, preferred));
}

void keepOnScreen(QWidget *window)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return;
    window->resize(fitted(window, window->size()));
    // Frame included: the title bar stays reachable.
    const QSize outer = window->size() + QSize(frameWidth, frameHeight);
    QPoint topLeft = window->pos();
    topLeft.setX(std::clamp(
        topLeft.x(), area.left(), std::max(area.left(), area.right() + 1 - outer.width())));
    topLeft.setY(std::clamp(
        topLeft.y(), area.top(), std::max(area.top(), area.bottom() + 1 - outer.height())));
    if (topLeft != window->pos())
        window->move(topLeft);
}

} // namespace Jfp::ScreenFit
