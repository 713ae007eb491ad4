// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Jfp {

/**
 * Which part of a plan an export holds: the whole plan (both ids 0), an area and the areas
 * beneath it, or a programme and its sub-programmes.
 */
struct ExportScope
{
    Id areaId = 0;
    Id programmeId = 0;
};

/**
 * The plan workbook: the layout `jfp export --out OUT.xlsx` writes, `jfp template FILE.xlsx`
 * writes empty and `jfp import --format template` reads back. One sheet per kind of item,
 * a header row of stable column keys, then one row per item in tree order. The same layouts
 * are the CSV templates: the Milestones sheet is the milestone CSV.
 *
 * Ids are the plan's own. A row's `id` names the item that `parentId`, `programmeId` and
 * `indicatorId` on other rows refer to, so a workbook can also describe items the plan does
 * not have yet. Frameworks and themes are referred to by their keys, which a plan holds once.
 *
 * A whole-plan export carries everything a plan holds but its change history, so that
 * importing it into an empty plan reproduces the plan (tests/core/tst_planroundtrip).
 */
namespace PlanWorkbook {

/** How a column's cells are typed, in the workbook and when read back. */
enum class CellKind { Id, Text, Integer, Number, Date, Period, Choice, Boolean, DateTime };

struct Column
{
    QString key; // the heading, e.g. "forecastDate"
    CellKind kind = CellKind::Text;
    QString meaning;     // for the Instructions sheet
    QStringList choices; // the allowed values of a Choice column
    bool required = false;
    bool readOnly = false; // shown to help the reader; an import only checks it
};

/**
 * The sheets, in workbook order. The first seven are the original layout; the sheets that
 * carry the rest of the plan follow them, so that a sheet keeps its position in the file.
 */
enum class SheetKind {
    Areas,
    Programmes,
    Milestones,
    Indicators,
    Trajectory,
    Actuals,
    Benchmarks,
    Plan,
    AreaCodes,
    Practices,
    Frameworks,
    Themes,
    ProgressUpdates,
    Annotations,
    SpcRebases,
    Links
};

struct SheetLayout
{
    SheetKind kind = SheetKind::Areas;
    QString name; // the sheet's name, e.g. "Milestones"
    QString purpose;
    QList<Column> columns;

    /** The column's position, or -1. */
    int columnIndex(const QString &key) const;
    QStringList keys() const;
};

/** Every sheet, in workbook order. */
const QList<SheetLayout> &layouts();
const SheetLayout &layout(SheetKind kind);

/** One cell per column: an invalid QVariant is an empty cell, else qint64, double, QString, QDate,
 * QDateTime (UTC) or bool. */
using Row = QList<QVariant>;

struct Table
{
    SheetKind kind = SheetKind::Areas;
    QList<Row> rows;
};

/** The plan, or the part in scope, as the rows of each sheet (every sheet, in order). */
QList<Table> tables(const PlanSnapshot &plan, const ExportScope &scope);

/** The text of the Instructions sheet: a few paragraphs, then the sheets and their columns. */
QStringList instructions();

} // namespace PlanWorkbook
} // namespace Jfp
