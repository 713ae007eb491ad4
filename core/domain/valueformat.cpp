// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "valueformat.h"

#include "coretr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Jfp::ValueFormat {

QString number(double value, int decimals)
{
    const QLocale locale;
    // Show the indicator's decimals, but never hide digits the value has (7.25 stays 7.25
    // when decimals is 1): a figure must read exactly as its source printed it.
    // A plan edited outside the program may hold any number: 0 to 6, as check requires.
    int shown = std::clamp(decimals, 0, 6);
    while (shown < 6) {
        const double scaled = value * std::pow(10.0, shown);
        if (std::abs(std::round(scaled) - scaled) < 1e-6)
            break;
        ++shown;
    }
    return locale.toString(value, 'f', shown);
}

QString missing()
{
    return Tr::tr("not stated");
}

QString withUnit(const std::optional<double> &value, Unit unit, int decimals)
{
    if (!value)
        return missing();
    const QString text = number(*value, decimals);
    if (unit == Unit::Money)
        return QStringLiteral("£") + text;
    return text + Enums::unitSuffix(unit);
}

QString
withPeriod(const std::optional<double> &value, Unit unit, int decimals, const QString &period)
{
    const QString text = withUnit(value, unit, decimals);
    if (!value || period.isEmpty())
        return text;
    return Tr::tr("%1 (%2)").arg(text, period);
}

} // namespace Jfp::ValueFormat
