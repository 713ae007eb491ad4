// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartcommands.h"

#include "charts/chartexporter.h"
#include "cli/arguments.h"
#include "cli/drawingcommands.h"
#include "coretr.h"
#include "reporting/chartdata.h"
#include "reporting/indicatorsummary.h"
#include "reporting/spcchartdata.h"
#include "reports/boardpack.h"
#include "storage/database.h"
#include "storage/planreader.h"

namespace Jfp::Cli {

using namespace Qt::StringLiterals;

namespace {

std::optional<PlanSnapshot> readPlan(const QString &path, QTextStream &err)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    std::optional<PlanSnapshot> plan;
    if (db)
        plan = PlanReader::read(*db, &error);
    if (!plan)
        fail(err, error);
    return plan;
}

double numberOption(const Arguments &args, const QString &name, double fallback)
{
    if (!args.hasOption(name))
        return fallback;
    bool ok = false;
    const double value = args.option(name).toDouble(&ok);
    if (!ok || value <= 0)
        throw BadUsage{Tr::tr("%1 takes a positive number, not '%2'").arg(name, args.option(name))};
    return value;
}

int chart(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words,
                                          {QStringLiteral("--spc")},
                                          {QStringLiteral("--indicator"),
                                           QStringLiteral("--out"),
                                           QStringLiteral("--width-mm"),
                                           QStringLiteral("--height-mm"),
                                           QStringLiteral("--dpi")});
    const QString path = singleFile(args, QStringLiteral("chart"));
    if (!args.hasOption(QStringLiteral("--indicator")) || !args.hasOption(QStringLiteral("--out")))
        throw BadUsage{Tr::tr("'chart' needs --indicator and --out")};
    const QString out = args.option(QStringLiteral("--out"));
    if (ChartExporter::formatOf(out) == ChartExporter::Format::Unknown)
        throw BadUsage{Tr::tr("--out must end in .png, .svg or .pdf")};
    ExportSize size;
    size.widthMm = numberOption(args, QStringLiteral("--width-mm"), size.widthMm);
    size.heightMm = numberOption(args, QStringLiteral("--height-mm"), size.heightMm);
    size.dpi = int(numberOption(args, QStringLiteral("--dpi"), size.dpi));

    const auto plan = readPlan(path, streams.err);
    if (!plan)
        return DataError;
    QString error;
    const Indicator *indicator = IndicatorSummaries::findIndicator(
        *plan, args.option(QStringLiteral("--indicator")), &error);
    if (!indicator)
        return fail(streams.err, error);
    ChartExporter::AnyChart data;
    if (args.hasFlag(QStringLiteral("--spc"))) {
        SpcChartData spc = SpcChartBuilder::build(*plan, *indicator);
        if (spc.isEmpty()) {
            return fail(
                streams.err,
                Tr::tr("'%1' has no actual values, so it has no SPC chart.").arg(indicator->name));
        }
        data = spc;
    } else {
        data = ChartDataBuilder::trajectory(*plan, *indicator);
    }
    if (!ChartExporter::write(data, out, size, &error))
        return fail(streams.err, error);
    streams.out << Tr::tr("Wrote the chart of '%1' to %2").arg(indicator->name, out) << Qt::endl;
    return Success;
}

int boardPack(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words,
                                          {},
                                          {QStringLiteral("--area"),
                                           QStringLiteral("--programme"),
                                           QStringLiteral("--out"),
                                           QStringLiteral("--charts"),
                                           QStringLiteral("--sections"),
                                           QStringLiteral("--sort")});
    const QString path = singleFile(args, QStringLiteral("board-pack"));
    if (!args.hasOption(QStringLiteral("--out")))
        throw BadUsage{Tr::tr("'board-pack' needs --out OUT.pdf")};
    const QString out = args.option(QStringLiteral("--out"));
    if (ChartExporter::formatOf(out) != ChartExporter::Format::Pdf)
        throw BadUsage{Tr::tr("--out must end in .pdf")};
    const auto plan = readPlan(path, streams.err);
    if (!plan)
        return DataError;
    if (const QString problem = treeProblem(*plan, path); !problem.isEmpty())
        return fail(streams.err, problem);
    BoardPackRequest request;
    if (args.hasOption(QStringLiteral("--charts"))) {
        const QString charts = args.option(QStringLiteral("--charts"));
        if (charts == QLatin1String("automatic"))
            request.charts = BoardPackRequest::Charts::Automatic;
        else if (charts == QLatin1String("trajectory"))
            request.charts = BoardPackRequest::Charts::Trajectory;
        else if (charts == QLatin1String("spc"))
            request.charts = BoardPackRequest::Charts::Spc;
        else
            throw BadUsage{Tr::tr("--charts takes automatic, trajectory or spc")};
    }
    if (args.hasOption(QStringLiteral("--sections"))) {
        QString problem;
        const auto sections
            = BoardPack::parseSections(args.option(QStringLiteral("--sections")), &problem);
        if (!sections)
            throw BadUsage{QStringLiteral("--sections: ") + problem};
        request.sections = *sections;
    }
    if (args.hasOption(QStringLiteral("--sort"))) {
        const QString sort = args.option(QStringLiteral("--sort"));
        if (sort == QLatin1String("plan"))
            request.sort = BoardPackRequest::Sort::Plan;
        else if (sort == QLatin1String("name"))
            request.sort = BoardPackRequest::Sort::Name;
        else if (sort == QLatin1String("status"))
            request.sort = BoardPackRequest::Sort::Status;
        else
            throw BadUsage{Tr::tr("--sort takes plan, name or status")};
    }
    if (args.hasOption(QStringLiteral("--area"))) {
        const Area *area
            = IndicatorSummaries::findArea(*plan, args.option(QStringLiteral("--area")));
        if (!area) {
            return fail(
                streams.err,
                Tr::tr("no area in '%1' has the name or code '%2'. Run 'jfp tree %1' to list "
                       "the areas.")
                    .arg(path, args.option(QStringLiteral("--area"))));
        }
        request.areaId = area->id;
    }
    if (args.hasOption(QStringLiteral("--programme"))) {
        const QString wanted = args.option(QStringLiteral("--programme"));
        QList<const Programme *> matches;
        for (const Programme &p : plan->programmes) {
            if (p.name.compare(wanted, Qt::CaseInsensitive) == 0
                && (request.areaId == 0 || plan->isAreaWithin(p.areaId, request.areaId)))
                matches.append(&p);
        }
        if (matches.size() != 1) {
            return fail(streams.err,
                        matches.isEmpty()
                            ? Tr::tr("no programme is named '%1'. Run 'jfp tree %2' to list them.")
                                  .arg(wanted, path)
                            : Tr::tr("%1 programmes are named '%2'; add --area to choose one.")
                                  .arg(matches.size())
                                  .arg(wanted));
        }
        request.programmeId = matches.constFirst()->id;
    }
    QString error;
    BoardPackResult result;
    if (!BoardPack::write(*plan, request, out, &result, &error))
        return fail(streams.err, error);
    streams.out << Tr::tr("Wrote the board pack (%1 pages, %2 indicators) to %3")
                       .arg(result.pages)
                       .arg(result.indicators)
                       .arg(out)
                << Qt::endl;
    return Success;
}

} // namespace

void registerChartCommands()
{
    registerCommand(drawingCommand(u"chart"_s, chart));
    registerCommand(drawingCommand(u"board-pack"_s, boardPack));
}

} // namespace Jfp::Cli
