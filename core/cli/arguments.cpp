// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "arguments.h"

#include "coretr.h"

#include <algorithm>

namespace Jfp::Cli {

QStringList Arguments::optionValues(const QString &name) const
{
    QStringList values = options.values(name);
    std::reverse(values.begin(), values.end()); // QMultiMap returns the newest first
    return values;
}

Arguments parseArguments(const QStringList &words,
                         const QStringList &knownFlags,
                         const QStringList &knownOptions)
{
    Arguments args;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            args.positional.append(word);
            continue;
        }
        QString name = word;
        QString value;
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = word.left(eq);
            value = word.mid(eq + 1);
        }
        if (knownFlags.contains(name) && eq < 0) {
            args.flags.append(name);
        } else if (knownOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= words.size())
                    throw BadUsage{Tr::tr("%1 needs a value").arg(name)};
                value = words.at(++i);
            }
            args.options.insert(name, value);
        } else {
            throw BadUsage{Tr::tr("unknown option %1").arg(word)};
        }
    }
    return args;
}

QString singleFile(const Arguments &args, const QString &command)
{
    if (args.positional.size() != 1)
        throw BadUsage{Tr::tr("'%1' takes one FILE").arg(command)};
    return args.positional.constFirst();
}

} // namespace Jfp::Cli
