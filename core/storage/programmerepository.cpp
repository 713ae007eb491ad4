// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "programmerepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

const QString siblings = u"area_id = :area AND COALESCE(parent_id, 0) = :parent"_s;

QList<SqlExec::Binding> fieldBindings(const Programme &p)
{
    return {{u":name"_s, p.name},
            {u":ambition"_s, fromText(p.ambition)},
            {u":desc"_s, fromText(p.description)},
            {u":sro"_s, fromText(p.sro)},
            {u":manager"_s, fromText(p.manager)},
            {u":status"_s,
             p.status ? QVariant(Enums::key(*p.status)) : QVariant(QMetaType::fromType<QString>())},
            {u":start"_s, fromDate(p.start)},
            {u":end"_s, fromDate(p.end)},
            {u":source"_s, fromText(p.source)}};
}

bool writeThemes(Database &db, const Programme &p, QString *error)
{
    if (!SqlExec::exec(db,
                       u"DELETE FROM programme_theme WHERE programme_id = :p"_s,
                       {{u":p"_s, p.id}},
                       error)) {
        return false;
    }
    for (const Id theme : p.themeIds) {
        if (!SqlExec::exec(
                db,
                u"INSERT INTO programme_theme (programme_id, theme_id) VALUES (:p, :t)"_s,
                {{u":p"_s, p.id}, {u":t"_s, theme}},
                error)) {
            return false;
        }
    }
    return true;
}

QString missing()
{
    return Tr::tr("The programme no longer exists.");
}

} // namespace

Id ProgrammeRepository::insert(const Programme &programme, QString *error)
{
    const auto sort = SqlExec::nextSortOrder(
        m_db,
        u"programme"_s,
        siblings,
        {{u":area"_s, programme.areaId}, {u":parent"_s, programme.parentId}},
        error);
    if (!sort)
        return 0;
    const bool withId = programme.id > 0;
    QList<SqlExec::Binding> bindings = fieldBindings(programme);
    bindings << SqlExec::Binding{u":area"_s, programme.areaId}
             << SqlExec::Binding{u":parent"_s, fromId(programme.parentId)}
             << SqlExec::Binding{u":sort"_s, *sort};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, programme.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO programme (%1area_id, parent_id, name, ambition, description, sro, manager,"
        " status, start_date, end_date, source, sort_order) VALUES (%2:area, :parent, :name,"
        " :ambition, :desc, :sro, :manager, :status, :start, :end, :source, :sort)"_s.arg(
            withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query || !query->next())
        return 0;
    Programme stored = programme;
    stored.id = query->value(0).toLongLong();
    return writeThemes(m_db, stored, error) ? stored.id : 0;
}

bool ProgrammeRepository::update(const Programme &programme, QString *error)
{
    QList<SqlExec::Binding> bindings = fieldBindings(programme);
    bindings << SqlExec::Binding{u":id"_s, programme.id};
    return SqlExec::execOne(m_db,
                            u"UPDATE programme SET name = :name, ambition = :ambition,"
                            " description = :desc, sro = :sro, manager = :manager,"
                            " status = :status, start_date = :start, end_date = :end,"
                            " source = :source WHERE id = :id"_s,
                            bindings,
                            missing(),
                            error)
           && writeThemes(m_db, programme, error);
}

bool ProgrammeRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM programme WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<Programme> ProgrammeRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, area_id, parent_id, name, ambition, description, sro,"
                               " manager, status, start_date, end_date, source FROM programme"
                               " WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    Programme p;
    p.id = query->value(0).toLongLong();
    p.areaId = query->value(1).toLongLong();
    p.parentId = query->value(2).toLongLong();
    p.name = query->value(3).toString();
    p.ambition = query->value(4).toString();
    p.description = query->value(5).toString();
    p.sro = query->value(6).toString();
    p.manager = query->value(7).toString();
    if (!query->value(8).isNull())
        p.status = Enums::fromKey<DeliveryStatus>(query->value(8).toString());
    p.start = toDate(query->value(9));
    p.end = toDate(query->value(10));
    p.source = query->value(11).toString();
    auto themes = SqlExec::exec(m_db,
                                u"SELECT theme_id FROM programme_theme WHERE programme_id = :id"
                                " ORDER BY theme_id"_s,
                                {{u":id"_s, id}},
                                error);
    if (!themes)
        return std::nullopt;
    while (themes->next())
        p.themeIds.append(themes->value(0).toLongLong());
    return p;
}

std::optional<Placement> ProgrammeRepository::placement(Id id, QString *error)
{
    const auto p = find(id, error);
    if (!p) {
        if (error && error->isEmpty())
            *error = missing();
        return std::nullopt;
    }
    const auto ids = SqlExec::orderedIds(m_db,
                                         u"programme"_s,
                                         siblings,
                                         {{u":area"_s, p->areaId}, {u":parent"_s, p->parentId}},
                                         error);
    if (!ids)
        return std::nullopt;
    return Placement{p->areaId, p->parentId, int(ids->indexOf(id))};
}

bool ProgrammeRepository::move(Id id, const Placement &to, QString *error)
{
    if (!SqlExec::execOne(
            m_db,
            u"UPDATE programme SET area_id = :area, parent_id = :parent"
            " WHERE id = :id"_s,
            {{u":area"_s, to.areaId}, {u":parent"_s, fromId(to.parentId)}, {u":id"_s, id}},
            missing(),
            error)) {
        return false;
    }
    // Sub-programmes belong to the same area as their parent.
    QList<Id> level = {id};
    while (!level.isEmpty()) {
        QList<Id> next;
        for (const Id parent : std::as_const(level)) {
            auto children = SqlExec::exec(m_db,
                                          u"SELECT id FROM programme WHERE parent_id = :p"_s,
                                          {{u":p"_s, parent}},
                                          error);
            if (!children)
                return false;
            while (children->next())
                next.append(children->value(0).toLongLong());
        }
        for (const Id child : std::as_const(next)) {
            if (!SqlExec::exec(m_db,
                               u"UPDATE programme SET area_id = :area WHERE id = :id"_s,
                               {{u":area"_s, to.areaId}, {u":id"_s, child}},
                               error)) {
                return false;
            }
        }
        level = next;
    }
    return SqlExec::placeAt(m_db,
                            u"programme"_s,
                            id,
                            to.position,
                            siblings,
                            {{u":area"_s, to.areaId}, {u":parent"_s, to.parentId}},
                            error);
}

} // namespace Jfp
