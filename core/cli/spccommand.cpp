// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spccommand.h"

#include "arguments.h"

#include "coretr.h"
#include "domain/regularfile.h"
#include "spc/spcengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Jfp::Cli {

namespace {

using namespace Jfp::Spc;

const QString kImprovement = QStringLiteral("--improvement");
const QString kTarget = QStringLiteral("--target");
const QString kRebase = QStringLiteral("--rebase");
const QString kRebaseIndex = QStringLiteral("--rebase-index");
const QString kFixAfter = QStringLiteral("--fix-after");
const QString kShift = QStringLiteral("--shift");
const QString kTrend = QStringLiteral("--trend");
const QString kMinimumPoints = QStringLiteral("--minimum-points");
const QString kNoScreen = QStringLiteral("--no-screen");
const QString kTwoOfThree = QStringLiteral("--two-of-three-beyond-limits");
const QString kImprovementWins = QStringLiteral("--improvement-wins");

int intOption(const Arguments &args, const QString &name, int minimum)
{
    bool ok = false;
    const int value = args.option(name).toInt(&ok);
    if (!ok || value < minimum) {
        throw BadUsage{Tr::tr("%1 needs a whole number of at least %2, not '%3'")
                           .arg(name, QString::number(minimum), args.option(name))};
    }
    return value;
}

/** Parses the series; returns an error message (for "jfp: …") or an empty string. */
QString readSeries(const QByteArray &bytes, const QString &source, QList<InputPoint> *points)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QLocale c = QLocale::c();
    for (qsizetype number = 1; number <= lines.size(); ++number) {
        const QString line = lines.at(number - 1).trimmed();
        if (line.isEmpty())
            continue;
        const auto where = [&] { return QStringLiteral("%1, line %2").arg(source).arg(number); };
        InputPoint point;
        QString valueText = line;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma >= 0) {
            const QString dateText = line.left(comma).trimmed();
            const QDate date = QDate::fromString(dateText, Qt::ISODate);
            if (!date.isValid()) {
                return Tr::tr("%1: '%2' is not a date (YYYY-MM-DD)").arg(where(), dateText);
            }
            if (!points->isEmpty() && points->constLast().date
                && *points->constLast().date >= date) {
                return Tr::tr("%1: %2 does not come after the date before it")
                    .arg(where(), dateText);
            }
            point.date = date;
            valueText = line.mid(comma + 1).trimmed();
        }
        const bool missing = valueText.isEmpty()
                             || valueText.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0;
        if (!missing) {
            bool ok = false;
            const double value = c.toDouble(valueText, &ok);
            if (!ok || !std::isfinite(value))
                return Tr::tr("%1: '%2' is not a number").arg(where(), valueText);
            point.value = value;
        }
        points->append(point);
    }
    return {};
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultJson(const SpcResult &result, const SpcOptions &options)
{
    QJsonArray segments;
    for (const SpcSegment &s : result.segments) {
        segments.append(QJsonObject{{QStringLiteral("start"), s.start},
                                    {QStringLiteral("count"), s.count},
                                    {QStringLiteral("mean"), s.mean},
                                    {QStringLiteral("lpl"), jsonNumber(s.lpl)},
                                    {QStringLiteral("upl"), jsonNumber(s.upl)},
                                    {QStringLiteral("nlpl"), jsonNumber(s.nlpl)},
                                    {QStringLiteral("nupl"), jsonNumber(s.nupl)},
                                    {QStringLiteral("shortWarning"), s.shortWarning}});
    }
    QJsonArray points;
    for (const SpcPointResult &p : result.points) {
        points.append(QJsonObject{
            {QStringLiteral("index"), p.index},
            {QStringLiteral("date"),
             p.date ? QJsonValue(p.date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("rule"), key(p.rule)},
            {QStringLiteral("type"), key(p.type)}});
    }
    const QString optionsJson = options.toJson();
    return {{QStringLiteral("segments"), segments},
            {QStringLiteral("points"), points},
            {QStringLiteral("variation"), key(result.variation)},
            {QStringLiteral("assurance"), key(result.assurance)},
            {QStringLiteral("droppedMissing"), result.droppedMissing},
            {QStringLiteral("options"),
             optionsJson.isEmpty() ? QJsonObject()
                                   : QJsonDocument::fromJson(optionsJson.toUtf8()).object()}};
}

int runSpc(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(
        words,
        {kNoScreen, kTwoOfThree, kImprovementWins},
        {kImprovement, kTarget, kRebase, kRebaseIndex, kFixAfter, kShift, kTrend, kMinimumPoints});
    if (args.positional.size() > 1)
        throw BadUsage{Tr::tr("'spc' takes at most one FILE")};
    const QString path
        = args.positional.isEmpty() ? QStringLiteral("-") : args.positional.constFirst();

    SpcInput input;
    if (args.hasOption(kImprovement)) {
        const auto direction = directionFromKey(args.option(kImprovement));
        if (!direction) {
            throw BadUsage{Tr::tr("--improvement is increase, decrease or neutral, not '%1'")
                               .arg(args.option(kImprovement))};
        }
        input.direction = *direction;
    }
    if (args.hasOption(kTarget)) {
        bool ok = false;
        const double target = QLocale::c().toDouble(args.option(kTarget), &ok);
        if (!ok || !std::isfinite(target))
            throw BadUsage{Tr::tr("--target needs a number, not '%1'").arg(args.option(kTarget))};
        input.target = target;
    }
    QList<QDate> rebaseDates;
    for (const QString &text : args.optionValues(kRebase)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            throw BadUsage{Tr::tr("--rebase needs a date (YYYY-MM-DD), not '%1'").arg(text)};
        rebaseDates.append(date);
    }
    for (const QString &text : args.optionValues(kRebaseIndex)) {
        bool ok = false;
        const int index = text.toInt(&ok);
        if (!ok || index < 0) {
            throw BadUsage{
                Tr::tr("--rebase-index needs a whole number of at least 0, not '%1'").arg(text)};
        }
        input.rebaseIndices.append(index);
    }
    SpcOptions options;
    options.screenOutliers = !args.hasFlag(kNoScreen);
    options.twoOfThreeIncludesBeyondLimits = args.hasFlag(kTwoOfThree);
    if (args.hasFlag(kImprovementWins))
        options.conflictPolicy = SpcOptions::ConflictPolicy::ImprovementWins;
    if (args.hasOption(kFixAfter))
        options.fixAfterPoints = intOption(args, kFixAfter, SpcOptions::minimumFixAfterPoints);
    if (args.hasOption(kShift))
        options.shiftLength = intOption(args, kShift, 2);
    if (args.hasOption(kTrend))
        options.trendLength = intOption(args, kTrend, 2);
    if (args.hasOption(kMinimumPoints))
        options.minimumPointsForLimits = intOption(args, kMinimumPoints, 2);
    const QString invalid = options.validationError();
    if (!invalid.isEmpty())
        throw BadUsage{invalid};

    QByteArray bytes;
    QString source;
    if (path == QLatin1String("-")) {
        source = Tr::tr("standard input");
        if (streams.in)
            bytes = streams.in->readAll();
    } else {
        source = path;
        if (const QString problem = notARegularFile(path); !problem.isEmpty())
            return fail(streams.err, QStringLiteral("'%1' %2.").arg(path, problem));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(streams.err, Tr::tr("cannot read '%1': %2").arg(path, file.errorString()));
        bytes = file.readAll();
    }
    const QString error = readSeries(bytes, source, &input.points);
    if (!error.isEmpty())
        return fail(streams.err, error);
    input.rebaseIndices += SpcEngine::rebaseIndicesForDates(input.points, rebaseDates);

    const SpcResult result = SpcEngine::calculate(input, options);
    if (!result.isValid())
        return fail(streams.err, result.error);
    streams.out << QString::fromUtf8(
        QJsonDocument(resultJson(result, options)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace

Command spcCommand()
{
    return {QStringLiteral("spc"),
            QStringLiteral("spc [FILE|-] [--improvement increase|decrease|neutral] [--target X] "
                           "[--rebase DATE]… [--rebase-index I]… [--fix-after N] [--no-screen] "
                           "[--shift N] [--trend N] [--two-of-three-beyond-limits] "
                           "[--improvement-wins] [--minimum-points N]"),
            Tr::tr("XmR statistical process control of a series (one value or date,value a "
                   "line), as JSON"),
            runSpc};
}

} // namespace Jfp::Cli
