// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "importplan.h"

#include "formats/planworkbook.h"

#include <QVariant>

class QIODevice;

namespace Jfp {

/**
 * Importing a plan workbook (XLSX, as `jfp export` and `jfp template` write it) or a
 * milestone CSV (the Milestones sheet's columns) into a plan: `jfp import --format template`.
 *
 * Each row finds its item by `id` (the name must then agree with the plan's), else by its
 * natural key: an area by ONS or ODS code, else by level and name; a programme by area,
 * parent and name; a milestone by programme and title; an indicator by programme and name.
 * A row that finds nothing adds a new item; its `id`, when given, is how the other sheets
 * refer to it. A found item takes the cells that differ from the plan (an empty cell changes
 * nothing, and an import never moves or deletes). Values (trajectory, actual, benchmark) are
 * added or replaced by indicator and period, as the series CSV does.
 *
 * Nothing is written: applyImport() writes the result in one transaction. Every problem is
 * reported by sheet, row and column ("Milestones!D14 (forecastDate): '31/13/2026' is not a
 * date"), or for a CSV file by line and column.
 */
namespace WorkbookImport {

/** One sheet, or a CSV file, as read: its headings and rows of cells. */
struct SheetData
{
    QString name; // the sheet's name; empty for a CSV file
    QStringList headings;
    struct Row
    {
        qint64 line = 0;       // the row (workbook) or line (CSV) number, from 1
        QList<QVariant> cells; // by position; invalid or empty text is an empty cell
    };
    QList<Row> rows;
};

/** Works out what importing the sheets would change. Sheets are found by name. */
ImportPlan plan(const PlanSnapshot &plan, const QList<SheetData> &sheets, const QString &fileName);

/** Reads an XLSX plan workbook. */
ImportPlan planWorkbook(const PlanSnapshot &plan, const QString &path);

/** Reads a milestone CSV (its header has a `title` column). */
ImportPlan planMilestoneCsv(const PlanSnapshot &plan, QIODevice *device, const QString &fileName);

/** True when a CSV header row is the milestone layout rather than the series layout. */
bool isMilestoneHeader(const QStringList &headings);

/**
 * What `jfp import --format template` reads: .xlsx as a plan workbook; any other file as
 * CSV, a milestone CSV when its header has a `title` column, else a series CSV.
 */
ImportPlan planFile(const PlanSnapshot &plan, const QString &path);

} // namespace WorkbookImport
} // namespace Jfp
