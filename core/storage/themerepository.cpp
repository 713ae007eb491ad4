// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "themerepository.h"

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
    return Tr::tr("The theme no longer exists.");
}

} // namespace

Id ThemeRepository::insert(const Theme &theme, QString *error)
{
    const auto sort = SqlExec::nextSortOrder(
        m_db, u"theme"_s, u"framework_id = :fw"_s, {{u":fw"_s, theme.frameworkId}}, error);
    if (!sort)
        return 0;
    const bool withId = theme.id > 0;
    QList<SqlExec::Binding> bindings = {{u":fw"_s, theme.frameworkId},
                                        {u":key"_s, theme.key},
                                        {u":code"_s, fromText(theme.code)},
                                        {u":name"_s, theme.name},
                                        {u":desc"_s, fromText(theme.description)},
                                        {u":sort"_s, *sort}};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, theme.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO theme (%1framework_id, key, code, name, description, sort_order)"
        " VALUES (%2:fw, :key, :code, :name, :desc, :sort)"_s.arg(withId ? u"id, "_s : QString(),
                                                                  withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

bool ThemeRepository::update(const Theme &theme, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"UPDATE theme SET key = :key, code = :code, name = :name,"
                            " description = :desc WHERE id = :id"_s,
                            {{u":key"_s, theme.key},
                             {u":code"_s, fromText(theme.code)},
                             {u":name"_s, theme.name},
                             {u":desc"_s, fromText(theme.description)},
                             {u":id"_s, theme.id}},
                            missing(),
                            error);
}

bool ThemeRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM theme WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<Theme> ThemeRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, framework_id, key, code, name, description"
                               " FROM theme WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    return Theme{query->value(0).toLongLong(),
                 query->value(1).toLongLong(),
                 query->value(2).toString(),
                 query->value(3).toString(),
                 query->value(4).toString(),
                 query->value(5).toString()};
}

} // namespace Jfp
