// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planwriter.h"

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

// Prepares `sql`, binds the named values and runs it; returns the new id for an INSERT that
// ends in the dialect's RETURNING clause, 1 for other statements, 0 on failure.
Id run(Database &db,
       const QString &sql,
       std::initializer_list<Binding> bindings,
       QString *error,
       bool returnsId = true)
{
    QSqlQuery query(db.connection());
    const QString statement = returnsId ? sql + db.dialect().returningId() : sql;
    if (!query.prepare(statement)) {
        if (error)
            *error = db.explain(query.lastError());
        return 0;
    }
    for (const auto &[name, value] : bindings)
        query.bindValue(QLatin1String(name), value);
    if (!query.exec()) {
        if (error)
            *error = db.explain(query.lastError());
        return 0;
    }
    if (!returnsId)
        return 1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

bool PlanWriter::setPlanInfo(const PlanInfo &info, QString *error)
{
    const std::initializer_list<std::pair<const char *, QString>> values = {
        {"name", info.name},
        {"description", info.description},
        {"horizon_start", info.horizonStart},
        {"horizon_end", info.horizonEnd},
        {"milestone_slip_tolerance_days", QString::number(info.milestoneSlipToleranceDays)},
    };
    for (const auto &[key, value] : values) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO plan_info (key, value) VALUES (:key, :value)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {{":key", QLatin1String(key)}, {":value", fromText(value)}},
                 error,
                 false)) {
            return false;
        }
    }
    return true;
}

Id PlanWriter::insertArea(const Area &area, int sortOrder, QString *error)
{
    const Id id
        = run(m_db,
              QStringLiteral("INSERT INTO area (parent_id, level, name, short_name, ons_code,"
                             " ods_code, population, population_year, population_source,"
                             " description, source, sort_order) VALUES (:parent, :level, :name,"
                             " :short, :ons, :ods, :pop, :popyear, :popsource, :desc, :source,"
                             " :sort)"),
              {{":parent", fromId(area.parentId)},
               {":level", Enums::key(area.level)},
               {":name", area.name},
               {":short", fromText(area.shortName)},
               {":ons", fromText(area.onsCode)},
               {":ods", fromText(area.odsCode)},
               {":pop", fromOptional(area.population)},
               {":popyear", fromText(area.populationYear)},
               {":popsource", fromText(area.populationSource)},
               {":desc", fromText(area.description)},
               {":source", fromText(area.source)},
               {":sort", sortOrder}},
              error);
    if (id == 0)
        return 0;
    for (const AreaCode &code : area.extraCodes) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO area_code (area_id, scheme, code, name)"
                                " VALUES (:area, :scheme, :code, :name)"),
                 {{":area", id},
                  {":scheme", code.scheme},
                  {":code", code.code},
                  {":name", fromText(code.name)}},
                 error)) {
            return 0;
        }
    }
    int practiceOrder = 0;
    for (const GpPractice &practice : area.practices) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO gp_practice (area_id, name, code, map_key, sort_order)"
                                " VALUES (:area, :name, :code, :mapkey, :sort)"),
                 {{":area", id},
                  {":name", practice.name},
                  {":code", fromText(practice.code)},
                  {":mapkey", fromOptional(practice.mapKey)},
                  {":sort", practiceOrder++}},
                 error)) {
            return 0;
        }
    }
    return id;
}

Id PlanWriter::insertFramework(Framework &framework, int sortOrder, QString *error)
{
    const Id id = run(m_db,
                      QStringLiteral("INSERT INTO framework (key, name, area_id, description,"
                                     " source, sort_order) VALUES (:key, :name, :area, :desc,"
                                     " :source, :sort)"),
                      {{":key", framework.key},
                       {":name", framework.name},
                       {":area", fromId(framework.areaId)},
                       {":desc", fromText(framework.description)},
                       {":source", fromText(framework.source)},
                       {":sort", sortOrder}},
                      error);
    if (id == 0)
        return 0;
    int themeOrder = 0;
    for (Theme &theme : framework.themes) {
        theme.frameworkId = id;
        theme.id = run(m_db,
                       QStringLiteral("INSERT INTO theme (framework_id, key, code, name,"
                                      " description, sort_order) VALUES (:fw, :key, :code, :name,"
                                      " :desc, :sort)"),
                       {{":fw", id},
                        {":key", theme.key},
                        {":code", fromText(theme.code)},
                        {":name", theme.name},
                        {":desc", fromText(theme.description)},
                        {":sort", themeOrder++}},
                       error);
        if (theme.id == 0)
            return 0;
    }
    return id;
}

Id PlanWriter::insertProgramme(const Programme &programme, int sortOrder, QString *error)
{
    const Id id = run(
        m_db,
        QStringLiteral("INSERT INTO programme (area_id, parent_id, name, ambition, description,"
                       " sro, manager, status, start_date, end_date, source, sort_order)"
                       " VALUES (:area, :parent, :name, :ambition, :desc, :sro, :manager,"
                       " :status, :start, :end, :source, :sort)"),
        {{":area", programme.areaId},
         {":parent", fromId(programme.parentId)},
         {":name", programme.name},
         {":ambition", fromText(programme.ambition)},
         {":desc", fromText(programme.description)},
         {":sro", fromText(programme.sro)},
         {":manager", fromText(programme.manager)},
         {":status",
          programme.status ? QVariant(Enums::key(*programme.status))
                           : QVariant(QMetaType::fromType<QString>())},
         {":start", fromDate(programme.start)},
         {":end", fromDate(programme.end)},
         {":source", fromText(programme.source)},
         {":sort", sortOrder}},
        error);
    if (id == 0)
        return 0;
    for (const Id themeId : programme.themeIds) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO programme_theme (programme_id, theme_id)"
                                " VALUES (:p, :t)"),
                 {{":p", id}, {":t", themeId}},
                 error,
                 false)) {
            return 0;
        }
    }
    return id;
}

Id PlanWriter::insertMilestone(const Milestone &milestone, int sortOrder, QString *error)
{
    return run(m_db,
               QStringLiteral("INSERT INTO milestone (programme_id, title, owner, baseline_date,"
                              " forecast_date, completion_date, status, notes, source, sort_order)"
                              " VALUES (:p, :title, :owner, :baseline, :forecast, :completion,"
                              " :status, :notes, :source, :sort)"),
               {{":p", milestone.programmeId},
                {":title", milestone.title},
                {":owner", fromText(milestone.owner)},
                {":baseline", fromDate(milestone.baselineDate)},
                {":forecast", fromDate(milestone.forecastDate)},
                {":completion", fromDate(milestone.completionDate)},
                {":status", Enums::key(milestone.status)},
                {":notes", fromText(milestone.notes)},
                {":source", fromText(milestone.source)},
                {":sort", sortOrder}},
               error);
}

Id PlanWriter::insertIndicator(const Indicator &indicator, int sortOrder, QString *error)
{
    const Id id
        = run(m_db,
              QStringLiteral("INSERT INTO indicator (programme_id, code, name, definition, unit,"
                             " decimals, polarity, source, baseline_value, baseline_period,"
                             " baseline_note, target_kind, target_value, target_period,"
                             " target_benchmark, target_note, sort_order, tolerance) VALUES (:p,"
                             " :code, :name, :def, :unit, :dec, :pol, :source, :bv, :bp, :bn, :tk,"
                             " :tv, :tp, :tb, :tn, :sort, :tolerance)"),
              {{":p", indicator.programmeId},
               {":code", fromText(indicator.code)},
               {":name", indicator.name},
               {":def", fromText(indicator.definition)},
               {":unit", Enums::key(indicator.unit)},
               {":dec", indicator.decimals},
               {":pol", Enums::key(indicator.polarity)},
               {":source", fromText(indicator.source)},
               {":bv", fromOptional(indicator.baselineValue)},
               {":bp", fromText(indicator.baselinePeriod)},
               {":bn", fromText(indicator.baselineNote)},
               {":tk", Enums::key(indicator.targetKind)},
               {":tv", fromOptional(indicator.targetValue)},
               {":tp", fromText(indicator.targetPeriod)},
               {":tb", fromText(indicator.targetBenchmark)},
               {":tn", fromText(indicator.targetNote)},
               {":sort", sortOrder},
               {":tolerance", fromOptional(indicator.tolerance)}},
              error);
    if (id == 0)
        return 0;
    for (const PeriodValue &point : indicator.trajectory) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO trajectory_value (indicator_id, period, value)"
                                " VALUES (:i, :period, :value)"),
                 {{":i", id}, {":period", point.period}, {":value", fromOptional(point.value)}},
                 error,
                 false)) {
            return 0;
        }
    }
    for (const ActualValue &actual : indicator.actuals) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO actual_value (indicator_id, period, value, lower_ci,"
                                " upper_ci, count, denominator, note, synthetic) VALUES (:i,"
                                " :period, :value, :lower, :upper, :count, :denominator, :note,"
                                " :synthetic)"),
                 {{":i", id},
                  {":period", actual.period},
                  {":value", fromOptional(actual.value)},
                  {":lower", fromOptional(actual.lower)},
                  {":upper", fromOptional(actual.upper)},
                  {":count", fromOptional(actual.count)},
                  {":denominator", fromOptional(actual.denominator)},
                  {":note", fromText(actual.note)},
                  {":synthetic", actual.synthetic ? 1 : 0}},
                 error,
                 false)) {
            return 0;
        }
    }
    int benchmarkOrder = 0;
    for (const Benchmark &benchmark : indicator.benchmarks) {
        const Id benchmarkId = run(m_db,
                                   QStringLiteral("INSERT INTO benchmark (indicator_id, name, code,"
                                                  " sort_order) VALUES (:i, :name, :code, :sort)"),
                                   {{":i", id},
                                    {":name", benchmark.name},
                                    {":code", fromText(benchmark.code)},
                                    {":sort", benchmarkOrder++}},
                                   error);
        if (benchmarkId == 0)
            return 0;
        for (const PeriodValue &value : benchmark.values) {
            if (!run(m_db,
                     QStringLiteral("INSERT INTO benchmark_value (benchmark_id, period, value)"
                                    " VALUES (:b, :period, :value)"),
                     {{":b", benchmarkId},
                      {":period", value.period},
                      {":value", fromOptional(value.value)}},
                     error,
                     false)) {
                return 0;
            }
        }
    }
    int annotationOrder = 0;
    for (const Annotation &annotation : indicator.annotations) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO annotation (indicator_id, period, event_date, label,"
                                " note, sort_order) VALUES (:i, :period, :date, :label, :note,"
                                " :sort)"),
                 {{":i", id},
                  {":period", fromText(annotation.period)},
                  {":date", fromDate(annotation.date)},
                  {":label", annotation.label},
                  {":note", fromText(annotation.note)},
                  {":sort", annotationOrder++}},
                 error)) {
            return 0;
        }
    }
    for (const SpcRebase &rebase : indicator.spcRebases) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO spc_rebase (indicator_id, period, reason)"
                                " VALUES (:i, :period, :reason)"),
                 {{":i", id}, {":period", rebase.period}, {":reason", fromText(rebase.reason)}},
                 error)) {
            return 0;
        }
    }
    if (!indicator.spcOptions.isEmpty()
        && !run(m_db,
                QStringLiteral("INSERT INTO spc_settings (indicator_id, options)"
                               " VALUES (:i, :options)"),
                {{":i", id}, {":options", indicator.spcOptions}},
                error,
                false)) {
        return 0;
    }
    for (const auto &[source, externalId] : indicator.links) {
        if (!run(m_db,
                 QStringLiteral("INSERT INTO indicator_link (source, external_id, indicator_id)"
                                " VALUES (:source, :external, :i)"),
                 {{":source", source}, {":external", externalId}, {":i", id}},
                 error,
                 false)) {
            return 0;
        }
    }
    return id;
}

Id PlanWriter::insertProgressUpdate(const ProgressUpdate &update, QString *error)
{
    return run(m_db,
               QStringLiteral("INSERT INTO progress_update (programme_id, period, rag, went_well,"
                              " did_not, next_steps, recorded_at, recorded_by) VALUES (:p, :period,"
                              " :rag, :well, :not, :next, :at, :by)"),
               {{":p", update.programmeId},
                {":period", update.period},
                {":rag", update.rag},
                {":well", fromText(update.wentWell)},
                {":not", fromText(update.didNot)},
                {":next", fromText(update.nextSteps)},
                {":at",
                 update.recordedAt.isValid()
                     ? QVariant(update.recordedAt.toUTC().toString(Qt::ISODateWithMs))
                     : QVariant(QMetaType::fromType<QString>())},
                {":by", fromText(update.recordedBy)}},
               error);
}

} // namespace Jfp
