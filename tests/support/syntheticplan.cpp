// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "syntheticplan.h"

#include "domain/milestoneschedule.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/planwriter.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Jfp::SyntheticPlan {

bool addDemoSeries(Database &db, const QString &indicatorName, QString *error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM indicator WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), indicatorName);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = QStringLiteral("no indicator named %1").arg(indicatorName);
        return false;
    }
    const qint64 id = query.value(0).toLongLong();
    Transaction transaction(db);
    const auto run = [&](const QString &sql) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql.arg(id))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    };
    const bool ok
        = run(QStringLiteral(
              "INSERT INTO actual_value (indicator_id, period, value, lower_ci, upper_ci, "
              "synthetic)"
              " VALUES (%1, '2019/20', 13.9, 11.2, 16.9, 1), (%1, '2020/21', 13.1, 10.5, 16.0, 1),"
              " (%1, '2021/22', NULL, NULL, NULL, 1), (%1, '2022/23', 12.4, 9.9, 15.2, 1),"
              " (%1, '2023/24', 12.0, 9.5, 14.8, 1)"))
          && run(QStringLiteral("INSERT INTO trajectory_value (indicator_id, period, value) VALUES"
                                " (%1, '2023/24', 12.3), (%1, '2024/25', 11.8),"
                                " (%1, '2025/26', 11.1), (%1, '2026/27', 10.5),"
                                " (%1, '2027/28', 10.3), (%1, '2028/29', 10.1)"))
          && run(
              QStringLiteral("INSERT INTO benchmark (indicator_id, name, code, sort_order) VALUES"
                             " (%1, 'North West region', 'E12000002', 0),"
                             " (%1, 'England', 'E92000001', 1)"))
          && run(QStringLiteral(
              "INSERT INTO benchmark_value (benchmark_id, period, value)"
              " SELECT b.id, p.period, CASE b.code WHEN 'E12000002' THEN p.nw ELSE p.en END"
              " FROM benchmark b, (SELECT '2019/20' AS period, 11.5 AS nw, 10.1 AS en UNION ALL"
              " SELECT '2020/21', 11.2, 10.4 UNION ALL SELECT '2022/23', 11.0, 10.3 UNION ALL"
              " SELECT '2023/24', 10.9, 10.7) p WHERE b.indicator_id = %1"))
          && run(QStringLiteral("INSERT INTO annotation (indicator_id, period, label, note) VALUES"
                                " (%1, '2021/22', 'Mental Health Summit', 'Programme launched'),"
                                " (%1, '2024/25', 'Care Communities launched', NULL)"));
    return ok && transaction.commit(error);
}

bool generate(Database &db, int indicators, int periods, QString *error)
{
    PlanWriter writer(db);
    Transaction transaction(db);
    QRandomGenerator random(20261122); // reproducible
    if (!writer.setPlanInfo({QStringLiteral("Synthetic plan"),
                             QString(),
                             QStringLiteral("2024/25"),
                             QStringLiteral("2028/29")},
                            error))
        return false;
    Area system;
    system.level = AreaLevel::System;
    system.name = QStringLiteral("Synthetic system");
    system.id = writer.insertArea(system, 0, error);
    QList<Id> programmes;
    for (int p = 0; p < 9; ++p) {
        Area place;
        place.level = AreaLevel::Place;
        place.parentId = system.id;
        place.name = QStringLiteral("Place %1").arg(p + 1);
        place.id = writer.insertArea(place, p + 1, error);
        Programme programme;
        programme.areaId = place.id;
        programme.name = QStringLiteral("Programme %1").arg(p + 1);
        programmes.append(writer.insertProgramme(programme, p, error));
        if (!place.id || !programmes.last())
            return false;
    }
    const Period first = Period::financialQuarter(2029 - 1 - periods / 4, 1);
    for (int i = 0; i < indicators; ++i) {
        Indicator indicator;
        indicator.programmeId = programmes.at(i % programmes.size());
        indicator.name = QStringLiteral("Synthetic indicator %1").arg(i + 1);
        indicator.unit = Unit::Percentage;
        indicator.polarity = (i % 2) ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        double value = 40 + random.bounded(20.0);
        indicator.baselineValue = value;
        indicator.baselinePeriod = first.toString();
        indicator.targetValue = value * 0.9;
        indicator.targetPeriod = QStringLiteral("2026/27");
        Period period = first;
        for (int k = 0; k < periods; ++k, period = period.next()) {
            value += random.bounded(4.0) - 2.0;
            indicator.actuals.append(
                {period.toString(), value, value - 2, value + 2, {}, {}, {}, true});
            indicator.trajectory.append({period.toString(), *indicator.baselineValue - k * 0.2});
        }
        if (!writer.insertIndicator(indicator, i, error))
            return false;
    }
    return transaction.commit(error);
}

bool addMilestones(Database &db, int count, const QDate &today, QString *error)
{
    QList<Id> programmes;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM programme ORDER BY id"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        programmes.append(query.value(0).toLongLong());
    if (programmes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the plan has no programmes");
        return false;
    }
    const QStringList deliverables = {
        QStringLiteral("Care community hub opens"),
        QStringLiteral("Business case approved"),
        QStringLiteral("Workforce plan agreed"),
        QStringLiteral("Pilot evaluation reported to the board"),
        QStringLiteral("Digital front door live"),
        QStringLiteral("Pathway redesign signed off"),
        QStringLiteral("Contract awarded"),
        QStringLiteral("Data sharing agreement in place"),
    };
    const QStringList owners = {QStringLiteral("Place director"),
                                QStringLiteral("Public health lead"),
                                QString(),
                                QStringLiteral("Primary care lead")};
    const QList<MilestoneStatus> statuses = {MilestoneStatus::OnTrack,
                                             MilestoneStatus::AtRisk,
                                             MilestoneStatus::NotStarted,
                                             MilestoneStatus::Complete,
                                             MilestoneStatus::OffTrack,
                                             MilestoneStatus::OnTrack,
                                             MilestoneStatus::Cancelled};
    QRandomGenerator random(20260401); // reproducible
    PlanWriter writer(db);
    Transaction transaction(db);
    const QDate horizonStart(2024, 4, 1);
    for (int i = 0; i < count; ++i) {
        Milestone m;
        m.programmeId = programmes.at(i % programmes.size());
        m.title
            = QStringLiteral("%1 (%2)").arg(deliverables.at(i % deliverables.size())).arg(i + 1);
        m.owner = owners.at(i % owners.size());
        m.status = statuses.at(i % statuses.size());
        // Complete milestones were due before today; the others at any time in the horizon.
        const qint64 span = m.status == MilestoneStatus::Complete
                                ? std::max<qint64>(1, horizonStart.daysTo(today) - 60)
                                : 4 * 365;
        m.baselineDate = horizonStart.addDays(qint64(random.bounded(int(span))));
        if (i % 3 != 2)
            m.forecastDate = m.baselineDate.addDays(int(random.bounded(150)));
        if (m.status == MilestoneStatus::Complete) {
            const QDate done = MilestoneSchedule::dueDate(m).addDays(int(random.bounded(20)) - 10);
            m.completionDate = std::min(done, today.addDays(-1));
        }
        m.notes = QStringLiteral("Synthetic milestone for tests: not a real plan.");
        m.source = QStringLiteral("Synthetic");
        if (!writer.insertMilestone(m, i, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace Jfp::SyntheticPlan
