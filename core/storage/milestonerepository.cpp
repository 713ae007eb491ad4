// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonerepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

const QString siblings = u"programme_id = :parent"_s;

QList<SqlExec::Binding> fieldBindings(const Milestone &m)
{
    return {{u":title"_s, m.title},
            {u":owner"_s, fromText(m.owner)},
            {u":baseline"_s, fromDate(m.baselineDate)},
            {u":forecast"_s, fromDate(m.forecastDate)},
            {u":completion"_s, fromDate(m.completionDate)},
            {u":status"_s, Enums::key(m.status)},
            {u":notes"_s, fromText(m.notes)},
            {u":source"_s, fromText(m.source)}};
}

QString missing()
{
    return Tr::tr("The milestone no longer exists.");
}

} // namespace

Id MilestoneRepository::insert(const Milestone &milestone, QString *error)
{
    const auto sort = SqlExec::nextSortOrder(
        m_db, u"milestone"_s, siblings, {{u":parent"_s, milestone.programmeId}}, error);
    if (!sort)
        return 0;
    const bool withId = milestone.id > 0;
    QList<SqlExec::Binding> bindings = fieldBindings(milestone);
    bindings << SqlExec::Binding{u":parent"_s, milestone.programmeId}
             << SqlExec::Binding{u":sort"_s, *sort};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, milestone.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO milestone (%1programme_id, title, owner, baseline_date, forecast_date,"
        " completion_date, status, notes, source, sort_order) VALUES (%2:parent, :title, :owner,"
        " :baseline, :forecast, :completion, :status, :notes, :source, :sort)"_s.arg(
            withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query || !query->next())
        return 0;
    return query->value(0).toLongLong();
}

bool MilestoneRepository::update(const Milestone &milestone, QString *error)
{
    QList<SqlExec::Binding> bindings = fieldBindings(milestone);
    bindings << SqlExec::Binding{u":id"_s, milestone.id};
    return SqlExec::execOne(m_db,
                            u"UPDATE milestone SET title = :title, owner = :owner,"
                            " baseline_date = :baseline, forecast_date = :forecast,"
                            " completion_date = :completion, status = :status, notes = :notes,"
                            " source = :source WHERE id = :id"_s,
                            bindings,
                            missing(),
                            error);
}

bool MilestoneRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM milestone WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<Milestone> MilestoneRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, programme_id, title, owner, baseline_date,"
                               " forecast_date, completion_date, status, notes, source"
                               " FROM milestone WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    Milestone m;
    m.id = query->value(0).toLongLong();
    m.programmeId = query->value(1).toLongLong();
    m.title = query->value(2).toString();
    m.owner = query->value(3).toString();
    m.baselineDate = toDate(query->value(4));
    m.forecastDate = toDate(query->value(5));
    m.completionDate = toDate(query->value(6));
    m.status = Enums::fromKey<MilestoneStatus>(query->value(7).toString())
                   .value_or(MilestoneStatus::NotStarted);
    m.notes = query->value(8).toString();
    m.source = query->value(9).toString();
    return m;
}

std::optional<Placement> MilestoneRepository::placement(Id id, QString *error)
{
    const auto m = find(id, error);
    if (!m) {
        if (error && error->isEmpty())
            *error = missing();
        return std::nullopt;
    }
    const auto ids = SqlExec::orderedIds(
        m_db, u"milestone"_s, siblings, {{u":parent"_s, m->programmeId}}, error);
    if (!ids)
        return std::nullopt;
    return Placement{0, m->programmeId, int(ids->indexOf(id))};
}

bool MilestoneRepository::move(Id id, const Placement &to, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"UPDATE milestone SET programme_id = :parent WHERE id = :id"_s,
                            {{u":parent"_s, to.parentId}, {u":id"_s, id}},
                            missing(),
                            error)
           && SqlExec::placeAt(m_db,
                               u"milestone"_s,
                               id,
                               to.position,
                               siblings,
                               {{u":parent"_s, to.parentId}},
                               error);
}

} // namespace Jfp
