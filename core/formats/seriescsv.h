// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QStringList>

class QIODevice;

namespace Jfp {

/**
 * The series CSV: what `jfp export` writes and `jfp import --format template` reads back, so a
 * programme manager can export, fill in values in a spreadsheet and import them again.
 *
 * RFC 4180, UTF-8, CRLF, one header line, then one row per indicator and period (the union of
 * its trajectory and actual periods, in period order; an indicator with neither gets one row
 * with an empty period to fill in). Columns, in order:
 * `indicatorId,area,areaCode,programme,indicator,unit,period,planned,actual,lower,upper,count,
 * denominator,note`. Numbers are written in the shortest form that reads back exactly, so
 * importing an unchanged export changes nothing.
 *
 * Reading matches rows to plan indicators by `indicatorId` (or, without it, by `indicator`
 * name), checks `areaCode` when given, and turns `planned` into trajectory values and
 * `actual`…`note` into actual values. Empty cells change nothing: an import never deletes.
 */
namespace SeriesTemplate {

/** The columns, in order (import/seriestemplate.h reads them back). */
enum Column {
    IndicatorId,
    AreaName,
    AreaCode,
    ProgrammeName,
    IndicatorName,
    UnitKey,
    PeriodLabel,
    Planned,
    Actual,
    Lower,
    Upper,
    Count,
    Denominator,
    Note,
    ColumnCount
};

QStringList columns();

/** Writes the header and the rows of `indicators`. */
bool write(QIODevice *device,
           const PlanSnapshot &plan,
           const QList<const Indicator *> &indicators,
           QString *error,
           int *rowCount = nullptr);

/** Writes the header only: a blank template. */
bool writeBlank(QIODevice *device, QString *error);

} // namespace SeriesTemplate
} // namespace Jfp
