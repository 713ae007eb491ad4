// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStringList>
#include <QTextStream>

/**
 * The `jfp` command line. A stable contract (documented in README.md): commands, options,
 * JSON keys and exit statuses only ever grow. Output goes to `out`; messages to `err`, each
 * starting "jfp: ".
 */
namespace Jfp::Cli {

enum ExitStatus { Success = 0, DataError = 1, UsageError = 2 };

/** Runs one command; `arguments` excludes the program name. */
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString usage();

} // namespace Jfp::Cli
