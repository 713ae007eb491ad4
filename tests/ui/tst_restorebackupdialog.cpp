// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "uitest.h"

#include "commands/plancommands.h"
#include "dialogs/restorebackupdialog.h"
#include "document/plandocument.h"
#include "storage/planbackups.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * File > Restore from Backup: the window backs a plan up before its first change, lists the
 * backups in a dialog reachable by keyboard with every control named, restores the chosen one
 * and reopens the plan; a read-only plan cannot be restored over.
 */
class tst_RestoreBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogListsBackupsByKeyboard();
    void restoreThroughTheWindow();
    void readOnlyPlanRefuses();

private:
    static bool rename(MainWindow *window, const QString &name);
};

void tst_RestoreBackupDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(PlanBackups::defaultRoot()).removeRecursively();
}

bool tst_RestoreBackupDialog::rename(MainWindow *window, const QString &name)
{
    PlanInfo after = window->plan().info;
    after.name = name;
    return window->push(Commands::editPlanInfo(window->plan().info, after));
}

void tst_RestoreBackupDialog::dialogListsBackupsByKeyboard()
{
    const QList<PlanBackup> backups
        = {{u"/backups/b2.jfp"_s, QDateTime(QDate(2026, 6, 2), QTime(9, 30), Qt::UTC), 2048},
           {u"/backups/b1.jfp"_s, QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC), 1024}};
    RestoreBackupDialog dialog(u"/plans/plan.jfp"_s, backups);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(UiTest::unnamedControls(&dialog), QStringList());
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QLocale().formattedDataSize(2048));
    QVERIFY(dialog.list()->hasFocus());
    QCOMPARE(dialog.selectedPath(), u"/backups/b2.jfp"_s);
    QVERIFY(dialog.restoreButton()->isEnabled());
    QTest::keyClick(dialog.list(), Qt::Key_Down);
    QCOMPARE(dialog.selectedPath(), u"/backups/b1.jfp"_s);
    QTest::keyClick(dialog.list(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    RestoreBackupDialog none(u"/plans/plan.jfp"_s, {});
    QVERIFY(!none.restoreButton()->isEnabled());
    QCOMPARE(none.selectedPath(), QString());
}

void tst_RestoreBackupDialog::restoreThroughTheWindow()
{
    UiTest::Window window;
    auto *action = window->findChild<QAction *>(u"restoreBackupAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString original = window->plan().info.name;
    const PlanBackups backups(window.path);
    QVERIFY(backups.list().isEmpty());
    QVERIFY(rename(window.window.get(), u"Renamed"_s)); // backed up first
    QCOMPARE(backups.list().size(), 1);

    // The action's dialog, answered by keyboard: the first (newest) backup, Enter.
    UiTest::whenDialogOpens<RestoreBackupDialog>([](RestoreBackupDialog *dialog) {
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    action->trigger();
    QVERIFY2(window->lastError().isEmpty(), qPrintable(window->lastError()));
    QVERIFY(window->hasPlan());
    QCOMPARE(window->plan().info.name, original);
    QCOMPARE(UiTest::reread(window.path).info.name, original);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Restored"_s));
    // The renamed plan is kept, so the restore can be undone in its turn.
    const QList<PlanBackup> now = backups.list();
    QCOMPARE(now.size(), 2);
    QCOMPARE(UiTest::reread(now.first().path).info.name, u"Renamed"_s);
    QVERIFY(window->restoreFromBackup(now.first().path));
    QCOMPARE(window->plan().info.name, u"Renamed"_s);

    // A damaged backup is refused and the plan stays open as it was.
    const QString damaged = window.dir.filePath(u"damaged.jfp"_s);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a plan");
    file.close();
    QVERIFY(!window->restoreFromBackup(damaged));
    QVERIFY(window->lastError().contains(QDir::toNativeSeparators(damaged)));
    QVERIFY(window->hasPlan());
    QCOMPARE(window->plan().info.name, u"Renamed"_s);
}

void tst_RestoreBackupDialog::readOnlyPlanRefuses()
{
    QTemporaryDir dir;
    const QString path = UiTest::samplePlan(dir, u"readonly.jfp"_s);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    MainWindow window;
    window.setMessagesSilenced(true);
    QVERIFY2(window.openPlan(path), qPrintable(window.lastError()));
    if (!window.isReadOnly())
        QSKIP("the file is writable all the same (running as root)");
    auto *action = window.findChild<QAction *>(u"restoreBackupAction"_s);
    QVERIFY(action && !action->isEnabled());
    QVERIFY(!window.restoreFromBackup(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(tst_RestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
