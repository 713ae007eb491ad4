// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../commands/commandtest.h"

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

private:
    void run(std::unique_ptr<PlanCommand> command, const QByteArray &user);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_obesity = 0;
    Id m_indicator = 0;
};

void tst_ChangeHistoryModel::run(std::unique_ptr<PlanCommand> command, const QByteArray &user)
{
    qputenv("USER", user);
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
    QCOMPARE(model.index(last, ChangeHistoryModel::FieldColumn).data().toString(), u"manager"_s);
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

QTEST_GUILESS_MAIN(tst_ChangeHistoryModel)
#include "tst_changehistorymodel.moc"
