// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "syntheticplan.h"

#include "domain/milestoneschedule.h"
#include "domain/period.h"
#include "reporting/spcchartdata.h"
#include "storage/annotationrepository.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"
#include "storage/programmerepository.h"
#include "storage/seriesrepository.h"
#include "storage/spcsettingsrepository.h"

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

namespace Jfp::SyntheticPlan {

namespace {

template<typename T>
T *named(QList<T> &items, const QString &name)
{
    for (T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

bool addPlanDetails(Database &db, QString *error)
{
    auto plan = PlanReader::read(db, error);
    if (!plan)
        return false;
    Area *place1 = named(plan->areas, QStringLiteral("Place 1"));
    Area *place2 = named(plan->areas, QStringLiteral("Place 2"));
    Programme *programme1 = named(plan->programmes, QStringLiteral("Programme 1"));
    Programme *programme2 = named(plan->programmes, QStringLiteral("Programme 2"));
    Indicator *indicator2 = named(plan->indicators, QStringLiteral("Synthetic indicator 2"));
    Indicator *indicator5 = named(plan->indicators, QStringLiteral("Synthetic indicator 5"));
    Indicator *indicator6 = named(plan->indicators, QStringLiteral("Synthetic indicator 6"));
    if (!place1 || !place2 || !programme1 || !programme2 || !indicator2 || !indicator5
        || !indicator6) {
        if (error)
            *error = QStringLiteral("addPlanDetails needs a generate()d plan with 6 indicators");
        return false;
    }
    Transaction transaction(db);
    PlanWriter writer(db);
    PlanInfo info = plan->info;
    info.description = QStringLiteral("A synthetic plan for tests:\nnot a real plan, \"really\".");
    bool ok = writer.setPlanInfo(info, error);

    // Areas: extra codes; a locality (PCN) with GP practices, one without a code or map key.
    place1->shortName = QStringLiteral("P1");
    place1->onsCode = QStringLiteral("E08000013");
    place1->population = 183200;
    place1->populationYear = QStringLiteral("2021");
    place1->extraCodes = {{QStringLiteral("Sub-ICB location"),
                           QStringLiteral("01X"),
                           QStringLiteral("NHS Synthetic ICB - 01X")},
                          {QStringLiteral("Sub-ICB location"), QStringLiteral("01Y"), QString()}};
    ok = ok && AreaRepository(db).update(*place1, error);
    Area locality;
    locality.level = AreaLevel::Locality;
    locality.parentId = place1->id;
    locality.name = QStringLiteral("Central");
    locality.odsCode = QStringLiteral("U67149");
    locality.practices
        = {{0, 0, QStringLiteral("Hall Street Medical Centre"), QStringLiteral("N83017"), 1},
           {0, 0, QStringLiteral("Central Surgery"), QString(), std::nullopt},
           {0, 0, QStringLiteral("Ormskirk House"), QStringLiteral("N83003"), 3}};
    ok = ok && writer.insertArea(locality, 0, error) != 0;

    // Frameworks: one for the whole plan, one owned by a place; programmes tagged with both.
    Framework marmot{0,
                     QStringLiteral("syn-marmot"),
                     QStringLiteral("Marmot themes"),
                     0,
                     QStringLiteral("Eight themes"),
                     QStringLiteral("Synthetic"),
                     {}};
    for (int t = 1; t <= 3; ++t)
        marmot.themes << Theme{0,
                               0,
                               QStringLiteral("syn-marmot-%1").arg(t),
                               QString::number(t),
                               QStringLiteral("Theme %1").arg(t),
                               t == 2 ? QStringLiteral("Give every child the best start")
                                      : QString()};
    Framework local{0,
                    QStringLiteral("syn-place2"),
                    QStringLiteral("Place 2 priorities"),
                    place2->id,
                    QString(),
                    QString(),
                    {}};
    local.themes << Theme{0,
                          0,
                          QStringLiteral("syn-place2-ageing"),
                          QString(),
                          QStringLiteral("Ageing well"),
                          QString()};
    ok = ok && writer.insertFramework(marmot, 0, error) && writer.insertFramework(local, 1, error);
    if (ok) {
        programme1->ambition = QStringLiteral("Fewer people, in every ward, smoke");
        programme1->description = QStringLiteral("Line one\nline two, with a comma");
        programme1->sro = QStringLiteral("Director of Public Health");
        programme1->manager = QStringLiteral("Zoë O'Neill");
        programme1->status = DeliveryStatus::AtRisk;
        programme1->start = QDate(2024, 4, 1);
        programme1->end = QDate(2029, 3, 31);
        programme1->source = QStringLiteral("Synthetic, p. 12");
        programme1->themeIds = {marmot.themes.at(2).id, marmot.themes.at(0).id};
        programme2->themeIds = {local.themes.at(0).id};
        ok = ProgrammeRepository(db).update(*programme1, error)
             && ProgrammeRepository(db).update(*programme2, error);
    }
    Programme objective;
    objective.areaId = programme1->areaId;
    objective.parentId = programme1->id;
    objective.name = QStringLiteral("Objective A");
    objective.status = DeliveryStatus::OnTrack;
    objective.themeIds = {marmot.themes.at(1).id};
    ok = ok && writer.insertProgramme(objective, 0, error) != 0;

    // Progress updates: a few quarters of two programmes, recorded to the millisecond.
    const QDateTime recorded(QDate(2025, 7, 14), QTime(9, 30, 15, 250), Qt::UTC);
    for (int q = 1; q <= 3 && ok; ++q) {
        ProgressUpdate update;
        update.programmeId = q == 3 ? programme2->id : programme1->id;
        update.period = QStringLiteral("Q%1 2025/26").arg(q);
        update.rag = q == 1   ? QStringLiteral("green")
                     : q == 2 ? QStringLiteral("amber")
                              : QStringLiteral("red");
        update.wentWell = QStringLiteral("Clinics opened, \"on time\";\nstaff recruited");
        update.didNot = q == 2 ? QString() : QStringLiteral("Café sessions slipped");
        update.nextSteps = QStringLiteral("Evaluate, then scale");
        update.recordedAt = recorded.addDays(91 * (q - 1)).addMSecs(q * 7);
        update.recordedBy = q == 3 ? QString() : QStringLiteral("pmo@example.nhs.uk");
        ok = writer.insertProgressUpdate(update, error) != 0;
    }

    // An indicator with every field, and values with counts, denominators and notes.
    indicator2->code = QStringLiteral("93356");
    indicator2->definition = QStringLiteral("Adults who smoke, per cent");
    indicator2->unit = Unit::Percentage;
    indicator2->decimals = 2;
    indicator2->source = QStringLiteral("OHID Fingertips");
    indicator2->baselineNote = QStringLiteral("APS 2023");
    indicator2->targetKind = TargetKind::BetterThanBenchmark;
    indicator2->targetBenchmark = QStringLiteral("North West region");
    indicator2->targetNote = QStringLiteral("Below the region by 2026/27");
    indicator2->tolerance = 0.75;
    ok = ok && IndicatorRepository(db).update(*indicator2, error);
    SeriesRepository series(db);
    ok = ok
         && series.upsertActual(indicator5->id,
                                {QStringLiteral("2019/20"),
                                 4.125,
                                 3.5,
                                 4.75,
                                 1234.0,
                                 29915.0,
                                 QStringLiteral("Provisional, to be revised"),
                                 false},
                                error);
    const Id peers = ok ? series.ensureBenchmark(
                         indicator5->id, QStringLiteral("Peer group"), QString(), error)
                        : 0;
    ok = peers != 0 && series.upsertBenchmarkValue(peers, {QStringLiteral("2019/20"), 4.0}, error)
         && series.upsertBenchmarkValue(peers, {QStringLiteral("2020/21"), std::nullopt}, error);

    // Annotations by date and by period, SPC settings, links.
    AnnotationRepository annotations(db);
    ok = ok
         && annotations.insert({0,
                                indicator5->id,
                                QString(),
                                QDate(2023, 11, 2),
                                QStringLiteral("Campaign launched"),
                                QStringLiteral("Stoptober")},
                               error)
         && annotations.insert({0,
                                indicator5->id,
                                QStringLiteral("Q3 2024/25"),
                                QDate(),
                                QStringLiteral("New definition"),
                                QString()},
                               error);
    IndicatorSpcSettings spc;
    spc.options.shiftLength = 6;
    spc.options.screenOutliers = false;
    spc.assuranceBasis = AssuranceBasis::Trajectory;
    SpcSettingsRepository settings(db);
    ok = ok && settings.setOptions(indicator6->id, spc.toJson(), error)
         && settings.setRebases(indicator6->id,
                                {{QStringLiteral("Q1 2026/27"), QStringLiteral("New service")},
                                 {QStringLiteral("Q3 2027/28"), QString()}},
                                error)
         && series.addLink(
             indicator2->id, QStringLiteral("fingertips"), QStringLiteral("93356"), error)
         && series.addLink(indicator2->id, QStringLiteral("ascof"), QStringLiteral("ASC-17"), error)
         && series.addLink(
             indicator6->id, QStringLiteral("fingertips"), QStringLiteral("93356"), error);
    return ok && transaction.commit(error);
}

} // namespace Jfp::SyntheticPlan
