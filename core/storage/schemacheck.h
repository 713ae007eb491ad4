// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Jfp::SchemaCheck {

/**
 * How the schema of `db`, a plan at schema `version`, differs from the schema the
 * migrations make at that version: every table, index, view or trigger JFP Planner did
 * not make ("the plan holds a trigger 'wipe' that JFP Planner did not make: it may have
 * been tampered with"), every one it makes that is missing, and every one whose definition
 * was changed. Empty when the schema is exactly the app's own. Reads only the schema
 * itself, never a table, so nothing the file holds can run.
 *
 * A plan on a PostgreSQL server is checked only for views and triggers: its schema and
 * rights are the server's to enforce.
 *
 * `ok` is false, and the list empty, when the schema cannot be read at all.
 */
QStringList problems(const QSqlDatabase &db, const SqlDialect &dialect, int version, bool *ok);

/** At most this many schema objects are read from a file, beyond the app's own. */
inline constexpr int extraObjectsRead = 1000;

} // namespace Jfp::SchemaCheck
