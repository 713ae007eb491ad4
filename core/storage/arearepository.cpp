// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "arearepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

const QString siblings = u"COALESCE(parent_id, 0) = :parent"_s;

QList<SqlExec::Binding> fieldBindings(const Area &area)
{
    return {{u":level"_s, Enums::key(area.level)},
            {u":name"_s, area.name},
            {u":short"_s, fromText(area.shortName)},
            {u":ons"_s, fromText(area.onsCode)},
            {u":ods"_s, fromText(area.odsCode)},
            {u":pop"_s, fromOptional(area.population)},
            {u":popyear"_s, fromText(area.populationYear)},
            {u":popsource"_s, fromText(area.populationSource)},
            {u":desc"_s, fromText(area.description)},
            {u":source"_s, fromText(area.source)}};
}

bool writeCodes(Database &db, const Area &area, QString *error)
{
    if (!SqlExec::exec(
            db, u"DELETE FROM area_code WHERE area_id = :area"_s, {{u":area"_s, area.id}}, error)) {
        return false;
    }
    for (const AreaCode &code : area.extraCodes) {
        if (!SqlExec::exec(db,
                           u"INSERT INTO area_code (area_id, scheme, code, name)"
                           " VALUES (:area, :scheme, :code, :name)"_s,
                           {{u":area"_s, area.id},
                            {u":scheme"_s, code.scheme},
                            {u":code"_s, code.code},
                            {u":name"_s, fromText(code.name)}},
                           error)) {
            return false;
        }
    }
    return true;
}

} // namespace

Id AreaRepository::insert(const Area &area, QString *error)
{
    const auto sort
        = SqlExec::nextSortOrder(m_db, u"area"_s, siblings, {{u":parent"_s, area.parentId}}, error);
    if (!sort)
        return 0;
    const bool withId = area.id > 0;
    QList<SqlExec::Binding> bindings = fieldBindings(area);
    bindings << SqlExec::Binding{u":parent"_s, fromId(area.parentId)}
             << SqlExec::Binding{u":sort"_s, *sort};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, area.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO area (%1parent_id, level, name, short_name, ons_code, ods_code, population,"
        " population_year, population_source, description, source, sort_order) VALUES (%2:parent,"
        " :level, :name, :short, :ons, :ods, :pop, :popyear, :popsource, :desc, :source, :sort)"_s
                .arg(withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query || !query->next())
        return 0;
    Area stored = area;
    stored.id = query->value(0).toLongLong();
    if (!writeCodes(m_db, stored, error))
        return 0;
    for (const GpPractice &practice : area.practices) {
        if (!SqlExec::exec(m_db,
                           u"INSERT INTO gp_practice (area_id, name, code, map_key)"
                           " VALUES (:area, :name, :code, :key)"_s,
                           {{u":area"_s, stored.id},
                            {u":name"_s, practice.name},
                            {u":code"_s, fromText(practice.code)},
                            {u":key"_s, fromOptional(practice.mapKey)}},
                           error)) {
            return 0;
        }
    }
    return stored.id;
}

bool AreaRepository::update(const Area &area, QString *error)
{
    QList<SqlExec::Binding> bindings = fieldBindings(area);
    bindings << SqlExec::Binding{u":id"_s, area.id};
    return SqlExec::execOne(m_db,
                            u"UPDATE area SET level = :level, name = :name, short_name = :short,"
                            " ons_code = :ons, ods_code = :ods, population = :pop,"
                            " population_year = :popyear, population_source = :popsource,"
                            " description = :desc, source = :source WHERE id = :id"_s,
                            bindings,
                            Tr::tr("The area no longer exists."),
                            error)
           && writeCodes(m_db, area, error);
}

bool AreaRepository::setPractices(Id areaId, const QList<GpPractice> &practices, QString *error)
{
    QStringList kept;
    for (const GpPractice &practice : practices) {
        if (practice.id > 0)
            kept << QString::number(practice.id);
    }
    if (!SqlExec::exec(m_db,
                       u"DELETE FROM gp_practice WHERE area_id = :area AND id NOT IN (%1)"_s.arg(
                           kept.isEmpty() ? u"0"_s : kept.join(u", "_s)),
                       {{u":area"_s, areaId}},
                       error))
        return false;
    int order = 0;
    for (const GpPractice &practice : practices) {
        QList<SqlExec::Binding> bindings = {{u":area"_s, areaId},
                                            {u":name"_s, practice.name},
                                            {u":code"_s, fromText(practice.code)},
                                            {u":key"_s, fromOptional(practice.mapKey)},
                                            {u":sort"_s, order++}};
        if (practice.id > 0) {
            bindings << SqlExec::Binding{u":id"_s, practice.id};
            if (!SqlExec::execOne(m_db,
                                  u"UPDATE gp_practice SET name = :name, code = :code,"
                                  " map_key = :key, sort_order = :sort"
                                  " WHERE id = :id AND area_id = :area"_s,
                                  bindings,
                                  Tr::tr("The GP practice no longer exists."),
                                  error))
                return false;
        } else if (!SqlExec::exec(m_db,
                                  u"INSERT INTO gp_practice (area_id, name, code, map_key,"
                                  " sort_order) VALUES (:area, :name, :code, :key, :sort)"_s,
                                  bindings,
                                  error)) {
            return false;
        }
    }
    return true;
}

bool AreaRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"DELETE FROM area WHERE id = :id"_s,
                            {{u":id"_s, id}},
                            Tr::tr("The area no longer exists."),
                            error);
}

std::optional<Area> AreaRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, parent_id, level, name, short_name, ons_code, ods_code,"
                               " population, population_year, population_source, description,"
                               " source FROM area WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    Area a;
    a.id = query->value(0).toLongLong();
    a.parentId = query->value(1).toLongLong();
    a.level = Enums::fromKey<AreaLevel>(query->value(2).toString()).value_or(AreaLevel::Place);
    a.name = query->value(3).toString();
    a.shortName = query->value(4).toString();
    a.onsCode = query->value(5).toString();
    a.odsCode = query->value(6).toString();
    a.population = toOptionalInt64(query->value(7));
    a.populationYear = query->value(8).toString();
    a.populationSource = query->value(9).toString();
    a.description = query->value(10).toString();
    a.source = query->value(11).toString();
    auto codes = SqlExec::exec(m_db,
                               u"SELECT scheme, code, name FROM area_code WHERE area_id = :id"
                               " ORDER BY id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!codes)
        return std::nullopt;
    while (codes->next()) {
        a.extraCodes.append(
            {codes->value(0).toString(), codes->value(1).toString(), codes->value(2).toString()});
    }
    auto practices = SqlExec::exec(m_db,
                                   u"SELECT id, name, code, map_key FROM gp_practice"
                                   " WHERE area_id = :id ORDER BY sort_order, id"_s,
                                   {{u":id"_s, id}},
                                   error);
    if (!practices)
        return std::nullopt;
    while (practices->next()) {
        a.practices.append({practices->value(0).toLongLong(),
                            id,
                            practices->value(1).toString(),
                            practices->value(2).toString(),
                            toOptionalInt(practices->value(3))});
    }
    return a;
}

std::optional<Placement> AreaRepository::placement(Id id, QString *error)
{
    const auto area = find(id, error);
    if (!area) {
        if (error && error->isEmpty())
            *error = Tr::tr("The area no longer exists.");
        return std::nullopt;
    }
    const auto ids
        = SqlExec::orderedIds(m_db, u"area"_s, siblings, {{u":parent"_s, area->parentId}}, error);
    if (!ids)
        return std::nullopt;
    return Placement{0, area->parentId, int(ids->indexOf(id))};
}

bool AreaRepository::move(Id id, const Placement &to, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"UPDATE area SET parent_id = :parent WHERE id = :id"_s,
                            {{u":parent"_s, fromId(to.parentId)}, {u":id"_s, id}},
                            Tr::tr("The area no longer exists."),
                            error)
           && SqlExec::placeAt(
               m_db, u"area"_s, id, to.position, siblings, {{u":parent"_s, to.parentId}}, error);
}

} // namespace Jfp
