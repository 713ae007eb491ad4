// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QMultiMap>
#include <QString>
#include <QStringList>

namespace Jfp::Cli {

/** Thrown by a command for wrong usage: `jfp` prints the message and the usage, exit 2. */
struct BadUsage
{
    QString message;
};

/** The words of one command: positional arguments, flags and valued options. */
struct Arguments
{
    QStringList positional;
    QStringList flags;
    QMultiMap<QString, QString> options; // repeatable: values() keeps command-line order

    bool hasFlag(const QString &name) const { return flags.contains(name); }
    bool hasOption(const QString &name) const { return options.contains(name); }
    QString option(const QString &name) const { return options.value(name); }
    /** Every value of a repeatable option, in the order given. */
    QStringList optionValues(const QString &name) const;
};

/**
 * Parses `--flag`, `--option VALUE` and `--option=VALUE`; anything else is positional
 * (including "-" for standard input and negative numbers). Unknown options throw BadUsage.
 */
Arguments parseArguments(const QStringList &words,
                         const QStringList &knownFlags,
                         const QStringList &knownOptions);

/** The single FILE argument of `command`, or throws BadUsage. */
QString singleFile(const Arguments &args, const QString &command);

} // namespace Jfp::Cli
