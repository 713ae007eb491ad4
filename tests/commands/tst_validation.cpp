// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/validation.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Jfp;

Q_DECLARE_METATYPE(std::function<Jfp::Validation::Messages(const Jfp::PlanSnapshot &)>)

/** Each rule gives a message keyed by the field it is about; valid input gives none. */
class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messageForJoinsOneField();

private:
    static PlanSnapshot plan();
};

using Check = std::function<Validation::Messages(const PlanSnapshot &)>;

PlanSnapshot tst_Validation::plan()
{
    PlanSnapshot p;
    p.info = {u"Plan"_s, QString(), u"2024/25"_s, u"2028/29"_s};
    Area system;
    system.id = 1;
    system.level = AreaLevel::System;
    system.name = u"System"_s;
    system.onsCode = u"E54000008"_s;
    system.odsCode = u"QYG"_s;
    Area place;
    place.id = 2;
    place.parentId = 1;
    place.level = AreaLevel::Place;
    place.name = u"St Helens"_s;
    place.onsCode = u"E08000013"_s;
    Area locality;
    locality.id = 3;
    locality.parentId = 2;
    locality.level = AreaLevel::Locality;
    locality.name = u"Central"_s;
    locality.odsCode = u"U67149"_s;
    p.areas = {system, place, locality};
    Programme top;
    top.id = 10;
    top.areaId = 2;
    top.name = u"Mental Wellbeing"_s;
    Programme sub = top;
    sub.id = 11;
    sub.parentId = 10;
    sub.name = u"A. Self-harm"_s;
    p.programmes = {top, sub};
    ProgressUpdate update;
    update.id = 30;
    update.programmeId = 10;
    update.period = u"Q1 2025/26"_s;
    update.rag = u"green"_s;
    p.progressUpdates = {update};
    return p;
}

static Area areaWith(const std::function<void(Area &)> &change)
{
    Area a;
    a.id = 4;
    a.parentId = 2;
    a.level = AreaLevel::Locality;
    a.name = u"North"_s;
    a.odsCode = u"U94037"_s;
    change(a);
    return a;
}

static Programme programmeWith(const std::function<void(Programme &)> &change)
{
    Programme p;
    p.id = 12;
    p.areaId = 2;
    p.name = u"Tackling Obesity"_s;
    p.start = QDate(2024, 4, 1);
    p.end = QDate(2027, 3, 31);
    change(p);
    return p;
}

static Milestone milestoneWith(const std::function<void(Milestone &)> &change)
{
    Milestone m;
    m.id = 20;
    m.programmeId = 10;
    m.title = u"Summit"_s;
    m.baselineDate = QDate(2025, 6, 30);
    m.forecastDate = QDate(2025, 9, 30);
    change(m);
    return m;
}

static Indicator indicatorWith(const std::function<void(Indicator &)> &change)
{
    Indicator i;
    i.id = 40;
    i.programmeId = 10;
    i.name = u"Obese children"_s;
    i.unit = Unit::Percentage;
    i.baselineValue = 11.6;
    i.baselinePeriod = u"2023/24"_s;
    i.targetValue = 10.4;
    i.targetPeriod = u"2026/27"_s;
    change(i);
    return i;
}

static ProgressUpdate updateWith(const std::function<void(ProgressUpdate &)> &change)
{
    ProgressUpdate u;
    u.programmeId = 10;
    u.period = u"Q2 2025/26"_s;
    u.rag = u"amber"_s;
    change(u);
    return u;
}

void tst_Validation::rules_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("says");

    const auto area = [](const std::function<void(Area &)> &c) {
        return Check([c](const PlanSnapshot &p) { return Validation::area(areaWith(c), p); });
    };
    QTest::newRow("area valid") << area([](Area &) {}) << QString() << QString();
    QTest::newRow("area needs a name")
        << area([](Area &a) { a.name = u" "_s; }) << u"name"_s << u"name"_s;
    QTest::newRow("area ODS code unique, any case")
        << area([](Area &a) { a.odsCode = u"u67149"_s; }) << u"odsCode"_s << u"Central"_s;
    QTest::newRow("area ONS code unique")
        << area([](Area &a) { a.onsCode = u"E54000008"_s; }) << u"onsCode"_s << u"System"_s;
    QTest::newRow("area keeps its own code")
        << Check([](const PlanSnapshot &p) { return Validation::area(p.areas.at(2), p); })
        << QString() << QString();
    QTest::newRow("locality beneath a place")
        << area([](Area &a) { a.parentId = 1; }) << u"parentId"_s << u"place"_s;
    QTest::newRow("system beneath nothing") << area([](Area &a) {
        a.level = AreaLevel::System;
        a.odsCode.clear();
    }) << u"parentId"_s << u"system"_s;
    QTest::newRow("area population")
        << area([](Area &a) { a.population = -1; }) << u"population"_s << u"negative"_s;

    const auto programme = [](const std::function<void(Programme &)> &c) {
        return Check(
            [c](const PlanSnapshot &p) { return Validation::programme(programmeWith(c), p); });
    };
    QTest::newRow("programme valid") << programme([](Programme &) {}) << QString() << QString();
    QTest::newRow("programme name")
        << programme([](Programme &p) { p.name.clear(); }) << u"name"_s << u"name"_s;
    QTest::newRow("programme start before horizon")
        << programme([](Programme &p) { p.start = QDate(2024, 3, 31); }) << u"start"_s
        << u"outside the plan horizon 2024/25 to 2028/29 (1 April 2024 to 31 March 2029)"_s;
    QTest::newRow("programme end after horizon")
        << programme([](Programme &p) { p.end = QDate(2029, 4, 1); }) << u"end"_s << u"2028/29"_s;
    QTest::newRow("programme last day of horizon")
        << programme([](Programme &p) { p.end = QDate(2029, 3, 31); }) << QString() << QString();
    QTest::newRow("programme a year long")
        << programme([](Programme &p) { p.end = QDate(2024, 3, 31).addYears(1); }) << QString()
        << QString();
    QTest::newRow("programme end before start") << programme([](Programme &p) {
        p.start = QDate(2026, 1, 1);
        p.end = QDate(2025, 1, 1);
    }) << u"end"_s << u"before the start date"_s;
    QTest::newRow("programme unknown area")
        << programme([](Programme &p) { p.areaId = 99; }) << u"areaId"_s << u"area"_s;
    QTest::newRow("sub-programme in another area") << programme([](Programme &p) {
        p.parentId = 10;
        p.areaId = 1;
    }) << u"parentId"_s << u"same area"_s;
    QTest::newRow("stored date outside horizon kept on edit") << Check([](const PlanSnapshot &p) {
        const Programme before = programmeWith([](Programme &x) { x.start = QDate(2021, 7, 1); });
        Programme after = before;
        after.name = u"Renamed"_s;
        return Validation::programme(after, p, &before);
    }) << QString() << QString();

    const auto milestone = [](const std::function<void(Milestone &)> &c) {
        return Check(
            [c](const PlanSnapshot &p) { return Validation::milestone(milestoneWith(c), p); });
    };
    QTest::newRow("milestone valid") << milestone([](Milestone &) {}) << QString() << QString();
    QTest::newRow("milestone title")
        << milestone([](Milestone &m) { m.title.clear(); }) << u"title"_s << u"title"_s;
    QTest::newRow("milestone forecast outside horizon")
        << milestone([](Milestone &m) { m.forecastDate = QDate(2030, 1, 1); }) << u"forecastDate"_s
        << u"2024/25 to 2028/29"_s;
    QTest::newRow("milestone forecast before baseline")
        << milestone([](Milestone &m) { m.forecastDate = QDate(2025, 6, 29); }) << u"forecastDate"_s
        << u"before the baseline date"_s;
    QTest::newRow("milestone completion needs complete status")
        << milestone([](Milestone &m) { m.completionDate = QDate(2025, 7, 1); })
        << u"completionDate"_s << u"complete"_s;
    QTest::newRow("milestone complete") << milestone([](Milestone &m) {
        m.completionDate = QDate(2025, 7, 1);
        m.status = MilestoneStatus::Complete;
    }) << QString() << QString();
    QTest::newRow("milestone programme")
        << milestone([](Milestone &m) { m.programmeId = 5; }) << u"programmeId"_s << u"programme"_s;

    const auto indicator = [](const std::function<void(Indicator &)> &c) {
        return Check(
            [c](const PlanSnapshot &p) { return Validation::indicator(indicatorWith(c), p); });
    };
    QTest::newRow("indicator valid") << indicator([](Indicator &) {}) << QString() << QString();
    QTest::newRow("indicator name")
        << indicator([](Indicator &i) { i.name.clear(); }) << u"name"_s << u"name"_s;
    QTest::newRow("percentage above 100") << indicator([](Indicator &i) { i.targetValue = 100.5; })
                                          << u"targetValue"_s << u"between 0 and 100"_s;
    QTest::newRow("percentage below 0") << indicator([](Indicator &i) { i.baselineValue = -0.1; })
                                        << u"baselineValue"_s << u"between 0 and 100"_s;
    QTest::newRow("percentage 100 is fine")
        << indicator([](Indicator &i) { i.targetValue = 100; }) << QString() << QString();
    QTest::newRow("count cannot be negative") << indicator([](Indicator &i) {
        i.unit = Unit::Count;
        i.targetValue = -2;
    }) << u"targetValue"_s << u"negative"_s;
    QTest::newRow("relative target may be negative") << indicator([](Indicator &i) {
        i.targetKind = TargetKind::RelativePerYear;
        i.targetValue = -1;
    }) << QString() << QString();
    QTest::newRow("target period same as baseline")
        << indicator([](Indicator &i) { i.targetPeriod = u"2023/24"_s; }) << u"targetPeriod"_s
        << u"not after the baseline period"_s;
    QTest::newRow("baseline period not a period")
        << indicator([](Indicator &i) { i.baselinePeriod = u"last year"_s; }) << u"baselinePeriod"_s
        << u"not a period"_s;
    QTest::newRow("decimals") << indicator([](Indicator &i) { i.decimals = 7; }) << u"decimals"_s
                              << u"0 to 6"_s;
    QTest::newRow("tolerance") << indicator([](Indicator &i) { i.tolerance = -0.5; })
                               << u"tolerance"_s << u"negative"_s;

    const auto values = [](QList<PeriodValue> list) {
        return Check([list](const PlanSnapshot &) {
            return Validation::trajectoryValues(indicatorWith([](Indicator &) {}), list);
        });
    };
    QTest::newRow("trajectory valid")
        << values({{u"2024/25"_s, 11.0}, {u"Q1 2025/26"_s, std::nullopt}}) << QString()
        << QString();
    QTest::newRow("trajectory value out of bounds")
        << values({{u"2024/25"_s, 11.0}, {u"2025/26"_s, 140.0}}) << u"trajectory:2025/26"_s
        << u"140"_s;
    QTest::newRow("trajectory period twice, written two ways")
        << values({{u"2024/25 Q1"_s, 11.0}, {u"Q1 2024/25"_s, 10.0}}) << u"trajectory:Q1 2024/25"_s
        << u"twice"_s;
    QTest::newRow("trajectory bad period")
        << values({{u"soon"_s, 1.0}}) << u"trajectory:soon"_s << u"not a period"_s;
    QTest::newRow("actual limits") << Check([](const PlanSnapshot &) {
        return Validation::actualValues(indicatorWith([](Indicator &) {}),
                                        {{u"2024/25"_s, 10.0, 11.0, 9.0, {}, {}, {}, false}});
    }) << u"actual:2024/25"_s << u"lower confidence limit"_s;

    const auto update = [](const std::function<void(ProgressUpdate &)> &c) {
        return Check(
            [c](const PlanSnapshot &p) { return Validation::progressUpdate(updateWith(c), p); });
    };
    QTest::newRow("update valid") << update([](ProgressUpdate &) {}) << QString() << QString();
    QTest::newRow("update rag") << update([](ProgressUpdate &u) { u.rag = u"Green"_s; }) << u"rag"_s
                                << u"red, amber or green"_s;
    QTest::newRow("update needs a quarter")
        << update([](ProgressUpdate &u) { u.period = u"Apr 2025"_s; }) << u"period"_s
        << u"quarter"_s;
    QTest::newRow("update quarter before horizon")
        << update([](ProgressUpdate &u) { u.period = u"Q4 2023/24"_s; }) << u"period"_s
        << u"2024/25 to 2028/29"_s;
    QTest::newRow("update one per quarter")
        << update([](ProgressUpdate &u) { u.period = u"2025/26 Q1"_s; }) << u"period"_s
        << u"already has an update for Q1 2025/26"_s;

    QTest::newRow("move area beneath its own locality") << Check([](const PlanSnapshot &p) {
        return Validation::areaMove(p.areas.at(1), {0, 3, 0}, p);
    }) << u"parentId"_s << u"itself"_s;
    QTest::newRow("move programme beneath its sub-programme") << Check([](const PlanSnapshot &p) {
        return Validation::programmeMove(p.programmes.at(0), {2, 11, 0}, p);
    }) << u"parentId"_s << u"itself"_s;
    QTest::newRow("move programme to another area's programme") << Check([](const PlanSnapshot &p) {
        return Validation::programmeMove(programmeWith([](Programme &) {}), {1, 10, 0}, p);
    }) << u"parentId"_s << u"same area"_s;
    QTest::newRow("move milestone to a missing programme") << Check([](const PlanSnapshot &p) {
        return Validation::programmeItemMove({0, 99, 0}, p);
    }) << u"parentId"_s << u"programme"_s;
}

void tst_Validation::rules()
{
    QFETCH(Check, check);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const Validation::Messages messages = check(plan());
    if (field.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(Validation::summary(messages)));
        return;
    }
    QVERIFY2(!messages.isEmpty(), "expected a message");
    const QString message = Validation::messageFor(messages, field);
    QVERIFY2(!message.isEmpty(),
             qPrintable(u"no message for %1; got: %2"_s.arg(field, Validation::summary(messages))));
    QVERIFY2(message.contains(says), qPrintable(message));
}

void tst_Validation::messageForJoinsOneField()
{
    const Validation::Messages messages
        = {{u"a"_s, u"one"_s}, {u"b"_s, u"two"_s}, {u"a"_s, u"three"_s}};
    QCOMPARE(Validation::messageFor(messages, u"a"_s), u"one\nthree"_s);
    QCOMPARE(Validation::messageFor(messages, u"c"_s), QString());
    QCOMPARE(Validation::summary(messages), u"one\ntwo\nthree"_s);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
