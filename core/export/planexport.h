// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "formats/planworkbook.h"

#include <optional>

class QIODevice;

/**
 * Writing a plan out: what `jfp export` and `jfp template` do, and what the window's
 * File > Export calls. The format follows the file's suffix.
 */
namespace Jfp::PlanExport {

enum class Format {
    SeriesCsv, // .csv: the indicator series CSV (SeriesTemplate)
    Workbook   // .xlsx: the plan workbook (PlanWorkbook), one sheet per kind of item
};

/** The format a file name asks for (.csv or .xlsx, case ignored), or none. */
std::optional<Format> formatOf(const QString &path);

/** What an export wrote. */
struct Summary
{
    Format format = Format::SeriesCsv;
    int indicators = 0;
    /** Series CSV: rows below the header. Workbook: rows on all sheets below the headers. */
    int rows = 0;
    /** Workbook: the rows of each sheet, in PlanWorkbook::layouts() order. */
    QList<int> sheetRows;
};

/**
 * Writes the plan, or the part in scope, to `path` in the format its suffix names. With both
 * an area and a programme in the scope, the series CSV holds the programme's indicators
 * within the area (as `jfp export` always did) and the workbook the programme. The file
 * appears only when complete (an existing file is replaced then). False, with `error` set,
 * for an unknown suffix (unless `format` is given) or when the file cannot be written.
 */
bool write(const QString &path,
           const PlanSnapshot &plan,
           const ExportScope &scope,
           QString *error,
           Summary *summary = nullptr,
           std::optional<Format> format = std::nullopt);

/** The series CSV of the indicators in scope, to any device (e.g. standard output). */
bool writeSeriesCsv(QIODevice *device,
                    const PlanSnapshot &plan,
                    const ExportScope &scope,
                    QString *error,
                    Summary *summary = nullptr);

/** The layout of a blank CSV template; a workbook template holds every layout. */
enum class TemplateLayout { Series, Milestones };

/**
 * Writes a blank template to fill in and import with `--format template`: for .xlsx an
 * Instructions sheet and a header-only sheet per layout; for .csv the header line of
 * `csvLayout`. The format follows the suffix unless `format` is given. The file appears only
 * when complete.
 */
bool writeTemplate(const QString &path,
                   QString *error,
                   TemplateLayout csvLayout = TemplateLayout::Series,
                   std::optional<Format> format = std::nullopt);

} // namespace Jfp::PlanExport
