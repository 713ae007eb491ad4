// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriesrepository.h"

#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>
#include <utility>

namespace Jfp {

namespace {

using namespace SqlValues;
using Binding = std::pair<const char *, QVariant>;

bool prepareAndRun(QSqlQuery &query,
                   const QString &sql,
                   std::initializer_list<Binding> bindings,
                   QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const auto &[name, value] : bindings)
        query.bindValue(QLatin1String(name), value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool SeriesRepository::upsertPlanned(Id indicatorId, const PeriodValue &value, QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(
        query,
        QStringLiteral("INSERT INTO trajectory_value (indicator_id, period, value)"
                       " VALUES (:i, :period, :value)"
                       " ON CONFLICT (indicator_id, period) DO UPDATE"
                       " SET value = excluded.value"),
        {{":i", indicatorId}, {":period", value.period}, {":value", fromOptional(value.value)}},
        error);
}

bool SeriesRepository::upsertActual(Id indicatorId, const ActualValue &actual, QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(
        query,
        QStringLiteral(
            "INSERT INTO actual_value (indicator_id, period, value, lower_ci, upper_ci, count,"
            " denominator, note, synthetic) VALUES (:i, :period, :value, :lower, :upper, :count,"
            " :denominator, :note, :synthetic)"
            " ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value,"
            " lower_ci = excluded.lower_ci, upper_ci = excluded.upper_ci,"
            " count = excluded.count, denominator = excluded.denominator,"
            " note = excluded.note, synthetic = excluded.synthetic"),
        {{":i", indicatorId},
         {":period", actual.period},
         {":value", fromOptional(actual.value)},
         {":lower", fromOptional(actual.lower)},
         {":upper", fromOptional(actual.upper)},
         {":count", fromOptional(actual.count)},
         {":denominator", fromOptional(actual.denominator)},
         {":note", fromText(actual.note)},
         {":synthetic", actual.synthetic ? 1 : 0}},
        error);
}

Id SeriesRepository::ensureBenchmark(Id indicatorId,
                                     const QString &name,
                                     const QString &code,
                                     QString *error)
{
    return ensureBenchmark(indicatorId, name, code, 0, error);
}

Id SeriesRepository::findBenchmark(
    Id indicatorId, const QString &name, const QString &code, bool *ok, QString *error)
{
    QSqlQuery query(m_db.connection());
    const bool byCode = !code.isEmpty();
    *ok = prepareAndRun(query,
                        byCode ? QStringLiteral("SELECT id FROM benchmark WHERE indicator_id = :i"
                                                " AND code = :key ORDER BY sort_order, id")
                               : QStringLiteral("SELECT id FROM benchmark WHERE indicator_id = :i"
                                                " AND code IS NULL AND name = :key"
                                                " ORDER BY sort_order, id"),
                        {{":i", indicatorId}, {":key", byCode ? code : name}},
                        error);
    return *ok && query.next() ? query.value(0).toLongLong() : 0;
}

Id SeriesRepository::ensureBenchmark(
    Id indicatorId, const QString &name, const QString &code, Id wantedId, QString *error)
{
    bool ok = false;
    if (const Id existing = findBenchmark(indicatorId, name, code, &ok, error); !ok || existing)
        return existing;
    const bool withId = wantedId > 0;
    QList<SqlExec::Binding> bindings = {{QStringLiteral(":i"), indicatorId},
                                        {QStringLiteral(":name"), name},
                                        {QStringLiteral(":code"), fromText(code)},
                                        {QStringLiteral(":i2"), indicatorId}};
    if (withId)
        bindings.append({QStringLiteral(":id"), wantedId});
    auto query = SqlExec::exec(
        m_db,
        QStringLiteral("INSERT INTO benchmark (%1indicator_id, name, code, sort_order)"
                       " VALUES (%2:i, :name, :code, (SELECT COALESCE(MAX(sort_order),"
                       " -1) + 1 FROM benchmark WHERE indicator_id = :i2))")
                .arg(withId ? QStringLiteral("id, ") : QString(),
                     withId ? QStringLiteral(":id, ") : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query)
        return 0;
    if (!query->next()) {
        if (error)
            *error = m_db.explain(query->lastError());
        return 0;
    }
    return query->value(0).toLongLong();
}

bool SeriesRepository::removeBenchmark(Id benchmarkId, QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(
        query, QStringLiteral("DELETE FROM benchmark WHERE id = :b"), {{":b", benchmarkId}}, error);
}

bool SeriesRepository::upsertBenchmarkValue(Id benchmarkId,
                                            const PeriodValue &value,
                                            QString *error)
{
    return SqlExec::run(m_db,
                        QStringLiteral("INSERT INTO benchmark_value (benchmark_id, period, value)"
                                       " VALUES (:b, :period, :value)"
                                       " ON CONFLICT (benchmark_id, period) DO UPDATE"
                                       " SET value = excluded.value"),
                        {{QStringLiteral(":b"), benchmarkId},
                         {QStringLiteral(":period"), value.period},
                         {QStringLiteral(":value"), fromOptional(value.value)}},
                        error)
           != nullptr;
}

std::optional<PeriodValue>
SeriesRepository::benchmarkValue(Id benchmarkId, const QString &period, bool *ok, QString *error)
{
    QSqlQuery *query
        = SqlExec::run(m_db,
                       QStringLiteral("SELECT period, value FROM benchmark_value"
                                      " WHERE benchmark_id = :b AND period = :period"),
                       {{QStringLiteral(":b"), benchmarkId}, {QStringLiteral(":period"), period}},
                       error);
    *ok = query != nullptr;
    if (!query)
        return std::nullopt;
    std::optional<PeriodValue> found;
    if (query->next())
        found = PeriodValue{query->value(0).toString(), toOptionalDouble(query->value(1))};
    query->finish();
    return found;
}

bool SeriesRepository::removeBenchmarkValue(Id benchmarkId, const QString &period, QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(
        query,
        QStringLiteral("DELETE FROM benchmark_value WHERE benchmark_id = :b AND period = :period"),
        {{":b", benchmarkId}, {":period", period}},
        error);
}

bool SeriesRepository::addLink(Id indicatorId,
                               const QString &source,
                               const QString &externalId,
                               QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(query,
                         QStringLiteral("INSERT INTO indicator_link (source, external_id,"
                                        " indicator_id) VALUES (:source, :external, :i)"
                                        " ON CONFLICT (source, external_id, indicator_id)"
                                        " DO NOTHING"),
                         {{":source", source}, {":external", externalId}, {":i", indicatorId}},
                         error);
}

bool SeriesRepository::hasLink(
    Id indicatorId, const QString &source, const QString &externalId, bool *ok, QString *error)
{
    QSqlQuery query(m_db.connection());
    *ok = prepareAndRun(query,
                        QStringLiteral("SELECT 1 FROM indicator_link WHERE source = :source"
                                       " AND external_id = :external AND indicator_id = :i"),
                        {{":source", source}, {":external", externalId}, {":i", indicatorId}},
                        error);
    return *ok && query.next();
}

bool SeriesRepository::readLinks(Id indicatorId,
                                 QList<QPair<QString, QString>> *links,
                                 QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!prepareAndRun(query,
                       QStringLiteral("SELECT source, external_id FROM indicator_link"
                                      " WHERE indicator_id = :i ORDER BY source, external_id"),
                       {{":i", indicatorId}},
                       error))
        return false;
    links->clear();
    while (query.next())
        links->append({query.value(0).toString(), query.value(1).toString()});
    return true;
}

bool SeriesRepository::removeLink(Id indicatorId,
                                  const QString &source,
                                  const QString &externalId,
                                  QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(query,
                         QStringLiteral("DELETE FROM indicator_link WHERE source = :source"
                                        " AND external_id = :external AND indicator_id = :i"),
                         {{":source", source}, {":external", externalId}, {":i", indicatorId}},
                         error);
}

} // namespace Jfp
