// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QList>

class QComboBox;
class QTableView;
class QToolButton;

/**
 * A table's "Sort by" list and Ascending/Descending button, kept in step with its clickable
 * headings, so that sorting needs no mouse: the list offers "Plan order" then the columns.
 */
namespace Jfp::SortControls {

/** Fills the list with "Plan order" and the headings of `columns`, in that order. */
void populate(QComboBox *column, const QTableView *table, const QList<int> &columns);
/** Shows the table's current sort in the controls (without signals). */
void sync(const QTableView *table, QComboBox *column, QToolButton *descending);
/** Sorts the table as the controls say. */
void apply(QTableView *table, QComboBox *column, QToolButton *descending);

} // namespace Jfp::SortControls
