// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressupdaterepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

QList<SqlExec::Binding> fieldBindings(const ProgressUpdate &u)
{
    return {{u":p"_s, u.programmeId},
            {u":period"_s, u.period},
            {u":rag"_s, u.rag},
            {u":well"_s, fromText(u.wentWell)},
            {u":not"_s, fromText(u.didNot)},
            {u":next"_s, fromText(u.nextSteps)},
            {u":at"_s,
             u.recordedAt.isValid() ? QVariant(u.recordedAt.toUTC().toString(Qt::ISODateWithMs))
                                    : QVariant(QMetaType::fromType<QString>())},
            {u":by"_s, fromText(u.recordedBy)}};
}

QString missing()
{
    return Tr::tr("The progress update no longer exists.");
}

} // namespace

Id ProgressUpdateRepository::insert(const ProgressUpdate &update, QString *error)
{
    const bool withId = update.id > 0;
    QList<SqlExec::Binding> bindings = fieldBindings(update);
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, update.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO progress_update (%1programme_id, period, rag, went_well, did_not,"
        " next_steps, recorded_at, recorded_by) VALUES (%2:p, :period, :rag, :well, :not, :next,"
        " :at, :by)"_s.arg(withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query || !query->next())
        return 0;
    return query->value(0).toLongLong();
}

bool ProgressUpdateRepository::update(const ProgressUpdate &update, QString *error)
{
    QList<SqlExec::Binding> bindings = fieldBindings(update);
    bindings << SqlExec::Binding{u":id"_s, update.id};
    return SqlExec::execOne(m_db,
                            u"UPDATE progress_update SET programme_id = :p, period = :period,"
                            " rag = :rag, went_well = :well, did_not = :not, next_steps = :next,"
                            " recorded_at = :at, recorded_by = :by WHERE id = :id"_s,
                            bindings,
                            missing(),
                            error);
}

bool ProgressUpdateRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM progress_update WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<ProgressUpdate> ProgressUpdateRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, programme_id, period, rag, went_well, did_not,"
                               " next_steps, recorded_at, recorded_by FROM progress_update"
                               " WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    ProgressUpdate u;
    u.id = query->value(0).toLongLong();
    u.programmeId = query->value(1).toLongLong();
    u.period = query->value(2).toString();
    u.rag = query->value(3).toString();
    u.wentWell = query->value(4).toString();
    u.didNot = query->value(5).toString();
    u.nextSteps = query->value(6).toString();
    u.recordedAt = QDateTime::fromString(query->value(7).toString(), Qt::ISODateWithMs);
    u.recordedBy = query->value(8).toString();
    return u;
}

} // namespace Jfp
