// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Jfp {

/** When the statement running on a connection began, and how long it may run. */
struct StatementClock
{
    QElapsedTimer started;
    qint64 limitMs = 60 * 1000;
    bool stopped = false; // the last statement ran past the limit and was stopped
};

/** One table, index, view or trigger of a database's schema. */
struct SchemaObject
{
    QString type; // "table", "index", "view" or "trigger"
    QString name;
    QString table; // the table an index or trigger belongs to
    QString sql;   // the statement that made it; empty for SQLite's own indexes

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

/**
 * Every difference between the SQL dialects JFP Planner speaks lives here, so the rest of
 * storage is portable SQL: column types for ids and reals, connection settings (SQLite
 * pragmas), where the schema version and the file's identity are kept, and how a consistent
 * copy of a plan is written. SQLite is the plan file; PostgreSQL is for a shared team database.
 */
class SqlDialect
{
public:
    enum class Kind { Sqlite, PostgreSql };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    {}
    static SqlDialect forDriver(const QString &driverName);

    Kind kind() const { return m_kind; }

    /** Expands the placeholders `{ID}` (auto-numbered primary key) and `{REAL}` in DDL. */
    QString ddl(QString statement) const;

    /**
     * Statements run on every new connection (SQLite: foreign keys, busy timeout, and for a
     * writer the WAL journal, or on a network drive, where WAL does not work, a rollback
     * journal).
     */
    QStringList connectionSetup(bool readOnly, bool networkDrive = false) const;

    /**
     * Bounds everything a new connection runs, whatever the file holds: SQLite's limits (a
     * string or blob of at most 32 MB, statements of 10 MB, 200 columns, expressions
     * 500 deep, one attached database) and a time limit for each statement, after which it
     * is stopped (SQLite: a progress handler; PostgreSQL: statement_timeout). `clock` must
     * outlive the connection.
     */
    bool guard(QSqlDatabase &db, StatementClock *clock, QString *error) const;

    /**
     * Begins a transaction that writes: SQLite takes the write lock at once (BEGIN IMMEDIATE),
     * waiting out the busy timeout for another writer, so that it never fails half-way when
     * another program wrote since it began reading.
     */
    bool beginWrite(QSqlDatabase &db, QSqlError *error = nullptr) const;

    /**
     * Statements that make filling a brand-new plan file in one go fast (SQLite: no rollback
     * journal and no syncs, so each page is written once). Only for a file that is deleted if
     * the filling fails; connectionSetup(false) puts the usual settings back afterwards.
     */
    QStringList newFileBulkSetup() const;

    /** Appended to an INSERT so that the query returns the new row's id. */
    QString returningId() const { return QStringLiteral(" RETURNING id"); }

    int schemaVersion(const QSqlDatabase &db, bool *ok = nullptr) const;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const;

    /** A number in the file that says "this is a JFP plan" (SQLite's application_id). */
    static constexpr qint32 applicationId = 0x4A465031; // "JFP1"
    qint64 storedApplicationId(const QSqlDatabase &db,
                               bool *ok = nullptr,
                               QSqlError *error = nullptr) const;
    bool setApplicationId(QSqlDatabase &db, QString *error) const;

    /** Writes a consistent copy of the whole database to a new file. */
    bool copyTo(QSqlDatabase &db, const QString &path, QString *error) const;

    /**
     * SQLite's primary result code of a failed statement (SQLITE_BUSY is 5, SQLITE_CORRUPT
     * 11, …: the extended code's low byte); -1 when the error has none.
     */
    static int sqliteCode(const QSqlError &error);
    /** SQLITE_BUSY or SQLITE_LOCKED: another connection held a lock past the busy timeout. */
    static bool isLockError(const QSqlError &error)
    {
        const int code = sqliteCode(error);
        return code == 5 || code == 6;
    }

    /**
     * Stops whatever `db` (an SQLite connection of its own, as for a copy written in the
     * background) is running soon after `*stop` becomes true; the statement fails as
     * interrupted. `stop` must outlive the connection. False when `db` is not SQLite.
     */
    static bool stopWhen(QSqlDatabase &db, const std::atomic_bool *stop);

    /**
     * The objects of the database's schema (tables, indexes, views and triggers), at most
     * `limit` of them, each with the SQL that made it (SQLite; a definition longer than
     * 100,000 characters is not read, and reads as "(too long)"). PostgreSQL lists only
     * its views and triggers. `ok` is false if the schema cannot be read.
     */
    QList<SchemaObject> schemaObjects(const QSqlDatabase &db, int limit, bool *ok = nullptr) const;

    /** Integrity and foreign-key problems; empty when the database is sound. */
    QStringList integrityProblems(const QSqlDatabase &db) const;

private:
    Kind m_kind;
};

} // namespace Jfp
