// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "frameworkrepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

QString missing()
{
    return Tr::tr("The framework no longer exists.");
}

} // namespace

Id FrameworkRepository::insert(const Framework &framework, QString *error)
{
    const auto sort = SqlExec::nextSortOrder(m_db, u"framework"_s, u"1 = 1"_s, {}, error);
    if (!sort)
        return 0;
    const bool withId = framework.id > 0;
    QList<SqlExec::Binding> bindings = {{u":key"_s, framework.key},
                                        {u":name"_s, framework.name},
                                        {u":area"_s, fromId(framework.areaId)},
                                        {u":desc"_s, fromText(framework.description)},
                                        {u":source"_s, fromText(framework.source)},
                                        {u":sort"_s, *sort}};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, framework.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO framework (%1key, name, area_id, description, source, sort_order)"
        " VALUES (%2:key, :name, :area, :desc, :source, :sort)"_s.arg(
            withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

bool FrameworkRepository::update(const Framework &framework, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"UPDATE framework SET key = :key, name = :name, area_id = :area,"
                            " description = :desc, source = :source WHERE id = :id"_s,
                            {{u":key"_s, framework.key},
                             {u":name"_s, framework.name},
                             {u":area"_s, fromId(framework.areaId)},
                             {u":desc"_s, fromText(framework.description)},
                             {u":source"_s, fromText(framework.source)},
                             {u":id"_s, framework.id}},
                            missing(),
                            error);
}

bool FrameworkRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM framework WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<Framework> FrameworkRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, key, name, area_id, description, source"
                               " FROM framework WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    return Framework{query->value(0).toLongLong(),
                     query->value(1).toString(),
                     query->value(2).toString(),
                     query->value(3).toLongLong(),
                     query->value(4).toString(),
                     query->value(5).toString(),
                     {}};
}

} // namespace Jfp
