// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planreader.h"

#include "database.h"
#include "domain/period.h"
#include "sqlvalues.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace Jfp::PlanReader {

namespace {

using namespace Qt::StringLiterals;
using namespace SqlValues;

// Runs a SELECT and calls `row` for each result; false on an SQL error.
template<typename RowFunction>
bool forEachRow(Database &db, const QString &sql, QString *error, RowFunction row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = db.explain(query.lastError());
        return false;
    }
    while (query.next())
        row(query);
    // A statement stopped part-way (time limit, damage) ends the rows early: never a success.
    if (query.lastError().isValid()) {
        if (error)
            *error = db.explain(query.lastError());
        return false;
    }
    return true;
}

// The first value of the first row `sql` gives with `:id` bound to `id`; nullopt when there
// is no row (`error` then empty) or on an SQL error.
std::optional<QVariant> valueForId(Database &db, const QString &sql, Id id, QString *error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    query.bindValue(u":id"_s, id);
    ok = ok && query.exec() && query.next();
    if (!ok) {
        if (error)
            *error = query.lastError().isValid() ? db.explain(query.lastError()) : QString();
        return std::nullopt;
    }
    return query.value(0);
}

QString text(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

/**
 * Reads the series of the indicators in `indicatorIndex` (id → position in plan.indicators):
 * all of them, or with `byIndicator` (" WHERE indicator_id IN (…)") and `byBenchmark` the
 * same for benchmark values, only those.
 */
bool readSeriesRows(Database &db,
                    PlanSnapshot &plan,
                    const QHash<Id, qsizetype> &indicatorIndex,
                    const QString &byIndicator,
                    const QString &byBenchmark,
                    QString *error)
{
    QHash<Id, QPair<qsizetype, qsizetype>> benchmarkIndex;
    bool ok = true;
    ok = ok
         && forEachRow(db,
                       u"SELECT indicator_id, period, value FROM trajectory_value"_s + byIndicator,
                       error,
                       [&](const QSqlQuery &q) {
                           if (const auto i = indicatorIndex.value(q.value(0).toLongLong(), -1);
                               i >= 0)
                               plan.indicators[i].trajectory.append(
                                   {text(q, 1), toOptionalDouble(q.value(2))});
                       });
    ok = ok
         && forEachRow(
             db,
             u"SELECT indicator_id, period, value, lower_ci, upper_ci, count, denominator,"
             " note, synthetic FROM actual_value"_s
                 + byIndicator,
             error,
             [&](const QSqlQuery &q) {
                 if (const auto i = indicatorIndex.value(q.value(0).toLongLong(), -1); i >= 0) {
                     ActualValue actual{text(q, 1),
                                        toOptionalDouble(q.value(2)),
                                        toOptionalDouble(q.value(3)),
                                        toOptionalDouble(q.value(4)),
                                        toOptionalDouble(q.value(5)),
                                        toOptionalDouble(q.value(6)),
                                        text(q, 7),
                                        q.value(8).toInt() != 0};
                     plan.indicators[i].actuals.append(actual);
                 }
             });
    ok = ok
         && forEachRow(db,
                       u"SELECT id, indicator_id, name, code FROM benchmark"_s + byIndicator
                           + u" ORDER BY sort_order, id"_s,
                       error,
                       [&](const QSqlQuery &q) {
                           const auto i = indicatorIndex.value(q.value(1).toLongLong(), -1);
                           if (i < 0)
                               return;
                           Benchmark b;
                           b.id = q.value(0).toLongLong();
                           b.name = text(q, 2);
                           b.code = text(q, 3);
                           benchmarkIndex.insert(b.id, {i, plan.indicators[i].benchmarks.size()});
                           plan.indicators[i].benchmarks.append(b);
                       });
    ok = ok
         && forEachRow(
             db,
             u"SELECT benchmark_id, period, value FROM benchmark_value"_s + byBenchmark,
             error,
             [&](const QSqlQuery &q) {
                 const auto where = benchmarkIndex.value(q.value(0).toLongLong(), {-1, -1});
                 if (where.first >= 0) {
                     plan.indicators[where.first].benchmarks[where.second].values.append(
                         {text(q, 1), toOptionalDouble(q.value(2))});
                 }
             });
    ok = ok
         && forEachRow(db,
                       u"SELECT id, indicator_id, period, event_date, label, note FROM annotation"_s
                           + byIndicator + u" ORDER BY sort_order, id"_s,
                       error,
                       [&](const QSqlQuery &q) {
                           const auto i = indicatorIndex.value(q.value(1).toLongLong(), -1);
                           if (i < 0)
                               return;
                           plan.indicators[i].annotations.append({q.value(0).toLongLong(),
                                                                  q.value(1).toLongLong(),
                                                                  text(q, 2),
                                                                  toDate(q.value(3)),
                                                                  text(q, 4),
                                                                  text(q, 5)});
                       });
    ok = ok
         && forEachRow(db,
                       u"SELECT indicator_id, period, reason FROM spc_rebase"_s + byIndicator,
                       error,
                       [&](const QSqlQuery &q) {
                           const auto i = indicatorIndex.value(q.value(0).toLongLong(), -1);
                           if (i >= 0)
                               plan.indicators[i].spcRebases.append({text(q, 1), text(q, 2)});
                       });
    ok = ok
         && forEachRow(db,
                       u"SELECT indicator_id, options FROM spc_settings"_s + byIndicator,
                       error,
                       [&](const QSqlQuery &q) {
                           const auto i = indicatorIndex.value(q.value(0).toLongLong(), -1);
                           if (i >= 0)
                               plan.indicators[i].spcOptions = text(q, 1);
                       });
    return ok;
}

// A whole number of days from 0 to the most a plan may give; anything else (a plan file
// edited by hand or by another program) keeps the default, and the text for `jfp check`.
// An empty value is as good as none.
void readSlipTolerance(PlanInfo &info, const QString &stored)
{
    const QString trimmed = stored.trimmed();
    if (trimmed.isEmpty())
        return;
    bool ok = false;
    const int days = trimmed.toInt(&ok);
    if (ok && days >= 0 && days <= PlanInfo::maxSlipToleranceDays) {
        info.milestoneSlipToleranceDays = days;
        info.unusableSlipTolerance.reset();
    } else {
        info.milestoneSlipToleranceDays = PlanInfo::defaultSlipToleranceDays;
        info.unusableSlipTolerance = stored;
    }
}

} // namespace

std::optional<PlanInfo> readInfo(Database &db, QString *error)
{
    PlanInfo info;
    const bool ok = forEachRow(
        db, QStringLiteral("SELECT key, value FROM plan_info"), error, [&](const QSqlQuery &q) {
            const QString key = text(q, 0);
            if (key == QLatin1String("name"))
                info.name = text(q, 1);
            else if (key == QLatin1String("description"))
                info.description = text(q, 1);
            else if (key == QLatin1String("horizon_start"))
                info.horizonStart = text(q, 1);
            else if (key == QLatin1String("horizon_end"))
                info.horizonEnd = text(q, 1);
            else if (key == QLatin1String("milestone_slip_tolerance_days"))
                readSlipTolerance(info, text(q, 1));
        });
    return ok ? std::optional<PlanInfo>(info) : std::nullopt;
}

std::optional<qsizetype> rowPosition(Database &db, QStringView table, Id id, QString *error)
{
    // read() lists these tables by sort order (progress updates by programme), then id.
    static const QStringList tables
        = {u"area"_s, u"programme"_s, u"milestone"_s, u"indicator"_s, u"progress_update"_s};
    if (!tables.contains(table)) {
        if (error)
            *error = u"No row order for the table '%1'."_s.arg(table);
        return std::nullopt;
    }
    const QString key = table == u"progress_update"_s ? u"programme_id"_s : u"sort_order"_s;
    // The names are from the list above, never from outside.
    const QString sql
        = u"SELECT (SELECT count(*) FROM %1 AS t WHERE t.%2 < me.%2"
          " OR (t.%2 = me.%2 AND t.id < me.id)) FROM %1 AS me WHERE me.id = :id"_s.arg(
              table.toString(), key);
    const std::optional<QVariant> count = valueForId(db, sql, id, error);
    return count ? std::optional<qsizetype>(count->toLongLong()) : std::nullopt;
}

std::optional<bool> holdsItems(Database &db, QStringView table, Id id, QString *error)
{
    QString sql;
    if (table == u"area"_s) {
        sql = u"SELECT EXISTS (SELECT 1 FROM area WHERE parent_id = :id)"
              " OR EXISTS (SELECT 1 FROM programme WHERE area_id = :id)"_s;
    } else if (table == u"programme"_s) {
        sql = u"SELECT EXISTS (SELECT 1 FROM programme WHERE parent_id = :id)"
              " OR EXISTS (SELECT 1 FROM milestone WHERE programme_id = :id)"
              " OR EXISTS (SELECT 1 FROM indicator WHERE programme_id = :id)"
              " OR EXISTS (SELECT 1 FROM progress_update WHERE programme_id = :id)"_s;
    } else {
        if (error)
            *error = u"Nothing lies beneath a row of '%1'."_s.arg(table);
        return std::nullopt;
    }
    const std::optional<QVariant> holds = valueForId(db, sql, id, error);
    return holds ? std::optional<bool>(holds->toBool()) : std::nullopt;
}

void sortSeries(Indicator &indicator, QHash<QString, Period> *periods)
{
    QHash<QString, Period> own;
    if (!periods)
        periods = &own;
    const auto sortByPeriod = [periods](auto &series) {
        if (series.size() < 2)
            return;
        using Item = std::decay_t<decltype(series.front())>;
        QList<std::pair<Period, Item>> keyed;
        keyed.reserve(series.size());
        for (auto &item : series) {
            auto found = periods->constFind(item.period);
            if (found == periods->constEnd())
                found = periods->insert(item.period, Period::parse(item.period));
            keyed.append({*found, std::move(item)});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        series.clear();
        for (auto &entry : keyed)
            series.append(std::move(entry.second));
    };
    sortByPeriod(indicator.trajectory);
    sortByPeriod(indicator.actuals);
    for (Benchmark &b : indicator.benchmarks)
        sortByPeriod(b.values);
    sortByPeriod(indicator.spcRebases);
}

bool readSeries(Database &db, PlanSnapshot &plan, const QList<Id> &ids, QString *error)
{
    // Ids are numbers this program holds, so they are written into the statement; batches
    // keep each statement short.
    constexpr qsizetype batch = 500;
    QHash<Id, qsizetype> position;
    for (qsizetype i = 0; i < plan.indicators.size(); ++i)
        position.insert(plan.indicators.at(i).id, i);
    QHash<QString, Period> periods;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        QHash<Id, qsizetype> index;
        QStringList list;
        for (qsizetype k = start; k < std::min(ids.size(), start + batch); ++k) {
            const qsizetype i = position.value(ids.at(k), -1);
            if (i < 0 || index.contains(ids.at(k)))
                continue;
            index.insert(ids.at(k), i);
            list << QString::number(ids.at(k));
            Indicator &indicator = plan.indicators[i];
            indicator.trajectory.clear();
            indicator.actuals.clear();
            indicator.benchmarks.clear();
            indicator.annotations.clear();
            indicator.spcRebases.clear();
            indicator.spcOptions.clear();
        }
        if (list.isEmpty())
            continue;
        const QString in = u" WHERE indicator_id IN ("_s + list.join(u',') + u')';
        const QString benchmarks
            = u" WHERE benchmark_id IN (SELECT id FROM benchmark"_s + in + u')';
        if (!readSeriesRows(db, plan, index, in, benchmarks, error))
            return false;
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            sortSeries(plan.indicators[it.value()], &periods);
    }
    return true;
}

std::optional<PlanSnapshot> read(Database &db, QString *error, Contents contents)
{
    const bool series = contents == Contents::Everything;
    PlanSnapshot plan;
    QHash<Id, qsizetype> areaIndex;
    QHash<Id, qsizetype> frameworkIndex;
    QHash<Id, qsizetype> programmeIndex;
    QHash<Id, qsizetype> indicatorIndex;

    const auto info = readInfo(db, error);
    bool ok = info.has_value();
    if (info)
        plan.info = *info;
    ok = ok
         && forEachRow(
             db,
             QStringLiteral(
                 "SELECT id, parent_id, level, name, short_name, ons_code, ods_code, population,"
                 " population_year, population_source, description, source"
                 " FROM area ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Area a;
                 a.id = q.value(0).toLongLong();
                 a.parentId = q.value(1).toLongLong();
                 a.level = Enums::fromKey<AreaLevel>(text(q, 2)).value_or(AreaLevel::Place);
                 a.name = text(q, 3);
                 a.shortName = text(q, 4);
                 a.onsCode = text(q, 5);
                 a.odsCode = text(q, 6);
                 a.population = toOptionalInt64(q.value(7));
                 a.populationYear = text(q, 8);
                 a.populationSource = text(q, 9);
                 a.description = text(q, 10);
                 a.source = text(q, 11);
                 areaIndex.insert(a.id, plan.areas.size());
                 plan.areas.append(a);
             });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral("SELECT area_id, scheme, code, name FROM area_code ORDER BY id"),
             error,
             [&](const QSqlQuery &q) {
                 if (const auto i = areaIndex.value(q.value(0).toLongLong(), -1); i >= 0)
                     plan.areas[i].extraCodes.append({text(q, 1), text(q, 2), text(q, 3)});
             });
    ok = ok
         && forEachRow(db,
                       QStringLiteral("SELECT id, area_id, name, code, map_key FROM gp_practice"
                                      " ORDER BY sort_order, id"),
                       error,
                       [&](const QSqlQuery &q) {
                           GpPractice p;
                           p.id = q.value(0).toLongLong();
                           p.areaId = q.value(1).toLongLong();
                           p.name = text(q, 2);
                           p.code = text(q, 3);
                           p.mapKey = toOptionalInt(q.value(4));
                           if (const auto i = areaIndex.value(p.areaId, -1); i >= 0)
                               plan.areas[i].practices.append(p);
                       });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral("SELECT id, key, name, area_id, description, source FROM framework"
                            " ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Framework f;
                 f.id = q.value(0).toLongLong();
                 f.key = text(q, 1);
                 f.name = text(q, 2);
                 f.areaId = q.value(3).toLongLong();
                 f.description = text(q, 4);
                 f.source = text(q, 5);
                 frameworkIndex.insert(f.id, plan.frameworks.size());
                 plan.frameworks.append(f);
             });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral("SELECT id, framework_id, key, code, name, description FROM theme"
                            " ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Theme t;
                 t.id = q.value(0).toLongLong();
                 t.frameworkId = q.value(1).toLongLong();
                 t.key = text(q, 2);
                 t.code = text(q, 3);
                 t.name = text(q, 4);
                 t.description = text(q, 5);
                 if (const auto i = frameworkIndex.value(t.frameworkId, -1); i >= 0)
                     plan.frameworks[i].themes.append(t);
             });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral(
                 "SELECT id, area_id, parent_id, name, ambition, description, sro, manager,"
                 " status, start_date, end_date, source FROM programme ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Programme p;
                 p.id = q.value(0).toLongLong();
                 p.areaId = q.value(1).toLongLong();
                 p.parentId = q.value(2).toLongLong();
                 p.name = text(q, 3);
                 p.ambition = text(q, 4);
                 p.description = text(q, 5);
                 p.sro = text(q, 6);
                 p.manager = text(q, 7);
                 if (!q.value(8).isNull())
                     p.status = Enums::fromKey<DeliveryStatus>(text(q, 8));
                 p.start = toDate(q.value(9));
                 p.end = toDate(q.value(10));
                 p.source = text(q, 11);
                 programmeIndex.insert(p.id, plan.programmes.size());
                 plan.programmes.append(p);
             });
    ok = ok
         && forEachRow(db,
                       QStringLiteral("SELECT programme_id, theme_id FROM programme_theme ORDER BY "
                                      "programme_id, theme_id"),
                       error,
                       [&](const QSqlQuery &q) {
                           if (const auto i = programmeIndex.value(q.value(0).toLongLong(), -1);
                               i >= 0)
                               plan.programmes[i].themeIds.append(q.value(1).toLongLong());
                       });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral(
                 "SELECT id, programme_id, title, owner, baseline_date, forecast_date,"
                 " completion_date, status, notes, source FROM milestone ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Milestone m;
                 m.id = q.value(0).toLongLong();
                 m.programmeId = q.value(1).toLongLong();
                 m.title = text(q, 2);
                 m.owner = text(q, 3);
                 m.baselineDate = toDate(q.value(4));
                 m.forecastDate = toDate(q.value(5));
                 m.completionDate = toDate(q.value(6));
                 m.status = Enums::fromKey<MilestoneStatus>(text(q, 7))
                                .value_or(MilestoneStatus::NotStarted);
                 m.notes = text(q, 8);
                 m.source = text(q, 9);
                 plan.milestones.append(m);
             });
    ok = ok
         && forEachRow(
             db,
             QStringLiteral(
                 "SELECT id, programme_id, code, name, definition, unit, decimals, polarity, "
                 "source,"
                 " baseline_value, baseline_period, baseline_note, target_kind, target_value,"
                 " target_period, target_benchmark, target_note, tolerance"
                 " FROM indicator ORDER BY sort_order, id"),
             error,
             [&](const QSqlQuery &q) {
                 Indicator i;
                 i.id = q.value(0).toLongLong();
                 i.programmeId = q.value(1).toLongLong();
                 i.code = text(q, 2);
                 i.name = text(q, 3);
                 i.definition = text(q, 4);
                 i.unit = Enums::fromKey<Unit>(text(q, 5)).value_or(Unit::Count);
                 i.decimals = q.value(6).toInt();
                 i.polarity = Enums::fromKey<Polarity>(text(q, 7)).value_or(Polarity::Neutral);
                 i.source = text(q, 8);
                 i.baselineValue = toOptionalDouble(q.value(9));
                 i.baselinePeriod = text(q, 10);
                 i.baselineNote = text(q, 11);
                 i.targetKind
                     = Enums::fromKey<TargetKind>(text(q, 12)).value_or(TargetKind::Absolute);
                 i.targetValue = toOptionalDouble(q.value(13));
                 i.targetPeriod = text(q, 14);
                 i.targetBenchmark = text(q, 15);
                 i.targetNote = text(q, 16);
                 i.tolerance = toOptionalDouble(q.value(17));
                 indicatorIndex.insert(i.id, plan.indicators.size());
                 plan.indicators.append(i);
             });
    if (series)
        ok = ok && readSeriesRows(db, plan, indicatorIndex, QString(), QString(), error);
    ok = ok
         && forEachRow(db,
                       QStringLiteral("SELECT indicator_id, source, external_id FROM indicator_link"
                                      " ORDER BY source, external_id"),
                       error,
                       [&](const QSqlQuery &q) {
                           const auto i = indicatorIndex.value(q.value(0).toLongLong(), -1);
                           if (i >= 0)
                               plan.indicators[i].links.append({text(q, 1), text(q, 2)});
                       });
    ok = ok
         && forEachRow(db,
                       QStringLiteral("SELECT id, programme_id, period, rag, went_well, did_not,"
                                      " next_steps, recorded_at, recorded_by FROM progress_update"
                                      " ORDER BY programme_id, id"),
                       error,
                       [&](const QSqlQuery &q) {
                           ProgressUpdate u;
                           u.id = q.value(0).toLongLong();
                           u.programmeId = q.value(1).toLongLong();
                           u.period = text(q, 2);
                           u.rag = text(q, 3);
                           u.wentWell = text(q, 4);
                           u.didNot = text(q, 5);
                           u.nextSteps = text(q, 6);
                           u.recordedAt = QDateTime::fromString(text(q, 7), Qt::ISODateWithMs);
                           u.recordedBy = text(q, 8);
                           plan.progressUpdates.append(u);
                       });
    if (!ok)
        return std::nullopt;

    // Period order, not text order, for every series. A plan repeats a few hundred period
    // labels across all its series, so each label is parsed once, not at every comparison.
    QHash<QString, Period> periods;
    for (Indicator &i : plan.indicators)
        sortSeries(i, &periods);
    return plan;
}

} // namespace Jfp::PlanReader
