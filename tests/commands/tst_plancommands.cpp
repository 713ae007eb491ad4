// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"
#include "document/plandocument.h"
#include "document/undostack.h"
#include "domain/planvalidator.h"
#include "models/changehistorymodel.h"
#include "models/milestonetablemodel.h"
#include "translations.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/**
 * The plan's own details: the milestone slip tolerance (set, undone, in the history; a stored
 * value the plan cannot use falls back to 14 days and is named by the validator), and the
 * name and description beside it.
 */
class tst_PlanCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setTolerance_data();
    void setTolerance();
    void refused_data();
    void refused();
    void editNameAndDescription();
    void storedTolerance_data();
    void storedTolerance();
    void documentAndTable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_PlanCommands::initTestCase()
{
    // "Milestones slip after 30 days": the English plural forms the apps load.
    installTranslators(*QCoreApplication::instance(),
                       QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_PlanCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
}

void tst_PlanCommands::setTolerance_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << u"Milestones slip after 0 days"_s;
    QTest::newRow("one") << 1 << u"Milestones slip after 1 day"_s;
    QTest::newRow("a month") << 30 << u"Milestones slip after 30 days"_s;
    QTest::newRow("a year") << 366 << u"Milestones slip after 366 days"_s;
}

void tst_PlanCommands::setTolerance()
{
    QFETCH(int, days);
    QFETCH(QString, text);
    const PlanSnapshot plan = read(*m_db);
    QCOMPARE(plan.info.milestoneSlipToleranceDays, 14);
    auto command = Commands::setMilestoneSlipTolerance(plan.info, days);
    QCOMPARE(command->text(), text);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.before.info.milestoneSlipToleranceDays, 14);
    QCOMPARE(r.after.info.milestoneSlipToleranceDays, days);
    QCOMPARE(r.after.info.name, plan.info.name);
    // One history row, about the plan, with the old and the new number of days.
    QCOMPARE(fields(r.redoRows), QStringList{u"milestoneSlipToleranceDays"_s});
    const ChangeRecord &row = r.redoRows.first();
    QCOMPARE(row.itemKind, u"plan"_s);
    QCOMPARE(row.itemName, plan.info.name);
    QCOMPARE(row.oldValue, u"14"_s);
    QCOMPARE(row.newValue, QString::number(days));
    QCOMPARE(row.command, text);
    QCOMPARE(r.undoRows.first().command, u"Undo: "_s + text);
    QCOMPARE(r.undoRows.first().oldValue, QString::number(days));
    QCOMPARE(r.undoRows.first().newValue, u"14"_s);
    // The history names the field in words.
    QCOMPARE(ChangeHistoryModel::fieldLabel(row.field), u"Milestone slip tolerance"_s);
}

void tst_PlanCommands::refused_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("negative") << -1;
    QTest::newRow("over a year") << 367;
}

void tst_PlanCommands::refused()
{
    QFETCH(int, days);
    auto command = Commands::setMilestoneSlipTolerance(read(*m_db).info, days);
    const QString failure = CommandTest::refused(*m_db, *command, u"0 to 366 days"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_PlanCommands::editNameAndDescription()
{
    const PlanInfo before = read(*m_db).info;
    PlanInfo after = before;
    after.name = u"Our plan"_s;
    after.description = u"What we will do together."_s;
    after.milestoneSlipToleranceDays = 21;
    auto command = Commands::editPlanInfo(before, after);
    QCOMPARE(command->text(), u"Change plan properties"_s);
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows),
             (QStringList{u"name"_s, u"description"_s, u"milestoneSlipToleranceDays"_s}));
    QCOMPARE(r.after.info.name, after.name);
    QCOMPARE(r.after.info.horizonStart, before.horizonStart);
    QCOMPARE(r.after.info.milestoneSlipToleranceDays, 21);
}

void tst_PlanCommands::storedTolerance_data()
{
    QTest::addColumn<QVariant>("stored"); // null: no row at all
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("warned");
    QTest::newRow("missing") << QVariant() << 14 << false;
    QTest::newRow("empty") << QVariant(u""_s) << 14 << false;
    QTest::newRow("30") << QVariant(u"30"_s) << 30 << false;
    QTest::newRow("0") << QVariant(u"0"_s) << 0 << false;
    QTest::newRow("366") << QVariant(u"366"_s) << 366 << false;
    QTest::newRow("spaces") << QVariant(u" 7 "_s) << 7 << false;
    QTest::newRow("words") << QVariant(u"two weeks"_s) << 14 << true;
    QTest::newRow("fraction") << QVariant(u"12.5"_s) << 14 << true;
    QTest::newRow("negative") << QVariant(u"-3"_s) << 14 << true;
    QTest::newRow("absurd") << QVariant(u"367"_s) << 14 << true;
    QTest::newRow("huge") << QVariant(u"99999999999"_s) << 14 << true;
}

void tst_PlanCommands::storedTolerance()
{
    QFETCH(QVariant, stored);
    QFETCH(int, days);
    QFETCH(bool, warned);
    // As another program (or a hand edit) might leave the plan file.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"DELETE FROM plan_info WHERE key = 'milestone_slip_tolerance_days'"_s));
    if (stored.isValid()) {
        QVERIFY(query.prepare(
            u"INSERT INTO plan_info (key, value) VALUES ('milestone_slip_tolerance_days', ?)"_s));
        query.addBindValue(stored.toString());
        QVERIFY(query.exec());
    }
    const PlanSnapshot plan = read(*m_db);
    QCOMPARE(plan.info.milestoneSlipToleranceDays, days);
    QCOMPARE(plan.info.unusableSlipTolerance.has_value(), warned);
    QStringList warnings;
    for (const Finding &f : PlanValidator::validate(plan)) {
        if (f.message.contains(u"slip tolerance"_s)) {
            QCOMPARE(f.severity, Finding::Severity::Warning);
            warnings << f.message;
        }
    }
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned) {
        // The key, the value, what is used instead and what to do.
        const QString &w = warnings.first();
        QVERIFY2(w.contains(u"'milestone_slip_tolerance_days'"_s), qPrintable(w));
        QVERIFY2(w.contains(u"'%1'"_s.arg(stored.toString())), qPrintable(w));
        QVERIFY2(w.contains(u"14 days"_s), qPrintable(w));
        QVERIFY2(w.contains(u"File > Plan Properties"_s), qPrintable(w));
        // Setting it mends the file.
        auto command = Commands::setMilestoneSlipTolerance(plan.info, 20);
        QString error;
        QVERIFY2(command->redo(*m_db, &error), qPrintable(error));
        const PlanSnapshot mended = read(*m_db);
        QCOMPARE(mended.info.milestoneSlipToleranceDays, 20);
        QVERIFY(!mended.info.unusableSlipTolerance);
    }
}

void tst_PlanCommands::documentAndTable()
{
    // Through the document, as the window changes it: the milestones table follows the plan's
    // tolerance, and undo and redo bring each one back.
    const QString path = m_db->path();
    m_db.reset();
    QString error;
    auto document = PlanDocument::open(path, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    PlanSnapshot plan = document->plan();
    Milestone before = plan.milestones.first();
    Milestone late = before;
    late.status = MilestoneStatus::OnTrack;
    late.completionDate = {};
    late.baselineDate = QDate::currentDate().addMonths(6);
    late.forecastDate = late.baselineDate.addDays(20);
    QVERIFY2(document->push(Commands::editMilestone(before, late), &error), qPrintable(error));

    MilestoneTableModel model;
    const auto status = [&] {
        model.showArea(&document->plan(), 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, MilestoneTableModel::StatusColumn);
            if (index.data(MilestoneTableModel::MilestoneIdRole).toLongLong() == late.id)
                return index.data().toString();
        }
        return QString();
    };
    QCOMPARE(status(), u"Slipped"_s);

    QSignalSpy changed(document.get(), &PlanDocument::changed);
    QVERIFY2(document->push(Commands::setMilestoneSlipTolerance(document->plan().info, 30), &error),
             qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().value<PlanChange>().touches(u"plan"_s));
    QCOMPARE(document->plan().info.milestoneSlipToleranceDays, 30);
    QCOMPARE(status(), u"On track"_s);
    QCOMPARE(document->undoStack()->undoText(), u"Milestones slip after 30 days"_s);

    QVERIFY(document->undoStack()->undo());
    QCOMPARE(document->plan().info.milestoneSlipToleranceDays, 14);
    QCOMPARE(status(), u"Slipped"_s);
    QVERIFY(document->undoStack()->redo());
    QCOMPARE(status(), u"On track"_s);
}

QTEST_GUILESS_MAIN(tst_PlanCommands)
#include "tst_plancommands.moc"
