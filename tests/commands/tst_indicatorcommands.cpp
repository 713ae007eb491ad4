// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/**
 * Indicators: add, edit, delete (with values, benchmarks and annotations), move; trajectory
 * and actual values set a column at a time; annotations recorded in the history too.
 */
class tst_IndicatorCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void add();
    void edit_data();
    void edit();
    void deleteRestoresValues();
    void move();
    void setTrajectoryColumn();
    void setActualValues();
    void setPlannedAndActualTogether();
    void fillThenStore();
    void annotationsAreRecorded();
    void refused_data();
    void refused();

private:
    Indicator indicator(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_IndicatorCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

Indicator tst_IndicatorCommands::indicator(const QString &name) const
{
    const PlanSnapshot plan = read(*m_db);
    const Indicator *i = byName(plan.indicators, name);
    if (!i)
        qFatal("no indicator %s", qPrintable(name));
    return *i;
}

void tst_IndicatorCommands::add()
{
    const PlanSnapshot plan = read(*m_db);
    Indicator i;
    i.programmeId = byName(plan.programmes, u"Dementia"_s)->id;
    i.name = u"Dementia diagnosis rate"_s;
    i.unit = Unit::Percentage;
    i.polarity = Polarity::HigherIsBetter;
    i.baselineValue = 61.5;
    i.baselinePeriod = u"2023/24"_s;
    i.targetValue = 66.7;
    i.targetPeriod = u"2026/27"_s;
    i.tolerance = 1.5;
    i.trajectory = {{u"2024/25"_s, 63.0}, {u"2025/26"_s, 65.0}};
    auto command = Commands::addIndicator(i);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    const Indicator *added = byName(r.after.indicators, i.name);
    QVERIFY(added);
    QCOMPARE(added->tolerance, std::optional<double>(1.5));
    QCOMPARE(added->trajectory.size(), 2);
    QCOMPARE(added->trajectory.at(1).value, std::optional<double>(65.0));
    QVERIFY(fields(r.redoRows).contains(u"tolerance"_s));
    QVERIFY(fields(r.redoRows).contains(u"targetPeriod"_s));
}

void tst_IndicatorCommands::edit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::newRow("name") << u"name"_s << u"Suicide rate"_s << u"Suicide rate (all ages)"_s;
    QTest::newRow("target value") << u"targetValue"_s << u"10.5"_s << u"10"_s;
    QTest::newRow("tolerance") << u"tolerance"_s << QString() << u"0.5"_s;
    QTest::newRow("baseline period") << u"baselinePeriod"_s << QString() << u"2021 - 23"_s;
}

void tst_IndicatorCommands::edit()
{
    QFETCH(QString, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    const Indicator before = indicator(u"Suicide rate"_s);
    Indicator after = before;
    if (field == u"name")
        after.name = newValue;
    else if (field == u"targetValue")
        after.targetValue = newValue.toDouble();
    else if (field == u"tolerance")
        after.tolerance = newValue.toDouble();
    else
        after.baselinePeriod = newValue;
    auto command = Commands::editIndicator(before, after);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.redoRows.size(), 1);
    QCOMPARE(r.redoRows.first().field, field);
    QCOMPARE(r.redoRows.first().oldValue, oldValue);
    QCOMPARE(r.redoRows.first().newValue, newValue);
}

void tst_IndicatorCommands::deleteRestoresValues()
{
    Indicator i = indicator(u"Suicide rate"_s);
    // Give it values, a benchmark-free annotation and actuals first, through commands.
    auto values = Commands::setTrajectoryValues(i, {{u"2024/25"_s, 12.8}, {u"2025/26"_s, 11.9}});
    QString error;
    QVERIFY2(values->redo(*m_db, &error), qPrintable(error));
    auto actuals = Commands::setActualValues(
        i, {{u"2022 - 24"_s, 13.1, 11.0, 15.2, 61, 465000, u"provisional"_s, false}});
    QVERIFY2(actuals->redo(*m_db, &error), qPrintable(error));
    auto note = Commands::addAnnotation({0, i.id, u"2024/25"_s, QDate(), u"Launch"_s, QString()});
    QVERIFY2(note->redo(*m_db, &error), qPrintable(error));
    i = indicator(u"Suicide rate"_s);
    QCOMPARE(i.trajectory.size(), 2);
    QCOMPARE(i.actuals.size(), 1);
    QCOMPARE(i.annotations.size(), 1);

    auto command = Commands::deleteIndicator(i);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QVERIFY(!byId(r.after.indicators, i.id));
    // The second redo deleted it again; undo once more and look at what came back.
    QVERIFY2(command->undo(*m_db, &error), qPrintable(error));
    const Indicator back = *byId(read(*m_db).indicators, i.id);
    QCOMPARE(back.trajectory.size(), 2);
    QCOMPARE(back.actuals.first().note, u"provisional"_s);
    QCOMPARE(back.annotations.first().id, i.annotations.first().id);
}

void tst_IndicatorCommands::move()
{
    const PlanSnapshot plan = read(*m_db);
    const Indicator i = indicator(u"Suicide rate"_s);
    // Reorder within its programme, then move to another one.
    auto reorder = Commands::moveIndicator(i, i.programmeId, 0);
    RoundTrip r = roundTrip(*m_db, *reorder);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), QStringList{u"position"_s});
    const Id other = byName(plan.programmes, u"Dementia"_s)->id;
    auto away = Commands::moveIndicator(i, other, -1);
    r = roundTrip(*m_db, *away);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(byId(r.after.indicators, i.id)->programmeId, other);
    QVERIFY(fields(r.redoRows).contains(u"programmeId"_s));
}

void tst_IndicatorCommands::setTrajectoryColumn()
{
    const Indicator i = indicator(u"Suicide rate"_s);
    QString error;
    auto first = Commands::setTrajectoryValues(i, {{u"2024/25"_s, 13.5}, {u"2025/26"_s, 12.0}});
    QVERIFY2(first->redo(*m_db, &error), qPrintable(error));
    // One pasted column: overwrite one, clear one, add two (typed in another style).
    auto column = Commands::setTrajectoryValues(i,
                                                {{u"2024/25"_s, 13.0},
                                                 {u"2025/26"_s, std::nullopt},
                                                 {u"2026/27"_s, 11.0},
                                                 {u"2027/28"_s, 10.5}});
    const RoundTrip r = roundTrip(*m_db, *column);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows),
             (QStringList{u"trajectory 2024/25"_s,
                          u"trajectory 2025/26"_s,
                          u"trajectory 2026/27"_s,
                          u"trajectory 2027/28"_s}));
    QCOMPARE(r.redoRows.at(0).oldValue, u"13.5"_s);
    QCOMPARE(r.redoRows.at(0).newValue, u"13"_s);
    QCOMPARE(r.redoRows.at(1).newValue, QString());
    QCOMPARE(r.redoRows.at(2).oldValue, QString());
    const Indicator after = *byId(r.after.indicators, i.id);
    QCOMPARE(after.trajectory.size(), 3);
    QCOMPARE(after.trajectory.at(0).period, u"2024/25"_s);
    QCOMPARE(after.trajectory.at(1).period, u"2026/27"_s);
    QVERIFY2(column->text().startsWith(u"Set trajectory of 'Suicide rate' for 4 period"_s),
             qPrintable(column->text()));
}

void tst_IndicatorCommands::setActualValues()
{
    const Indicator i = indicator(u"Suicide rate"_s);
    auto command = Commands::setActualValues(
        i,
        {{u"2021 - 23"_s, 13.9, 12.0, 15.9, 70, 500000, QString(), false},
         {u"2022 - 24"_s,
          13.2,
          std::nullopt,
          std::nullopt,
          std::nullopt,
          std::nullopt,
          u"provisional"_s,
          false}});
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), (QStringList{u"actual 2021 - 23"_s, u"actual 2022 - 24"_s}));
    QCOMPARE(r.redoRows.at(0).newValue, u"13.9 (12 to 15.9) [70/500000]"_s);
    QCOMPARE(r.redoRows.at(1).newValue, u"13.2 note: provisional"_s);
    const Indicator after = *byId(r.after.indicators, i.id);
    QCOMPARE(after.actuals.size(), 2);
    QCOMPARE(after.actuals.at(0).upper, std::optional<double>(15.9));
}

void tst_IndicatorCommands::setPlannedAndActualTogether()
{
    const Indicator i = indicator(u"Suicide rate"_s);
    auto command = Commands::setIndicatorValues(
        i, {{u"2025/26"_s, 12.0}}, {{u"2025/26"_s, 12.4, {}, {}, {}, {}, u"provisional"_s, false}});
    QCOMPARE(command->text(), u"Set planned and actual values of 'Suicide rate'"_s);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), (QStringList{u"trajectory 2025/26"_s, u"actual 2025/26"_s}));
    const Indicator after = *byId(r.after.indicators, i.id);
    QCOMPARE(after.trajectory.size(), i.trajectory.size() + 1);
    QCOMPARE(after.actuals.size(), i.actuals.size() + 1);

    // One bad value refuses both: nothing is written.
    auto bad = Commands::setIndicatorValues(
        i, {{u"2026/27"_s, 11.0}}, {{u"2026/27"_s, -3.0, {}, {}, {}, {}, {}, false}});
    const QString failure = CommandTest::refused(*m_db, *bad, u"cannot be negative"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_IndicatorCommands::fillThenStore()
{
    Indicator i = indicator(u"Prevalence of obese children (4-5)"_s);
    QString error;
    const auto values = TrajectoryFill::fill({11.6,
                                              u"2023/24"_s,
                                              10.4,
                                              u"2026/27"_s,
                                              TrajectoryFill::Method::StraightLine,
                                              TrajectoryFill::Step::Annual,
                                              TrajectoryFill::AfterTarget::Hold,
                                              u"2028/29"_s,
                                              1},
                                             &error);
    QVERIFY2(values, qPrintable(error));
    auto command = Commands::setTrajectoryValues(i, *values);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.redoRows.size(), 5);
    const Indicator after = *byId(r.after.indicators, i.id);
    QCOMPARE(after.trajectory.size(), 5);
    QCOMPARE(after.trajectory.at(2).period, u"2026/27"_s);
    QCOMPARE(after.trajectory.at(2).value, std::optional<double>(10.4));
    QCOMPARE(after.trajectory.at(4).value, std::optional<double>(10.4));
}

void tst_IndicatorCommands::annotationsAreRecorded()
{
    const Indicator i = indicator(u"Suicide rate"_s);
    auto add = Commands::addAnnotation({0, i.id, u"2024/25"_s, QDate(), u"Launch"_s, u"n"_s});
    RoundTrip r = roundTrip(*m_db, *add);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), (QStringList{u"label"_s, u"period"_s, u"note"_s}));
    QCOMPARE(r.redoRows.first().itemKind, u"annotation"_s);
    const Annotation stored = byId(r.after.indicators, i.id)->annotations.first();
    Annotation edited = stored;
    edited.label = u"Relaunch"_s;
    auto edit = Commands::editAnnotation(stored, edited);
    r = roundTrip(*m_db, *edit);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), QStringList{u"label"_s});
    QCOMPARE(r.redoRows.first().oldValue, u"Launch"_s);
    auto remove = Commands::removeAnnotation(edited);
    r = roundTrip(*m_db, *remove);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), (QStringList{u"label"_s, u"period"_s, u"note"_s}));
}

void tst_IndicatorCommands::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << u"no name"_s << u"name"_s;
    QTest::newRow("percentage above 100") << u"percentage"_s << u"between 0 and 100"_s;
    QTest::newRow("target before baseline") << u"periods"_s << u"not after the baseline"_s;
    QTest::newRow("not a period") << u"bad period"_s << u"not a period"_s;
    QTest::newRow("negative tolerance") << u"tolerance"_s << u"tolerance"_s;
    QTest::newRow("trajectory percentage") << u"trajectory"_s << u"between 0 and 100"_s;
    QTest::newRow("trajectory period twice") << u"twice"_s << u"twice"_s;
    QTest::newRow("actual limits crossed") << u"limits"_s << u"lower confidence limit"_s;
    QTest::newRow("new indicator with bad values") << u"add"_s << u"negative"_s;
}

void tst_IndicatorCommands::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const Indicator before = indicator(u"Prevalence of obese children (4-5)"_s);
    Indicator after = before;
    std::unique_ptr<PlanCommand> command;
    if (what == u"no name") {
        after.name.clear();
    } else if (what == u"percentage") {
        after.targetValue = 120;
    } else if (what == u"periods") {
        after.baselinePeriod = u"2026/27"_s;
        after.targetPeriod = u"2025/26"_s;
    } else if (what == u"bad period") {
        after.targetPeriod = u"next year"_s;
    } else if (what == u"tolerance") {
        after.tolerance = -1;
    } else if (what == u"trajectory") {
        command
            = Commands::setTrajectoryValues(before, {{u"2025/26"_s, 10.0}, {u"2026/27"_s, 101.0}});
    } else if (what == u"twice") {
        command
            = Commands::setTrajectoryValues(before, {{u"2025/26"_s, 10.0}, {u"2025/26"_s, 9.0}});
    } else if (what == u"limits") {
        command = Commands::setActualValues(
            before,
            {{u"2024/25"_s, 10.0, 12.0, 8.0, std::nullopt, std::nullopt, QString(), false}});
    } else {
        Indicator fresh;
        fresh.programmeId = before.programmeId;
        fresh.name = u"Falls"_s;
        fresh.unit = Unit::Count;
        fresh.actuals = {{u"2024/25"_s, -3.0, {}, {}, {}, {}, QString(), false}};
        command = Commands::addIndicator(fresh);
    }
    if (!command)
        command = Commands::editIndicator(before, after);
    const QString failure = CommandTest::refused(*m_db, *command, expected);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(tst_IndicatorCommands)
#include "tst_indicatorcommands.moc"
