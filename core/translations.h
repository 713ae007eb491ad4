// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Jfp {

/**
 * Installs Qt's own and JFP Planner's translations for `locale` (default: the system's).
 * British English is the source language, so en_GB needs no translation file.
 */
void installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Jfp
