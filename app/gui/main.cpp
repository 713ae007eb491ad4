// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "charts/chartstyle.h"
#include "mainwindow/mainwindow.h"
#include "storage/writeerror.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Settings in a file in the user's roaming profile (%APPDATA%\JFP Planner), which a
    // portable copy and an installed one share, rather than in the registry.
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
    Jfp::WriteError::failWritesPastSizeLimit();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JFP Planner"));
    QApplication::setApplicationName(QStringLiteral("JFP Planner"));
    QApplication::setApplicationDisplayName(QStringLiteral("JFP Planner"));
    QApplication::setApplicationVersion(QStringLiteral(JFP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("uk.nhs.cheshireandmerseyside.JfpPlanner"));
    Jfp::installTranslators(app);
    Jfp::ChartStyle::registerBundledFonts();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Plans, milestones and indicators of the Cheshire and Merseyside Joint Forward Plan"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The plan to open (.jfp)"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> and quit."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app);

    Jfp::MainWindow window;
    const bool takeScreenshot = parser.isSet(screenshot);
    window.setMessagesSilenced(takeScreenshot);
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openInitialPlan(files.isEmpty() ? QString() : files.constFirst());

    if (takeScreenshot) {
        QTimer::singleShot(300, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
