// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/annotationdialog.h"
#include "dialogs/chartexportdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/filltrajectorydialog.h"
#include "dialogs/gotodialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/itemdialog.h"
#include "dialogs/progressupdatedialog.h"
#include "dialogs/spcsettingsdialog.h"
#include "editors/indicatorform.h"
#include "editors/milestoneform.h"
#include "editors/programmeform.h"
#include "mainwindow/mainwindow.h"
#include "uitest.h"
#include "views/screenfit.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Every window and dialog opens inside a small or scaled screen: run twice by ctest, on an
 * offscreen 1280×720 screen and on 1600×1000 at 150 % (tests/data/screens), it checks that
 * each fits the screen's available area with room for its frame, and that OK and Cancel are
 * inside it.
 */
class tst_ScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fits_data();
    void fits();
    void restoredWindowComesBackInside();

private:
    QTemporaryDir m_dir;
    QString m_plan;
};

void tst_ScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo() << "screen" << screen->geometry() << "at" << screen->devicePixelRatio();
    m_plan = UiTest::samplePlan(m_dir, u"fit.jfp"_s);
}

void tst_ScreenFit::fits_data()
{
    QTest::addColumn<QString>("window");
    for (const char *name : {"main window",
                             "Add Indicator",
                             "Add Programme",
                             "Add Milestone",
                             "Go To",
                             "Import",
                             "Add Progress Update",
                             "Fill Trajectory",
                             "Export",
                             "Export Chart",
                             "SPC Settings",
                             "Annotation"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ScreenFit::fits()
{
    QFETCH(QString, window);
    const PlanSnapshot plan = UiTest::reread(m_plan);
    std::unique_ptr<QWidget> widget;
    if (window == u"main window") {
        auto main = std::make_unique<MainWindow>();
        main->setMessagesSilenced(true);
        widget = std::move(main);
    } else if (window == u"Add Indicator") {
        auto *form = new IndicatorForm(ItemForm::CommitMode::Whole);
        form->setItem(Indicator{}, plan, true);
        widget = std::make_unique<ItemDialog>(form, window);
    } else if (window == u"Add Programme") {
        auto *form = new ProgrammeForm(ItemForm::CommitMode::Whole);
        form->setItem(Programme{}, plan, true);
        widget = std::make_unique<ItemDialog>(form, window);
    } else if (window == u"Add Milestone") {
        auto *form = new MilestoneForm(ItemForm::CommitMode::Whole);
        form->setItem(Milestone{}, plan, true);
        widget = std::make_unique<ItemDialog>(form, window);
    } else if (window == u"Go To") {
        widget = std::make_unique<GoToDialog>(plan);
    } else if (window == u"Import") {
        widget = std::make_unique<ImportDialog>(
            plan,
            QStringLiteral(TEST_DATA_DIR)
                + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s,
            ImportFormat::Fingertips,
            false);
    } else if (window == u"Add Progress Update") {
        ProgressUpdate update;
        update.programmeId = plan.programmes.first().id;
        widget = std::make_unique<ProgressUpdateDialog>(plan, update, true);
    } else if (window == u"Fill Trajectory") {
        widget = std::make_unique<FillTrajectoryDialog>(plan.indicators.first(),
                                                        TrajectoryFill::Request{});
    } else if (window == u"Export") {
        widget
            = std::make_unique<ExportDialog>(m_dir.filePath(u"plan.xlsx"_s),
                                             u"St Helens"_s,
                                             QList<ExportDialog::Format>{{u"Excel"_s, u"xlsx"_s}});
    } else if (window == u"Export Chart") {
        widget = std::make_unique<ChartExportDialog>(m_dir.filePath(u"chart.png"_s), false);
    } else if (window == u"SPC Settings") {
        widget = std::make_unique<SpcSettingsDialog>(Commands::SpcSettingsValue{});
    } else if (window == u"Annotation") {
        widget = std::make_unique<AnnotationDialog>(Annotation{});
    }
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    const QRect area = widget->screen()->availableGeometry();
    const QRect shown = widget->geometry();
    QVERIFY2(shown.width() + ScreenFit::frameWidth <= area.width()
                 && shown.height() + ScreenFit::frameHeight <= area.height(),
             qPrintable(u"%1 is %2×%3 on an available %4×%5"_s.arg(window)
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(area.width())
                            .arg(area.height())));
    QVERIFY2(area.contains(shown), qPrintable(window));
    if (auto *buttons = widget->findChild<QDialogButtonBox *>()) {
        const QRect inWindow(buttons->mapTo(widget.get(), QPoint(0, 0)), buttons->size());
        QVERIFY2(widget->rect().contains(inWindow), qPrintable(window + u": OK is cut off"_s));
        QVERIFY(buttons->isVisible());
    }
}

void tst_ScreenFit::restoredWindowComesBackInside()
{
    // Saved on a big screen at 1900×1150, far to the right: opened here, it comes back inside.
    {
        MainWindow window;
        window.setMessagesSilenced(true);
        window.setGeometry(600, 300, 1900, 1150);
        QSettings().setValue(u"window/geometry"_s, window.saveGeometry());
    }
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect area = window.screen()->availableGeometry();
    QVERIFY2(area.contains(window.geometry()),
             qPrintable(u"%1,%2 %3×%4"_s.arg(window.x())
                            .arg(window.y())
                            .arg(window.width())
                            .arg(window.height())));
    QSettings().clear();
}

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
