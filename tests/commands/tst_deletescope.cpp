// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commands/commands.h"
#include "commands/deletescope.h"
#include "commandtest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;
using namespace Jfp::CommandTest;

/**
 * DeleteScope counts exactly what the delete commands remove: each row deletes an item from
 * the sample plan and compares the counts with the plan read back from the file.
 */
class tst_DeleteScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheDelete_data();
    void matchesTheDelete();
    void nothingElse();
};

namespace {

struct Counts
{
    qsizetype areas = 0, programmes = 0, milestones = 0, indicators = 0, values = 0,
              annotations = 0, updates = 0, practices = 0;
};

Counts count(const PlanSnapshot &p)
{
    Counts c;
    c.areas = p.areas.size();
    c.programmes = p.programmes.size();
    c.milestones = p.milestones.size();
    c.indicators = p.indicators.size();
    c.updates = p.progressUpdates.size();
    for (const Indicator &i : p.indicators) {
        c.values += i.trajectory.size() + i.actuals.size();
        c.annotations += i.annotations.size();
    }
    for (const Area &a : p.areas)
        c.practices += a.practices.size();
    return c;
}

} // namespace

void tst_DeleteScope::matchesTheDelete_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("system") << u"area"_s << u"NHS Cheshire and Merseyside"_s;
    QTest::newRow("place") << u"area"_s << u"St Helens"_s;
    QTest::newRow("locality") << u"area"_s << u"Central"_s;
    QTest::newRow("programme") << u"programme"_s << u"Tackling Obesity"_s;
    QTest::newRow("programme with milestones") << u"programme"_s << u"Mental Wellbeing"_s;
    QTest::newRow("sub-programme")
        << u"programme"_s << u"A. Support healthy eating choices in the Borough"_s;
    QTest::newRow("indicator") << u"indicator"_s
                               << u"Emergency Admissions for intentional self harm"_s;
}

void tst_DeleteScope::matchesTheDelete()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QTemporaryDir dir;
    auto db = sample(dir, u"scope.jfp"_s);
    const PlanSnapshot before = read(*db);
    // A progress update, so that updates are counted too.
    ProgressUpdate update;
    update.programmeId = byName(before.programmes, u"Tackling Obesity"_s)->id;
    update.period = u"Q2 2025/26"_s;
    update.rag = u"amber"_s;
    QString error;
    QVERIFY2(Commands::addProgressUpdate(update)->redo(*db, &error), qPrintable(error));
    // Values and an annotation on an indicator of Tackling Obesity and of Mental Wellbeing.
    for (const QString &indicator : {u"Emergency Admissions for intentional self harm"_s,
                                     u"Prevalence of obese children (4-5)"_s}) {
        const Indicator *i = byName(before.indicators, indicator);
        QVERIFY(i);
        QVERIFY2(Commands::setTrajectoryValues(*i, {{u"2025/26"_s, 20.0}, {u"2026/27"_s, 19.0}})
                     ->redo(*db, &error),
                 qPrintable(error));
        ActualValue actual;
        actual.period = u"2024/25"_s;
        actual.value = 21.0;
        QVERIFY2(Commands::setActualValues(*i, {actual})->redo(*db, &error), qPrintable(error));
        Annotation note;
        note.indicatorId = i->id;
        note.period = u"2024/25"_s;
        note.label = u"Launch"_s;
        QVERIFY2(Commands::addAnnotation(note)->redo(*db, &error), qPrintable(error));
    }
    const PlanSnapshot plan = read(*db);

    DeleteScope scope;
    std::unique_ptr<PlanCommand> command;
    int self = 0;
    if (kind == u"area") {
        const Area *a = byName(plan.areas, name);
        scope = DeleteScope::ofArea(plan, a->id);
        command = Commands::deleteArea(*a);
    } else if (kind == u"programme") {
        const Programme *p = byName(plan.programmes, name);
        scope = DeleteScope::ofProgramme(plan, p->id);
        command = Commands::deleteProgramme(*p);
    } else {
        const Indicator *i = byName(plan.indicators, name);
        scope = DeleteScope::ofIndicator(plan, i->id);
        command = Commands::deleteIndicator(*i);
        self = 1;
    }
    QVERIFY(!scope.isEmpty());
    QVERIFY2(command->redo(*db, &error), qPrintable(error));
    const Counts was = count(plan);
    const Counts now = count(read(*db));
    QCOMPARE(was.areas - now.areas, scope.areas + (kind == u"area"));
    QCOMPARE(was.programmes - now.programmes, scope.programmes + (kind == u"programme"));
    QCOMPARE(was.milestones - now.milestones, scope.milestones);
    QCOMPARE(was.indicators - now.indicators, scope.indicators + self);
    QCOMPARE(was.values - now.values, scope.values);
    QCOMPARE(was.annotations - now.annotations, scope.annotations);
    QCOMPARE(was.updates - now.updates, scope.progressUpdates);
    QCOMPARE(was.practices - now.practices, scope.practices);
}

void tst_DeleteScope::nothingElse()
{
    QTemporaryDir dir;
    auto db = sample(dir, u"scope.jfp"_s);
    const PlanSnapshot plan = read(*db);
    QVERIFY(DeleteScope::ofProgramme(plan, byName(plan.programmes, u"Healthy Advertising"_s)->id)
                .milestones
            == 1);
    QVERIFY(DeleteScope::ofProgramme(plan, byName(plan.programmes, u"Housing and Health"_s)->id)
                .isEmpty());
    QVERIFY(DeleteScope::ofArea(plan, 0).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeleteScope)
#include "tst_deletescope.moc"
