// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcsettingsrepository.h"

#include "database.h"
#include "domain/period.h"
#include "sqlexec.h"
#include "sqlvalues.h"

#include <algorithm>

namespace Jfp {

bool SpcSettingsRepository::setOptions(Id indicatorId, const QString &json, QString *error)
{
    if (json.isEmpty()) {
        return SqlExec::exec(m_db,
                             QStringLiteral("DELETE FROM spc_settings WHERE indicator_id = :i"),
                             {{QStringLiteral(":i"), indicatorId}},
                             error)
            .has_value();
    }
    return SqlExec::exec(m_db,
                         QStringLiteral("INSERT INTO spc_settings (indicator_id, options)"
                                        " VALUES (:i, :o) ON CONFLICT (indicator_id)"
                                        " DO UPDATE SET options = excluded.options"),
                         {{QStringLiteral(":i"), indicatorId}, {QStringLiteral(":o"), json}},
                         error)
        .has_value();
}

bool SpcSettingsRepository::setRebases(Id indicatorId,
                                       const QList<SpcRebase> &rebases,
                                       QString *error)
{
    if (!SqlExec::exec(m_db,
                       QStringLiteral("DELETE FROM spc_rebase WHERE indicator_id = :i"),
                       {{QStringLiteral(":i"), indicatorId}},
                       error))
        return false;
    for (const SpcRebase &rebase : rebases) {
        if (!SqlExec::exec(m_db,
                           QStringLiteral("INSERT INTO spc_rebase (indicator_id, period, reason)"
                                          " VALUES (:i, :p, :r)"),
                           {{QStringLiteral(":i"), indicatorId},
                            {QStringLiteral(":p"), rebase.period},
                            {QStringLiteral(":r"), SqlValues::fromText(rebase.reason)}},
                           error))
            return false;
    }
    return true;
}

bool SpcSettingsRepository::read(Id indicatorId,
                                 QString *options,
                                 QList<SpcRebase> *rebases,
                                 QString *error)
{
    auto found = SqlExec::exec(m_db,
                               QStringLiteral("SELECT options FROM spc_settings"
                                              " WHERE indicator_id = :i"),
                               {{QStringLiteral(":i"), indicatorId}},
                               error);
    if (!found)
        return false;
    *options = found->next() ? found->value(0).toString() : QString();
    auto points = SqlExec::exec(m_db,
                                QStringLiteral("SELECT period, reason FROM spc_rebase"
                                               " WHERE indicator_id = :i"),
                                {{QStringLiteral(":i"), indicatorId}},
                                error);
    if (!points)
        return false;
    rebases->clear();
    while (points->next())
        rebases->append({points->value(0).toString(), points->value(1).toString()});
    std::stable_sort(rebases->begin(), rebases->end(), [](const SpcRebase &a, const SpcRebase &b) {
        return Period::parse(a.period) < Period::parse(b.period);
    });
    return true;
}

} // namespace Jfp
