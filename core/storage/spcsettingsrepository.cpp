// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcsettingsrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Jfp {

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

bool SpcSettingsRepository::setOptions(Id indicatorId, const QString &json, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (json.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM spc_settings WHERE indicator_id = :i"));
        query.bindValue(QStringLiteral(":i"), indicatorId);
        return exec(query, error);
    }
    query.prepare(
        QStringLiteral("INSERT INTO spc_settings (indicator_id, options) VALUES (:i, :o)"
                       " ON CONFLICT (indicator_id) DO UPDATE SET options = excluded.options"));
    query.bindValue(QStringLiteral(":i"), indicatorId);
    query.bindValue(QStringLiteral(":o"), json);
    return exec(query, error);
}

bool SpcSettingsRepository::setRebases(Id indicatorId,
                                       const QList<SpcRebase> &rebases,
                                       QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM spc_rebase WHERE indicator_id = :i"));
    query.bindValue(QStringLiteral(":i"), indicatorId);
    if (!exec(query, error))
        return false;
    for (const SpcRebase &rebase : rebases) {
        query.prepare(QStringLiteral("INSERT INTO spc_rebase (indicator_id, period, reason)"
                                     " VALUES (:i, :p, :r)"));
        query.bindValue(QStringLiteral(":i"), indicatorId);
        query.bindValue(QStringLiteral(":p"), rebase.period);
        query.bindValue(QStringLiteral(":r"), SqlValues::fromText(rebase.reason));
        if (!exec(query, error))
            return false;
    }
    return true;
}

} // namespace Jfp
