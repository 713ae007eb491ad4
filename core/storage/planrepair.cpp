// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planrepair.h"

#include "coretr.h"
#include "database.h"
#include "domain/printabletext.h"
#include "newplanfile.h"
#include "schemacheck.h"

#include <QDir>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Jfp::PlanRepair {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// The columns of `table` as `db` has them, in order; empty if there is no such table.
QStringList columnsOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    QStringList columns;
    if (!query.prepare(u"SELECT name FROM pragma_table_info(:table)"_s))
        return columns;
    query.bindValue(u":table"_s, table);
    if (!query.exec())
        return columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

bool isTable(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"_s);
    query.bindValue(u":name"_s, name);
    return query.exec() && query.next();
}

// Copies the rows of `table` that fit the new schema; a row the schema refuses is skipped.
TableReport copyTable(Database &from, Database &to, const QString &table, QString *error)
{
    TableReport report{table, 0, 0, {}};
    if (!isTable(from, table)) {
        report.problem = Tr::tr("the original has no table '%1'").arg(table);
        return report;
    }
    const QStringList wanted = columnsOf(to, table);
    const QStringList present = columnsOf(from, table);
    QStringList columns;
    for (const QString &column : wanted) {
        if (present.contains(column))
            columns << column;
    }
    if (columns.isEmpty()) {
        report.problem = Tr::tr("the original's table '%1' has none of its columns").arg(table);
        return report;
    }
    QStringList names;
    QStringList places;
    for (const QString &column : columns) {
        names << quoted(column);
        places << u"?"_s;
    }
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), quoted(table)))) {
        report.problem = from.explain(read.lastError());
        return report;
    }
    QSqlQuery write(to.connection());
    if (!write.prepare(u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(
            quoted(table), names.join(u", "_s), places.join(u", "_s)))) {
        *error = to.explain(write.lastError());
        return report;
    }
    while (read.next()) {
        ++report.read;
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            // A value SQLite refuses outright (too big) is one row dropped; a failed write
            // (a full disk) ends the repair.
            const int code = SqlDialect::sqliteCode(write.lastError());
            if (code == 18 || code == 19 || code == 20 || code == 25)
                continue;
            *error = to.explain(write.lastError());
            return report;
        }
    }
    if (read.lastError().isValid())
        report.problem = from.explain(read.lastError());
    return report;
}

// Drops areas and programmes that do not hang from the top of their tree (a circle, or a
// parent that is gone), then every row whose parent row is gone, until none is left.
bool dropUnreachable(Database &db, QString *error)
{
    QSqlQuery query(db.connection());
    for (const QString &table : {u"area"_s, u"programme"_s}) {
        const QString sql
            = u"WITH RECURSIVE reach(id) AS (SELECT id FROM %1 WHERE parent_id IS "
              "NULL UNION SELECT t.id FROM %1 t JOIN reach ON t.parent_id = reach.id) "
              "DELETE FROM %1 WHERE id NOT IN (SELECT id FROM reach)"_s.arg(table);
        if (!query.exec(sql)) {
            *error = db.explain(query.lastError());
            return false;
        }
    }
    for (int pass = 0; pass < 1000; ++pass) {
        if (!query.exec(u"PRAGMA foreign_key_check"_s)) {
            *error = db.explain(query.lastError());
            return false;
        }
        QList<std::pair<QString, qint64>> orphans;
        while (query.next())
            orphans.append({query.value(0).toString(), query.value(1).toLongLong()});
        if (orphans.isEmpty())
            return true;
        QSqlQuery drop(db.connection());
        for (const auto &[table, rowid] : orphans) {
            if (!drop.exec(u"DELETE FROM %1 WHERE rowid = %2"_s.arg(quoted(table)).arg(rowid))) {
                *error = db.explain(drop.lastError());
                return false;
            }
        }
    }
    return true;
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT count(*) FROM %1"_s.arg(quoted(table))) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace

qint64 Report::rowsRead() const
{
    qint64 total = 0;
    for (const TableReport &table : tables)
        total += table.read;
    return total;
}

qint64 Report::rowsKept() const
{
    qint64 total = 0;
    for (const TableReport &table : tables)
        total += table.kept;
    return total;
}

QStringList Report::summary() const
{
    const QLocale locale;
    QStringList lines;
    lines << Tr::tr("Kept %1 of the %2 rows read.")
                 .arg(locale.toString(rowsKept()), locale.toString(rowsRead()));
    for (const TableReport &table : tables) {
        if (table.read != table.kept) {
            lines << Tr::tr("Dropped %1 of the %2 rows of '%3' that did not fit the plan.")
                         .arg(locale.toString(table.read - table.kept),
                              locale.toString(table.read),
                              table.table);
        }
        if (!table.problem.isEmpty())
            lines << Tr::tr("Table '%1': %2").arg(table.table, table.problem);
    }
    for (const QString &item : leftOut)
        lines << Tr::tr("Left out: %1.").arg(item);
    return lines;
}

bool repair(const QString &source, const QString &target, Report *report, QString *error)
{
    *report = {};
    auto from = Database::openUnchecked(source, error);
    if (!from)
        return false;
    bool ok = false;
    const qint64 appId = from->dialect().storedApplicationId(from->connection(), &ok);
    if (!ok || appId != SqlDialect::applicationId) {
        if (error) {
            *error = Tr::tr("'%1' is not a JFP Planner plan, so there is nothing to repair: "
                            "another program made it.")
                         .arg(printableText(QDir::toNativeSeparators(source), 600));
        }
        return false;
    }
    const int version = from->dialect().schemaVersion(from->connection(), &ok);
    report->leftOut = SchemaCheck::problems(from->connection(), from->dialect(), version, &ok);

    return NewPlanFile::create(
        target,
        [&](Database &to, QString *fillError) {
            QSqlQuery setup(to.connection());
            if (!setup.exec(u"PRAGMA foreign_keys = OFF"_s)) {
                *fillError = to.explain(setup.lastError());
                return false;
            }
            QStringList tables;
            QSqlQuery list(to.connection());
            if (!list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite%' ORDER BY rowid"_s)) {
                *fillError = to.explain(list.lastError());
                return false;
            }
            while (list.next())
                tables << list.value(0).toString();
            {
                Transaction transaction(to);
                if (!transaction.isActive()) {
                    *fillError = transaction.beginError();
                    return false;
                }
                for (const QString &table : tables) {
                    QString copyError;
                    report->tables << copyTable(*from, to, table, &copyError);
                    if (!copyError.isEmpty()) {
                        *fillError = copyError;
                        return false;
                    }
                }
                if (!dropUnreachable(to, fillError) || !transaction.commit(fillError))
                    return false;
            }
            for (TableReport &table : report->tables)
                table.kept = countRows(to, table.table);
            return setup.exec(u"PRAGMA foreign_keys = ON"_s);
        },
        error);
}

} // namespace Jfp::PlanRepair
