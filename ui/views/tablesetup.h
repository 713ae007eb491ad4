// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

class QTableView;

namespace Jfp {

/**
 * How the pane's read-only lists look and move: whole rows selected one at a time, no
 * editing in place, alternating rows, no row numbers, Tab leaves the table (arrows move inside
 * it), and an accessible name.
 */
void setUpRowTable(QTableView *table, const QString &accessibleName);

/** Sizes the table's columns to contents by its first 100 rows (resizeColumnsToContents). */
void sizeColumnsByFirstRows(QTableView *table);

/** Ctrl+C (the platform's Copy) in `table` copies its selected rows, as rowsText gives them. */
void addRowCopy(QTableView *table);

/**
 * The selected rows (else the current one) with the column headings, tab-separated, one line
 * each, as a spreadsheet pastes them: the shown columns in their order, each cell's text (or
 * what it says to a screen reader, for an icon), tabs and line breaks as spaces.
 */
QString rowsText(const QTableView *table);

} // namespace Jfp
