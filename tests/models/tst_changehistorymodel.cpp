// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../commands/commandtest.h"
#include "commands/commandsupport.h"

#include "commands/commands.h"
#include "models/changehistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/**
 * The change history model over a real plan file: the rows the commands recorded, newest
 * change first, filtered by text, item and user, and read again after more changes.
 */
class tst_ChangeHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void newestFirst();
    void filters_data();
    void filters();
    void users();
    void readAgainAfterAChange();
    void fieldLabels_data();
    void fieldLabels();
    void valueTexts_data();
    void valueTexts();
    void shownAsThePlanShowsThem();

private:
    void run(std::unique_ptr<PlanCommand> command, const QByteArray &user);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_obesity = 0;
    Id m_indicator = 0;
};

void tst_ChangeHistoryModel::run(std::unique_ptr<PlanCommand> command, const QByteArray &user)
{
    Commands::Internal::setUserForTests(QString::fromUtf8(user));
    QString error;
    if (!command->redo(*m_db, &error))
        qFatal("%s", qPrintable(error));
    QTest::qWait(5); // distinct change times
}

void tst_ChangeHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_db = sample(m_dir, u"plan.jfp"_s);
    PlanSnapshot plan = read(*m_db);
    const Programme *obesity = byName(plan.programmes, u"Tackling Obesity"_s);
    m_obesity = obesity->id;
    Programme renamed = *obesity;
    renamed.manager = u"Jo Bloggs"_s;
    run(Commands::editProgramme(*obesity, renamed), "alice");
    const Indicator *i = byName(plan.indicators, u"Suicide rate"_s);
    m_indicator = i->id;
    run(Commands::setTrajectoryValues(*i, {{u"2025/26"_s, 12.0}, {u"2026/27"_s, 10.5}}), "bob");
    plan = read(*m_db);
    ProgressUpdate u;
    u.programmeId = m_obesity;
    u.period = u"Q2 2025/26"_s;
    u.rag = u"amber"_s;
    u.wentWell = u"Summit held"_s;
    run(Commands::addProgressUpdate(u), "alice");
}

void tst_ChangeHistoryModel::modelTester()
{
    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.load(*m_db, &error), qPrintable(error));
    QVERIFY(model.rowCount() > 0);
    model.setTextFilter(u"obesity"_s);
    model.setUserFilter(u"bob"_s);
    model.setItemFilter(u"indicator"_s, m_indicator);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ChangeHistoryModel::newestFirst()
{
    ChangeHistoryModel model;
    QString error;
    QVERIFY(model.load(*m_db, &error));
    QCOMPARE(model.totalCount(), int(history(*m_db).size()));
    // The newest change first: the progress update (its fields in order), then the trajectory.
    QCOMPARE(model.recordAt(0)->itemKind, u"progress_update"_s);
    QCOMPARE(model.recordAt(0)->field, u"period"_s);
    QCOMPARE(model.index(0, ChangeHistoryModel::ItemColumn).data().toString(),
             u"Progress update: Q2 2025/26"_s);
    int trajectory = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.recordAt(r)->field.startsWith(u"trajectory"_s)) {
            trajectory = r;
            break;
        }
    }
    QVERIFY(trajectory > 0);
    QCOMPARE(model.recordAt(trajectory)->field, u"trajectory 2025/26"_s);
    QCOMPARE(model.recordAt(trajectory + 1)->field, u"trajectory 2026/27"_s);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, ChangeHistoryModel::FieldColumn).data().toString(),
             u"Programme manager"_s);
    QCOMPARE(model.index(last, ChangeHistoryModel::OldValueColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             u"empty"_s);
    QCOMPARE(model.index(last, ChangeHistoryModel::NewValueColumn).data().toString(),
             u"Jo Bloggs"_s);
    QCOMPARE(model.index(last, ChangeHistoryModel::UserColumn).data().toString(), u"alice"_s);
}

void tst_ChangeHistoryModel::readAgainAfterAChange()
{
    // Last: it adds rows the other tests do not expect.
    ChangeHistoryModel model;
    QString error;
    QVERIFY(model.load(*m_db, &error));
    const int before = model.totalCount();
    const PlanSnapshot plan = read(*m_db);
    const Indicator *i = byId(plan.indicators, m_indicator);
    auto command = Commands::setTrajectoryValues(*i, {{u"2027/28"_s, 10.0}});
    QVERIFY(command->redo(*m_db, &error));
    QVERIFY(model.load(*m_db, &error));
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.recordAt(0)->field, u"trajectory 2027/28"_s);
    QVERIFY(command->undo(*m_db, &error));
    QVERIFY(model.load(*m_db, &error));
    QCOMPARE(model.recordAt(0)->command, u"Undo: "_s + command->text());
    QCOMPARE(model.index(0, ChangeHistoryModel::CommandColumn).data().toString(),
             u"Undo: "_s + command->text());
}

void tst_ChangeHistoryModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("kind"); // the item filter: "indicator" or "programme"
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("by item name") << u"suicide"_s << QString() << QString()
                                  << QStringList{u"trajectory 2025/26"_s, u"trajectory 2026/27"_s};
    QTest::newRow("by field") << u"MANAGER"_s << QString() << QString()
                              << QStringList{u"manager"_s};
    QTest::newRow("by kind") << u"progress update"_s << QString() << QString()
                             << QStringList{u"period"_s, u"rag"_s, u"wentWell"_s};
    QTest::newRow("by user") << QString() << u"bob"_s << QString()
                             << QStringList{u"trajectory 2025/26"_s, u"trajectory 2026/27"_s};
    QTest::newRow("by user and text")
        << u"obesity"_s << u"alice"_s << QString() << QStringList{u"manager"_s};
    QTest::newRow("the selected programme")
        << QString() << QString() << u"programme"_s << QStringList{u"manager"_s};
    QTest::newRow("the selected indicator, another user")
        << QString() << u"alice"_s << u"indicator"_s << QStringList{};
    QTest::newRow("nothing matches")
        << u"no such thing"_s << QString() << QString() << QStringList{};
}

void tst_ChangeHistoryModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, kind);
    QFETCH(QStringList, fields);
    ChangeHistoryModel model;
    QString error;
    QVERIFY(model.load(*m_db, &error));
    model.setTextFilter(text);
    model.setUserFilter(user);
    if (!kind.isEmpty())
        model.setItemFilter(kind, kind == u"programme"_s ? m_obesity : m_indicator);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.recordAt(r)->field;
    shown.sort();
    QCOMPARE(shown, fields);
    // Clearing the filters shows every row again.
    model.setTextFilter({});
    model.setUserFilter({});
    model.setItemFilter({}, 0);
    QCOMPARE(model.rowCount(), model.totalCount());
}

void tst_ChangeHistoryModel::users()
{
    ChangeHistoryModel model;
    QString error;
    QVERIFY(model.load(*m_db, &error));
    QVERIFY(model.users().contains(u"alice"_s));
    QVERIFY(model.users().contains(u"bob"_s));
    QCOMPARE(model.users().count(u"alice"_s), 1);
}

void tst_ChangeHistoryModel::fieldLabels_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::newRow("sro") << u"sro"_s << u"Senior responsible owner"_s;
    QTest::newRow("wentWell") << u"wentWell"_s << u"What went well"_s;
    QTest::newRow("didNot") << u"didNot"_s << u"What did not go well"_s;
    QTest::newRow("rag") << u"rag"_s << u"RAG status"_s;
    QTest::newRow("baselineValue") << u"baselineValue"_s << u"Baseline"_s;
    QTest::newRow("forecastDate") << u"forecastDate"_s << u"Forecast date"_s;
    QTest::newRow("a planned value") << u"trajectory 2025/26"_s << u"Planned 2025/26"_s;
    QTest::newRow("an actual value") << u"actual 2017"_s << u"Actual 2017"_s;
    QTest::newRow("a benchmark") << u"benchmark England 2017"_s << u"Benchmark England 2017"_s;
    QTest::newRow("a link") << u"link fingertips"_s << u"Link to Fingertips"_s;
    QTest::newRow("unknown, as stored") << u"somethingNew"_s << u"somethingNew"_s;
}

void tst_ChangeHistoryModel::fieldLabels()
{
    QFETCH(QString, field);
    QFETCH(QString, label);
    QCOMPARE(ChangeHistoryModel::fieldLabel(field), label);
}

void tst_ChangeHistoryModel::valueTexts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals"); // -1: not known
    QTest::addColumn<QString>("shown");
    QTest::newRow("RAG") << u"progress_update"_s << u"rag"_s << u"amber"_s << -1 << u"Amber"_s;
    QTest::newRow("milestone status")
        << u"milestone"_s << u"status"_s << u"at_risk"_s << -1 << u"At risk"_s;
    QTest::newRow("unit") << u"indicator"_s << u"unit"_s << u"percentage"_s << -1
                          << u"Percentage"_s;
    QTest::newRow("actual with CI, count and note")
        << u"indicator"_s << u"actual 2017"_s
        << u"126.08220559805 (110.144766572689 to 143.677761435003) [225/178455] note: v2.5"_s << 1
        << u"126.1 (110.1 to 143.7) [225/178455] note: v2.5"_s;
    QTest::newRow("benchmark, 2 decimals") << u"indicator"_s << u"benchmark England 2017"_s
                                           << u"94.7261896202678"_s << 2 << u"94.73"_s;
    QTest::newRow("planned, no decimals known")
        << u"indicator"_s << u"trajectory 2025/26"_s << u"94.7261896202678"_s << -1 << u"94.7262"_s;
    QTest::newRow("a whole number stays")
        << u"indicator"_s << u"targetValue"_s << u"12"_s << 1 << u"12.0"_s;
    QTest::newRow("text is left alone")
        << u"programme"_s << u"manager"_s << u"Dr 2.5 Test"_s << 1 << u"Dr 2.5 Test"_s;
    QTest::newRow("an unknown key, as stored")
        << u"milestone"_s << u"status"_s << u"later"_s << -1 << u"later"_s;
}

void tst_ChangeHistoryModel::valueTexts()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, shown);
    QCOMPARE(ChangeHistoryModel::valueText(
                 kind, field, value, decimals < 0 ? std::nullopt : std::optional<int>(decimals)),
             shown);
}

void tst_ChangeHistoryModel::shownAsThePlanShowsThem()
{
    ChangeHistoryModel model;
    QString error;
    QVERIFY(model.load(*m_db, &error));
    model.setIndicatorDecimals({{m_indicator, 2}});
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ChangeRecord *record = model.recordAt(r);
        if (record->field == u"trajectory 2026/27"_s || record->field == u"rag"_s) {
            shown << model.index(r, ChangeHistoryModel::FieldColumn).data().toString() + u": "_s
                         + model.index(r, ChangeHistoryModel::NewValueColumn).data().toString();
            // The tooltip keeps what was stored.
            QCOMPARE(
                model.index(r, ChangeHistoryModel::NewValueColumn).data(Qt::ToolTipRole).toString(),
                record->newValue);
        }
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{u"Planned 2026/27: 10.50"_s, u"RAG status: Amber"_s}));
    // Filtering finds a field by the name shown.
    model.setTextFilter(u"senior responsible"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setTextFilter(u"programme manager"_s);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_ChangeHistoryModel)
#include "tst_changehistorymodel.moc"
