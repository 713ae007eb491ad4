// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Jfp {

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

    /** Statements run on every new connection (SQLite: foreign keys, WAL, busy timeout). */
    QStringList connectionSetup(bool readOnly) const;

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
     * Code stored in the database that JFP Planner never makes, which would run inside it
     * (triggers) or stand in for its tables (views): "trigger 'wipe'", "view 'area'". A plan
     * holding any is refused unread. Empty when there is none; `ok` false if it cannot tell.
     */
    QStringList storedCode(const QSqlDatabase &db, bool *ok = nullptr) const;

    /** Integrity and foreign-key problems; empty when the database is sound. */
    QStringList integrityProblems(const QSqlDatabase &db) const;

private:
    Kind m_kind;
};

} // namespace Jfp
