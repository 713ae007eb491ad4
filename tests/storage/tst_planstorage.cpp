// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sample/demoplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Everything written reads back the same; missing stays missing and zero stays zero. */
class tst_PlanStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void periodsReadBackInOrder();
    void structureLeavesSeriesOut();
    void seriesOfSomeIndicators_data();
    void seriesOfSomeIndicators();
    void foreignKeysCascadeAndProtect();

private:
    std::unique_ptr<Database> m_db;
};

void tst_PlanStorage::init()
{
    QString error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
}

void tst_PlanStorage::roundTrip()
{
    PlanWriter writer(*m_db);
    QString error;
    Transaction transaction(*m_db);
    QVERIFY(writer.setPlanInfo({u"Plan"_s, u"About"_s, u"2024/25"_s, u"2028/29"_s}, &error));

    Area system;
    system.level = AreaLevel::System;
    system.name = u"System"_s;
    system.odsCode = u"QYG"_s;
    system.population = 2'700'000;
    system.populationYear = u"2024"_s;
    system.extraCodes = {{u"Scheme"_s, u"X1"_s, u"Name"_s}};
    system.id = writer.insertArea(system, 0, &error);
    QVERIFY2(system.id, qPrintable(error));
    Area locality;
    locality.level = AreaLevel::Locality;
    locality.parentId = system.id;
    locality.name = u"Locality"_s;
    locality.practices = {{0, 0, u"Practice A"_s, u"N83001"_s, 1},
                          {0, 0, u"Practice B"_s, QString(), std::nullopt}};
    locality.id = writer.insertArea(locality, 1, &error);
    QVERIFY(locality.id);

    Framework framework;
    framework.key = u"fw"_s;
    framework.name = u"Framework"_s;
    framework.themes = {{0, 0, u"t1"_s, u"1"_s, u"Theme one"_s, QString()}};
    QVERIFY(writer.insertFramework(framework, 0, &error));
    QVERIFY(framework.themes.first().id);

    Programme programme;
    programme.areaId = system.id;
    programme.name = u"Programme"_s;
    programme.sro = u"SRO"_s;
    programme.status = DeliveryStatus::AtRisk;
    programme.start = QDate(2024, 4, 1);
    programme.themeIds = {framework.themes.first().id};
    programme.id = writer.insertProgramme(programme, 0, &error);
    QVERIFY(programme.id);

    Milestone milestone;
    milestone.programmeId = programme.id;
    milestone.title = u"Milestone"_s;
    milestone.baselineDate = QDate(2026, 3, 31);
    milestone.forecastDate = QDate(2026, 6, 30);
    milestone.status = MilestoneStatus::AtRisk;
    QVERIFY(writer.insertMilestone(milestone, 0, &error));

    Indicator indicator;
    indicator.programmeId = programme.id;
    indicator.name = u"Indicator"_s;
    indicator.unit = Unit::Percentage;
    indicator.decimals = 2;
    indicator.polarity = Polarity::LowerIsBetter;
    indicator.baselineValue = 0.0; // a real zero
    indicator.baselinePeriod = u"2023/24"_s;
    indicator.targetKind = TargetKind::BetterThanBenchmark;
    indicator.targetBenchmark = u"North West"_s;
    indicator.trajectory = {{u"2024/25"_s, 1.5}, {u"2025/26"_s, std::nullopt}};
    indicator.actuals = {{u"2024/25"_s, 2.25, 1.0, 3.5, 12, 500, u"note"_s, true}};
    indicator.annotations = {{0, 0, u"2024/25"_s, QDate(), u"New definition"_s, u"From 2024/25"_s},
                             {0, 0, QString(), QDate(2025, 1, 6), u"Launch"_s, QString()}};
    indicator.spcRebases = {{u"Q3 2024/25"_s, u"New service"_s}};
    indicator.spcOptions = u"{\"shiftLength\":6}"_s;
    indicator.links = {{u"fingertips"_s, u"93356"_s}};
    indicator.benchmarks = {{0, u"England"_s, u"E92000001"_s, {{u"2024/25"_s, 3.0}}}};
    QVERIFY2(writer.insertIndicator(indicator, 0, &error), qPrintable(error));
    QVERIFY(transaction.commit());

    const auto plan = PlanReader::read(*m_db, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->info.name, u"Plan"_s);
    QCOMPARE(plan->info.horizonEnd, u"2028/29"_s);
    QCOMPARE(plan->areas.size(), 2);
    QCOMPARE(plan->areas[0].population.value_or(0), 2'700'000);
    QCOMPARE(plan->areas[0].extraCodes.size(), 1);
    QVERIFY(!plan->areas[1].population.has_value());
    QCOMPARE(plan->areas[1].practices.size(), 2);
    QCOMPARE(plan->areas[1].practices[0].mapKey.value_or(0), 1);
    QVERIFY(!plan->areas[1].practices[1].mapKey.has_value());
    QVERIFY(plan->areas[1].practices[1].code.isEmpty());
    QCOMPARE(plan->programmes[0].status, std::optional(DeliveryStatus::AtRisk));
    QCOMPARE(plan->programmes[0].start, QDate(2024, 4, 1));
    QVERIFY(!plan->programmes[0].end.isValid());
    QCOMPARE(plan->programmes[0].themeIds, QList<Id>{framework.themes.first().id});
    QCOMPARE(plan->milestones[0].forecastDate, QDate(2026, 6, 30));
    QCOMPARE(plan->milestones[0].status, MilestoneStatus::AtRisk);
    const Indicator &i = plan->indicators[0];
    QVERIFY(i.baselineValue.has_value());
    QCOMPARE(*i.baselineValue, 0.0);
    QVERIFY(!i.targetValue.has_value());
    QCOMPARE(i.targetKind, TargetKind::BetterThanBenchmark);
    QCOMPARE(i.targetBenchmark, u"North West"_s);
    QCOMPARE(i.decimals, 2);
    QCOMPARE(i.trajectory.size(), 2);
    QVERIFY(!i.trajectory[1].value.has_value());
    QCOMPARE(i.actuals[0].upper.value_or(0), 3.5);
    QCOMPARE(i.actuals[0].denominator.value_or(0), 500.0);
    QCOMPARE(i.benchmarks[0].values[0].value.value_or(0), 3.0);
    QVERIFY(i.actuals[0].synthetic);
    QCOMPARE(i.annotations.size(), 2);
    QCOMPARE(i.annotations[0].period, u"2024/25"_s);
    QVERIFY(!i.annotations[0].date.isValid());
    QCOMPARE(i.annotations[1].date, QDate(2025, 1, 6));
    QCOMPARE(i.annotations[1].label, u"Launch"_s);
    QCOMPARE(i.spcRebases.size(), 1);
    QCOMPARE(i.spcRebases[0].reason, u"New service"_s);
    QCOMPARE(i.spcOptions, u"{\"shiftLength\":6}"_s);
    QCOMPARE(i.links, (QList<QPair<QString, QString>>{{u"fingertips"_s, u"93356"_s}}));
}

void tst_PlanStorage::periodsReadBackInOrder()
{
    PlanWriter writer(*m_db);
    QString error;
    Area area;
    area.level = AreaLevel::System;
    area.name = u"S"_s;
    const Id areaId = writer.insertArea(area, 0, &error);
    Programme programme;
    programme.areaId = areaId;
    programme.name = u"P"_s;
    const Id programmeId = writer.insertProgramme(programme, 0, &error);
    Indicator indicator;
    indicator.programmeId = programmeId;
    indicator.name = u"I"_s;
    // Text order differs from period order.
    indicator.actuals = {{u"Q1 2025/26"_s, 1.0, {}, {}, {}, {}, {}},
                         {u"Q4 2024/25"_s, 2.0, {}, {}, {}, {}, {}},
                         {u"Q2 2024/25"_s, 3.0, {}, {}, {}, {}, {}}};
    QVERIFY(writer.insertIndicator(indicator, 0, &error));
    const auto plan = PlanReader::read(*m_db, &error);
    QVERIFY(plan);
    QStringList periods;
    for (const ActualValue &a : plan->indicators[0].actuals)
        periods << a.period;
    QCOMPARE(periods, QStringList({u"Q2 2024/25"_s, u"Q4 2024/25"_s, u"Q1 2025/26"_s}));
}

void tst_PlanStorage::structureLeavesSeriesOut()
{
    PlanWriter writer(*m_db);
    QString error;
    Area area;
    area.level = AreaLevel::System;
    area.name = u"S"_s;
    const Id areaId = writer.insertArea(area, 0, &error);
    Programme programme;
    programme.areaId = areaId;
    programme.name = u"P"_s;
    const Id programmeId = writer.insertProgramme(programme, 0, &error);
    Indicator indicator;
    indicator.programmeId = programmeId;
    indicator.name = u"I"_s;
    indicator.baselineValue = 4.5;
    indicator.trajectory = {{u"2025/26"_s, 5.0}, {u"2024/25"_s, 4.0}};
    indicator.actuals = {{u"Q1 2025/26"_s, 1.0, {}, {}, {}, {}, {}}};
    indicator.links = {{u"fingertips"_s, u"93356"_s}};
    QVERIFY2(writer.insertIndicator(indicator, 0, &error), qPrintable(error));

    const auto everything = PlanReader::read(*m_db, &error);
    QVERIFY2(everything, qPrintable(error));
    QCOMPARE(everything->indicators.size(), 1);
    QCOMPARE(everything->indicators[0].trajectory.size(), 2);
    QCOMPARE(everything->indicators[0].trajectory[0].period, u"2024/25"_s);
    QCOMPARE(everything->indicators[0].actuals.size(), 1);

    const auto structure = PlanReader::read(*m_db, &error, PlanReader::Contents::Structure);
    QVERIFY2(structure, qPrintable(error));
    QCOMPARE(structure->areas.size(), 1);
    QCOMPARE(structure->programmes.size(), 1);
    QCOMPARE(structure->indicators.size(), 1);
    const Indicator &read = structure->indicators[0];
    QCOMPARE(read.name, u"I"_s);
    QCOMPARE(read.baselineValue, OptionalValue(4.5));
    QVERIFY(read.trajectory.isEmpty());
    QVERIFY(read.actuals.isEmpty());
    QCOMPARE(read.links, everything->indicators[0].links);
}

void tst_PlanStorage::seriesOfSomeIndicators_data()
{
    QTest::addColumn<int>("every"); // read the series of every n-th indicator; 0: none
    QTest::newRow("none") << 0;
    QTest::newRow("one in seven") << 7;
    QTest::newRow("every other") << 2;
    QTest::newRow("all") << 1;
}

void tst_PlanStorage::seriesOfSomeIndicators()
{
    // A demo plan (trajectories, actuals, benchmarks with values) plus an annotation, SPC
    // settings and a rebase: readSeries gives the chosen indicators exactly what a whole read
    // gives them, and leaves the others without series.
    QFETCH(int, every);
    QString error;
    QVERIFY2(DemoPlan::populate(*m_db, DemoPlan::Scale::Sample, 3, nullptr, &error),
             qPrintable(error));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT MIN(id) FROM indicator"_s) && query.next());
    const qlonglong first = query.value(0).toLongLong();
    QVERIFY(query.exec(u"INSERT INTO annotation (indicator_id, period, label) VALUES (%1,"
                       " '2024/25', 'Launch')"_s.arg(first)));
    QVERIFY(query.exec(u"INSERT INTO spc_settings (indicator_id, options) VALUES (%1,"
                       " '{\"shiftLength\":7}')"_s.arg(first)));
    QVERIFY(query.exec(
        u"INSERT INTO spc_rebase (indicator_id, period, reason) VALUES (%1, 'Apr 2025', 'x')"_s.arg(
            first)));
    const auto whole = PlanReader::read(*m_db, &error);
    QVERIFY2(whole, qPrintable(error));
    auto plan = PlanReader::read(*m_db, &error, PlanReader::Contents::Structure);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(whole->indicators.size() > 14);
    QList<Id> ids;
    for (qsizetype i = 0; every > 0 && i < plan->indicators.size(); i += every)
        ids << plan->indicators.at(i).id;
    ids << 987654321; // no such indicator: ignored
    QVERIFY2(PlanReader::readSeries(*m_db, *plan, ids, &error), qPrintable(error));
    int withValues = 0;
    for (qsizetype i = 0; i < plan->indicators.size(); ++i) {
        const Indicator &got = plan->indicators.at(i);
        const Indicator &want = whole->indicators.at(i);
        QCOMPARE(got.id, want.id);
        if (ids.contains(got.id)) {
            const auto periods = [](const auto &series) {
                QStringList list;
                for (const auto &v : series)
                    list << v.period + u'=' + QString::number(v.value.value_or(-1));
                return list;
            };
            QCOMPARE(periods(got.trajectory), periods(want.trajectory));
            QCOMPARE(periods(got.actuals), periods(want.actuals));
            QCOMPARE(got.benchmarks.size(), want.benchmarks.size());
            for (qsizetype b = 0; b < got.benchmarks.size(); ++b) {
                QCOMPARE(got.benchmarks.at(b).code, want.benchmarks.at(b).code);
                QCOMPARE(periods(got.benchmarks.at(b).values),
                         periods(want.benchmarks.at(b).values));
            }
            QCOMPARE(got.annotations.size(), want.annotations.size());
            QCOMPARE(got.spcOptions, want.spcOptions);
            QCOMPARE(got.spcRebases.size(), want.spcRebases.size());
            withValues += got.actuals.isEmpty() ? 0 : 1;
        } else {
            QVERIFY(got.trajectory.isEmpty() && got.actuals.isEmpty() && got.benchmarks.isEmpty());
        }
    }
    if (every == 1)
        QVERIFY(withValues > 0);
}

void tst_PlanStorage::foreignKeysCascadeAndProtect()
{
    PlanWriter writer(*m_db);
    QString error;
    Programme orphan;
    orphan.areaId = 12345; // no such area
    orphan.name = u"Orphan"_s;
    QCOMPARE(writer.insertProgramme(orphan, 0, &error), Id(0));
    QVERIFY(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));

    Area area;
    area.level = AreaLevel::System;
    area.name = u"S"_s;
    const Id areaId = writer.insertArea(area, 0, &error);
    Programme programme;
    programme.areaId = areaId;
    programme.name = u"P"_s;
    QVERIFY(writer.insertProgramme(programme, 0, &error));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"DELETE FROM area"_s));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM programme"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    Area unnamed;
    unnamed.level = AreaLevel::System;
    QCOMPARE(writer.insertArea(unnamed, 0, &error), Id(0)); // names are required
}

QTEST_GUILESS_MAIN(tst_PlanStorage)
#include "tst_planstorage.moc"
