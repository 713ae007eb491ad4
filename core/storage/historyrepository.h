// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Jfp {

class Database;

/** One changed field of one plan item, as the change history keeps it. */
struct ChangeRecord
{
    Id id = 0;
    QDateTime changedAt; // UTC
    QString changedBy;   // the operating-system user name
    QString itemKind;    // "area", "programme", "milestone", "indicator", "progress_update", …
    Id itemId = 0;
    QString itemName;
    QString field;
    QString oldValue; // as text; empty when there was none
    QString newValue;
    QString command; // the undo text of the command, "Undo: …" when it was undone

    friend bool operator==(const ChangeRecord &, const ChangeRecord &) = default;
};

/** Which history rows to list; empty members do not filter. */
struct HistoryFilter
{
    QDateTime since; // rows changed at or after this instant
    std::optional<Id> itemId;
    QString changedBy;
};

/** The change_history table: appended to by every command, never edited. */
class HistoryRepository
{
public:
    explicit HistoryRepository(Database &db)
        : m_db(db)
    {}

    /** Appends the rows (their `id` is ignored); the caller owns the transaction. */
    bool append(const QList<ChangeRecord> &records, QString *error);
    /** Oldest first. */
    std::optional<QList<ChangeRecord>> query(const HistoryFilter &filter, QString *error);

    static QString toText(const QDateTime &time);

private:
    Database &m_db;
};

} // namespace Jfp
