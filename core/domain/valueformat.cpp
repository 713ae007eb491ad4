// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "valueformat.h"

#include "coretr.h"

#include <QLocale>

#include <algorithm>

namespace Jfp::ValueFormat {

QString number(double value, int decimals)
{
    // The indicator's decimals, as a board paper prints the figure (126.082206 per 100,000
    // with 1 decimal reads 126.1). A plan edited outside the program may hold any number of
    // decimals: 0 to 6, as check requires.
    return QLocale().toString(value, 'f', std::clamp(decimals, 0, 6));
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
