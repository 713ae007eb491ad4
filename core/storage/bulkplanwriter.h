// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace Jfp {

class Database;

/**
 * Writes a large new plan fast: each kind of row has one prepared statement, made once and
 * reused for every row, and milestones and series values go in many rows per statement. It
 * writes an item's own fields only (no GP practices, themes, benchmarks or annotations; the
 * plan's info goes through PlanWriter) and never reads back.
 *
 * It does not open transactions: the caller wraps the whole plan in one Transaction, and the
 * values buffered for a multi-row insert are written by flush(), which the caller runs before
 * committing. The SQL is the plain INSERT … VALUES every dialect speaks, with the dialect's
 * RETURNING clause where a new id is needed. Each add returns false (or id 0) with `error`
 * set on failure.
 */
class BulkPlanWriter
{
public:
    /** How many rows of each kind were written. */
    struct Counts
    {
        qint64 areas = 0;
        qint64 programmes = 0;
        qint64 milestones = 0;
        qint64 indicators = 0;
        qint64 trajectoryValues = 0;
        qint64 actualValues = 0;

        qint64 values() const { return trajectoryValues + actualValues; }
    };

    explicit BulkPlanWriter(Database &db);
    ~BulkPlanWriter();
    BulkPlanWriter(const BulkPlanWriter &) = delete;
    BulkPlanWriter &operator=(const BulkPlanWriter &) = delete;

    Id addArea(const Area &area, int sortOrder, QString *error);
    Id addProgramme(const Programme &programme, int sortOrder, QString *error);
    bool addMilestone(const Milestone &milestone, int sortOrder, QString *error);
    /** The indicator's own fields; its values go through addTrajectoryValue and addActual. */
    Id addIndicator(const Indicator &indicator, int sortOrder, QString *error);
    bool addTrajectoryValue(Id indicatorId, const PeriodValue &value, QString *error);
    bool addActualValue(Id indicatorId, const ActualValue &value, QString *error);
    /** Writes the rows still buffered for a multi-row insert. */
    bool flush(QString *error);

    const Counts &counts() const { return m_counts; }

private:
    class RowBatch;

    bool prepareItemStatements(QString *error);
    Id insertReturningId(QSqlQuery &query, const QVariantList &values, QString *error);

    Database &m_db;
    QSqlQuery m_area;
    QSqlQuery m_programme;
    QSqlQuery m_indicator;
    bool m_itemStatementsPrepared = false;
    std::unique_ptr<RowBatch> m_milestones;
    std::unique_ptr<RowBatch> m_trajectory;
    std::unique_ptr<RowBatch> m_actuals;
    Counts m_counts;
};

} // namespace Jfp
