// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "exportcommand.h"

#include "arguments.h"

#include "coretr.h"
#include "export/planexport.h"
#include "reporting/indicatorsummary.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QBuffer>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

QList<const Programme *> findProgrammes(const PlanSnapshot &plan, const QString &idOrName)
{
    const QString wanted = idOrName.simplified();
    bool isId = false;
    const Id id = wanted.toLongLong(&isId);
    if (isId) {
        if (const Programme *p = plan.programme(id))
            return {p};
    }
    QList<const Programme *> found;
    for (const Programme &p : plan.programmes) {
        if (p.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            found << &p;
    }
    return found;
}

int runExport(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {}, {u"--out"_s, u"--area"_s, u"--programme"_s});
    const QString path = singleFile(args, u"export"_s);
    if (!args.hasOption(u"--out"_s) || args.option(u"--out"_s).isEmpty())
        throw BadUsage{
            Tr::tr("'export' needs --out OUT.xlsx or --out OUT.csv (or --out - for CSV on standard "
                   "output)")};
    const QString out = args.option(u"--out"_s);

    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return fail(streams.err, error);
    const auto plan = PlanReader::read(*db, &error);
    if (!plan)
        return fail(streams.err, Tr::tr("'%1' could not be read: %2").arg(path, error));
    if (const QString problem = treeProblem(*plan, path); !problem.isEmpty())
        return fail(streams.err, problem);

    Id areaId = 0;
    if (args.hasOption(u"--area"_s)) {
        const QString wanted = args.option(u"--area"_s);
        const Area *area = IndicatorSummaries::findArea(*plan, wanted);
        if (!area) {
            return fail(streams.err,
                        Tr::tr("no area in '%1' has the name or code '%2'. Run 'jfp tree %1' to "
                               "list the areas.")
                            .arg(path, wanted));
        }
        areaId = area->id;
    }
    const Programme *programme = nullptr;
    if (args.hasOption(u"--programme"_s)) {
        const QString wanted = args.option(u"--programme"_s);
        const QList<const Programme *> found = findProgrammes(*plan, wanted);
        if (found.isEmpty()) {
            return fail(streams.err,
                        Tr::tr("no programme in '%1' has the id or name '%2'. Run 'jfp tree %1' "
                               "to list them.")
                            .arg(path, wanted));
        }
        if (found.size() > 1) {
            QStringList ids;
            for (const Programme *p : found)
                ids << QString::number(p->id);
            return fail(streams.err,
                        Tr::tr("%1 programmes in '%2' are called '%3' (ids %4); give the id "
                               "instead")
                            .arg(found.size())
                            .arg(path, wanted, ids.join(u", "_s)));
        }
        programme = found.constFirst();
    }

    ExportScope scope;
    scope.areaId = areaId;
    scope.programmeId = programme ? programme->id : 0;
    PlanExport::Summary summary;
    if (out == u"-"_s) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly)
            || !PlanExport::writeSeriesCsv(&buffer, *plan, scope, &error, &summary)) {
            return fail(streams.err, Tr::tr("the export could not be written: %1").arg(error));
        }
        streams.out << QString::fromUtf8(bytes);
        return Success;
    }
    // Any name but *.xlsx gets the series CSV, as before there was a workbook.
    const PlanExport::Format format
        = PlanExport::formatOf(out).value_or(PlanExport::Format::SeriesCsv);
    if (!PlanExport::write(out, *plan, scope, &error, &summary, format))
        return fail(streams.err, Tr::tr("'%1' could not be written: %2").arg(out, error));
    if (summary.format == PlanExport::Format::SeriesCsv) {
        streams.out << Tr::tr("Wrote %1 row(s) for %2 indicator(s) to %3.")
                           .arg(summary.rows)
                           .arg(summary.indicators)
                           .arg(out)
                    << Qt::endl;
        return Success;
    }
    QStringList counts;
    const QList<PlanWorkbook::SheetLayout> &layouts = PlanWorkbook::layouts();
    for (int i = 0; i < layouts.size() && i < summary.sheetRows.size(); ++i)
        counts << u"%1 %2"_s.arg(summary.sheetRows.at(i)).arg(layouts.at(i).name);
    streams.out << Tr::tr("Wrote the plan workbook (%1) to %2.").arg(counts.join(u", "_s), out)
                << Qt::endl;
    return Success;
}

} // namespace

Command exportCommand()
{
    return {u"export"_s,
            u"export FILE --out OUT.xlsx|OUT.csv [--area NAME_OR_CODE] [--programme NAME_OR_ID]"_s,
            Tr::tr("Export the plan as an Excel workbook, or its indicator series as CSV"),
            runExport};
}

} // namespace Jfp::Cli
