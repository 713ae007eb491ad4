// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "cli/drawingcommands.h"
#include "coretr.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

/*
 * `jfp`: the command line on the core alone (QtCore and QtSql). The commands that draw
 * (chart, board-pack) are handed to `jfp-draw`, which links the GUI libraries: it runs with
 * this process's standard input, output and error, and its exit status is the command's.
 */
namespace {

/**
 * jfp-draw beside this program (the build tree and the portable folders), or where
 * `make install` puts it. findExecutable() adds ".exe" on Windows.
 */
QString drawingProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    return QStandardPaths::findExecutable(
        QStringLiteral("jfp-draw"),
        {dir, QDir::cleanPath(dir + QStringLiteral("/../" JFP_LIBEXEC_DIR))});
}

int handOver(const QString &name, const QStringList &arguments, Jfp::Cli::Streams &streams)
{
    const QString program = drawingProgram();
    if (program.isEmpty()) {
        return Jfp::Cli::fail(
            streams.err,
            Jfp::Tr::tr("'%1' draws with the program jfp-draw, which is not installed beside "
                        "jfp (looked in %2). Reinstall JFP Planner.")
                .arg(name, QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
    }
    streams.out.flush();
    streams.err.flush();
    QProcess draw;
    draw.setProcessChannelMode(QProcess::ForwardedChannels);
    draw.setInputChannelMode(QProcess::ForwardedInputChannel);
    draw.start(program, QStringList{name} + arguments, QIODevice::ReadOnly);
    if (!draw.waitForStarted(-1)) {
        return Jfp::Cli::fail(streams.err,
                              Jfp::Tr::tr("could not start %1: %2")
                                  .arg(QDir::toNativeSeparators(program), draw.errorString()));
    }
    draw.waitForFinished(-1);
    if (draw.exitStatus() != QProcess::NormalExit) {
        return Jfp::Cli::fail(streams.err,
                              Jfp::Tr::tr("%1 stopped unexpectedly: %2")
                                  .arg(QDir::toNativeSeparators(program), draw.errorString()));
    }
    return draw.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Jfp::Cli::registerDrawingCommands(handOver);
    return Jfp::Cli::runApplication(app);
}
