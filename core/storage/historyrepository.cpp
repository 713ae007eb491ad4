// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "historyrepository.h"

#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

#include <QStringList>

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

QString HistoryRepository::toText(const QDateTime &time)
{
    // Fixed width with milliseconds, so text order is time order.
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

bool HistoryRepository::append(const QList<ChangeRecord> &records, QString *error)
{
    for (const ChangeRecord &r : records) {
        if (!SqlExec::run(m_db,
                          u"INSERT INTO change_history (changed_at, changed_by, item_kind,"
                          " item_id, item_name, field, old_value, new_value, command) VALUES"
                          " (:at, :by, :kind, :item, :name, :field, :old, :new, :command)"_s,
                          {{u":at"_s, toText(r.changedAt)},
                           {u":by"_s, fromText(r.changedBy)},
                           {u":kind"_s, r.itemKind},
                           {u":item"_s, fromId(r.itemId)},
                           {u":name"_s, fromText(r.itemName)},
                           {u":field"_s, fromText(r.field)},
                           {u":old"_s, fromText(r.oldValue)},
                           {u":new"_s, fromText(r.newValue)},
                           {u":command"_s, fromText(r.command)}},
                          error)) {
            return false;
        }
    }
    return true;
}

std::optional<QList<ChangeRecord>> HistoryRepository::query(const HistoryFilter &filter,
                                                            QString *error)
{
    QStringList where = {u"1 = 1"_s};
    QList<SqlExec::Binding> bindings;
    if (filter.since.isValid()) {
        where << u"changed_at >= :since"_s;
        bindings.append({u":since"_s, toText(filter.since)});
    }
    if (filter.itemId) {
        where << u"item_id = :item"_s;
        bindings.append({u":item"_s, *filter.itemId});
    }
    if (!filter.changedBy.isEmpty()) {
        where << u"changed_by = :by"_s;
        bindings.append({u":by"_s, filter.changedBy});
    }
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, changed_at, changed_by, item_kind, item_id, item_name,"
                               " field, old_value, new_value, command FROM change_history WHERE "_s
                                   + where.join(u" AND "_s) + u" ORDER BY changed_at, id"_s,
                               bindings,
                               error);
    if (!query)
        return std::nullopt;
    QList<ChangeRecord> records;
    while (query->next()) {
        ChangeRecord r;
        r.id = query->value(0).toLongLong();
        r.changedAt = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        r.changedBy = query->value(2).toString();
        r.itemKind = query->value(3).toString();
        r.itemId = query->value(4).toLongLong();
        r.itemName = query->value(5).toString();
        r.field = query->value(6).toString();
        r.oldValue = query->value(7).toString();
        r.newValue = query->value(8).toString();
        r.command = query->value(9).toString();
        records.append(r);
    }
    return records;
}

} // namespace Jfp
