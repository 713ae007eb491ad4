// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domainenums.h"

#include <QString>

#include <optional>

/** How indicator values read in the UI: the unit, the indicator's decimals, missing as words. */
namespace Jfp::ValueFormat {

QString number(double value, int decimals);
/** "13.9 per 100,000", "23%", "59 years", "£400,000", or "not stated" when missing. */
QString withUnit(const std::optional<double> &value, Unit unit, int decimals);
/** withUnit() followed by " (2026/27)" when a period is known. */
QString
withPeriod(const std::optional<double> &value, Unit unit, int decimals, const QString &period);
QString missing();

} // namespace Jfp::ValueFormat
