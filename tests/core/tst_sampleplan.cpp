// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "import/fingertipsreader.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** The shipped sample carries the facts of the source documents, exactly. */
class tst_SamplePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void system();
    void places_data();
    void places();
    void localities_data();
    void localities();
    void frameworks();
    void programmes();
    void keyMeasures_data();
    void keyMeasures();
    void missingStaysMissing();
    void milestones_data();
    void milestones();
    void fingertipsValues();
    void fingertipsMatchesFile();
    void validatesClean();
    void badJsonLeavesPlanUnchanged_data();
    void badJsonLeavesPlanUnchanged();
    void createFileIsAtomic();

private:
    const Indicator *indicator(const QString &name) const;
    std::unique_ptr<Database> m_db;
    PlanSnapshot m_plan;
};

void tst_SamplePlan::initTestCase()
{
    QString error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(SamplePlan::populate(*m_db, &error), qPrintable(error));
    auto plan = PlanReader::read(*m_db, &error);
    QVERIFY2(plan, qPrintable(error));
    m_plan = *plan;
}

const Indicator *tst_SamplePlan::indicator(const QString &name) const
{
    for (const Indicator &i : m_plan.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

void tst_SamplePlan::system()
{
    QCOMPARE(m_plan.info.name, u"Cheshire and Merseyside Joint Forward Plan"_s);
    QCOMPARE(m_plan.info.horizonStart, u"2024/25"_s);
    QCOMPARE(m_plan.info.horizonEnd, u"2028/29"_s);
    const Area *system = IndicatorSummaries::findArea(m_plan, u"QYG"_s);
    QVERIFY(system);
    QCOMPARE(system->level, AreaLevel::System);
    QCOMPARE(system->name, u"NHS Cheshire and Merseyside"_s);
    QCOMPARE(system->onsCode, u"E54000008"_s);
    QCOMPARE(system->parentId, Id(0));
    QCOMPARE(system->population.value_or(0), qint64(2'700'000));
}

void tst_SamplePlan::places_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ons");
    QTest::newRow("Cheshire East") << u"Cheshire East"_s << u"E06000049"_s;
    QTest::newRow("Cheshire West and Chester") << u"Cheshire West and Chester"_s << u"E06000050"_s;
    QTest::newRow("Halton") << u"Halton"_s << u"E06000006"_s;
    QTest::newRow("Knowsley") << u"Knowsley"_s << u"E08000011"_s;
    QTest::newRow("Liverpool") << u"Liverpool"_s << u"E08000012"_s;
    QTest::newRow("Sefton") << u"Sefton"_s << u"E08000014"_s;
    QTest::newRow("St Helens") << u"St Helens"_s << u"E08000013"_s;
    QTest::newRow("Warrington") << u"Warrington"_s << u"E06000007"_s;
    QTest::newRow("Wirral") << u"Wirral"_s << u"E08000015"_s;
}

void tst_SamplePlan::places()
{
    QFETCH(QString, name);
    QFETCH(QString, ons);
    const Area *place = IndicatorSummaries::findArea(m_plan, ons);
    QVERIFY(place);
    QCOMPARE(place->name, name);
    QCOMPARE(place->level, AreaLevel::Place);
    const Area *parent = m_plan.area(place->parentId);
    QVERIFY(parent);
    QCOMPARE(parent->odsCode, u"QYG"_s);
    // Every place has at least one programme of its own.
    const bool hasProgramme
        = std::any_of(m_plan.programmes.cbegin(),
                      m_plan.programmes.cend(),
                      [&](const Programme &p) { return p.areaId == place->id; });
    QVERIFY(hasProgramme);

    int places = 0;
    for (const Area &a : std::as_const(m_plan.areas))
        places += a.level == AreaLevel::Place ? 1 : 0;
    QCOMPARE(places, 9);
}

void tst_SamplePlan::localities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ods");
    QTest::addColumn<int>("practices");
    QTest::addColumn<QString>("firstPractice");
    // The networks and practices as listed in the St Helens plan (33 named).
    QTest::newRow("Central") << u"Central"_s << u"U67149"_s << 8 << u"Hall Street Medical Centre"_s;
    QTest::newRow("North") << u"North"_s << u"U94037"_s << 6 << u"Windermere Medical Centre"_s;
    QTest::newRow("South") << u"South"_s << u"U94009"_s << 13 << u"Crossroads Surgery"_s;
    QTest::newRow("Newton and Haydock")
        << u"Newton and Haydock"_s << u"U20349"_s << 6 << u"Dr Rahil’s Surgery"_s;
}

void tst_SamplePlan::localities()
{
    QFETCH(QString, name);
    QFETCH(QString, ods);
    QFETCH(int, practices);
    QFETCH(QString, firstPractice);
    const Area *locality = IndicatorSummaries::findArea(m_plan, ods);
    QVERIFY(locality);
    QCOMPARE(locality->name, name);
    QCOMPARE(locality->level, AreaLevel::Locality);
    QCOMPARE(m_plan.area(locality->parentId)->onsCode, u"E08000013"_s);
    QCOMPARE(locality->practices.size(), practices);
    QCOMPARE(locality->practices.first().name, firstPractice);
}

void tst_SamplePlan::frameworks()
{
    QHash<QString, qsizetype> themes;
    for (const Framework &f : std::as_const(m_plan.frameworks))
        themes.insert(f.key, f.themes.size());
    QCOMPARE(themes.value(u"atf"_s), 8);        // All Together Fairer (Marmot) themes
    QCOMPARE(themes.value(u"principles"_s), 3); // the three principles
    QCOMPARE(themes.value(u"headline-ambitions"_s), 6);
    QCOMPARE(themes.value(u"ics-programmes"_s), 12);
    QCOMPARE(themes.value(u"one-halton-priorities"_s), 4);
    QCOMPARE(themes.value(u"st-helens-priorities"_s), 3);
}

void tst_SamplePlan::programmes()
{
    QStringList names;
    for (const Programme &p : std::as_const(m_plan.programmes))
        names << p.name;
    for (const QString &expected : {u"All Together Fairer"_s,
                                    u"Prevention Pledge"_s,
                                    u"Social Value and Anchor Institutions"_s,
                                    u"Serious Violence Duty"_s,
                                    u"Housing and Health"_s,
                                    u"Starting Well"_s,
                                    u"Ageing Well"_s,
                                    u"Falls Reduction"_s,
                                    u"Mental Wellbeing"_s,
                                    u"Tackling Obesity"_s,
                                    u"Resilient Communities"_s,
                                    u"A. Support people who are at risk of self-harm"_s}) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    // St Helens' three priorities each hold objectives A to C.
    for (const Programme &p : std::as_const(m_plan.programmes)) {
        if (p.name == u"Mental Wellbeing"_s || p.name == u"Tackling Obesity"_s
            || p.name == u"Resilient Communities"_s) {
            QStringList children;
            for (const Programme &c : std::as_const(m_plan.programmes)) {
                if (c.parentId == p.id)
                    children << c.name.left(2);
            }
            QCOMPARE(children, QStringList({u"A."_s, u"B."_s, u"C."_s}));
            QCOMPARE(m_plan.area(p.areaId)->name, u"St Helens"_s);
        }
    }
}

void tst_SamplePlan::keyMeasures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("polarity");
    // Baselines and 2026/27 targets exactly as printed in the St Helens plan.
    const auto row
        = [](const char *tag, const QString &name, double b, double t, Unit u, Polarity p) {
              QTest::newRow(tag) << name << b << t << int(u) << int(p);
          };
    row("self harm",
        u"Emergency Admissions for intentional self harm"_s,
        978.7,
        246,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("suicide", u"Suicide rate"_s, 13.9, 10.5, Unit::RatePer100000, Polarity::LowerIsBetter);
    row("alcohol under 18",
        u"Admission episodes for alcohol specific conditions – under 18s"_s,
        81.6,
        45.9,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("alcohol",
        u"Alcohol related hospital admissions"_s,
        1117,
        742,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("obese 4-5",
        u"Prevalence of obese children (4-5)"_s,
        11.6,
        10.4,
        Unit::Percentage,
        Polarity::LowerIsBetter);
    row("obese year 6",
        u"Prevalence of obese children - Year 6"_s,
        23,
        21,
        Unit::Percentage,
        Polarity::LowerIsBetter);
    row("adults overweight",
        u"Percentage of adults classified as overweight/obese"_s,
        69.2,
        64.8,
        Unit::Percentage,
        Polarity::LowerIsBetter);
    row("healthy life expectancy",
        u"Healthy Life Expectancy"_s,
        59,
        61,
        Unit::Years,
        Polarity::HigherIsBetter);
    row("premature all",
        u"Premature deaths (<75): All causes"_s,
        405,
        382,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("premature cvd",
        u"Premature deaths (<75): Cardiovascular Disease"_s,
        92.1,
        86,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("premature cancer",
        u"Premature deaths (<75): Cancer"_s,
        138.2,
        132,
        Unit::RatePer100000,
        Polarity::LowerIsBetter);
    row("ASC-17",
        u"Older people still at home 91 days after discharge from hospital"_s,
        89.5,
        94,
        Unit::Percentage,
        Polarity::HigherIsBetter);
    row("ASC-12",
        u"Proportion of adults with learning disabilities in employment"_s,
        7.2,
        8.0,
        Unit::Percentage,
        Polarity::HigherIsBetter);
    row("falls",
        u"Injuries (65+) due to falls"_s,
        2468,
        1851,
        Unit::Count,
        Polarity::LowerIsBetter);
}

void tst_SamplePlan::keyMeasures()
{
    QFETCH(QString, name);
    QFETCH(double, baseline);
    QFETCH(double, target);
    QFETCH(int, unit);
    QFETCH(int, polarity);
    const Indicator *i = indicator(name);
    QVERIFY2(i, qPrintable(name));
    QCOMPARE(i->baselineValue.value_or(-1), baseline);
    QCOMPARE(i->targetValue.value_or(-1), target);
    QCOMPARE(i->targetPeriod, u"2026/27"_s);
    QCOMPARE(int(i->unit), unit);
    QCOMPARE(int(i->polarity), polarity);
    const Programme *p = m_plan.programme(i->programmeId);
    QVERIFY(p);
    QCOMPARE(m_plan.area(p->areaId)->name, u"St Helens"_s);
}

void tst_SamplePlan::missingStaysMissing()
{
    // "tbc" and blank values in the source are missing, never 0.
    const Indicator *respiratory = indicator(u"Premature deaths (<75): Respiratory Disease"_s);
    QVERIFY(respiratory);
    QVERIFY(!respiratory->baselineValue);
    QVERIFY(!respiratory->targetValue);
    const Indicator *contact
        = indicator(u"People who use services who had as much social contact as they would like"_s);
    QVERIFY(contact);
    QCOMPARE(contact->baselineValue.value_or(-1), 46.9);
    QVERIFY(!contact->targetValue);
    const Indicator *delayed = indicator(u"Delayed transfer of care from hospital"_s);
    QVERIFY(delayed);
    QCOMPARE(delayed->baselineValue.value_or(-1), 7.1);
    QVERIFY(!delayed->targetValue);
    QCOMPARE(delayed->code, u"ASC-2c-1"_s);
    // No St Helens key measure states its baseline period.
    for (const Indicator &i : std::as_const(m_plan.indicators)) {
        if (i.targetPeriod == u"2026/27"_s)
            QVERIFY2(i.baselinePeriod.isEmpty(), qPrintable(i.name));
    }
    // Nothing in the sample is stored as a zero value.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"SELECT COUNT(*) FROM indicator WHERE baseline_value = 0 OR target_value = 0"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_SamplePlan::milestones_data()
{
    QTest::addColumn<QString>("titlePart");
    QTest::addColumn<QDate>("baseline");
    QTest::addColumn<QDate>("completion");
    QTest::addColumn<int>("status");
    QTest::newRow("Anchor Institutions by 2026") << u"Anchor Institutions"_s << QDate(2026, 12, 31)
                                                 << QDate() << int(MilestoneStatus::NotStarted);
    QTest::newRow("Pharmacy First January 2024")
        << u"Pharmacy First"_s << QDate() << QDate(2024, 1, 1) << int(MilestoneStatus::Complete);
    QTest::newRow("Mental Health Summit 1 July 2021")
        << u"Mental Health Summit"_s << QDate() << QDate(2021, 7, 1)
        << int(MilestoneStatus::Complete);
}

void tst_SamplePlan::milestones()
{
    QFETCH(QString, titlePart);
    QFETCH(QDate, baseline);
    QFETCH(QDate, completion);
    QFETCH(int, status);
    const auto it = std::find_if(m_plan.milestones.cbegin(),
                                 m_plan.milestones.cend(),
                                 [&](const Milestone &m) { return m.title.contains(titlePart); });
    QVERIFY(it != m_plan.milestones.cend());
    QCOMPARE(it->baselineDate, baseline);
    QCOMPARE(it->completionDate, completion);
    QCOMPARE(int(it->status), status);
}

namespace {

const QString fingertipsCsv
    = QStringLiteral(SOURCE_DIR)
      + u"/resources/sample/fingertipsnext_healthdata_cheshire_merseyside.csv"_s;

bool isFingertips(const Indicator &i)
{
    return i.source.startsWith(u"OHID Fingertips, indicator "_s);
}

const ActualValue *actualFor(const Indicator &i, const QString &period)
{
    for (const ActualValue &a : i.actuals) {
        if (a.period == period)
            return &a;
    }
    return nullptr;
}

/** Both missing, or the same double exactly. */
bool same(const OptionalValue &a, const OptionalValue &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

QString text(const OptionalValue &v)
{
    return v ? QString::number(*v, 'g', 17) : u"missing"_s;
}

} // namespace

#define COMPARE_VALUE(actual, expected)                                                            \
    QVERIFY2(                                                                                      \
        same(actual, expected),                                                                    \
        qPrintable(u"%1 != %2 (%3)"_s.arg(text(actual), text(expected), QLatin1String(#actual))))

void tst_SamplePlan::fingertipsValues()
{
    // St Helens (sub-ICB location 01X, E38000172): diabetes QOF prevalence 17+, indicator 241.
    const Area *stHelens = IndicatorSummaries::findArea(m_plan, u"E08000013"_s);
    QVERIFY(stHelens);
    const Indicator *diabetes = nullptr;
    for (const Indicator &i : std::as_const(m_plan.indicators)) {
        if (i.code == u"241"_s && m_plan.programme(i.programmeId)->areaId == stHelens->id)
            diabetes = &i;
    }
    QVERIFY(diabetes);
    QCOMPARE(diabetes->name, u"Diabetes: QOF prevalence (17+), St Helens (sub-ICB 01X)"_s);
    QCOMPARE(diabetes->source,
             u"OHID Fingertips, indicator 241. Contains public sector information licensed "
             "under the Open Government Licence v3.0."_s);
    QCOMPARE(diabetes->unit, Unit::Percentage);
    QCOMPARE(diabetes->decimals, 1);
    QCOMPARE(diabetes->actuals.size(), 6);
    QCOMPARE(diabetes->actuals.first().period, u"2018/19"_s);
    const ActualValue *latest = actualFor(*diabetes, u"2023/24"_s);
    QVERIFY(latest);
    QCOMPARE(latest->value.value_or(-1), 8.45183);
    QCOMPARE(latest->lower.value_or(-1), 8.31866);
    QCOMPARE(latest->upper.value_or(-1), 8.58694);
    QCOMPARE(latest->count.value_or(-1), 13962.0);
    QCOMPARE(latest->denominator.value_or(-1), 165195.0);
    QVERIFY(!latest->synthetic);
    const ActualValue *first = actualFor(*diabetes, u"2018/19"_s);
    QVERIFY(first);
    QCOMPARE(first->value.value_or(-1), 7.97955266802899); // full precision, not rounded
    // England is the benchmark.
    QCOMPARE(diabetes->benchmarks.size(), 1);
    QCOMPARE(diabetes->benchmarks.first().code, u"E92000001"_s);
    QCOMPARE(diabetes->benchmarks.first().name, u"England"_s);
    QCOMPARE(diabetes->benchmarks.first().values.size(), 6);
    QCOMPARE(diabetes->benchmarks.first().values.first().period, u"2018/19"_s);
    QCOMPARE(diabetes->benchmarks.first().values.first().value.value_or(-1), 6.93158962798202);
    // Nothing invented: no baseline, target or trajectory.
    QVERIFY(!diabetes->baselineValue);
    QVERIFY(!diabetes->targetValue);
    QVERIFY(diabetes->trajectory.isEmpty());

    // Every value of the file that the sample holds: 241 for the ICB and its 9 sub-ICB
    // locations (27D under both Cheshire places) x 6 years, 337 likewise x 5 years, 92708 for
    // the 9 places x 3 years.
    QHash<QString, int> actuals;
    QHash<QString, int> indicators;
    for (const Indicator &i : std::as_const(m_plan.indicators)) {
        if (!isFingertips(i))
            continue;
        QCOMPARE(i.source,
                 u"OHID Fingertips, indicator %1. Contains public sector information licensed "
                 "under the Open Government Licence v3.0."_s.arg(i.code));
        ++indicators[i.code];
        actuals[i.code] += int(i.actuals.size());
        QVERIFY2(!i.targetValue && i.trajectory.isEmpty() && !i.baselineValue, qPrintable(i.name));
    }
    QCOMPARE(indicators.value(u"241"_s), 11);
    QCOMPARE(actuals.value(u"241"_s), 66);
    QCOMPARE(indicators.value(u"337"_s), 11);
    QCOMPARE(actuals.value(u"337"_s), 55);
    QCOMPARE(indicators.value(u"92708"_s), 9);
    QCOMPARE(actuals.value(u"92708"_s), 27);
}

void tst_SamplePlan::fingertipsMatchesFile()
{
    // The sample's Fingertips values are the file's, read by the app's own Fingertips reader.
    const FingertipsData data = FingertipsReader::readFile(fingertipsCsv);
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    const auto areaCodes = [this](const Indicator &i) {
        const Area *area = m_plan.area(m_plan.programme(i.programmeId)->areaId);
        QStringList codes{area->onsCode};
        for (const AreaCode &c : area->extraCodes)
            codes << c.code;
        return codes;
    };
    int compared = 0;
    int benchmarks = 0;
    for (const FingertipsRow &row : data.rows) {
        if (row.indicatorId != u"241"_s && row.indicatorId != u"337"_s
            && row.indicatorId != u"92708"_s)
            continue;
        const QString period = row.period.toString();
        int found = 0;
        for (const Indicator &i : std::as_const(m_plan.indicators)) {
            if (!isFingertips(i) || i.code != row.indicatorId)
                continue;
            if (row.areaCode == u"E92000001"_s) {
                for (const Benchmark &b : i.benchmarks) {
                    for (const PeriodValue &v : b.values) {
                        if (b.code == row.areaCode && v.period == period) {
                            COMPARE_VALUE(v.value, row.value);
                            ++found;
                            ++benchmarks;
                        }
                    }
                }
                continue;
            }
            // An indicator names its area's code in its definition: "(E38000172)".
            if (!areaCodes(i).contains(row.areaCode)
                || !i.definition.contains(u'(' + row.areaCode + u')'))
                continue;
            const ActualValue *a = actualFor(i, period);
            QVERIFY2(a, qPrintable(i.name + u' ' + period));
            COMPARE_VALUE(a->value, row.value);
            COMPARE_VALUE(a->lower, row.lowerCi95);
            COMPARE_VALUE(a->upper, row.upperCi95);
            if (row.indicatorId == u"241"_s) {
                COMPARE_VALUE(a->count, row.count);
                COMPARE_VALUE(a->denominator, row.denominator);
            }
            ++found;
            ++compared;
        }
        const bool englandPopulation
            = row.areaCode == u"E92000001"_s && row.indicatorId != u"241"_s;
        const int expected = englandPopulation                ? 0
                             : row.areaCode == u"E92000001"_s ? 11 // every 241 indicator
                             : row.areaCode == u"E38000233"_s ? 2  // 27D: both Cheshire places
                                                              : 1;
        QVERIFY2(
            found == expected,
            qPrintable(
                u"%1 %2 %3: found %4"_s.arg(row.indicatorId, row.areaCode, period).arg(found)));
    }
    QCOMPARE(compared, 66 + 55 + 27);
    QCOMPARE(benchmarks, 11 * 6);
}

void tst_SamplePlan::validatesClean()
{
    QVERIFY(m_db->integrityProblems().isEmpty());
}

void tst_SamplePlan::badJsonLeavesPlanUnchanged_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("{ nope") << u"not valid JSON"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other"})") << u"format"_s;
    QTest::newRow("bad unit late in file")
        << QByteArray(R"({"format":"jfp-sample/1","plan":{"name":"P"},
            "areas":[{"key":"a","level":"system","name":"A"}],
            "programmes":[{"key":"p","area":"a","name":"P"}],
            "indicators":[{"programme":"p","name":"I","unit":"furlongs","polarity":"neutral",
                           "target":{"kind":"absolute"}}]})")
        << u"indicators[0].unit: 'furlongs' is not one of"_s;
    QTest::newRow("bad period") << QByteArray(
        R"({"format":"jfp-sample/1","plan":{"name":"P","horizonStart":"soon"}})")
                                << u"plan.horizonStart"_s;
    QTest::newRow("unknown parent") << QByteArray(R"({"format":"jfp-sample/1","plan":{"name":"P"},
            "areas":[{"key":"a","level":"place","parent":"nowhere","name":"A"}]})")
                                    << u"areas[0].parent: 'nowhere'"_s;
}

void tst_SamplePlan::badJsonLeavesPlanUnchanged()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY(!SamplePlan::populateFromJson(*db, json, u"bad.json"_s, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY(error.startsWith(u"bad.json"_s));
    const auto plan = PlanReader::read(*db, &error);
    QVERIFY(plan);
    QVERIFY(plan->areas.isEmpty());
    QVERIFY(plan->programmes.isEmpty());
    QVERIFY(plan->info.name.isEmpty());
}

void tst_SamplePlan::createFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(path, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u".partial"_s));
    // A second create refuses to overwrite.
    QVERIFY(!SamplePlan::createFile(path, &error));
    QVERIFY(error.contains(u"already exists"_s));
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const auto plan = PlanReader::read(*db, &error);
    QVERIFY(plan);
    QCOMPARE(plan->indicators.size(), m_plan.indicators.size());
    QCOMPARE(plan->areas.size(), m_plan.areas.size());
}

QTEST_GUILESS_MAIN(tst_SamplePlan)
#include "tst_sampleplan.moc"
