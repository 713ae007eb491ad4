// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "benchsupport.h"
#include "charts/chartpanel.h"
#include "commands/programmecommands.h"
#include "document/backuppolicy.h"
#include "document/plandocument.h"
#include "document/undostack.h"
#include "mainwindow/mainwindow.h"
#include "models/plantreemodel.h"
#include "storage/database.h"
#include "storage/programmerepository.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The window on a `jfp demo` plan, each step timed until what it changes is drawn: open the
 * plan to the first paint, expand a place in the plan tree, select that place, then the system,
 * then a programme, select one of
 * its indicators until its chart is drawn, wait for what is left of the backup copy the window
 * writes in the background from the open on, edit the programme's name through the window's
 * undo stack until the tree and the details pane show it, and undo that. Each step reports
 * the peak memory of this process while it ran.
 *
 * A step inside this process cannot be stopped, so a step is skipped when the slowest step
 * before it took longer than JFP_BENCH_LIMIT_S (today every step after the opening costs about
 * what opening does). See benchsupport.h for the output, README's Performance section for the
 * figures.
 */
class bench_Document : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void steps();

private:
    /** Runs `work` as step `name` unless an earlier step went over the limit. */
    bool step(const QString &name, const std::function<bool()> &work);
    QString programmeNameInTree(MainWindow &window) const;

    QString m_scale;
    QString m_plan;
    Id m_systemId = 0;
    Id m_placeId = 0;
    Id m_programmeId = 0;
    Id m_indicatorId = 0;
    double m_slowestMs = 0;
    bool m_skipRest = false;
};

bool bench_Document::step(const QString &name, const std::function<bool()> &work)
{
    if (m_skipRest || m_slowestMs > double(Bench::limitMs())) {
        m_skipRest = true;
        Bench::reportSkipped(name, m_scale, u"after_step_over_limit"_s);
        return false;
    }
    Bench::resetPeak();
    QElapsedTimer timer;
    timer.start();
    const bool ok = work();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    Bench::report(name, m_scale, ms, Bench::peakRssMb());
    m_slowestMs = std::max(m_slowestMs, ms);
    return ok;
}

QString bench_Document::programmeNameInTree(MainWindow &window) const
{
    const QModelIndex index
        = window.navigator()->model()->indexOf(PlanTreeModel::ItemKind::Programme, m_programmeId);
    return index.data(Qt::DisplayRole).toString();
}

void bench_Document::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner benchmarks"_s);
    QApplication::setApplicationName(u"bench_document"_s);
    QString error;
    m_scale = Bench::scale(&error);
    QVERIFY2(!m_scale.isEmpty(), qPrintable(error));
    m_plan = Bench::demoPlan(QStringLiteral(JFP_CLI_PATH), m_scale, &error);
    QVERIFY2(!m_plan.isEmpty(), qPrintable(error));

    // The first place, its first programme with indicators, and that programme's first one.
    auto db = Database::open(m_plan, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"SELECT a.id, p.id, i.id FROM area a"
                       " JOIN programme p ON p.area_id = a.id AND p.parent_id IS NULL"
                       " JOIN indicator i ON i.programme_id = p.id"
                       " WHERE a.level = 'place' ORDER BY a.id, p.id, i.id LIMIT 1"_s));
    QVERIFY(query.next());
    m_placeId = query.value(0).toLongLong();
    m_programmeId = query.value(1).toLongLong();
    m_indicatorId = query.value(2).toLongLong();
    QVERIFY(query.exec(u"SELECT id FROM area WHERE parent_id IS NULL ORDER BY id LIMIT 1"_s));
    QVERIFY(query.next());
    m_systemId = query.value(0).toLongLong();
}

void bench_Document::steps()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(step(u"open_first_paint"_s, [&] {
        const bool opened = window.openPlan(m_plan);
        window.grab();
        return opened;
    }));
    QVERIFY2(window.hasPlan(), qPrintable(window.lastError()));

    QTreeView *tree = window.navigator()->treeView();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    QVERIFY(proxy);
    const QModelIndex place = proxy->mapFromSource(
        window.navigator()->model()->indexOf(PlanTreeModel::ItemKind::Area, m_placeId));
    QVERIFY(place.isValid());
    tree->collapse(place);
    tree->viewport()->grab();
    if (step(u"expand_place"_s, [&] {
            tree->expand(place);
            tree->viewport()->grab();
            return tree->isExpanded(place);
        })) {
        QVERIFY(proxy->rowCount(place) > 0);
    }

    // A place, then the system (every indicator of the plan in its Indicators tab), until
    // drawn; the system was selected when the plan opened, so the place comes first.
    DetailsPane *details = window.details();
    step(u"select_place"_s, [&] {
        const bool selected = window.navigator()->select(PlanTreeModel::ItemKind::Area, m_placeId);
        window.grab();
        return selected;
    });
    step(u"select_system"_s, [&] {
        const bool selected = window.navigator()->select(PlanTreeModel::ItemKind::Area, m_systemId);
        window.grab();
        return selected;
    });
    step(u"select_programme"_s, [&] {
        const bool selected
            = window.navigator()->select(PlanTreeModel::ItemKind::Programme, m_programmeId);
        window.grab();
        return selected;
    });
    if (step(u"select_indicator_chart"_s, [&] {
            const bool selected = details->selectIndicator(m_indicatorId);
            details->showChartTab();
            details->chartPanel()->view()->grab();
            return selected;
        })) {
        QCOMPARE(details->chartPanel()->indicatorId(), m_indicatorId);
    }

    // The backup for the first change is written in the background from the open on; an
    // edit made before it is complete waits for it. Timed apart, so that the edit below is
    // what a user making it a few seconds after opening sees.
    QVERIFY(window.document()->backupPolicy());
    step(u"first_backup_ready"_s,
         [&] { return window.document()->backupPolicy()->waitForPrepared(); });

    QString error;
    const std::optional<Programme> before
        = ProgrammeRepository(*window.database()).find(m_programmeId, &error);
    QVERIFY2(before, qPrintable(error));
    Programme after = *before;
    after.name = before->name + u" (edited)"_s;
    const auto shown = [&](const QString &name) {
        tree->viewport()->grab();
        details->grab();
        return programmeNameInTree(window) == name && details->title().contains(name);
    };
    if (step(u"edit_programme_name"_s, [&] {
            return window.push(Commands::editProgramme(*before, after)) && shown(after.name);
        })) {
        QCOMPARE(programmeNameInTree(window), after.name);
        QVERIFY2(details->title().contains(after.name), qPrintable(details->title()));
    }
    if (step(u"undo_edit"_s, [&] {
            window.undoStack()->undo();
            return shown(before->name);
        })) {
        QCOMPARE(programmeNameInTree(window), before->name);
    }
}

QTEST_MAIN(bench_Document)
#include "bench_document.moc"
