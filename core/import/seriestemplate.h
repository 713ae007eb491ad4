// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "formats/seriescsv.h"
#include "importplan.h"

#include "domain/plan.h"

class QIODevice;

namespace Jfp {

/** Reading the series CSV back (formats/seriescsv.h describes it and writes it). */
namespace SeriesTemplate {

/** Works out what importing a filled-in series CSV would change. Writes nothing. */
ImportPlan plan(const PlanSnapshot &plan, QIODevice *device, const QString &fileName);
ImportPlan planFile(const PlanSnapshot &plan, const QString &path);

} // namespace SeriesTemplate
} // namespace Jfp
