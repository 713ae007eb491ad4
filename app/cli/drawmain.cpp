// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/chartcommands.h"
#include "cli/commandline.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

/*
 * `jfp-draw`: the command line with the commands that draw (chart, board-pack), which `jfp`
 * hands over to it. Charts need a GUI application object; without a display it draws
 * offscreen.
 */
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Give Qt a private runtime folder instead of a warning on every run, named after the
        // account that owns the home folder (the user's id, from the platform through Qt).
        const QString runtime = QDir::temp().filePath(
            QStringLiteral("jfp-runtime-%1").arg(QFileInfo(QDir::homePath()).ownerId()));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(
                runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
#endif
    QApplication app(argc, argv);
    Jfp::ChartStyle::registerBundledFonts();
    Jfp::Cli::registerChartCommands();
    return Jfp::Cli::runApplication(app);
}
