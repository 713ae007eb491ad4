// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/boardpackdialog.h"
#include "dialogs/importdialog.h"
#include "mainwindow/mainwindow.h"
#include "sample/sampleplan.h"
#include "uitest.h"
#include "views/welcomepanel.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * The first-run panel: over the sample plan on a first run, its buttons start the first steps
 * (and are reached by Tab, each named), it goes for good with "Don't Show This Again", stays
 * away over the user's own plans, and Help > Getting Started brings it back.
 */
class tst_WelcomePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shownOverTheSampleOnAFirstRun();
    void notShownOverYourOwnPlan();
    void closedForGood();
    void gettingStartedBringsItBack();
    void buttonsStartTheFirstSteps();

private:
    QTemporaryDir m_dir;
};

void tst_WelcomePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_welcomepanel"_s);
    QVERIFY(m_dir.isValid());
}

void tst_WelcomePanel::init()
{
    QSettings().clear();
}

void tst_WelcomePanel::shownOverTheSampleOnAFirstRun()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openInitialPlan()); // nothing opened before: the sample
    QVERIFY(window.isSampleOpen());
    WelcomePanel *panel = window.welcomePanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(UiTest::unnamedControls(panel).isEmpty(),
             qPrintable(UiTest::unnamedControls(panel).join(u", "_s)));
    // Tab walks its buttons in reading order.
    panel->openButton()->setFocus();
    const QList<QPushButton *> order{panel->importButton(),
                                     panel->boardPackButton(),
                                     panel->guideButton(),
                                     panel->closeButton()};
    for (QPushButton *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    UiTest::screenshot(&window, u"welcome"_s);
}

void tst_WelcomePanel::notShownOverYourOwnPlan()
{
    UiTest::Window window;
    QVERIFY(!window->isSampleOpen());
    QVERIFY(!window->welcomePanel()->isVisible());
    window->closePlan();
    QVERIFY(!window->welcomePanel()->isVisible());
}

void tst_WelcomePanel::closedForGood()
{
    {
        MainWindow window;
        window.setMessagesSilenced(true);
        window.show();
        QVERIFY(window.openInitialPlan());
        QVERIFY(window.welcomePanel()->isVisible());
        window.welcomePanel()->closeButton()->setFocus();
        QTest::keyClick(window.welcomePanel()->closeButton(), Qt::Key_Space);
        QVERIFY(!window.welcomePanel()->isVisible());
        QVERIFY(WelcomePanel::dismissed());
    }
    MainWindow again;
    again.setMessagesSilenced(true);
    again.show();
    QVERIFY(again.openInitialPlan());
    QVERIFY(again.isSampleOpen());
    QVERIFY(!again.welcomePanel()->isVisible());
}

void tst_WelcomePanel::gettingStartedBringsItBack()
{
    WelcomePanel::setDismissed(true);
    UiTest::Window window; // the user's own plan
    QAction *gettingStarted = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == u"&Getting Started"_s)
                gettingStarted = a;
        }
    }
    QVERIFY(gettingStarted);
    gettingStarted->trigger();
    QVERIFY(window->isSampleOpen()); // the panel speaks of the sample: it is opened
    QVERIFY(window->welcomePanel()->isVisible());
    QVERIFY(!WelcomePanel::dismissed());
    QCOMPARE(QApplication::focusWidget(), window->welcomePanel()->openButton());
}

void tst_WelcomePanel::buttonsStartTheFirstSteps()
{
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openInitialPlan());
    bool packOpened = false;
    UiTest::whenDialogOpens<BoardPackDialog>([&](BoardPackDialog *dialog) {
        packOpened = true;
        dialog->reject();
    });
    window.welcomePanel()->boardPackButton()->click();
    QVERIFY(packOpened);
    bool fileChosen = false;
    UiTest::whenDialogOpens<QFileDialog>([&](QFileDialog *dialog) {
        fileChosen = true;
        dialog->reject();
    });
    window.welcomePanel()->importButton()->click();
    QVERIFY(fileChosen);
}

QTEST_MAIN(tst_WelcomePanel)
#include "tst_welcomepanel.moc"
