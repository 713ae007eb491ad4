// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandtest.h"

#include "commands/commands.h"
#include "commands/commandsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/** A programme's quarterly progress updates: add, edit, delete, and what is refused. */
class tst_ProgressUpdateCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addEditDelete();
    void deletedWithItsProgramme();
    void refused_data();
    void refused();

private:
    ProgressUpdate stored();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_programme = 0;
    int m_run = 0;
};

void tst_ProgressUpdateCommands::init()
{
    m_db.reset();
    m_db = sample(m_dir, u"plan%1.jfp"_s.arg(++m_run));
    m_programme = byName(read(*m_db).programmes, u"Ageing Well"_s)->id;
}

ProgressUpdate tst_ProgressUpdateCommands::stored()
{
    ProgressUpdate u;
    u.programmeId = m_programme;
    u.period = u"2025/26 Q2"_s; // Fingertips style: stored as "Q2 2025/26"
    u.rag = u"amber"_s;
    u.wentWell = u"Falls clinics opened"_s;
    u.nextSteps = u"Recruit two more therapists"_s;
    auto add = Commands::addProgressUpdate(u);
    QString error;
    if (!add->redo(*m_db, &error))
        qFatal("%s", qPrintable(error));
    return read(*m_db).progressUpdates.constLast();
}

void tst_ProgressUpdateCommands::addEditDelete()
{
    ProgressUpdate u;
    u.programmeId = m_programme;
    u.period = u"Q1 2025/26"_s;
    u.rag = u"green"_s;
    u.wentWell = u"All milestones met"_s;
    u.didNot = u"Nothing slipped"_s;
    auto add = Commands::addProgressUpdate(u);
    RoundTrip r = roundTrip(*m_db, *add);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.after.progressUpdates.size(), 1);
    const ProgressUpdate added = r.after.progressUpdates.first();
    QCOMPARE(added.recordedBy, Commands::Internal::currentUser());
    QVERIFY(added.recordedAt.isValid());
    QVERIFY(qAbs(added.recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(fields(r.redoRows), (QStringList{u"period"_s, u"rag"_s, u"wentWell"_s, u"didNot"_s}));
    QCOMPARE(r.redoRows.first().itemKind, u"progress_update"_s);

    ProgressUpdate edited = added;
    edited.rag = u"red"_s;
    edited.nextSteps = u"Escalate to the board"_s;
    auto edit = Commands::editProgressUpdate(added, edited);
    r = roundTrip(*m_db, *edit);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(fields(r.redoRows), (QStringList{u"rag"_s, u"nextSteps"_s}));
    QCOMPARE(r.redoRows.first().oldValue, u"green"_s);
    QCOMPARE(r.redoRows.first().newValue, u"red"_s);

    auto remove = Commands::deleteProgressUpdate(edited);
    r = roundTrip(*m_db, *remove);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QVERIFY(r.after.progressUpdates.isEmpty());
}

void tst_ProgressUpdateCommands::deletedWithItsProgramme()
{
    const ProgressUpdate u = stored();
    QCOMPARE(u.period, u"Q2 2025/26"_s);
    auto command = Commands::deleteProgramme(*byId(read(*m_db).programmes, m_programme));
    const RoundTrip r = roundTrip(*m_db, *command);
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QVERIFY(r.after.progressUpdates.isEmpty());
    QCOMPARE(r.before.progressUpdates.first().id, u.id);
}

void tst_ProgressUpdateCommands::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no RAG") << u"no rag"_s << u"RAG"_s;
    QTest::newRow("not a quarter") << u"year"_s << u"quarter"_s;
    QTest::newRow("quarter outside horizon") << u"outside"_s << u"2024/25 to 2028/29"_s;
    QTest::newRow("second update for a quarter") << u"duplicate"_s << u"already has an update"_s;
    QTest::newRow("no programme") << u"no programme"_s << u"programme"_s;
}

void tst_ProgressUpdateCommands::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const ProgressUpdate existing = stored();
    ProgressUpdate u;
    u.programmeId = m_programme;
    u.period = u"Q3 2025/26"_s;
    u.rag = u"green"_s;
    if (what == u"no rag")
        u.rag = u"purple"_s;
    else if (what == u"year")
        u.period = u"2025/26"_s;
    else if (what == u"outside")
        u.period = u"Q1 2029/30"_s;
    else if (what == u"duplicate")
        u.period = existing.period;
    else
        u.programmeId = 777777;
    auto command = Commands::addProgressUpdate(u);
    const QString failure = CommandTest::refused(*m_db, *command, expected);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(tst_ProgressUpdateCommands)
#include "tst_progressupdatecommands.moc"
