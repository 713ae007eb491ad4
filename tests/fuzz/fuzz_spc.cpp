// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QTextStream>

/*
 * `jfp spc -` on any standard input. An input whose first line starts with "--" gives that
 * line's words as the command's options, so the options are fuzzed too.
 */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    QByteArray input = JfpFuzz::bytes(data, size);
    QStringList arguments{QStringLiteral("spc"), QStringLiteral("-")};
    if (input.startsWith("--")) {
        const qsizetype end = input.indexOf('\n');
        const QByteArray line = end < 0 ? input : input.left(end);
        input = end < 0 ? QByteArray() : input.mid(end + 1);
        for (const QByteArray &word : line.split(' ')) {
            if (!word.isEmpty())
                arguments.append(QString::fromUtf8(word));
        }
    }
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = Jfp::Cli::run(arguments, outStream, errStream, &in);
    if (status < 0 || status > 2)
        abort(); // the documented exit statuses only
    return 0;
}
