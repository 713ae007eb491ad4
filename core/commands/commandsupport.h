// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "domain/planchange.h"
#include "storage/historyrepository.h"

#include <QList>
#include <QString>

#include <functional>

namespace Jfp {

class Database;

/**
 * What every editing command shares: running a change in one transaction, and writing the
 * change history in that same transaction (who, when, which item, which field, the old and
 * the new value as text, one row per changed field).
 */
namespace Commands::Internal {

/** Runs `change` in a transaction and commits it; false (with `error`) on any failure. */
bool inTransaction(Database &db, QString *error, const std::function<bool()> &change);

/**
 * For a command made of other commands (an import): while it lives, the history rows the
 * inner commands write carry the outer command's text ("Import 'x.xlsx'", or "Undo: …").
 */
class HistoryLabel
{
public:
    HistoryLabel(Database &db, const QString &commandText, bool undo);
    ~HistoryLabel();
    HistoryLabel(const HistoryLabel &) = delete;
    HistoryLabel &operator=(const HistoryLabel &) = delete;

private:
    Database &m_db;
    QString m_previous;
};

/**
 * Lends `plan` as the database's plan cache (what the item commands check edits against)
 * while it lives, putting back what was lent before: a command made of others keeps its own
 * copy up to date as each inner command writes.
 */
class LentPlan
{
public:
    LentPlan(Database &db, const PlanSnapshot *plan);
    ~LentPlan();
    LentPlan(const LentPlan &) = delete;
    LentPlan &operator=(const LentPlan &) = delete;

private:
    Database &m_db;
    const PlanSnapshot *m_previous;
};

/**
 * The operating-system account running the program, from the owner of a file it creates
 * (never from USER or USERNAME, which anyone can set): who the change history names.
 */
QString currentUser();
/** Tests only: who currentUser() names from now on (empty: the account again). */
void setUserForTests(const QString &user);

/** A number as the history and messages write it. */
QString numberText(const OptionalValue &value);
QString dateText(const QDate &date);
/** An actual value as the history writes it: "12.5 (10 to 15) [25/200] note: …". */
QString actualText(const std::optional<ActualValue> &value);

/** One field of an item, as text. */
struct FieldText
{
    QString field;
    QString value;
};
using FieldTexts = QList<FieldText>;

/** The item a history row is about. */
struct ItemRef
{
    QString kind;
    Id id = 0;
    QString name;
};

/** The history rows of one command run (redo or undo), stamped with user and time. */
class ChangeLog
{
public:
    /** `undo` prefixes the command text with "Undo: ". */
    ChangeLog(const QString &commandText, bool undo);

    void changed(const ItemRef &item,
                 const QString &field,
                 const QString &oldValue,
                 const QString &newValue);
    /** One row per field whose text differs. */
    void diff(const ItemRef &item, const FieldTexts &before, const FieldTexts &after);
    /** One row per field with a value: from nothing to the value. */
    void created(const ItemRef &item, const FieldTexts &fields);
    /** One row per field with a value: from the value to nothing. */
    void removed(const ItemRef &item, const FieldTexts &fields);

    /** Writes the history rows and notes what changed in the database's change journal. */
    bool write(Database &db, QString *error) const;
    const QList<ChangeRecord> &records() const { return m_records; }
    /** The items this log is about, as the change feed reports them. */
    const PlanChange &change() const { return m_change; }

private:
    void record(const ItemRef &item,
                const QString &field,
                const QString &oldValue,
                const QString &newValue);

    QString m_command;
    QString m_user;
    QDateTime m_time;
    QList<ChangeRecord> m_records;
    PlanChange m_change;
};

} // namespace Commands::Internal
} // namespace Jfp
