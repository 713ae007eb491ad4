// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "spc/spcresult.h"

#include <QColor>
#include <QPixmap>
#include <QRectF>

class QPainter;

/**
 * The Making Data Count variation and assurance icons, drawn as vectors in the MDC colours
 * (shared/spec/spc.md 1.10). Each carries a letter or shape as well as its colour.
 */
namespace Jfp::SpcIcons {

QColor colour(Spc::PointType type);
void paintVariation(QPainter &painter, const QRectF &rect, Spc::Variation variation);
void paintAssurance(QPainter &painter, const QRectF &rect, Spc::Assurance assurance);
QPixmap variationPixmap(Spc::Variation variation, int size, qreal devicePixelRatio = 1.0);
QPixmap assurancePixmap(Spc::Assurance assurance, int size, qreal devicePixelRatio = 1.0);

} // namespace Jfp::SpcIcons
