// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace Jfp {

class Database;

/**
 * Small helpers the editing repositories share: a prepared statement with named bindings,
 * and the order of an item among its siblings (the sort_order column). No transactions here:
 * the caller owns them.
 */
namespace SqlExec {

using Binding = std::pair<QString, QVariant>;

/** Prepares `sql`, binds and runs it; nullopt (and `error`) on failure. */
std::optional<QSqlQuery>
exec(Database &db, const QString &sql, const QList<Binding> &bindings, QString *error);

/**
 * Like exec, for a statement run again and again (an import's writes and look-ups): prepared
 * once per connection and kept (Database::keptStatement). The query returned is the kept one:
 * read what it selects at once, then finish() it; the next run of the same SQL resets it.
 * nullptr (and `error`) on failure.
 */
QSqlQuery *run(Database &db, const QString &sql, const QList<Binding> &bindings, QString *error);

/** Runs a statement that must change exactly one row; `missing` is the message otherwise. */
bool execOne(Database &db,
             const QString &sql,
             const QList<Binding> &bindings,
             const QString &missing,
             QString *error);

/** The ids of `table`'s rows matching `where`, in sort_order, then id. */
std::optional<QList<qint64>> orderedIds(Database &db,
                                        const QString &table,
                                        const QString &where,
                                        const QList<Binding> &bindings,
                                        QString *error);

/** The next sort_order after every row matching `where`. */
std::optional<int> nextSortOrder(Database &db,
                                 const QString &table,
                                 const QString &where,
                                 const QList<Binding> &bindings,
                                 QString *error);

/**
 * Puts row `id` at `position` (clamped; -1 = last) among the rows matching `where` and
 * renumbers their sort_order 0, 1, 2, …
 */
bool placeAt(Database &db,
             const QString &table,
             qint64 id,
             int position,
             const QString &where,
             const QList<Binding> &bindings,
             QString *error);

/** Every row's sort_order in `table`, so that a reorder can be undone exactly. */
std::optional<QList<std::pair<qint64, int>>>
sortOrders(Database &db, const QString &table, QString *error);
bool setSortOrders(Database &db,
                   const QString &table,
                   const QList<std::pair<qint64, int>> &orders,
                   QString *error);

} // namespace SqlExec
} // namespace Jfp
