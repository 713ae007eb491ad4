// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandline.h"

#include "coretr.h"
#include "domain/planvalidator.h"
#include "domain/valueformat.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace Jfp::Cli {

namespace {

/** The parsed words of one command: positional arguments, flags and valued options. */
struct Arguments
{
    QStringList positional;
    QStringList flags;
    QMap<QString, QString> options;
};

struct BadUsage
{
    QString message;
};

Arguments
parse(const QStringList &words, const QStringList &knownFlags, const QStringList &knownOptions)
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

QString fileArgument(const Arguments &args, const QString &command)
{
    if (args.positional.size() != 1)
        throw BadUsage{Tr::tr("'%1' takes one FILE").arg(command)};
    return args.positional.constFirst();
}

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

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : QString();
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

    std::optional<PlanSnapshot> readPlan(const QString &path)
    {
        auto db = openReadOnly(path);
        if (!db)
            return std::nullopt;
        QString error;
        auto plan = PlanReader::read(*db, &error);
        if (!plan)
            fail(Tr::tr("'%1' could not be read: %2").arg(path, error));
        return plan;
    }

    int init(const QStringList &words)
    {
        const Arguments args = parse(words, {QStringLiteral("--sample")}, {});
        const QString path = fileArgument(args, QStringLiteral("init"));
        QString error;
        if (args.flags.contains(QLatin1String("--sample"))) {
            if (!SamplePlan::createFile(path, &error))
                return fail(error);
            m_out << Tr::tr("Created the Cheshire and Merseyside sample plan in %1").arg(path)
                  << Qt::endl;
            return Success;
        }
        if (!Database::create(path, &error))
            return fail(error);
        m_out << Tr::tr("Created an empty plan in %1").arg(path) << Qt::endl;
        return Success;
    }

    QJsonObject programmeJson(const PlanSnapshot &plan, const Programme &programme) const
    {
        QJsonArray children;
        for (const Programme &child : plan.programmes) {
            if (child.parentId == programme.id)
                children.append(programmeJson(plan, child));
        }
        qsizetype milestones = 0;
        for (const Milestone &m : plan.milestones)
            milestones += m.programmeId == programme.id ? 1 : 0;
        qsizetype indicators = 0;
        for (const Indicator &i : plan.indicators)
            indicators += i.programmeId == programme.id ? 1 : 0;
        return {{QStringLiteral("id"), programme.id},
                {QStringLiteral("name"), programme.name},
                {QStringLiteral("children"), children},
                {QStringLiteral("milestones"), milestones},
                {QStringLiteral("indicators"), indicators}};
    }

    QJsonObject areaJson(const PlanSnapshot &plan, const Area &area) const
    {
        QJsonArray children;
        for (const Area &child : plan.areas) {
            if (child.parentId == area.id && child.id != area.id)
                children.append(areaJson(plan, child));
        }
        QJsonArray programmes;
        for (const Programme &p : plan.programmes) {
            if (p.areaId == area.id && p.parentId == 0)
                programmes.append(programmeJson(plan, p));
        }
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

    void printProgrammeText(const PlanSnapshot &plan, const Programme &p, int depth)
    {
        qsizetype milestones = 0;
        for (const Milestone &m : plan.milestones)
            milestones += m.programmeId == p.id ? 1 : 0;
        qsizetype indicators = 0;
        for (const Indicator &i : plan.indicators)
            indicators += i.programmeId == p.id ? 1 : 0;
        m_out << QString(depth * 2, QLatin1Char(' ')) << "- " << p.name;
        if (milestones || indicators) {
            m_out << "  [" << Tr::tr("%n milestone(s)", nullptr, int(milestones)) << ", "
                  << Tr::tr("%n indicator(s)", nullptr, int(indicators)) << ']';
        }
        m_out << '\n';
        for (const Programme &child : plan.programmes) {
            if (child.parentId == p.id)
                printProgrammeText(plan, child, depth + 1);
        }
    }

    void printAreaText(const PlanSnapshot &plan, const Area &area, int depth)
    {
        m_out << QString(depth * 2, QLatin1Char(' ')) << area.name << "  ("
              << Enums::label(area.level).toLower();
        if (!area.code().isEmpty())
            m_out << ", " << area.code();
        m_out << ")\n";
        for (const Programme &p : plan.programmes) {
            if (p.areaId == area.id && p.parentId == 0)
                printProgrammeText(plan, p, depth + 1);
        }
        for (const Area &child : plan.areas) {
            if (child.parentId == area.id && child.id != area.id)
                printAreaText(plan, child, depth + 1);
        }
    }

    int tree(const QStringList &words)
    {
        const Arguments args = parse(words, {QStringLiteral("--json")}, {});
        const auto plan = readPlan(fileArgument(args, QStringLiteral("tree")));
        if (!plan)
            return DataError;
        if (args.flags.contains(QLatin1String("--json"))) {
            QJsonArray roots;
            for (const Area &area : plan->areas) {
                if (area.parentId == 0)
                    roots.append(areaJson(*plan, area));
            }
            const QJsonObject info
                = {{QStringLiteral("name"), plan->info.name},
                   {QStringLiteral("horizonStart"), jsonText(plan->info.horizonStart)},
                   {QStringLiteral("horizonEnd"), jsonText(plan->info.horizonEnd)}};
            const QJsonObject root
                = {{QStringLiteral("plan"), info}, {QStringLiteral("areas"), roots}};
            m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (!plan->info.name.isEmpty())
            m_out << plan->info.name << "\n\n";
        for (const Area &area : plan->areas) {
            if (area.parentId == 0)
                printAreaText(*plan, area, 0);
        }
        m_out.flush();
        return Success;
    }

    int indicators(const QStringList &words)
    {
        const Arguments args = parse(
            words, {QStringLiteral("--json"), QStringLiteral("--csv")}, {QStringLiteral("--area")});
        const QString path = fileArgument(args, QStringLiteral("indicators"));
        if (args.flags.contains(QLatin1String("--json"))
            && args.flags.contains(QLatin1String("--csv")))
            throw BadUsage{Tr::tr("choose one of --json and --csv")};
        const auto plan = readPlan(path);
        if (!plan)
            return DataError;
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
        const QList<IndicatorSummary> rows = IndicatorSummaries::forArea(*plan, areaId);
        if (args.flags.contains(QLatin1String("--json")))
            printIndicatorsJson(rows);
        else if (args.flags.contains(QLatin1String("--csv")))
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
        const Arguments args = parse(words, {}, {});
        const QString path = fileArgument(args, QStringLiteral("check"));
        auto db = openReadOnly(path);
        if (!db)
            return DataError;
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
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

QString usage()
{
    return Tr::tr(
        "Usage: jfp COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init FILE [--sample]             Create a plan: empty, or the Cheshire and Merseyside "
        "sample\n"
        "  tree FILE [--json]               Show the areas with their programmes\n"
        "  indicators FILE [--area NAME_OR_CODE] [--json|--csv]\n"
        "                                   List indicators with baseline, target and latest "
        "value\n"
        "  check FILE                       Check the file's integrity and validate the plan\n"
        "  help                             Show this help\n"
        "  version                          Show the version\n"
        "\n"
        "Exit status: 0 success, 1 bad input or data, 2 wrong usage.\n");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        err.flush();
        return UsageError;
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    Runner runner(out, err);
    const std::map<QString, std::function<int()>> commands = {
        {QStringLiteral("init"), [&] { return runner.init(rest); }},
        {QStringLiteral("tree"), [&] { return runner.tree(rest); }},
        {QStringLiteral("indicators"), [&] { return runner.indicators(rest); }},
        {QStringLiteral("check"), [&] { return runner.check(rest); }},
    };
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        out << "jfp " << JFP_VERSION << Qt::endl;
        return Success;
    }
    const auto it = commands.find(command);
    try {
        if (it == commands.end())
            throw BadUsage{Tr::tr("unknown command '%1'").arg(command)};
        return it->second();
    } catch (const BadUsage &e) {
        err << "jfp: " << e.message << "\n\n" << usage();
        err.flush();
        return UsageError;
    }
}

} // namespace Jfp::Cli
