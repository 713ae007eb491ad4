// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "drawingcommands.h"

#include "coretr.h"

namespace Jfp::Cli {

using namespace Qt::StringLiterals;

QStringList drawingCommandNames()
{
    return {u"chart"_s, u"board-pack"_s};
}

Command drawingCommand(const QString &name, const Command::Runner &run)
{
    if (name == u"chart"_s) {
        return {name,
                u"chart FILE --indicator ID_OR_NAME --out OUT.png|.svg|.pdf "
                "[--width-mm W --height-mm H --dpi D] [--spc]"_s,
                Tr::tr("Draw one indicator's trajectory chart, or with --spc its XmR chart "
                       "(default 160x90 mm, 300 dpi)"),
                run};
    }
    return {name,
            u"board-pack FILE [--area NAME_OR_CODE] [--programme NAME] [--sections LIST] "
            u"[--charts automatic|trajectory|spc] [--sort plan|name|status] --out OUT.pdf"_s,
            Tr::tr("Write an A4 board pack: cover, contents, dashboard, progress, milestones, one "
                   "chart per indicator"),
            run};
}

void registerDrawingCommands(
    const std::function<int(const QString &name, const QStringList &, Streams &)> &handOver)
{
    for (const QString &name : drawingCommandNames()) {
        registerCommand(
            drawingCommand(name, [name, handOver](const QStringList &words, Streams &s) {
                return handOver(name, words, s);
            }));
    }
}

} // namespace Jfp::Cli
