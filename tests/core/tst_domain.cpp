// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/domainenums.h"
#include "domain/plan.h"
#include "domain/planvalidator.h"
#include "domain/rag.h"
#include "domain/valueformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_Domain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void enumKeysRoundTrip();
    void unknownKeyIsRejected();
    void ragKeysLabelsAndShapes_data();
    void ragKeysLabelsAndShapes();
    void valueFormat_data();
    void valueFormat();
    void latestActualSkipsMissing();
    void lookupFollowsChanges();
    void validator_data();
    void validator();
};

template<typename E>
static void checkRoundTrip()
{
    const QStringList keys = Enums::allKeys<E>();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        const auto value = Enums::fromKey<E>(key);
        QVERIFY2(value.has_value(), qPrintable(key));
        QCOMPARE(Enums::key(*value), key);
        QVERIFY(!Enums::label(*value).isEmpty());
    }
}

void tst_Domain::enumKeysRoundTrip()
{
    checkRoundTrip<AreaLevel>();
    checkRoundTrip<MilestoneStatus>();
    checkRoundTrip<DeliveryStatus>();
    checkRoundTrip<Unit>();
    checkRoundTrip<Polarity>();
    checkRoundTrip<TargetKind>();
    QCOMPARE(Enums::allKeys<MilestoneStatus>(),
             QStringList({u"not_started"_s,
                          u"on_track"_s,
                          u"at_risk"_s,
                          u"off_track"_s,
                          u"complete"_s,
                          u"cancelled"_s}));
    QCOMPARE(Enums::allKeys<AreaLevel>(), QStringList({u"system"_s, u"place"_s, u"locality"_s}));
}

void tst_Domain::unknownKeyIsRejected()
{
    QVERIFY(!Enums::fromKey<Unit>(u"furlongs"_s).has_value());
    QVERIFY(!Enums::fromKey<Polarity>(QString()).has_value());
}

void tst_Domain::ragKeysLabelsAndShapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("rank");
    QTest::newRow("red") << u"red"_s << u"Red"_s << u"\u25B2"_s << 0;
    QTest::newRow("amber") << u"amber"_s << u"Amber"_s << u"\u25C6"_s << 1;
    QTest::newRow("green") << u"green"_s << u"Green"_s << u"\u25CF"_s << 2;
    // Keys are exact: anything else is no rating, sorted after the ratings.
    QTest::newRow("capitalised") << u"Red"_s << u"Not given"_s << u"\u2013"_s << 3;
    QTest::newRow("other text") << u"blue"_s << u"Not given"_s << u"\u2013"_s << 3;
    QTest::newRow("none") << QString() << u"Not given"_s << u"\u2013"_s << 4;
}

void tst_Domain::ragKeysLabelsAndShapes()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, symbol);
    QFETCH(int, rank);
    QCOMPARE(Rags::label(key), label);
    QCOMPARE(Rags::symbol(key), symbol);
    QCOMPARE(Rags::rank(key), rank);
    const std::optional<Rag> rag = Rags::fromKey(key);
    QCOMPARE(rag.has_value(), rank < 3);
    if (rag)
        QCOMPARE(Rags::key(*rag), key);
    QCOMPARE(Rags::keys(), (QStringList{u"red"_s, u"amber"_s, u"green"_s}));
}

void tst_Domain::valueFormat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("rate") << 13.9 << int(Unit::RatePer100000) << 1 << u"13.9 per 100,000"_s;
    QTest::newRow("percentage whole") << 23.0 << int(Unit::Percentage) << 0 << u"23%"_s;
    QTest::newRow("percentage keeps printed decimal")
        << 8.0 << int(Unit::Percentage) << 1 << u"8.0%"_s;
    QTest::newRow("count grouping") << 2468.0 << int(Unit::Count) << 0 << u"2,468"_s;
    QTest::newRow("years") << 59.0 << int(Unit::Years) << 0 << u"59 years"_s;
    QTest::newRow("money") << 400000.0 << int(Unit::Money) << 0 << u"£400,000"_s;
    QTest::newRow("the indicator's decimals")
        << 126.082206 << int(Unit::RatePer100000) << 1 << u"126.1 per 100,000"_s;
    QTest::newRow("rounded up") << 7.96 << int(Unit::Days) << 1 << u"8.0 days"_s;
    // Decimals read from a tampered plan: 0 to 6.
    QTest::newRow("decimals beyond 6")
        << 13.9 << int(Unit::RatePer100000) << 2147483647 << u"13.900000 per 100,000"_s;
    QTest::newRow("negative decimals")
        << 13.9 << int(Unit::RatePer100000) << -2147483647 << u"14 per 100,000"_s;
}

void tst_Domain::valueFormat()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(ValueFormat::withUnit(value, Unit(unit), decimals), text);
    QCOMPARE(ValueFormat::withUnit(std::nullopt, Unit(unit), decimals), ValueFormat::missing());
}

void tst_Domain::latestActualSkipsMissing()
{
    Indicator indicator;
    QVERIFY(!indicator.latestActual());
    indicator.actuals = {{u"2022/23"_s, 10.0, {}, {}, {}, {}, {}},
                         {u"2024/25"_s, std::nullopt, {}, {}, {}, {}, u"not published"_s},
                         {u"2023/24"_s, 12.0, {}, {}, {}, {}, {}},
                         {u"2017 - 19"_s, 9.0, {}, {}, {}, {}, {}}};
    const auto latest = indicator.latestActual();
    QVERIFY(latest);
    QCOMPARE(latest->period, u"2023/24"_s);
    QCOMPARE(*latest->value, 12.0);
}

static PlanSnapshot validPlan()
{
    PlanSnapshot plan;
    plan.info.horizonStart = u"2024/25"_s;
    plan.info.horizonEnd = u"2028/29"_s;
    Area system;
    system.id = 1;
    system.level = AreaLevel::System;
    system.name = u"System"_s;
    Area place;
    place.id = 2;
    place.parentId = 1;
    place.level = AreaLevel::Place;
    place.name = u"Place"_s;
    plan.areas = {system, place};
    Programme programme;
    programme.id = 1;
    programme.areaId = 2;
    programme.name = u"Programme"_s;
    plan.programmes = {programme};
    Indicator indicator;
    indicator.id = 1;
    indicator.programmeId = 1;
    indicator.name = u"Indicator"_s;
    indicator.unit = Unit::Percentage;
    indicator.baselineValue = 23;
    indicator.baselinePeriod = u"2022/23"_s;
    indicator.targetValue = 21;
    indicator.targetPeriod = u"2026/27"_s;
    plan.indicators = {indicator};
    Milestone milestone;
    milestone.id = 1;
    milestone.programmeId = 1;
    milestone.title = u"Milestone"_s;
    milestone.status = MilestoneStatus::Complete;
    milestone.completionDate = QDate(2024, 1, 1);
    plan.milestones = {milestone};
    return plan;
}

void tst_Domain::validator_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("isError");
    QTest::newRow("valid") << 0 << QString() << false;
    QTest::newRow("percentage above 100") << 1 << u"between 0 and 100"_s << true;
    QTest::newRow("target before baseline") << 2 << u"not after the baseline"_s << true;
    QTest::newRow("bad period") << 3 << u"not a period"_s << true;
    QTest::newRow("locality under system") << 4 << u"must sit beneath a place"_s << true;
    QTest::newRow("complete without date") << 5 << u"no completion date"_s << false;
    QTest::newRow("missing programme") << 6 << u"programme is missing"_s << true;
    QTest::newRow("negative count") << 7 << u"cannot be negative"_s << true;
    // Items beneath each other in a circle fall out of the tree and every export.
    QTest::newRow("programme cycle")
        << 8 << u"the programmes 'A' (id 2), 'B' (id 3) are each beneath the next"_s << true;
    QTest::newRow("area cycle") << 9
                                << u"the areas 'P' (id 3), 'Q' (id 4) are each beneath the next"_s
                                << true;
    // A circle of 20,000 programmes with 1,000 more hanging beneath it, in a plan that also
    // has a valid chain 50,000 deep: one finding, naming ten and counting the rest (each
    // item walked once: the old walk took about a minute on this).
    QTest::newRow("huge circle") << 10 << u"'C0' (id 1000), 'C1' (id 1001), "_s << true;
    // Nesting has a stated limit (PlanValidator::maxNesting): a chain 100 deep is a plan, one
    // 101 deep is named once, by its deepest item.
    QTest::newRow("deep but allowed") << 11 << QString() << true;
    QTest::newRow("too deep") << 12
                              << u"programmes are nested 101 levels deep here, more than the 100"_s
                              << true;
}

void tst_Domain::validator()
{
    QFETCH(int, breakage);
    QFETCH(QString, messagePart);
    QFETCH(bool, isError);
    PlanSnapshot plan = validPlan();
    switch (breakage) {
    case 1:
        plan.indicators[0].targetValue = 121;
        break;
    case 2:
        plan.indicators[0].targetPeriod = u"2021/22"_s;
        break;
    case 3:
        plan.indicators[0].baselinePeriod = u"last year"_s;
        break;
    case 4:
        plan.areas[1].level = AreaLevel::Locality;
        break;
    case 5:
        plan.milestones[0].completionDate = QDate();
        break;
    case 6:
        plan.indicators[0].programmeId = 99;
        break;
    case 7:
        plan.indicators[0].unit = Unit::Count;
        plan.indicators[0].baselineValue = -3;
        break;
    case 8: {
        Programme a = plan.programmes[0];
        a.id = 2;
        a.parentId = 3;
        a.name = u"A"_s;
        Programme b = a;
        b.id = 3;
        b.parentId = 2;
        b.name = u"B"_s;
        plan.programmes << a << b;
        break;
    }
    case 9: {
        // Two places beneath each other (each also says it wants a system above it).
        Area p = plan.areas[1];
        p.id = 3;
        p.parentId = 4;
        p.name = u"P"_s;
        Area q = p;
        q.id = 4;
        q.parentId = 3;
        q.name = u"Q"_s;
        plan.areas << p << q;
        break;
    }
    case 10: {
        Programme p = plan.programmes[0];
        const auto add = [&](Id id, Id parentId, const QString &name) {
            p.id = id;
            p.parentId = parentId;
            p.name = name;
            plan.programmes << p;
        };
        constexpr int circle = 20000;
        for (int i = 0; i < circle; ++i)
            add(1000 + i, 1000 + (i + 1) % circle, u"C%1"_s.arg(i));
        for (int i = 0; i < 1000; ++i)
            add(100000 + i, 1000 + i, u"T%1"_s.arg(i)); // beneath the circle, not on it
        add(200000, plan.programmes[0].id, u"D0"_s);
        for (int i = 1; i < 50000; ++i)
            add(200000 + i, 200000 + i - 1, u"D%1"_s.arg(i));
        break;
    }
    case 11:
    case 12: {
        Programme p = plan.programmes[0];
        Id parent = p.id;
        for (int i = 0; i < (breakage == 11 ? 99 : 100); ++i) {
            p.id = 5000 + i;
            p.parentId = parent;
            p.name = u"D%1"_s.arg(i);
            plan.programmes << p;
            parent = p.id;
        }
        break;
    }
    default:
        break;
    }
    const QList<Finding> findings = PlanValidator::validate(plan);
    if (messagePart.isEmpty()) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QList<Finding> matching;
    QStringList all;
    for (const Finding &f : findings) {
        all << f.message;
        if (f.message.contains(messagePart))
            matching << f;
    }
    QVERIFY2(matching.size() == 1, qPrintable(all.join(u'\n').left(2000)));
    if (breakage == 10) {
        QVERIFY2(matching.first().message.contains(u"'C9' (id 1009), and 19990 more are each"_s),
                 qPrintable(matching.first().message.left(600)));
        QVERIFY(matching.first().message.size() < 600);
        // The valid chain 50,000 deep beside it is too deep: named once, by its deepest.
        QCOMPARE(findings.size(), 2);
        QVERIFY2(findings.constLast().message.contains(u"nested 50001 levels deep"_s),
                 qPrintable(findings.constLast().message));
        QCOMPARE(findings.constLast().item, u"'D49999' (id 249999)"_s);
    } else if (breakage != 9) { // the places' own level findings come beside the cycle's
        QCOMPARE(findings.size(), 1);
    }
    QCOMPARE(matching.first().severity == Finding::Severity::Error, isError);
}

void tst_Domain::lookupFollowsChanges()
{
    PlanSnapshot plan;
    for (Id id = 1; id <= 5; ++id) {
        Area a;
        a.id = id * 10;
        a.name = u"Area %1"_s.arg(id);
        plan.areas.append(a);
        Programme p;
        p.id = id * 100;
        p.areaId = a.id;
        p.name = u"Programme %1"_s.arg(id);
        plan.programmes.append(p);
    }
    QCOMPARE(plan.area(30)->name, u"Area 3"_s);
    QCOMPARE(plan.programme(500)->name, u"Programme 5"_s);
    QVERIFY(!plan.area(31));
    // The lists change after the first lookups: removed, reordered, replaced, appended.
    plan.areas.removeAt(0);
    plan.areas.move(0, 3);
    plan.areas[1].id = 77;
    Area added;
    added.id = 10;
    added.name = u"Area 1 again"_s;
    plan.areas.append(added);
    QCOMPARE(plan.area(10)->name, u"Area 1 again"_s);
    QCOMPARE(plan.area(20)->name, u"Area 2"_s);
    QVERIFY(!plan.area(40)); // renumbered to 77
    QCOMPARE(plan.area(77)->id, Id(77));
    for (const Area &a : std::as_const(plan.areas))
        QCOMPARE(plan.area(a.id), &a);
    // A copy finds its own items, not the original's.
    const PlanSnapshot copy = plan;
    QCOMPARE(copy.programme(300), &copy.programmes.at(2));
    plan.programmes.clear();
    QVERIFY(!plan.programme(300));
    QCOMPARE(copy.programme(300)->name, u"Programme 3"_s);
}

QTEST_GUILESS_MAIN(tst_Domain)
#include "tst_domain.moc"
