// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "templatecommand.h"

#include "arguments.h"

#include "coretr.h"
#include "export/planexport.h"

#include <QFileInfo>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

int runTemplate(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {u"--milestones"_s}, {});
    const QString path = singleFile(args, u"template"_s);
    const std::optional<PlanExport::Format> format = PlanExport::formatOf(path);
    const bool milestones = args.hasFlag(u"--milestones"_s);
    if (format == PlanExport::Format::Workbook && milestones)
        throw BadUsage{Tr::tr("--milestones is for a CSV template; a workbook holds every "
                              "layout")};
    if (QFileInfo::exists(path)) {
        return fail(streams.err,
                    Tr::tr("'%1' already exists. Choose another name, or delete the file first.")
                        .arg(path));
    }
    QString error;
    if (!PlanExport::writeTemplate(path,
                                   &error,
                                   milestones ? PlanExport::TemplateLayout::Milestones
                                              : PlanExport::TemplateLayout::Series,
                                   format.value_or(PlanExport::Format::SeriesCsv))) {
        return fail(streams.err, Tr::tr("'%1' could not be written: %2").arg(path, error));
    }
    if (format == PlanExport::Format::Workbook) {
        streams.out << Tr::tr("Wrote a blank plan workbook to %1: an Instructions sheet and one "
                              "sheet per layout. Fill it in, then run 'jfp import PLAN %1 "
                              "--format template'. 'jfp export PLAN --out FILE.xlsx' writes one "
                              "filled in with the plan.")
                           .arg(path)
                    << Qt::endl;
    } else if (milestones) {
        streams.out << Tr::tr("Wrote a blank milestone CSV to %1. Fill in one row per milestone, "
                              "then run 'jfp import PLAN %1 --format template'.")
                           .arg(path)
                    << Qt::endl;
    } else {
        streams.out << Tr::tr("Wrote a blank series template to %1. Fill in one row per "
                              "indicator and period, then run 'jfp import PLAN %1 --format "
                              "template'. 'jfp export PLAN --out FILE.csv' writes one filled in "
                              "with the plan's indicators.")
                           .arg(path)
                    << Qt::endl;
    }
    return Success;
}

} // namespace

Command templateCommand()
{
    return {u"template"_s,
            u"template FILE.xlsx|FILE.csv [--milestones]"_s,
            Tr::tr("Write a blank plan workbook, series CSV or milestone CSV to fill in and "
                   "import with --format template"),
            runTemplate};
}

} // namespace Jfp::Cli
