// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandline.h"

#include "arguments.h"
#include "democommand.h"
#include "exportcommand.h"
#include "historycommand.h"
#include "importcommand.h"
#include "restorecommand.h"
#include "seriescommand.h"
#include "spccommand.h"
#include "templatecommand.h"

#include "coretr.h"
#include "domain/planvalidator.h"
#include "domain/valueformat.h"
#include "formats/csvreader.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/newplanfile.h"
#include "storage/planreader.h"
#include "storage/planrepair.h"
#include "storage/writeerror.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace Jfp::Cli {

namespace {

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject valueAndPeriod(const std::optional<double> &value, const QString &period)
{
    return {{QStringLiteral("value"), jsonNumber(value)},
            {QStringLiteral("period"), jsonText(period)}};
}

QString csvNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int fail(const QString &message)
    {
        m_err << "jfp: " << message << Qt::endl;
        return DataError;
    }

    std::unique_ptr<Database> openReadOnly(const QString &path)
    {
        QString error;
        auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
        if (!db)
            fail(error);
        return db;
    }

    std::optional<PlanSnapshot>
    readPlan(const QString &path, PlanReader::Contents contents = PlanReader::Contents::Everything)
    {
        auto db = openReadOnly(path);
        if (!db)
            return std::nullopt;
        QString error;
        auto plan = PlanReader::read(*db, &error, contents);
        if (!plan)
            fail(Tr::tr("'%1' could not be read: %2").arg(path, error));
        return plan;
    }

    int init(const QStringList &words)
    {
        const Arguments args = parseArguments(words, {QStringLiteral("--sample")}, {});
        const QString path = singleFile(args, QStringLiteral("init"));
        QString error;
        if (args.hasFlag(QStringLiteral("--sample"))) {
            if (!SamplePlan::createFile(path, &error))
                return fail(error);
            m_out << Tr::tr("Created the Cheshire and Merseyside sample plan in %1").arg(path)
                  << Qt::endl;
            return Success;
        }
        if (!NewPlanFile::create(
                path, [](Database &, QString *) { return true; }, &error))
            return fail(error);
        m_out << Tr::tr("Created an empty plan in %1").arg(path) << Qt::endl;
        return Success;
    }

    /** Who sits beneath whom, and how many milestones and indicators each programme has. */
    struct TreeIndex
    {
        explicit TreeIndex(const PlanSnapshot &plan)
        {
            for (const Area &a : plan.areas) {
                if (a.parentId != a.id)
                    childAreas[a.parentId].append(&a);
            }
            for (const Programme &p : plan.programmes) {
                if (p.parentId == 0)
                    areaProgrammes[p.areaId].append(&p);
                else
                    childProgrammes[p.parentId].append(&p);
            }
            for (const Milestone &m : plan.milestones)
                ++milestones[m.programmeId];
            for (const Indicator &i : plan.indicators)
                ++indicators[i.programmeId];
        }
        QHash<Id, QList<const Area *>> childAreas;           // by parent; roots under 0
        QHash<Id, QList<const Programme *>> areaProgrammes;  // top-level, by area
        QHash<Id, QList<const Programme *>> childProgrammes; // by parent programme
        QHash<Id, qsizetype> milestones;
        QHash<Id, qsizetype> indicators;
    };

    QJsonObject programmeJson(const TreeIndex &index, const Programme &programme) const
    {
        QJsonArray children;
        for (const Programme *child : index.childProgrammes.value(programme.id))
            children.append(programmeJson(index, *child));
        return {{QStringLiteral("id"), programme.id},
                {QStringLiteral("name"), programme.name},
                {QStringLiteral("children"), children},
                {QStringLiteral("milestones"), index.milestones.value(programme.id)},
                {QStringLiteral("indicators"), index.indicators.value(programme.id)}};
    }

    QJsonObject areaJson(const TreeIndex &index, const Area &area) const
    {
        QJsonArray children;
        for (const Area *child : index.childAreas.value(area.id))
            children.append(areaJson(index, *child));
        QJsonArray programmes;
        for (const Programme *p : index.areaProgrammes.value(area.id))
            programmes.append(programmeJson(index, *p));
        return {{QStringLiteral("id"), area.id},
                {QStringLiteral("level"), Enums::key(area.level)},
                {QStringLiteral("name"), area.name},
                {QStringLiteral("shortName"), jsonText(area.shortName)},
                {QStringLiteral("code"), jsonText(area.code())},
                {QStringLiteral("onsCode"), jsonText(area.onsCode)},
                {QStringLiteral("odsCode"), jsonText(area.odsCode)},
                {QStringLiteral("population"),
                 area.population ? QJsonValue(double(*area.population)) : QJsonValue()},
                {QStringLiteral("children"), children},
                {QStringLiteral("programmes"), programmes}};
    }

    void printProgrammeText(const TreeIndex &index, const Programme &p, int depth)
    {
        const qsizetype milestones = index.milestones.value(p.id);
        const qsizetype indicators = index.indicators.value(p.id);
        m_out << QString(depth * 2, QLatin1Char(' ')) << "- " << p.name;
        if (milestones || indicators) {
            m_out << "  [" << Tr::tr("%n milestone(s)", nullptr, int(milestones)) << ", "
                  << Tr::tr("%n indicator(s)", nullptr, int(indicators)) << ']';
        }
        m_out << '\n';
        for (const Programme *child : index.childProgrammes.value(p.id))
            printProgrammeText(index, *child, depth + 1);
    }

    void printAreaText(const TreeIndex &index, const Area &area, int depth)
    {
        m_out << QString(depth * 2, QLatin1Char(' ')) << area.name << "  ("
              << Enums::label(area.level).toLower();
        if (!area.code().isEmpty())
            m_out << ", " << area.code();
        m_out << ")\n";
        for (const Programme *p : index.areaProgrammes.value(area.id))
            printProgrammeText(index, *p, depth + 1);
        for (const Area *child : index.childAreas.value(area.id))
            printAreaText(index, *child, depth + 1);
    }

    int tree(const QStringList &words)
    {
        const Arguments args = parseArguments(words, {QStringLiteral("--json")}, {});
        // The tree names items only: none of their values.
        const auto plan
            = readPlan(singleFile(args, QStringLiteral("tree")), PlanReader::Contents::Structure);
        if (!plan)
            return DataError;
        if (const QString problem = treeProblem(*plan, args.positional.value(0));
            !problem.isEmpty())
            return fail(problem);
        const TreeIndex index(*plan);
        if (args.hasFlag(QStringLiteral("--json"))) {
            QJsonArray roots;
            for (const Area *area : index.childAreas.value(0))
                roots.append(areaJson(index, *area));
            const QJsonObject info
                = {{QStringLiteral("name"), plan->info.name},
                   {QStringLiteral("horizonStart"), jsonText(plan->info.horizonStart)},
                   {QStringLiteral("horizonEnd"), jsonText(plan->info.horizonEnd)},
                   {QStringLiteral("milestoneSlipToleranceDays"),
                    plan->info.milestoneSlipToleranceDays}};
            const QJsonObject root
                = {{QStringLiteral("plan"), info}, {QStringLiteral("areas"), roots}};
            m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (!plan->info.name.isEmpty())
            m_out << plan->info.name << "\n\n";
        for (const Area *area : index.childAreas.value(0))
            printAreaText(index, *area, 0);
        m_out.flush();
        return Success;
    }

    int indicators(const QStringList &words)
    {
        const Arguments args = parseArguments(
            words, {QStringLiteral("--json"), QStringLiteral("--csv")}, {QStringLiteral("--area")});
        const QString path = singleFile(args, QStringLiteral("indicators"));
        if (args.hasFlag(QStringLiteral("--json")) && args.hasFlag(QStringLiteral("--csv")))
            throw BadUsage{Tr::tr("choose one of --json and --csv")};
        // The items first; then the values of only the indicators listed.
        auto db = openReadOnly(path);
        if (!db)
            return DataError;
        QString error;
        auto plan = PlanReader::read(*db, &error, PlanReader::Contents::Structure);
        if (!plan)
            return fail(Tr::tr("'%1' could not be read: %2").arg(path, error));
        if (const QString problem = treeProblem(*plan, path); !problem.isEmpty())
            return fail(problem);
        Id areaId = 0;
        if (args.options.contains(QLatin1String("--area"))) {
            const QString wanted = args.options.value(QStringLiteral("--area"));
            const Area *area = IndicatorSummaries::findArea(*plan, wanted);
            if (!area) {
                return fail(Tr::tr("no area in '%1' has the name or code '%2'. Run 'jfp tree %1' "
                                   "to list the areas.")
                                .arg(path, wanted));
            }
            areaId = area->id;
        }
        QList<Id> listed;
        for (const IndicatorSummary &row : IndicatorSummaries::forArea(*plan, areaId))
            listed << row.indicator->id;
        if (!PlanReader::readSeries(*db, *plan, listed, &error))
            return fail(Tr::tr("'%1' could not be read: %2").arg(path, error));
        const QList<IndicatorSummary> rows = IndicatorSummaries::forArea(*plan, areaId);
        if (args.hasFlag(QStringLiteral("--json")))
            printIndicatorsJson(rows);
        else if (args.hasFlag(QStringLiteral("--csv")))
            printIndicatorsCsv(rows);
        else
            printIndicatorsText(rows);
        m_out.flush();
        return Success;
    }

    void printIndicatorsJson(const QList<IndicatorSummary> &rows)
    {
        QJsonArray array;
        for (const IndicatorSummary &row : rows) {
            const Indicator &i = *row.indicator;
            array.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("area"), row.area ? QJsonValue(row.area->name) : QJsonValue()},
                {QStringLiteral("areaCode"), row.area ? jsonText(row.area->code()) : QJsonValue()},
                {QStringLiteral("programme"),
                 row.programme ? QJsonValue(row.programme->name) : QJsonValue()},
                {QStringLiteral("name"), i.name},
                {QStringLiteral("code"), jsonText(i.code)},
                {QStringLiteral("unit"), Enums::key(i.unit)},
                {QStringLiteral("polarity"), Enums::key(i.polarity)},
                {QStringLiteral("baseline"), valueAndPeriod(i.baselineValue, i.baselinePeriod)},
                {QStringLiteral("target"), valueAndPeriod(i.targetValue, i.targetPeriod)},
                {QStringLiteral("targetKind"), Enums::key(i.targetKind)},
                {QStringLiteral("latest"),
                 row.latest ? valueAndPeriod(row.latest->value, row.latest->period)
                            : valueAndPeriod(std::nullopt, QString())},
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }

    void printIndicatorsCsv(const QList<IndicatorSummary> &rows)
    {
        m_out << "area,areaCode,programme,name,unit,polarity,baselineValue,baselinePeriod,"
                 "targetValue,targetPeriod,latestValue,latestPeriod\r\n";
        for (const IndicatorSummary &row : rows) {
            const Indicator &i = *row.indicator;
            const QStringList fields = {
                row.area ? row.area->name : QString(),
                row.area ? row.area->code() : QString(),
                row.programme ? row.programme->name : QString(),
                i.name,
                Enums::key(i.unit),
                Enums::key(i.polarity),
                csvNumber(i.baselineValue),
                i.baselinePeriod,
                csvNumber(i.targetValue),
                i.targetPeriod,
                row.latest ? csvNumber(row.latest->value) : QString(),
                row.latest ? row.latest->period : QString(),
            };
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(csvField(field));
            m_out << quoted.join(QLatin1Char(',')) << "\r\n";
        }
    }

    void printIndicatorsText(const QList<IndicatorSummary> &rows)
    {
        QString lastArea;
        for (const IndicatorSummary &row : rows) {
            const Indicator &i = *row.indicator;
            const QString areaName = row.area ? row.area->name : QString();
            if (areaName != lastArea) {
                m_out << (lastArea.isEmpty() ? "" : "\n") << areaName << '\n';
                lastArea = areaName;
            }
            m_out << "  " << i.name << '\n'
                  << "    "
                  << Tr::tr("Programme: %1").arg(row.programme ? row.programme->name : QString())
                  << '\n'
                  << "    "
                  << Tr::tr("Baseline: %1   Target: %2   Latest: %3")
                         .arg(ValueFormat::withPeriod(
                                  i.baselineValue, i.unit, i.decimals, i.baselinePeriod),
                              ValueFormat::withPeriod(
                                  i.targetValue, i.unit, i.decimals, i.targetPeriod),
                              row.latest ? ValueFormat::withPeriod(
                                  row.latest->value, i.unit, i.decimals, row.latest->period)
                                         : Tr::tr("no data yet"))
                  << '\n';
        }
        m_out << '\n' << Tr::tr("%n indicator(s)", nullptr, int(rows.size())) << '\n';
    }

    int check(const QStringList &words)
    {
        const Arguments args = parseArguments(words, {}, {QStringLiteral("--repair")});
        const QString path = singleFile(args, QStringLiteral("check"));
        if (args.hasOption(QStringLiteral("--repair")))
            return repair(path, args.option(QStringLiteral("--repair")));
        QString openError;
        auto db = Database::open(path, Database::OpenMode::ReadOnly, &openError);
        if (!db)
            return checkUnopened(path, openError);
        int errors = 0;
        int warnings = 0;
        const QStringList problems = db->integrityProblems();
        for (const QString &problem : problems) {
            m_out << Tr::tr("error: file: %1").arg(problem) << '\n';
            ++errors;
        }
        QString readError;
        const auto plan = PlanReader::read(*db, &readError);
        if (!plan) {
            m_out << Tr::tr("error: file: %1").arg(readError) << '\n';
            ++errors;
        } else {
            for (const Finding &finding : PlanValidator::validate(*plan)) {
                const bool isError = finding.severity == Finding::Severity::Error;
                m_out << (isError ? Tr::tr("error: %1: %2") : Tr::tr("warning: %1: %2"))
                             .arg(finding.item, finding.message)
                      << '\n';
                (isError ? errors : warnings)++;
            }
        }
        m_out << Tr::tr("%1: %2, %3")
                     .arg(path,
                          Tr::tr("%n error(s)", nullptr, errors),
                          Tr::tr("%n warning(s)", nullptr, warnings))
              << Qt::endl;
        if (errors > 0) {
            m_err << "jfp: " << Tr::tr("'%1' has problems; see the list above.").arg(path)
                  << Qt::endl;
            return DataError;
        }
        return Success;
    }

private:
    // `jfp check FILE --repair OUT`: the clean copy, what it left out, and what is still to
    // fix in it.
    int repair(const QString &path, const QString &target)
    {
        if (target.isEmpty())
            throw BadUsage{Tr::tr("--repair needs the name of the new plan to write")};
        PlanRepair::Report report;
        QString error;
        if (!PlanRepair::repair(path, target, &report, &error))
            return fail(error);
        for (const QString &line : report.summary())
            m_out << line << '\n';
        m_out
            << Tr::tr("Wrote the repaired copy of %1 to %2; %1 was not changed.").arg(path, target)
            << Qt::endl;
        // What the copy still holds that the plan's own rules find wrong, as check lists it.
        if (const auto plan = readPlan(target)) {
            for (const Finding &finding : PlanValidator::validate(*plan)) {
                m_out
                    << Tr::tr("still to fix in the copy: %1: %2").arg(finding.item, finding.message)
                    << '\n';
            }
        } else {
            return DataError;
        }
        m_out.flush();
        return Success;
    }

    // A plan open() refuses: a tampered schema is listed item by item, as check lists any
    // other problem; anything else is the refusal itself.
    int checkUnopened(const QString &path, const QString &openError)
    {
        QString probeError;
        const QStringList problems = Database::schemaProblems(path, &probeError);
        if (problems.isEmpty())
            return fail(openError);
        for (const QString &problem : problems)
            m_out << Tr::tr("error: schema: %1").arg(problem) << '\n';
        m_out << Tr::tr("%1: %2, %3")
                     .arg(path,
                          Tr::tr("%n error(s)", nullptr, int(problems.size())),
                          Tr::tr("%n warning(s)", nullptr, 0))
              << Qt::endl;
        m_err << "jfp: "
              << Tr::tr("'%1' was not opened: its schema is not the one JFP Planner makes (see "
                        "the list above), so it may have been tampered with.")
                     .arg(path)
              << Qt::endl;
        return DataError;
    }

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

namespace {

struct Registry
{
    QList<Command> commands;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QList<Command> builtInCommands(Runner &runner)
{
    const auto bind = [&runner](int (Runner::*method)(const QStringList &)) {
        return [&runner, method](const QStringList &words, Streams &) {
            return (runner.*method)(words);
        };
    };
    return {
        {QStringLiteral("init"),
         QStringLiteral("init FILE [--sample]"),
         Tr::tr("Create a plan: empty, or the Cheshire and Merseyside sample"),
         bind(&Runner::init)},
        {QStringLiteral("tree"),
         QStringLiteral("tree FILE [--json]"),
         Tr::tr("Show the areas with their programmes"),
         bind(&Runner::tree)},
        {QStringLiteral("indicators"),
         QStringLiteral("indicators FILE [--area NAME_OR_CODE] [--json|--csv]"),
         Tr::tr("List indicators with baseline, target and latest value"),
         bind(&Runner::indicators)},
        {QStringLiteral("check"),
         QStringLiteral("check FILE [--repair OUT.jfp]"),
         Tr::tr("Check the file's integrity and validate the plan; --repair writes a clean copy"),
         bind(&Runner::check)},
        importCommand(),
        seriesCommand(),
        historyCommand(),
        restoreCommand(),
        upgradeCommand(),
        exportCommand(),
        templateCommand(),
        spcCommand(),
        demoCommand(),
    };
}

} // namespace

void registerCommand(const Command &command)
{
    QList<Command> &commands = registry().commands;
    commands.removeIf([&](const Command &c) { return c.name == command.name; });
    commands.append(command);
}

QString treeProblem(const PlanSnapshot &plan, const QString &path)
{
    const QList<Finding> problems = PlanValidator::treeProblems(plan);
    if (problems.isEmpty())
        return {};
    return Tr::tr("'%1' is broken, so nothing is shown: %2. Run 'jfp check %1' for every "
                  "problem.")
        .arg(path, problems.constFirst().message);
}

int runApplication(QCoreApplication &app)
{
    WriteError::failWritesPastSizeLimit();
    QCoreApplication::setOrganizationName(QStringLiteral("JFP Planner"));
    QCoreApplication::setApplicationName(QStringLiteral("jfp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JFP_VERSION));
    installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const int status = run(QCoreApplication::arguments().mid(1), out, err, &in);
    out.flush();
    err.flush();
    return status;
}

int fail(QTextStream &err, const QString &message)
{
    err << "jfp: " << message << Qt::endl;
    return DataError;
}

QString usage()
{
    QTextStream devNull(stderr);
    Runner runner(devNull, devNull);
    QList<Command> commands = builtInCommands(runner) + registry().commands;
    QString text = Tr::tr("Usage: jfp COMMAND [OPTIONS]") + QStringLiteral("\n\n")
                   + Tr::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : std::as_const(commands))
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += QStringLiteral("  help\n      %1\n  version\n      %2\n\n")
                .arg(Tr::tr("Show this help"), Tr::tr("Show the version"));
    text += Tr::tr("Exit status: 0 success, 1 bad input or data or a failed write, 2 wrong "
                   "usage.")
            + QLatin1Char('\n');
    return text;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in)
{
    // Everything written to `out` is checked once it is flushed: output that could not be
    // written (a full disk or a full device) is a failure, never a success.
    const auto finish = [&out, &err](int status) {
        out.flush();
        if (out.status() != QTextStream::Ok) {
            const auto *device = qobject_cast<const QFileDevice *>(out.device());
            const QString why = device ? device->errorString() : QString();
            err << "jfp: " << WriteError::standardOutput(why) << Qt::endl;
            if (status == Success)
                status = DataError;
        }
        err.flush();
        return status;
    };
    if (arguments.isEmpty()) {
        err << usage();
        err.flush();
        return UsageError;
    }
    const QString name = arguments.constFirst();
    if (name == QLatin1String("help") || name == QLatin1String("--help")
        || name == QLatin1String("-h")) {
        out << usage();
        return finish(Success);
    }
    if (name == QLatin1String("version") || name == QLatin1String("--version")) {
        out << "jfp " << JFP_VERSION << '\n';
        return finish(Success);
    }
    Runner runner(out, err);
    const QList<Command> commands = builtInCommands(runner) + registry().commands;
    const auto it = std::find_if(
        commands.cbegin(), commands.cend(), [&](const Command &c) { return c.name == name; });
    Streams streams{out, err, in};
    const QStringList rest = arguments.mid(1);
    if (it != commands.cend()
        && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")))) {
        out << Tr::tr("Usage: jfp %1").arg(it->synopsis) << "\n  " << it->summary << '\n'
            << Tr::tr("See README.md, \"The command line\", for every option.") << '\n';
        return finish(Success);
    }
    try {
        if (it == commands.cend())
            throw BadUsage{Tr::tr("unknown command '%1'").arg(name)};
        return finish(it->run(arguments.mid(1), streams));
    } catch (const BadUsage &e) {
        out.flush();
        err << "jfp: " << e.message << "\n\n" << usage();
        err.flush();
        return UsageError;
    }
}

} // namespace Jfp::Cli
