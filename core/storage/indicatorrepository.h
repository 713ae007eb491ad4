// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "placement.h"

#include <QHash>

#include <optional>

namespace Jfp {

class Database;

/**
 * Indicator rows and their trajectory and actual values. The caller owns the transaction.
 * A value row that is absent and a row whose value is NULL are different things: find and
 * set below keep them apart (std::nullopt = no row).
 */
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &db)
        : m_db(db)
    {}

    /**
     * Inserts last in its programme, with `indicator.id` when set (redo of an add), with its
     * trajectory and actual values (not benchmarks, annotations or links).
     */
    Id insert(const Indicator &indicator, QString *error);
    /** Updates the indicator's own fields; not its values, programme or position. */
    bool update(const Indicator &indicator, QString *error);
    bool remove(Id id, QString *error);
    /** The indicator's own fields with its trajectory and actual values. */
    std::optional<Indicator> find(Id id, QString *error);
    /** parentId is the programme. */
    std::optional<Placement> placement(Id id, QString *error);
    bool move(Id id, const Placement &to, QString *error);

    /** Whether a value being written may already have a row (which it then replaces). */
    enum class Existing { Maybe, None };

    /** Every trajectory row of the indicator, by period; false on an SQL error. */
    bool trajectoryValues(Id indicatorId, QHash<QString, PeriodValue> *byPeriod, QString *error);
    /** Every actual value of the indicator, by period; false on an SQL error. */
    bool actualValues(Id indicatorId, QHash<QString, ActualValue> *byPeriod, QString *error);

    /** The trajectory row for `period`: nullopt when there is none. */
    std::optional<PeriodValue>
    trajectoryValue(Id indicatorId, const QString &period, bool *ok, QString *error);
    /**
     * Writes the row for `value.period`, or deletes it when `value` is nullopt. With
     * Existing::None (the caller knows there is no row) it only inserts.
     */
    bool setTrajectoryValue(Id indicatorId,
                            const QString &period,
                            const std::optional<PeriodValue> &value,
                            QString *error,
                            Existing existing = Existing::Maybe);
    std::optional<ActualValue>
    actualValue(Id indicatorId, const QString &period, bool *ok, QString *error);
    bool setActualValue(Id indicatorId,
                        const QString &period,
                        const std::optional<ActualValue> &value,
                        QString *error,
                        Existing existing = Existing::Maybe);

private:
    Database &m_db;
};

} // namespace Jfp
