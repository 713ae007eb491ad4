// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorrepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

const QString siblings = u"programme_id = :parent"_s;

QList<SqlExec::Binding> fieldBindings(const Indicator &i)
{
    return {{u":code"_s, fromText(i.code)},
            {u":name"_s, i.name},
            {u":def"_s, fromText(i.definition)},
            {u":unit"_s, Enums::key(i.unit)},
            {u":dec"_s, i.decimals},
            {u":pol"_s, Enums::key(i.polarity)},
            {u":source"_s, fromText(i.source)},
            {u":bv"_s, fromOptional(i.baselineValue)},
            {u":bp"_s, fromText(i.baselinePeriod)},
            {u":bn"_s, fromText(i.baselineNote)},
            {u":tk"_s, Enums::key(i.targetKind)},
            {u":tv"_s, fromOptional(i.targetValue)},
            {u":tp"_s, fromText(i.targetPeriod)},
            {u":tb"_s, fromText(i.targetBenchmark)},
            {u":tn"_s, fromText(i.targetNote)},
            {u":tol"_s, fromOptional(i.tolerance)}};
}

QString missing()
{
    return Tr::tr("The indicator no longer exists.");
}

// An actual value from a row of "period, value, lower_ci, upper_ci, count, denominator, note,
// synthetic".
ActualValue actualFrom(const QSqlQuery &query)
{
    return ActualValue{query.value(0).toString(),
                       toOptionalDouble(query.value(1)),
                       toOptionalDouble(query.value(2)),
                       toOptionalDouble(query.value(3)),
                       toOptionalDouble(query.value(4)),
                       toOptionalDouble(query.value(5)),
                       query.value(6).toString(),
                       query.value(7).toInt() != 0};
}

} // namespace

Id IndicatorRepository::insert(const Indicator &indicator, QString *error)
{
    const auto sort = SqlExec::nextSortOrder(
        m_db, u"indicator"_s, siblings, {{u":parent"_s, indicator.programmeId}}, error);
    if (!sort)
        return 0;
    const bool withId = indicator.id > 0;
    QList<SqlExec::Binding> bindings = fieldBindings(indicator);
    bindings << SqlExec::Binding{u":parent"_s, indicator.programmeId}
             << SqlExec::Binding{u":sort"_s, *sort};
    if (withId)
        bindings << SqlExec::Binding{u":id"_s, indicator.id};
    auto query = SqlExec::exec(
        m_db,
        u"INSERT INTO indicator (%1programme_id, code, name, definition, unit, decimals, polarity,"
        " source, baseline_value, baseline_period, baseline_note, target_kind, target_value,"
        " target_period, target_benchmark, target_note, tolerance, sort_order) VALUES (%2:parent,"
        " :code, :name, :def, :unit, :dec, :pol, :source, :bv, :bp, :bn, :tk, :tv, :tp, :tb, :tn,"
        " :tol, :sort)"_s.arg(withId ? u"id, "_s : QString(), withId ? u":id, "_s : QString())
            + m_db.dialect().returningId(),
        bindings,
        error);
    if (!query || !query->next())
        return 0;
    const Id id = query->value(0).toLongLong();
    for (const PeriodValue &value : indicator.trajectory) {
        if (!setTrajectoryValue(id, value.period, value, error))
            return 0;
    }
    for (const ActualValue &value : indicator.actuals) {
        if (!setActualValue(id, value.period, value, error))
            return 0;
    }
    return id;
}

bool IndicatorRepository::update(const Indicator &indicator, QString *error)
{
    QList<SqlExec::Binding> bindings = fieldBindings(indicator);
    bindings << SqlExec::Binding{u":id"_s, indicator.id};
    return SqlExec::execOne(m_db,
                            u"UPDATE indicator SET code = :code, name = :name, definition = :def,"
                            " unit = :unit, decimals = :dec, polarity = :pol, source = :source,"
                            " baseline_value = :bv, baseline_period = :bp, baseline_note = :bn,"
                            " target_kind = :tk, target_value = :tv, target_period = :tp,"
                            " target_benchmark = :tb, target_note = :tn, tolerance = :tol"
                            " WHERE id = :id"_s,
                            bindings,
                            missing(),
                            error);
}

bool IndicatorRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(
        m_db, u"DELETE FROM indicator WHERE id = :id"_s, {{u":id"_s, id}}, missing(), error);
}

std::optional<Indicator> IndicatorRepository::find(Id id, QString *error)
{
    auto query = SqlExec::exec(m_db,
                               u"SELECT id, programme_id, code, name, definition, unit, decimals,"
                               " polarity, source, baseline_value, baseline_period, baseline_note,"
                               " target_kind, target_value, target_period, target_benchmark,"
                               " target_note, tolerance FROM indicator WHERE id = :id"_s,
                               {{u":id"_s, id}},
                               error);
    if (!query || !query->next())
        return std::nullopt;
    const auto text = [&query](int i) { return query->value(i).toString(); };
    Indicator i;
    i.id = query->value(0).toLongLong();
    i.programmeId = query->value(1).toLongLong();
    i.code = text(2);
    i.name = text(3);
    i.definition = text(4);
    i.unit = Enums::fromKey<Unit>(text(5)).value_or(Unit::Count);
    i.decimals = query->value(6).toInt();
    i.polarity = Enums::fromKey<Polarity>(text(7)).value_or(Polarity::Neutral);
    i.source = text(8);
    i.baselineValue = toOptionalDouble(query->value(9));
    i.baselinePeriod = text(10);
    i.baselineNote = text(11);
    i.targetKind = Enums::fromKey<TargetKind>(text(12)).value_or(TargetKind::Absolute);
    i.targetValue = toOptionalDouble(query->value(13));
    i.targetPeriod = text(14);
    i.targetBenchmark = text(15);
    i.targetNote = text(16);
    i.tolerance = toOptionalDouble(query->value(17));
    auto trajectory = SqlExec::exec(m_db,
                                    u"SELECT period, value FROM trajectory_value"
                                    " WHERE indicator_id = :id"_s,
                                    {{u":id"_s, id}},
                                    error);
    if (!trajectory)
        return std::nullopt;
    while (trajectory->next()) {
        i.trajectory.append(
            {trajectory->value(0).toString(), toOptionalDouble(trajectory->value(1))});
    }
    auto actuals = SqlExec::exec(m_db,
                                 u"SELECT period, value, lower_ci, upper_ci, count, denominator,"
                                 " note, synthetic FROM actual_value WHERE indicator_id = :id"_s,
                                 {{u":id"_s, id}},
                                 error);
    if (!actuals)
        return std::nullopt;
    while (actuals->next())
        i.actuals.append(actualFrom(*actuals));
    return i;
}

std::optional<Placement> IndicatorRepository::placement(Id id, QString *error)
{
    auto query = SqlExec::exec(
        m_db, u"SELECT programme_id FROM indicator WHERE id = :id"_s, {{u":id"_s, id}}, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        if (error)
            *error = missing();
        return std::nullopt;
    }
    const Id programme = query->value(0).toLongLong();
    const auto ids
        = SqlExec::orderedIds(m_db, u"indicator"_s, siblings, {{u":parent"_s, programme}}, error);
    if (!ids)
        return std::nullopt;
    return Placement{0, programme, int(ids->indexOf(id))};
}

bool IndicatorRepository::move(Id id, const Placement &to, QString *error)
{
    return SqlExec::execOne(m_db,
                            u"UPDATE indicator SET programme_id = :parent WHERE id = :id"_s,
                            {{u":parent"_s, to.parentId}, {u":id"_s, id}},
                            missing(),
                            error)
           && SqlExec::placeAt(m_db,
                               u"indicator"_s,
                               id,
                               to.position,
                               siblings,
                               {{u":parent"_s, to.parentId}},
                               error);
}

std::optional<PeriodValue> IndicatorRepository::trajectoryValue(Id indicatorId,
                                                                const QString &period,
                                                                bool *ok,
                                                                QString *error)
{
    QSqlQuery *query = SqlExec::run(m_db,
                                    u"SELECT period, value FROM trajectory_value"
                                    " WHERE indicator_id = :i AND period = :period"_s,
                                    {{u":i"_s, indicatorId}, {u":period"_s, period}},
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

bool IndicatorRepository::trajectoryValues(Id indicatorId,
                                           QHash<QString, PeriodValue> *byPeriod,
                                           QString *error)
{
    QSqlQuery *query
        = SqlExec::run(m_db,
                       u"SELECT period, value FROM trajectory_value WHERE indicator_id = :i"_s,
                       {{u":i"_s, indicatorId}},
                       error);
    if (!query)
        return false;
    while (query->next()) {
        const QString period = query->value(0).toString();
        byPeriod->insert(period, PeriodValue{period, toOptionalDouble(query->value(1))});
    }
    const bool ok = !query->lastError().isValid();
    if (!ok && error)
        *error = m_db.explain(query->lastError());
    query->finish();
    return ok;
}

bool IndicatorRepository::actualValues(Id indicatorId,
                                       QHash<QString, ActualValue> *byPeriod,
                                       QString *error)
{
    QSqlQuery *query = SqlExec::run(m_db,
                                    u"SELECT period, value, lower_ci, upper_ci, count, denominator,"
                                    " note, synthetic FROM actual_value WHERE indicator_id = :i"_s,
                                    {{u":i"_s, indicatorId}},
                                    error);
    if (!query)
        return false;
    while (query->next())
        byPeriod->insert(query->value(0).toString(), actualFrom(*query));
    const bool ok = !query->lastError().isValid();
    if (!ok && error)
        *error = m_db.explain(query->lastError());
    query->finish();
    return ok;
}

bool IndicatorRepository::setTrajectoryValue(Id indicatorId,
                                             const QString &period,
                                             const std::optional<PeriodValue> &value,
                                             QString *error,
                                             Existing existing)
{
    if (existing == Existing::Maybe
        && !SqlExec::run(
            m_db,
            u"DELETE FROM trajectory_value WHERE indicator_id = :i AND period = :period"_s,
            {{u":i"_s, indicatorId}, {u":period"_s, period}},
            error)) {
        return false;
    }
    if (!value)
        return true;
    return SqlExec::run(m_db,
                        u"INSERT INTO trajectory_value (indicator_id, period, value)"
                        " VALUES (:i, :period, :value)"_s,
                        {{u":i"_s, indicatorId},
                         {u":period"_s, period},
                         {u":value"_s, fromOptional(value->value)}},
                        error)
           != nullptr;
}

std::optional<ActualValue>
IndicatorRepository::actualValue(Id indicatorId, const QString &period, bool *ok, QString *error)
{
    QSqlQuery *query = SqlExec::run(m_db,
                                    u"SELECT period, value, lower_ci, upper_ci, count, denominator,"
                                    " note, synthetic FROM actual_value"
                                    " WHERE indicator_id = :i AND period = :period"_s,
                                    {{u":i"_s, indicatorId}, {u":period"_s, period}},
                                    error);
    *ok = query != nullptr;
    if (!query)
        return std::nullopt;
    std::optional<ActualValue> found;
    if (query->next())
        found = actualFrom(*query);
    query->finish();
    return found;
}

bool IndicatorRepository::setActualValue(Id indicatorId,
                                         const QString &period,
                                         const std::optional<ActualValue> &value,
                                         QString *error,
                                         Existing existing)
{
    if (existing == Existing::Maybe
        && !SqlExec::run(m_db,
                         u"DELETE FROM actual_value WHERE indicator_id = :i AND period = :period"_s,
                         {{u":i"_s, indicatorId}, {u":period"_s, period}},
                         error)) {
        return false;
    }
    if (!value)
        return true;
    return SqlExec::run(m_db,
                        u"INSERT INTO actual_value (indicator_id, period, value, lower_ci,"
                        " upper_ci, count, denominator, note, synthetic) VALUES (:i, :period,"
                        " :value, :lower, :upper, :count, :denominator, :note, :synthetic)"_s,
                        {{u":i"_s, indicatorId},
                         {u":period"_s, period},
                         {u":value"_s, fromOptional(value->value)},
                         {u":lower"_s, fromOptional(value->lower)},
                         {u":upper"_s, fromOptional(value->upper)},
                         {u":count"_s, fromOptional(value->count)},
                         {u":denominator"_s, fromOptional(value->denominator)},
                         {u":note"_s, fromText(value->note)},
                         {u":synthetic"_s, value->synthetic ? 1 : 0}},
                        error)
           != nullptr;
}

} // namespace Jfp
