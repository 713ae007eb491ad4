// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriesrepository.h"

#include "database.h"
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
    QSqlQuery query(m_db.connection());
    const bool byCode = !code.isEmpty();
    if (!prepareAndRun(query,
                       byCode ? QStringLiteral("SELECT id FROM benchmark WHERE indicator_id = :i"
                                               " AND code = :key ORDER BY sort_order, id")
                              : QStringLiteral("SELECT id FROM benchmark WHERE indicator_id = :i"
                                               " AND code IS NULL AND name = :key"
                                               " ORDER BY sort_order, id"),
                       {{":i", indicatorId}, {":key", byCode ? code : name}},
                       error))
        return 0;
    if (query.next())
        return query.value(0).toLongLong();
    query.finish();
    if (!prepareAndRun(
            query,
            QStringLiteral("INSERT INTO benchmark (indicator_id, name, code, sort_order)"
                           " VALUES (:i, :name, :code, (SELECT COALESCE(MAX(sort_order),"
                           " -1) + 1 FROM benchmark WHERE indicator_id = :i2))")
                + m_db.dialect().returningId(),
            {{":i", indicatorId}, {":name", name}, {":code", fromText(code)}, {":i2", indicatorId}},
            error))
        return 0;
    if (!query.next()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

bool SeriesRepository::upsertBenchmarkValue(Id benchmarkId,
                                            const PeriodValue &value,
                                            QString *error)
{
    QSqlQuery query(m_db.connection());
    return prepareAndRun(
        query,
        QStringLiteral("INSERT INTO benchmark_value (benchmark_id, period, value)"
                       " VALUES (:b, :period, :value)"
                       " ON CONFLICT (benchmark_id, period) DO UPDATE"
                       " SET value = excluded.value"),
        {{":b", benchmarkId}, {":period", value.period}, {":value", fromOptional(value.value)}},
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

} // namespace Jfp
