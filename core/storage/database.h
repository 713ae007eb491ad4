// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/planchange.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <utility>

namespace Jfp {

/**
 * One open plan: a named SQLite connection with foreign keys on and a WAL journal.
 *
 * Opening checks the file before anything can write to it: a file that is missing, empty,
 * not SQLite, truncated or damaged, another program's database, or from a newer version of
 * JFP Planner gets a message that names the file and says what to do, and is left exactly
 * as it was. A file the user cannot write opens read-only. With QuickCheck::AtOpen (the
 * command line) every page is checked (SQLite's quick check, which reads the whole file)
 * before open() returns. With QuickCheck::Deferred (the window) nothing is, and a plan that
 * was not closed cleanly (a write-ahead log or rollback journal is beside it) is marked for
 * the caller's background check; damage is otherwise found by the statement that meets it.
 */
class Database
{
public:
    enum class OpenMode {
        ReadWrite,        // an older plan is upgraded, after a backup of it as it was (PlanBackups)
        ReadOnly,         // an older plan is refused: reading it changes nothing
        ReadWriteScratch, // a scratch copy the caller made: upgraded without a backup
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Creates a new, empty plan at `path`; fails if something is there already. */
    static std::unique_ptr<Database> create(const QString &path, QString *error);
    /** When SQLite's quick check of every page runs for a plan not closed cleanly. */
    enum class QuickCheck {
        AtOpen,   // before open() returns (the command line)
        Deferred, // by the caller, with quickCheck() (the window, in the background)
    };
    static std::unique_ptr<Database> open(const QString &path,
                                          OpenMode mode,
                                          QString *error,
                                          QuickCheck quickCheck = QuickCheck::AtOpen);
    /**
     * How the schema of the plan at `path` differs from the one JFP Planner makes (see
     * SchemaCheck), found without reading any table: what `jfp check` lists when open()
     * refuses a tampered plan. Empty, with `error`, when the file cannot be looked at.
     */
    static QStringList schemaProblems(const QString &path, QString *error);
    /**
     * Opens `path` read-only after checking only that it is an SQLite file: its schema and
     * contents are not checked, and nothing may be read but its tables, one by one, by name
     * (what a repair does). The connection has the same limits as any other. nullptr, with
     * `error`, when the file is not an SQLite database or cannot be opened.
     */
    static std::unique_ptr<Database> openUnchecked(const QString &path, QString *error);
    /** A plan in memory, for tests. */
    static std::unique_ptr<Database> createInMemory(QString *error);

    QSqlDatabase &connection() { return m_db; }
    const QSqlDatabase &connection() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /**
     * Open for writing on a network drive: kept with a rollback journal, as SQLite's WAL does
     * not work there (not looked for when the plan is open read-only).
     */
    bool isOnNetworkDrive() const { return m_onNetworkDrive; }
    /** Whether opening ran SQLite's quick check (the plan was not closed cleanly). */
    bool wasQuickChecked() const { return m_quickChecked; }
    /** Whether the plan was not closed cleanly and its quick check was left to the caller. */
    bool isQuickCheckDue() const { return m_quickCheckDue; }
    /**
     * SQLite's quick check of the plan file at `path`, on a connection of its own that only
     * reads, on the calling thread (any thread): empty when every page is sound, else what
     * the user is told, naming the file. Stops early, returning empty, once `*stop` is true.
     */
    static QString quickCheck(const QString &path, const std::atomic_bool *stop);
    int schemaVersion() const;
    /**
     * The plan version this open upgraded the file from (0 when it was up to date), and the
     * backup of it as it was, kept before the upgrade.
     */
    int upgradedFrom() const { return m_upgradedFrom; }
    QString upgradeBackup() const { return m_upgradeBackup; }

    /** Writes a consistent copy of the plan to a new file (Save a Copy As). */
    bool copyTo(const QString &path, QString *error);
    /** SQLite integrity and foreign-key findings; empty when sound. */
    QStringList integrityProblems() const;

    /**
     * The change journal: commands note each item they add, update or remove as they write
     * its history (Commands::Internal::ChangeLog), and PlanDocument takes the notes after a
     * redo or undo to report them on its change feed. A failed command's notes are dropped.
     */
    void noteChange(const PlanChange::Item &item) { m_changes.add(item); }
    PlanChange takeChanges() { return std::exchange(m_changes, PlanChange()); }

    /**
     * The plan as it stands in this file, when its owner (PlanDocument) keeps one up to date,
     * lent for the length of one command so that checking an edit need not read the plan
     * again; nullptr otherwise. Only valid before the command's first write.
     */
    const PlanSnapshot *planCache() const { return m_planCache; }
    void setPlanCache(const PlanSnapshot *plan) { m_planCache = plan; }

    /**
     * The command whose history the rows being written belong to, when a command made of
     * others (an import) runs them: their rows then carry its text, not their own. Empty
     * otherwise. Set for the length of one redo or undo with HistoryLabel.
     */
    const QString &historyLabel() const { return m_historyLabel; }

    /**
     * `sql` prepared once on this connection and kept, for the statements an import runs a
     * hundred thousand times (SqlExec::run); nullptr, with `error`, when it does not prepare.
     */
    QSqlQuery *keptStatement(const QString &sql, QString *error);

    /**
     * What a failed statement on this plan tells the user, in words and naming the file: in
     * use by another program, the disk is full, stopped after the time limit, damaged, or
     * else SQLite's own text.
     */
    QString explain(const QSqlError &error) const;
    /** How long one statement may run before it is stopped (60 s; shorter in tests). */
    void setStatementTimeLimit(qint64 milliseconds) { m_clock.limitMs = milliseconds; }
    void setHistoryLabel(const QString &label) { m_historyLabel = label; }

private:
    friend class Transaction;
    Database(const QString &path, bool readOnly, bool immutable = false);
    bool openConnection(QString *error);
    // A read-only look at the file: the error that refuses it, or its version and schema;
    // with `quickCheck`, SQLite's quick check of every page too.
    static QString
    probe(const QString &path, bool quickCheck, int *version, QStringList *schemaProblems);
    static QString probeOnce(const QString &path,
                             bool immutable,
                             bool queryOnly,
                             bool quickCheck,
                             int *version,
                             QStringList *schemaProblems);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_immutable = false; // SQLite's immutable=1: a read-only plan in a read-only folder
    bool m_onNetworkDrive = false;
    bool m_queryOnly = false; // read-only, through a connection that could write
    bool m_quickChecked = false;
    bool m_quickCheckDue = false;
    int m_upgradedFrom = 0;
    QString m_upgradeBackup;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    PlanChange m_changes;
    const PlanSnapshot *m_planCache = nullptr;
    QString m_historyLabel;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // before m_db goes
    int m_transactionDepth = 0; // open Transactions, the outermost a real one
    StatementClock m_clock;     // SQLite's callbacks hold it: ~Database closes m_db first
};

/**
 * Begins a transaction; rolls it back on destruction unless commit() succeeded. Inside
 * another Transaction on the same database it is a savepoint of it (a command that runs
 * other commands): its commit releases the savepoint, its rollback undoes only what was
 * written since it began, and nothing is stored until the outermost one commits.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    /** Why the transaction did not begin (in use by another program, …); empty if it did. */
    const QString &beginError() const { return m_beginError; }
    bool commit(QString *error = nullptr);

private:
    Database &m_database;
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    QString m_beginError;
    bool m_active = false;
};

} // namespace Jfp
