// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../commands/commandtest.h"

#include "commands/commands.h"
#include "models/trajectorytablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/**
 * The trajectory editor's model: periods from baseline to the horizon's end at each
 * granularity, planned and actual side by side, status per row, and edits, pastes, clears and
 * fills that reach the plan file as one command each (or not at all).
 */
class tst_TrajectoryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void modelTester();
    void periods_data();
    void periods();
    void naturalGranularity_data();
    void naturalGranularity();
    void otherFormsAreRows();
    void parseNumber_data();
    void parseNumber();
    void editCell();
    void refusedEdit_data();
    void refusedEdit();
    void pasteColumn();
    void pasteReportsEveryBadCell();
    void pasteAcrossPlannedAndActual();
    void pasteOneValueIntoSelection();
    void clearCells();
    void fill();
    void rowStatus_data();
    void rowStatus();

private:
    Indicator stored(const QString &name) const;
    void show(const QString &name);
    void prepare(const QString &name, const QString &baselinePeriod);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PlanSnapshot m_plan;
    TrajectoryTableModel *m_model = nullptr;
    std::unique_ptr<TrajectoryTableModel> m_owner;
    std::vector<std::unique_ptr<PlanCommand>> m_done;
    int m_run = 0;
};

void tst_TrajectoryTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_TrajectoryTableModel::init()
{
    m_done.clear();
    m_owner = std::make_unique<TrajectoryTableModel>();
    m_model = m_owner.get();
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
    m_plan = read(*m_db);
    // The sink runs the command on the file and shows the re-read plan, as the window does.
    m_model->setSink([this](std::unique_ptr<PlanCommand> command) {
        QString error;
        if (!command->redo(*m_db, &error))
            return false;
        m_done.push_back(std::move(command));
        m_plan = read(*m_db);
        m_model->setIndicator(m_plan, m_model->indicator().id);
        return true;
    });
}

Indicator tst_TrajectoryTableModel::stored(const QString &name) const
{
    const PlanSnapshot plan = read(*m_db);
    const Indicator *i = byName(plan.indicators, name);
    if (!i)
        qFatal("no indicator %s", qPrintable(name));
    return *i;
}

void tst_TrajectoryTableModel::show(const QString &name)
{
    m_plan = read(*m_db);
    m_model->setIndicator(m_plan, byName(m_plan.indicators, name)->id);
}

// Gives the indicator a baseline period (the sample's sources do not state one).
void tst_TrajectoryTableModel::prepare(const QString &name, const QString &baselinePeriod)
{
    const Indicator before = stored(name);
    Indicator after = before;
    after.baselinePeriod = baselinePeriod;
    QString error;
    QVERIFY2(Commands::editIndicator(before, after)->redo(*m_db, &error), qPrintable(error));
    show(name);
}

void tst_TrajectoryTableModel::modelTester()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    QVERIFY(m_model->rowCount() > 0);
    m_model->setGranularity(TrajectoryTableModel::Granularity::Monthly);
    QVERIFY(m_model->setData(m_model->index(2, TrajectoryTableModel::PlannedColumn), u"12.5"_s));
    m_model->setGranularity(TrajectoryTableModel::Granularity::Quarterly);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_TrajectoryTableModel::periods_data()
{
    QTest::addColumn<QString>("baselinePeriod");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("rows");
    using G = TrajectoryTableModel::Granularity;
    QTest::newRow("annual from 2022/23")
        << u"2022/23"_s << int(G::Annual) << u"2022/23"_s << u"2028/29"_s << 7;
    QTest::newRow("quarterly from 2022/23")
        << u"2022/23"_s << int(G::Quarterly) << u"Q4 2022/23"_s << u"Q4 2028/29"_s << 25;
    QTest::newRow("monthly from 2023/24")
        << u"2023/24"_s << int(G::Monthly) << u"Mar 2024"_s << u"Mar 2029"_s << 61;
    QTest::newRow("a calendar-year baseline")
        << u"2021"_s << int(G::Annual) << u"2021/22"_s << u"2028/29"_s << 8;
    QTest::newRow("no baseline period: the plan horizon")
        << QString() << int(G::Annual) << u"2024/25"_s << u"2028/29"_s << 5;
}

void tst_TrajectoryTableModel::periods()
{
    QFETCH(QString, baselinePeriod);
    QFETCH(int, granularity);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, rows);
    prepare(u"Suicide rate"_s, baselinePeriod);
    m_model->setGranularity(TrajectoryTableModel::Granularity(granularity));
    QCOMPARE(m_model->rowCount(), rows);
    const auto periodAt = [&](int row) {
        return m_model->index(row, 0).data(TrajectoryTableModel::PeriodRole).toString();
    };
    QCOMPARE(periodAt(0), first);
    QCOMPARE(periodAt(rows - 1), last);
    // The first row is the baseline's (or the one holding the end of the baseline period).
    const QString shown = m_model->index(0, 0).data().toString();
    QCOMPARE(shown.contains(u"baseline 13.9 per 100,000"_s), !baselinePeriod.isEmpty());
    if (baselinePeriod == u"2021"_s)
        QCOMPARE(shown, u"2021/22 (baseline 13.9 per 100,000 for 2021)"_s);
    const int targetRow = m_model->rowOf(u"2026/27"_s);
    if (granularity == int(TrajectoryTableModel::Granularity::Annual)) {
        QVERIFY(m_model->index(targetRow, 0).data().toString().contains(u"target 10.5"_s));
    }
}

void tst_TrajectoryTableModel::naturalGranularity_data()
{
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<int>("granularity");
    using G = TrajectoryTableModel::Granularity;
    QTest::newRow("none") << QStringList{} << int(G::Annual);
    QTest::newRow("years") << QStringList{u"2023/24"_s, u"2017 - 19"_s} << int(G::Annual);
    QTest::newRow("quarters") << QStringList{u"2023/24"_s, u"Q1 2024/25"_s} << int(G::Quarterly);
    QTest::newRow("months") << QStringList{u"Q1 2024/25"_s, u"Apr 2024"_s} << int(G::Monthly);
}

void tst_TrajectoryTableModel::naturalGranularity()
{
    QFETCH(QStringList, periods);
    QFETCH(int, granularity);
    Indicator i;
    for (const QString &p : periods)
        i.actuals.append({p, 1.0, {}, {}, {}, {}, {}, false});
    QCOMPARE(int(TrajectoryTableModel::naturalGranularity(i)), granularity);
}

void tst_TrajectoryTableModel::otherFormsAreRows()
{
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    QString error;
    const Indicator i = stored(u"Suicide rate"_s);
    QVERIFY(Commands::setActualValues(i,
                                      {{u"2019 - 21"_s, 10.1, {}, {}, {}, {}, {}, false},
                                       {u"Q2 2024/25"_s, 11.0, {}, {}, {}, {}, {}, false}})
                ->redo(*m_db, &error));
    m_model->clear(); // shown afresh, the model picks the granularity again
    show(u"Suicide rate"_s);
    // The model chose quarters for this indicator now; in years, the rolling range is a row
    // and the quarter is counted as hidden.
    QCOMPARE(m_model->granularity(), TrajectoryTableModel::Granularity::Quarterly);
    m_model->setGranularity(TrajectoryTableModel::Granularity::Annual);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->index(0, 0).data(TrajectoryTableModel::PeriodRole).toString(),
             u"2019 - 21"_s);
    QCOMPARE(m_model->index(0, TrajectoryTableModel::ActualColumn).data().toString(), u"10.1"_s);
    QCOMPARE(m_model->otherGranularityCount(), 1);
}

void tst_TrajectoryTableModel::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value"); // NaN: no value
    const double none = std::nan("");
    QTest::newRow("plain") << u"12.5"_s << int(Unit::Count) << true << 12.5;
    QTest::newRow("spaces") << u"  7 "_s << int(Unit::Count) << true << 7.0;
    QTest::newRow("empty clears") << u""_s << int(Unit::Count) << true << none;
    QTest::newRow("group separator") << u"34,486"_s << int(Unit::Count) << true << 34486.0;
    QTest::newRow("percent sign") << u"76.5%"_s << int(Unit::Percentage) << true << 76.5;
    QTest::newRow("pound sign") << u"£400000"_s << int(Unit::Money) << true << 400000.0;
    QTest::newRow("negative") << u"-3"_s << int(Unit::Ratio) << true << -3.0;
    QTest::newRow("words") << u"n/a"_s << int(Unit::Count) << false << none;
    QTest::newRow("percent on a count") << u"5%"_s << int(Unit::Count) << false << none;
    QTest::newRow("infinity") << u"inf"_s << int(Unit::Count) << false << none;
}

void tst_TrajectoryTableModel::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(bool, ok);
    QFETCH(double, value);
    bool parsed = false;
    const auto result = TrajectoryTableModel::parseNumber(text, Unit(unit), &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(result.has_value(), !std::isnan(value));
    if (result)
        QCOMPARE(*result, value);
}

void tst_TrajectoryTableModel::editCell()
{
    prepare(u"Prevalence of obese children (4-5)"_s, u"2023/24"_s);
    const int row = m_model->rowOf(u"2025/26"_s);
    QVERIFY(row > 0);
    const qsizetype historyBefore = history(*m_db).size();
    QVERIFY(m_model->setData(m_model->index(row, TrajectoryTableModel::PlannedColumn), u"11.1"_s));
    QVERIFY(m_model->setData(m_model->index(row, TrajectoryTableModel::ActualColumn), u"11.4"_s));
    QVERIFY(
        m_model->setData(m_model->index(row, TrajectoryTableModel::NoteColumn), u"provisional"_s));
    QCOMPARE(m_done.size(), size_t(3)); // one command per cell
    const Indicator i = stored(u"Prevalence of obese children (4-5)"_s);
    QCOMPARE(i.trajectory.size(), 1);
    QCOMPARE(i.trajectory.first().period, u"2025/26"_s);
    QCOMPARE(i.trajectory.first().value, OptionalValue(11.1));
    QCOMPARE(i.actuals.size(), 1);
    QCOMPARE(i.actuals.first().value, OptionalValue(11.4));
    QCOMPARE(i.actuals.first().note, u"provisional"_s); // the value is kept with the note
    QCOMPARE(history(*m_db).size(), historyBefore + 3);
    // The model shows the re-read plan.
    QCOMPARE(m_model->index(row, TrajectoryTableModel::ActualColumn).data().toString(), u"11.4"_s);
    QCOMPARE(m_model->index(row, TrajectoryTableModel::StatusColumn).data().toString(),
             u"Off track"_s);
    // The same value again changes nothing and records nothing.
    QVERIFY(m_model->setData(m_model->index(row, TrajectoryTableModel::PlannedColumn), u"11.10"_s));
    QCOMPARE(m_done.size(), size_t(3));

    // Each edit is undoable: undo all three, then redo them.
    const QString after = dump(read(*m_db));
    QString error;
    for (auto it = m_done.rbegin(); it != m_done.rend(); ++it)
        QVERIFY2((*it)->undo(*m_db, &error), qPrintable(error));
    QVERIFY(stored(u"Prevalence of obese children (4-5)"_s).trajectory.isEmpty());
    QVERIFY(stored(u"Prevalence of obese children (4-5)"_s).actuals.isEmpty());
    for (const auto &command : std::as_const(m_done))
        QVERIFY2(command->redo(*m_db, &error), qPrintable(error));
    QCOMPARE(dump(read(*m_db)), after);
}

void tst_TrajectoryTableModel::refusedEdit_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << u"Suicide rate"_s << int(TrajectoryTableModel::PlannedColumn)
                                  << u"twelve"_s << u"'twelve' is not a number"_s;
    QTest::newRow("percentage above 100")
        << u"Prevalence of obese children (4-5)"_s << int(TrajectoryTableModel::ActualColumn)
        << u"140"_s << u"not a percentage between 0 and 100"_s;
    QTest::newRow("negative rate") << u"Suicide rate"_s << int(TrajectoryTableModel::PlannedColumn)
                                   << u"-1"_s << u"cannot be negative"_s;
    QTest::newRow("lower above upper")
        << u"Suicide rate"_s << int(TrajectoryTableModel::LowerColumn) << u"20"_s
        << u"lower confidence limit is above the upper"_s;
}

void tst_TrajectoryTableModel::refusedEdit()
{
    QFETCH(QString, indicator);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    show(indicator);
    const int row = m_model->rowOf(u"2024/25"_s);
    if (column == TrajectoryTableModel::LowerColumn) {
        QVERIFY(m_model->setData(m_model->index(row, TrajectoryTableModel::UpperColumn), u"15"_s));
        m_done.clear();
    }
    const QString before = dump(read(*m_db));
    const qsizetype rows = history(*m_db).size();
    QSignalSpy refused(m_model, &TrajectoryTableModel::editRefused);
    const QModelIndex index = m_model->index(row, column);
    QVERIFY(!m_model->check(index, text).isEmpty());
    QVERIFY(!m_model->setData(index, text));
    QCOMPARE(refused.size(), 1);
    const QString shown = refused.first().first().toString();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY2(shown.startsWith(u"2024/25, "_s), qPrintable(shown)); // names the cell
    QVERIFY(m_done.empty());
    QCOMPARE(dump(read(*m_db)), before);
    QCOMPARE(history(*m_db).size(), rows);
}

void tst_TrajectoryTableModel::pasteColumn()
{
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    const int top = m_model->rowOf(u"2023/24"_s);
    const QModelIndexList selection{m_model->index(top, TrajectoryTableModel::PlannedColumn)};
    QStringList problems;
    // As a spreadsheet copies a column: CRLF line ends and a final line end.
    QVERIFY2(m_model->paste(selection, u"13.5\r\n12.8\r\n12.0\r\n11.2\r\n"_s, &problems),
             qPrintable(problems.join(u'\n')));
    QCOMPARE(m_done.size(), size_t(1)); // one undoable step
    const Indicator i = stored(u"Suicide rate"_s);
    QCOMPARE(i.trajectory.size(), 4);
    QCOMPARE(i.trajectory.at(0).period, u"2023/24"_s);
    QCOMPARE(i.trajectory.at(3).period, u"2026/27"_s);
    QCOMPARE(i.trajectory.at(2).value, OptionalValue(12.0));
    QCOMPARE(m_model->copy({m_model->index(top, 1), m_model->index(top + 1, 1)}),
             u"13.5\n12.8\n"_s);
    QString error;
    QVERIFY(m_done.front()->undo(*m_db, &error));
    QVERIFY(stored(u"Suicide rate"_s).trajectory.isEmpty());
    const RoundTrip r = roundTrip(*m_db, *m_done.front());
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.redoRows.size(), 4); // one history row per pasted value
}

void tst_TrajectoryTableModel::pasteReportsEveryBadCell()
{
    prepare(u"Prevalence of obese children (4-5)"_s, u"2022/23"_s);
    const QString before = dump(read(*m_db));
    const int top = m_model->rowOf(u"2024/25"_s);
    QStringList problems;
    QVERIFY(!m_model->paste({m_model->index(top, TrajectoryTableModel::ActualColumn)},
                            u"11.2\nn/a\n10.9\n104\n10.1\n9.9\n9.5\n"_s,
                            &problems));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(u"Line 2 of the pasted text (2025/26, Actual)"_s),
             qPrintable(problems.at(0)));
    QVERIFY(problems.at(0).contains(u"'n/a' is not a number"_s));
    QVERIFY2(problems.at(1).contains(u"not a percentage between 0 and 100"_s),
             qPrintable(problems.at(1)));
    QVERIFY(problems.at(1).startsWith(u"Line 4"_s));
    QVERIFY2(problems.at(2).startsWith(u"Line 6 of the pasted text: there is no period below"
                                       " 2028/29"_s),
             qPrintable(problems.at(2)));
    QVERIFY(m_done.empty());
    QCOMPARE(dump(read(*m_db)), before); // nothing written

    // Into a column that cannot be edited.
    problems.clear();
    QVERIFY(!m_model->paste(
        {m_model->index(top, TrajectoryTableModel::NoteColumn)}, u"fine\tOn track\n"_s, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"Status column, which cannot be edited"_s),
             qPrintable(problems.first()));
}

void tst_TrajectoryTableModel::pasteAcrossPlannedAndActual()
{
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    const int top = m_model->rowOf(u"2024/25"_s);
    QStringList problems;
    QVERIFY2(m_model->paste({m_model->index(top, TrajectoryTableModel::PlannedColumn)},
                            u"13.0\t13.4\n12.5\t\n"_s,
                            &problems),
             qPrintable(problems.join(u'\n')));
    QCOMPARE(m_done.size(), size_t(1));
    QCOMPARE(m_done.front()->text(), u"Set planned and actual values of 'Suicide rate'"_s);
    const Indicator i = stored(u"Suicide rate"_s);
    QCOMPARE(i.trajectory.size(), 2);
    QCOMPARE(i.actuals.size(), 1);
    QCOMPARE(i.actuals.first().period, u"2024/25"_s);
    QString error;
    QVERIFY(m_done.front()->undo(*m_db, &error));
    const RoundTrip r = roundTrip(*m_db, *m_done.front());
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
}

void tst_TrajectoryTableModel::pasteOneValueIntoSelection()
{
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    QModelIndexList selection;
    for (int r = 1; r <= 3; ++r)
        selection << m_model->index(r, TrajectoryTableModel::PlannedColumn);
    QStringList problems;
    QVERIFY(m_model->paste(selection, u"12\n"_s, &problems));
    QCOMPARE(stored(u"Suicide rate"_s).trajectory.size(), 3);
    problems.clear();
    QVERIFY(!m_model->paste({}, u"12"_s, &problems));
    QVERIFY(problems.first().contains(u"Select the cell"_s));
}

void tst_TrajectoryTableModel::clearCells()
{
    prepare(u"Suicide rate"_s, u"2022/23"_s);
    QStringList problems;
    const int top = m_model->rowOf(u"2024/25"_s);
    QVERIFY(m_model->paste({m_model->index(top, TrajectoryTableModel::PlannedColumn)},
                           u"13\t13.3\t12\t15\tprovisional\n12.5\t12.9\n"_s,
                           &problems));
    QCOMPARE(stored(u"Suicide rate"_s).actuals.size(), 2);
    m_done.clear();
    // Delete over the planned and actual values of the first row, and the period (ignored).
    QVERIFY(m_model->clearCells({m_model->index(top, TrajectoryTableModel::PeriodColumn),
                                 m_model->index(top, TrajectoryTableModel::PlannedColumn),
                                 m_model->index(top, TrajectoryTableModel::ActualColumn)},
                                &problems));
    QCOMPARE(m_done.size(), size_t(1));
    const Indicator i = stored(u"Suicide rate"_s);
    QCOMPARE(i.trajectory.size(), 1);
    QCOMPARE(i.trajectory.first().period, u"2025/26"_s);
    // The actual keeps its limits and note when only its value is cleared.
    QCOMPARE(i.actuals.size(), 2);
    QCOMPARE(i.actuals.first().value, OptionalValue());
    QCOMPARE(i.actuals.first().note, u"provisional"_s);
    // Clearing every field removes the actual.
    QVERIFY(m_model->clearCells({m_model->index(top, TrajectoryTableModel::LowerColumn),
                                 m_model->index(top, TrajectoryTableModel::UpperColumn),
                                 m_model->index(top, TrajectoryTableModel::NoteColumn)},
                                &problems));
    QCOMPARE(stored(u"Suicide rate"_s).actuals.size(), 1);
}

void tst_TrajectoryTableModel::fill()
{
    prepare(u"Prevalence of obese children (4-5)"_s, u"2023/24"_s);
    TrajectoryFill::Request request = m_model->fillRequest();
    QCOMPARE(request.baseline, 11.6);
    QCOMPARE(request.target, 10.4);
    QCOMPARE(request.targetPeriod, u"2026/27"_s);
    QCOMPARE(request.lastPeriod, u"2028/29"_s);
    QCOMPARE(request.decimals, 1);
    QString error;
    const auto values = TrajectoryFill::fill(request, &error);
    QVERIFY2(values, qPrintable(error));
    QStringList problems;
    QVERIFY(m_model->setPlanned(*values, &problems));
    QCOMPARE(m_done.size(), size_t(1));
    const int target = m_model->rowOf(u"2026/27"_s);
    QCOMPARE(m_model->index(target, TrajectoryTableModel::PlannedColumn).data().toString(),
             u"10.4"_s);
    QCOMPARE(m_model->index(target + 1, TrajectoryTableModel::PlannedColumn).data().toString(),
             u"10.4"_s); // held at the target
    QCOMPARE(stored(u"Prevalence of obese children (4-5)"_s).trajectory.size(), 5);
    // Filling again with the same values changes nothing.
    QVERIFY(m_model->setPlanned(*values, &problems));
    QCOMPARE(m_done.size(), size_t(1));
    QVERIFY(m_done.front()->undo(*m_db, &error));
    QVERIFY(stored(u"Prevalence of obese children (4-5)"_s).trajectory.isEmpty());
}

void tst_TrajectoryTableModel::rowStatus_data()
{
    QTest::addColumn<int>("polarity");
    QTest::addColumn<double>("tolerance"); // < 0: none
    QTest::addColumn<double>("planned");
    QTest::addColumn<double>("actual");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("rag");
    const int higher = int(Polarity::HigherIsBetter);
    const int lower = int(Polarity::LowerIsBetter);
    const int neutral = int(Polarity::Neutral);
    QTest::newRow("higher, above") << higher << -1.0 << 70.0 << 72.0 << u"On track"_s << u"green"_s;
    QTest::newRow("higher, equal") << higher << -1.0 << 70.0 << 70.0 << u"On track"_s << u"green"_s;
    QTest::newRow("higher, below") << higher << -1.0 << 70.0 << 69.0 << u"Off track"_s << u"red"_s;
    QTest::newRow("higher, below within tolerance")
        << higher << 2.0 << 70.0 << 68.5 << u"On track"_s << u"green"_s;
    QTest::newRow("higher, below beyond tolerance")
        << higher << 2.0 << 70.0 << 67.5 << u"Off track"_s << u"red"_s;
    QTest::newRow("lower, below") << lower << -1.0 << 12.0 << 11.0 << u"On track"_s << u"green"_s;
    QTest::newRow("lower, above") << lower << -1.0 << 12.0 << 12.5 << u"Off track"_s << u"red"_s;
    QTest::newRow("lower, above within tolerance")
        << lower << 1.0 << 12.0 << 12.5 << u"On track"_s << u"green"_s;
    QTest::newRow("neutral") << neutral << -1.0 << 12.0 << 30.0 << u"Not assessed"_s << u"grey"_s;
}

void tst_TrajectoryTableModel::rowStatus()
{
    QFETCH(int, polarity);
    QFETCH(double, tolerance);
    QFETCH(double, planned);
    QFETCH(double, actual);
    QFETCH(QString, status);
    QFETCH(QString, rag);
    PlanSnapshot plan;
    plan.info.horizonStart = u"2024/25"_s;
    plan.info.horizonEnd = u"2028/29"_s;
    Indicator i;
    i.id = 7;
    i.name = u"Test"_s;
    i.unit = Unit::Percentage;
    i.polarity = Polarity(polarity);
    if (tolerance >= 0)
        i.tolerance = tolerance;
    i.trajectory = {{u"2024/25"_s, planned}, {u"2025/26"_s, planned}};
    i.actuals = {{u"2024/25"_s, actual, {}, {}, {}, {}, {}, false}};
    plan.indicators = {i};
    TrajectoryTableModel model;
    model.setIndicator(plan, 7);
    const QModelIndex cell = model.index(0, TrajectoryTableModel::StatusColumn);
    QCOMPARE(cell.data().toString(), status);
    QCOMPARE(cell.data(TrajectoryTableModel::RagRole).toString(), rag);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"against a planned"_s));
    QCOMPARE(model.status().label, status); // the header: the latest actual
    // A row without an actual has no status.
    QCOMPARE(model.index(1, TrajectoryTableModel::StatusColumn).data().toString(), QString());
    QCOMPARE(model.index(1, TrajectoryTableModel::StatusColumn)
                 .data(TrajectoryTableModel::StatusStateRole)
                 .toInt(),
             -1);
    // Without a sink nothing is editable.
    QVERIFY(
        !(model.flags(model.index(0, TrajectoryTableModel::PlannedColumn)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(tst_TrajectoryTableModel)
#include "tst_trajectorytablemodel.moc"
