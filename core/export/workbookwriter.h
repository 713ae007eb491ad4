// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "formats/planworkbook.h"

namespace Jfp::WorkbookWriter {

/**
 * Writes the tables as an Excel workbook (XLSX, with libxlsxwriter): one sheet per table,
 * named and laid out as PlanWorkbook::layouts() says, after an Instructions sheet when
 * `withInstructions`. Cells are typed: numbers as numbers, dates as Excel dates shown
 * yyyy-mm-dd, TRUE/FALSE as booleans, empty values as empty cells. Each sheet has a bold,
 * frozen header row with an autofilter and columns wide enough for their contents.
 *
 * The file appears only when complete: it is written beside `path` under a temporary name
 * and renamed over `path` at the end.
 */
bool write(const QString &path,
           const QList<PlanWorkbook::Table> &tables,
           bool withInstructions,
           QString *error);

/** Empty tables, one per sheet: for a blank template. */
QList<PlanWorkbook::Table> emptyTables();

} // namespace Jfp::WorkbookWriter
