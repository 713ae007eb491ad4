// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"
#include "domain/plan.h"
#include "domain/planchange.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Jfp {

class BackupPolicy;
class UndoStack;
struct QuickCheckRun;

/**
 * An open plan: the plan file, the undo stack of the changes made to it, and the plan as the
 * views show it. Every change goes through push() (or the undo stack), and after each redo or
 * undo the document reports what it changed on one feed, changed(), so that item models update
 * only those rows; the views never re-read the plan themselves.
 *
 * How a change flows: an editor builds a PlanCommand and sends it to push(); the undo stack
 * runs its redo on the database in one transaction, where the command writes its history rows
 * through ChangeLog, which also notes each item it touched in the database's change journal;
 * the document takes the journal, brings its snapshot up to date (re-reading only the changed
 * rows when it can: an edited item, an indicator's series), and emits changed(PlanChange).
 *
 * Invariants: plan() always matches the file after the last successful command; a refused
 * command changes neither the file, the stack nor plan(), and is reported on failed().
 */
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    /**
     * Opens the plan file and reads it; nullptr with `error` when it cannot. With
     * QuickCheck::Deferred, a plan not closed cleanly is checked by checkInBackground().
     */
    static std::unique_ptr<PlanDocument> open(const QString &path,
                                              Database::OpenMode mode,
                                              QString *error,
                                              Database::QuickCheck quickCheck
                                              = Database::QuickCheck::AtOpen);
    /** A document over an open database, reading the plan from it. */
    static std::unique_ptr<PlanDocument> fromDatabase(std::unique_ptr<Database> db, QString *error);
    ~PlanDocument() override;

    Database &database() { return *m_db; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    const PlanSnapshot &plan() const { return m_plan; }
    UndoStack *undoStack() const { return m_undoStack; }

    /**
     * Runs the command and, when the file accepted it, puts it on the undo stack. False (with
     * `error`) when the plan is read-only or the command was refused; nothing has changed then.
     */
    bool push(std::unique_ptr<PlanCommand> command, QString *error = nullptr);
    /** Re-reads the whole plan (after a change from outside the document). */
    bool reload(QString *error);

    /**
     * Backs the plan up by `policy` before changes (README, "Backups"): the window turns it on
     * for the plans it opens. Never for a read-only plan or one in memory; nullptr turns it off.
     */
    void setBackupPolicy(std::unique_ptr<BackupPolicy> policy);
    BackupPolicy *backupPolicy() const { return m_backups.get(); }

    /**
     * Starts SQLite's quick check of a plan that was not closed cleanly and was opened with
     * its check deferred, on a thread of its own; quickChecked() tells the result. False
     * (and nothing starts) when no check is due.
     */
    bool checkInBackground();

    /** How many times the whole plan was read since it was opened: for tests and benchmarks. */
    int fullReads() const { return m_fullReads; }

Q_SIGNALS:
    /** After every successful redo or undo, and after reload(): what changed. */
    void changed(const Jfp::PlanChange &change);
    /** A redo or undo the file refused, with the reason; the plan is as it was. */
    void failed(const QString &message);
    /** A backup before a change could not be made; the change went ahead. */
    void backupFailed(const QString &message);
    /** The background quick check is done: empty when sound, else why not, naming the file. */
    void quickChecked(const QString &problem);

private:
    PlanDocument(std::unique_ptr<Database> db, PlanSnapshot plan);
    bool run(PlanCommand &command, bool undo);
    /** Brings the snapshot up to date with `change`: by rows where it can, else a re-read. */
    bool update(const PlanChange &change, QString *error);
    enum class Patch { Done, NeedsRead, Failed };
    /** Re-reads the rows of one changed item; NeedsRead when only a whole read will do. */
    Patch updateItem(const PlanChange::Item &item, QString *error);
    /** Removes a programme from the snapshot with everything beneath it. */
    void eraseProgramme(Id id);
    /** Reads an added item into the snapshot where a whole read would put it. */
    Patch insertItem(const PlanChange::Item &item, QString *error);
    Patch updateIndicator(Id id, QString *error);
    /** Reads what hangs off a held indicator: series, annotations, SPC settings, links. */
    Patch readIndicatorSeries(Id id, QString *error);
    Patch updateAnnotation(const PlanChange::Item &item, QString *error);
    bool readAll(QString *error);

    std::unique_ptr<Database> m_db;
    PlanSnapshot m_plan;
    UndoStack *m_undoStack = nullptr;
    std::unique_ptr<BackupPolicy> m_backups;
    std::unique_ptr<QuickCheckRun> m_quickCheck;
    QString m_lastError;
    int m_fullReads = 1;
    bool m_current = true; // m_plan matches the file (false after a failed read-back)
};

} // namespace Jfp
