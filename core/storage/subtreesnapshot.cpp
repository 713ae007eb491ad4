// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "subtreesnapshot.h"

#include "database.h"
#include "sqlexec.h"

#include <QHash>
#include <QSqlRecord>

namespace Jfp {

namespace {

using namespace Qt::StringLiterals;

// "(:v0, :v1, …)" with its bindings.
QString inList(const QList<Id> &ids, QList<SqlExec::Binding> *bindings)
{
    QStringList names;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = u":v%1"_s.arg(i);
        names << name;
        bindings->append({name, ids.at(i)});
    }
    return u"("_s + names.join(u", "_s) + u")"_s;
}

std::optional<QList<Id>> idsWhere(
    Database &db, const QString &table, const QString &column, const QList<Id> &in, QString *error)
{
    if (in.isEmpty())
        return QList<Id>();
    QList<SqlExec::Binding> bindings;
    const QString list = inList(in, &bindings);
    auto query
        = SqlExec::exec(db,
                        u"SELECT id FROM %1 WHERE %2 IN %3 ORDER BY id"_s.arg(table, column, list),
                        bindings,
                        error);
    if (!query)
        return std::nullopt;
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

// Adds to `ids` every row beneath them through `table`.parent_id, parents before children.
bool addDescendants(Database &db, const QString &table, QList<Id> *ids, QString *error)
{
    QList<Id> level = *ids;
    while (!level.isEmpty()) {
        const auto children = idsWhere(db, table, u"parent_id"_s, level, error);
        if (!children)
            return false;
        level.clear();
        for (const Id child : *children) {
            if (!ids->contains(child)) {
                ids->append(child);
                level.append(child);
            }
        }
    }
    return true;
}

} // namespace

std::optional<SubtreeSnapshot>
SubtreeSnapshot::capture(Database &db, Root root, Id id, QString *error)
{
    QList<Id> areas, frameworks, themes, programmes, milestones, indicators, progress;
    switch (root) {
    case Root::Area:
        areas = {id};
        break;
    case Root::Programme:
        programmes = {id};
        break;
    case Root::Milestone:
        milestones = {id};
        break;
    case Root::Indicator:
        indicators = {id};
        break;
    case Root::ProgressUpdate:
        progress = {id};
        break;
    }
    const auto addAll = [](QList<Id> *to, const std::optional<QList<Id>> &more) {
        if (!more)
            return false;
        for (const Id i : *more) {
            if (!to->contains(i))
                to->append(i);
        }
        return true;
    };
    if (!addDescendants(db, u"area"_s, &areas, error))
        return std::nullopt;
    // Programmes of the areas, top-level ones first so parents precede their sub-programmes.
    QList<Id> areaProgrammes;
    if (!addAll(&areaProgrammes, idsWhere(db, u"programme"_s, u"area_id"_s, areas, error)))
        return std::nullopt;
    QList<Id> roots;
    {
        const auto children = idsWhere(db, u"programme"_s, u"parent_id"_s, areaProgrammes, error);
        if (!children)
            return std::nullopt;
        for (const Id p : std::as_const(areaProgrammes)) {
            if (!children->contains(p))
                roots.append(p);
        }
    }
    addAll(&programmes, roots);
    if (!addDescendants(db, u"programme"_s, &programmes, error)
        || !addAll(&frameworks, idsWhere(db, u"framework"_s, u"area_id"_s, areas, error))
        || !addAll(&themes, idsWhere(db, u"theme"_s, u"framework_id"_s, frameworks, error))
        || !addAll(&milestones, idsWhere(db, u"milestone"_s, u"programme_id"_s, programmes, error))
        || !addAll(&indicators, idsWhere(db, u"indicator"_s, u"programme_id"_s, programmes, error))
        || !addAll(&progress,
                   idsWhere(db, u"progress_update"_s, u"programme_id"_s, programmes, error))) {
        return std::nullopt;
    }
    QList<Id> benchmarks;
    if (!addAll(&benchmarks, idsWhere(db, u"benchmark"_s, u"indicator_id"_s, indicators, error)))
        return std::nullopt;

    SubtreeSnapshot snapshot;
    // Captures the rows of `table` whose `column` is in `ids`, in the order of `ids` when
    // the column is the id (so that parents come first).
    const auto grab = [&](const QString &table, const QString &column, const QList<Id> &ids) {
        if (ids.isEmpty())
            return true;
        QList<SqlExec::Binding> bindings;
        const QString list = inList(ids, &bindings);
        auto query = SqlExec::exec(
            db, u"SELECT * FROM %1 WHERE %2 IN %3"_s.arg(table, column, list), bindings, error);
        if (!query)
            return false;
        TableRows rows;
        rows.table = table;
        const QSqlRecord record = query->record();
        for (int c = 0; c < record.count(); ++c)
            rows.columns << record.fieldName(c);
        const int key = record.indexOf(column);
        QHash<Id, qsizetype> rank;
        for (qsizetype i = 0; i < ids.size(); ++i)
            rank.insert(ids.at(i), i);
        QList<std::pair<qsizetype, QVariantList>> ranked;
        while (query->next()) {
            QVariantList values;
            for (int c = 0; c < record.count(); ++c)
                values << query->value(c);
            ranked.append({rank.value(query->value(key).toLongLong()), values});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        for (const auto &row : std::as_const(ranked))
            rows.rows.append(row.second);
        if (!rows.rows.isEmpty())
            snapshot.m_tables.append(rows);
        return true;
    };
    const bool ok
        = grab(u"area"_s, u"id"_s, areas) && grab(u"area_code"_s, u"area_id"_s, areas)
          && grab(u"gp_practice"_s, u"area_id"_s, areas)
          && grab(u"framework"_s, u"id"_s, frameworks) && grab(u"theme"_s, u"id"_s, themes)
          && grab(u"programme"_s, u"id"_s, programmes)
          && grab(u"programme_theme"_s, u"programme_id"_s, programmes)
          && grab(u"milestone"_s, u"id"_s, milestones) && grab(u"indicator"_s, u"id"_s, indicators)
          && grab(u"trajectory_value"_s, u"indicator_id"_s, indicators)
          && grab(u"actual_value"_s, u"indicator_id"_s, indicators)
          && grab(u"benchmark"_s, u"id"_s, benchmarks)
          && grab(u"benchmark_value"_s, u"benchmark_id"_s, benchmarks)
          && grab(u"annotation"_s, u"indicator_id"_s, indicators)
          && grab(u"indicator_link"_s, u"indicator_id"_s, indicators)
          && grab(u"spc_rebase"_s, u"indicator_id"_s, indicators)
          && grab(u"spc_settings"_s, u"indicator_id"_s, indicators)
          && grab(u"progress_update"_s, u"id"_s, progress);
    if (!ok)
        return std::nullopt;
    // Themes of other frameworks tagged on the programmes were captured through
    // programme_theme; tags of the captured themes on programmes elsewhere go too.
    if (!themes.isEmpty()) {
        QList<SqlExec::Binding> bindings;
        const QString themeList = inList(themes, &bindings);
        QString where = u"theme_id IN %1"_s.arg(themeList);
        if (!programmes.isEmpty()) {
            QStringList names;
            for (qsizetype i = 0; i < programmes.size(); ++i) {
                names << u":p%1"_s.arg(i);
                bindings.append({names.constLast(), programmes.at(i)});
            }
            where += u" AND programme_id NOT IN (%1)"_s.arg(names.join(u", "_s));
        }
        auto query
            = SqlExec::exec(db,
                            u"SELECT programme_id, theme_id FROM programme_theme WHERE "_s + where,
                            bindings,
                            error);
        if (!query)
            return std::nullopt;
        TableRows rows{u"programme_theme"_s, {u"programme_id"_s, u"theme_id"_s}, {}};
        while (query->next())
            rows.rows.append({query->value(0), query->value(1)});
        if (!rows.rows.isEmpty())
            snapshot.m_tables.append(rows);
    }
    return snapshot;
}

bool SubtreeSnapshot::restore(Database &db, QString *error) const
{
    for (const TableRows &rows : m_tables) {
        QStringList names;
        for (qsizetype c = 0; c < rows.columns.size(); ++c)
            names << u":c%1"_s.arg(c);
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            rows.table, rows.columns.join(u", "_s), names.join(u", "_s));
        for (const QVariantList &row : rows.rows) {
            QList<SqlExec::Binding> bindings;
            for (qsizetype c = 0; c < row.size(); ++c)
                bindings.append({names.at(c), row.at(c)});
            if (!SqlExec::exec(db, sql, bindings, error))
                return false;
        }
    }
    return true;
}

int SubtreeSnapshot::rowCount(const QString &table) const
{
    int count = 0;
    for (const TableRows &rows : m_tables) {
        if (rows.table == table)
            count += int(rows.rows.size());
    }
    return count;
}

} // namespace Jfp
