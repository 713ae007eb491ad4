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

} // namespace Jfp
