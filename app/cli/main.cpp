// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "cli/drawingcommands.h"
#include "coretr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <vector>

/*
 * `jfp`: the command line on the core alone (QtCore and QtSql). The commands that draw
 * (chart, board-pack) are handed to `jfp-draw`, which links the GUI libraries: it replaces
 * this process, so its output, messages and exit status are the command's.
 */
namespace {

/** jfp-draw beside this program (the build tree), or where `make install` puts it. */
QString drawingProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        dir + QStringLiteral("/jfp-draw"),
        QDir::cleanPath(dir + QStringLiteral("/../" JFP_LIBEXEC_DIR "/jfp-draw")),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return candidate;
    }
    return {};
}

int handOver(const QString &name, const QStringList &arguments, Jfp::Cli::Streams &streams)
{
    const QString program = drawingProgram();
    if (program.isEmpty()) {
        return Jfp::Cli::fail(
            streams.err,
            Jfp::Tr::tr("'%1' draws with the program jfp-draw, which is not installed beside "
                        "jfp (looked in %2). Reinstall JFP Planner.")
                .arg(name, QCoreApplication::applicationDirPath()));
    }
    streams.out.flush();
    streams.err.flush();
    std::vector<QByteArray> words = {QFile::encodeName(program), name.toLocal8Bit()};
    for (const QString &argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    execv(argv.front(), argv.data());
    return Jfp::Cli::fail(streams.err,
                          Jfp::Tr::tr("could not start %1: %2")
                              .arg(program, QString::fromLocal8Bit(strerror(errno))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Jfp::Cli::registerDrawingCommands(handOver);
    return Jfp::Cli::runApplication(app);
}
