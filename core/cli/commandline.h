// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

class QCoreApplication;
class QIODevice;

namespace Jfp {
struct PlanSnapshot;
}

/**
 * The `jfp` command line. A stable contract (documented in README.md): commands, options,
 * JSON keys and exit statuses only ever grow. Output goes to `out`; messages to `err`, each
 * starting "jfp: ".
 *
 * The built-in commands work on the core alone. Other layers add theirs with
 * registerCommand() before run(): the drawing commands (drawingcommands.h) need the GUI
 * libraries, so `jfp` hands them to the `jfp-draw` program, which registers them from ui/.
 */
namespace Jfp::Cli {

enum ExitStatus { Success = 0, DataError = 1, UsageError = 2 };

/** What a command reads and writes. `in` is standard input (for FILE "-"). */
struct Streams
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *in = nullptr;
};

struct Command
{
    QString name;
    QString synopsis; // e.g. "spc [FILE|-] [--target X]…"
    QString summary;  // one line
    using Runner = std::function<int(const QStringList &arguments, Streams &streams)>;
    /** Runs with the words after the command name; throws Cli::BadUsage for wrong usage. */
    Runner run;
};

void registerCommand(const Command &command);

/**
 * What the main() of `jfp` and `jfp-draw` share once their commands are registered: names the
 * application, installs the translations, runs the command line on the process's arguments
 * with standard output, error and input, and returns the exit status.
 */
int runApplication(QCoreApplication &app);

/**
 * Empty when the plan's areas and programmes form a proper tree; otherwise what a command that
 * shows or exports the tree fails with, naming the circle (PlanValidator::treeProblems) and
 * pointing to `jfp check`: such a command refuses rather than print part of the plan.
 */
QString treeProblem(const PlanSnapshot &plan, const QString &path);

/** Prints "jfp: message" to `err` and returns DataError. */
int fail(QTextStream &err, const QString &message);

/** Runs one command; `arguments` excludes the program name. */
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in = nullptr);

QString usage();

} // namespace Jfp::Cli
