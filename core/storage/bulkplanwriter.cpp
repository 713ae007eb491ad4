// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "bulkplanwriter.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlError>

namespace Jfp {

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

// Rows per multi-row INSERT: enough to spread the cost of a statement over many rows, and
// few enough that the widest batch (9 columns) stays under SQLite's oldest limit of 999
// bound values.
constexpr int rowsPerStatement = 100;

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s))
           + QStringList(rows, row).join(u", "_s);
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    return query.prepare(sql) || fail(query, error);
}

bool execWith(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec() || fail(query, error);
}

QVariant optionalKey(const std::optional<DeliveryStatus> &status)
{
    return status ? QVariant(Enums::key(*status)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

/**
 * Rows of one table gathered into multi-row INSERTs: a full batch always uses the one
 * statement prepared for it; only the last, shorter batch needs a statement of its own.
 */
class BulkPlanWriter::RowBatch
{
public:
    RowBatch(Database &db, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_full(db.connection())
    {
        m_pending.reserve(qsizetype(rowsPerStatement) * columns.size());
    }

    bool add(std::initializer_list<QVariant> row, QString *error)
    {
        Q_ASSERT(qsizetype(row.size()) == m_columns.size());
        m_pending.append(QVariantList(row));
        if (m_pending.size() < qsizetype(rowsPerStatement) * m_columns.size())
            return true;
        if (!m_prepared && !prepare(m_full, insertSql(m_table, m_columns, rowsPerStatement), error))
            return false;
        m_prepared = true;
        const bool ok = execWith(m_full, m_pending, error);
        m_pending.clear();
        return ok;
    }

    bool flush(QString *error)
    {
        if (m_pending.isEmpty())
            return true;
        QSqlQuery rest(m_db.connection());
        const int rows = int(m_pending.size() / m_columns.size());
        const bool ok = prepare(rest, insertSql(m_table, m_columns, rows), error)
                        && execWith(rest, m_pending, error);
        m_pending.clear();
        return ok;
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;
};

BulkPlanWriter::BulkPlanWriter(Database &db)
    : m_db(db)
    , m_area(db.connection())
    , m_programme(db.connection())
    , m_indicator(db.connection())
    , m_milestones(std::make_unique<RowBatch>(db,
                                              u"milestone"_s,
                                              QStringList{u"programme_id"_s,
                                                          u"title"_s,
                                                          u"owner"_s,
                                                          u"baseline_date"_s,
                                                          u"forecast_date"_s,
                                                          u"completion_date"_s,
                                                          u"status"_s,
                                                          u"notes"_s,
                                                          u"source"_s,
                                                          u"sort_order"_s}))
    , m_trajectory(std::make_unique<RowBatch>(
          db, u"trajectory_value"_s, QStringList{u"indicator_id"_s, u"period"_s, u"value"_s}))
    , m_actuals(std::make_unique<RowBatch>(db,
                                           u"actual_value"_s,
                                           QStringList{u"indicator_id"_s,
                                                       u"period"_s,
                                                       u"value"_s,
                                                       u"lower_ci"_s,
                                                       u"upper_ci"_s,
                                                       u"count"_s,
                                                       u"denominator"_s,
                                                       u"note"_s,
                                                       u"synthetic"_s}))
{}

BulkPlanWriter::~BulkPlanWriter() = default;

bool BulkPlanWriter::prepareItemStatements(QString *error)
{
    if (m_itemStatementsPrepared)
        return true;
    const QString returning = m_db.dialect().returningId();
    m_itemStatementsPrepared = prepare(m_area,
                                       insertSql(u"area"_s,
                                                 {u"parent_id"_s,
                                                  u"level"_s,
                                                  u"name"_s,
                                                  u"short_name"_s,
                                                  u"ons_code"_s,
                                                  u"ods_code"_s,
                                                  u"population"_s,
                                                  u"population_year"_s,
                                                  u"population_source"_s,
                                                  u"description"_s,
                                                  u"source"_s,
                                                  u"sort_order"_s},
                                                 1)
                                           + returning,
                                       error)
                               && prepare(m_programme,
                                          insertSql(u"programme"_s,
                                                    {u"area_id"_s,
                                                     u"parent_id"_s,
                                                     u"name"_s,
                                                     u"ambition"_s,
                                                     u"description"_s,
                                                     u"sro"_s,
                                                     u"manager"_s,
                                                     u"status"_s,
                                                     u"start_date"_s,
                                                     u"end_date"_s,
                                                     u"source"_s,
                                                     u"sort_order"_s},
                                                    1)
                                              + returning,
                                          error)
                               && prepare(m_indicator,
                                          insertSql(u"indicator"_s,
                                                    {u"programme_id"_s,
                                                     u"code"_s,
                                                     u"name"_s,
                                                     u"definition"_s,
                                                     u"unit"_s,
                                                     u"decimals"_s,
                                                     u"polarity"_s,
                                                     u"source"_s,
                                                     u"baseline_value"_s,
                                                     u"baseline_period"_s,
                                                     u"baseline_note"_s,
                                                     u"target_kind"_s,
                                                     u"target_value"_s,
                                                     u"target_period"_s,
                                                     u"target_benchmark"_s,
                                                     u"target_note"_s,
                                                     u"sort_order"_s,
                                                     u"tolerance"_s},
                                                    1)
                                              + returning,
                                          error);
    return m_itemStatementsPrepared;
}

Id BulkPlanWriter::insertReturningId(QSqlQuery &query, const QVariantList &values, QString *error)
{
    if (!execWith(query, values, error))
        return 0;
    if (!query.next()) {
        fail(query, error);
        return 0;
    }
    const Id id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Id BulkPlanWriter::addArea(const Area &area, int sortOrder, QString *error)
{
    if (!prepareItemStatements(error))
        return 0;
    const Id id = insertReturningId(m_area,
                                    {fromId(area.parentId),
                                     Enums::key(area.level),
                                     area.name,
                                     fromText(area.shortName),
                                     fromText(area.onsCode),
                                     fromText(area.odsCode),
                                     fromOptional(area.population),
                                     fromText(area.populationYear),
                                     fromText(area.populationSource),
                                     fromText(area.description),
                                     fromText(area.source),
                                     sortOrder},
                                    error);
    m_counts.areas += id != 0 ? 1 : 0;
    return id;
}

Id BulkPlanWriter::addProgramme(const Programme &programme, int sortOrder, QString *error)
{
    if (!prepareItemStatements(error))
        return 0;
    const Id id = insertReturningId(m_programme,
                                    {programme.areaId,
                                     fromId(programme.parentId),
                                     programme.name,
                                     fromText(programme.ambition),
                                     fromText(programme.description),
                                     fromText(programme.sro),
                                     fromText(programme.manager),
                                     optionalKey(programme.status),
                                     fromDate(programme.start),
                                     fromDate(programme.end),
                                     fromText(programme.source),
                                     sortOrder},
                                    error);
    m_counts.programmes += id != 0 ? 1 : 0;
    return id;
}

bool BulkPlanWriter::addMilestone(const Milestone &milestone, int sortOrder, QString *error)
{
    if (!m_milestones->add({milestone.programmeId,
                            milestone.title,
                            fromText(milestone.owner),
                            fromDate(milestone.baselineDate),
                            fromDate(milestone.forecastDate),
                            fromDate(milestone.completionDate),
                            Enums::key(milestone.status),
                            fromText(milestone.notes),
                            fromText(milestone.source),
                            sortOrder},
                           error)) {
        return false;
    }
    ++m_counts.milestones;
    return true;
}

Id BulkPlanWriter::addIndicator(const Indicator &indicator, int sortOrder, QString *error)
{
    if (!prepareItemStatements(error))
        return 0;
    const Id id = insertReturningId(m_indicator,
                                    {indicator.programmeId,
                                     fromText(indicator.code),
                                     indicator.name,
                                     fromText(indicator.definition),
                                     Enums::key(indicator.unit),
                                     indicator.decimals,
                                     Enums::key(indicator.polarity),
                                     fromText(indicator.source),
                                     fromOptional(indicator.baselineValue),
                                     fromText(indicator.baselinePeriod),
                                     fromText(indicator.baselineNote),
                                     Enums::key(indicator.targetKind),
                                     fromOptional(indicator.targetValue),
                                     fromText(indicator.targetPeriod),
                                     fromText(indicator.targetBenchmark),
                                     fromText(indicator.targetNote),
                                     sortOrder,
                                     fromOptional(indicator.tolerance)},
                                    error);
    m_counts.indicators += id != 0 ? 1 : 0;
    return id;
}

bool BulkPlanWriter::addTrajectoryValue(Id indicatorId, const PeriodValue &value, QString *error)
{
    if (!m_trajectory->add({indicatorId, value.period, fromOptional(value.value)}, error))
        return false;
    ++m_counts.trajectoryValues;
    return true;
}

bool BulkPlanWriter::addActualValue(Id indicatorId, const ActualValue &value, QString *error)
{
    if (!m_actuals->add({indicatorId,
                         value.period,
                         fromOptional(value.value),
                         fromOptional(value.lower),
                         fromOptional(value.upper),
                         fromOptional(value.count),
                         fromOptional(value.denominator),
                         fromText(value.note),
                         value.synthetic ? 1 : 0},
                        error)) {
        return false;
    }
    ++m_counts.actualValues;
    return true;
}

bool BulkPlanWriter::flush(QString *error)
{
    return m_milestones->flush(error) && m_trajectory->flush(error) && m_actuals->flush(error);
}

} // namespace Jfp
