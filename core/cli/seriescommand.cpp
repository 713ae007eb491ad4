// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriescommand.h"

#include "arguments.h"

#include "coretr.h"
#include "domain/period.h"
#include "import/fingertipsimport.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

QJsonValue jsonNumber(const OptionalValue &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString textNumber(const OptionalValue &value)
{
    return value ? QString::number(*value, 'g', 15) : u"-"_s;
}

struct SeriesPoint
{
    QString period;
    OptionalValue planned;
    const ActualValue *actual = nullptr;
};

// Orders periods as periods (a label that does not parse sorts last, by its text).
struct PeriodKey
{
    Period period;
    QString text;
    friend bool operator<(const PeriodKey &a, const PeriodKey &b)
    {
        if (a.period.isValid() != b.period.isValid())
            return a.period.isValid();
        if (a.period.isValid()) {
            if (a.period < b.period)
                return true;
            if (b.period < a.period)
                return false;
        }
        return a.text < b.text;
    }
};

PeriodKey keyFor(const QString &label)
{
    const Period period = Period::parse(label);
    return {period, period.isValid() ? period.toString() : label};
}

std::map<PeriodKey, SeriesPoint> pointsOf(const Indicator &indicator)
{
    std::map<PeriodKey, SeriesPoint> points;
    for (const PeriodValue &planned : indicator.trajectory) {
        const PeriodKey key = keyFor(planned.period);
        SeriesPoint &point = points[key];
        point.period = key.text;
        point.planned = planned.value;
    }
    for (const ActualValue &actual : indicator.actuals) {
        const PeriodKey key = keyFor(actual.period);
        SeriesPoint &point = points[key];
        point.period = key.text;
        point.actual = &actual;
    }
    return points;
}

int runSeries(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {u"--json"_s}, {u"--indicator"_s});
    const QString path = singleFile(args, u"series"_s);
    if (!args.hasOption(u"--indicator"_s))
        throw BadUsage{Tr::tr("'series' needs --indicator ID_OR_NAME")};
    const QString wanted = args.option(u"--indicator"_s);

    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return fail(streams.err, error);
    const auto plan = PlanReader::read(*db, &error);
    if (!plan)
        return fail(streams.err, Tr::tr("'%1' could not be read: %2").arg(path, error));
    const QList<const Indicator *> found = findIndicators(*plan, wanted);
    if (found.isEmpty()) {
        return fail(streams.err,
                    Tr::tr("no indicator in '%1' has the id, name or code '%2'. Run 'jfp "
                           "indicators %1' to list them.")
                        .arg(path, wanted));
    }
    if (found.size() > 1) {
        QStringList ids;
        for (const Indicator *i : found)
            ids << QString::number(i->id);
        return fail(streams.err,
                    Tr::tr("%1 indicators in '%2' are called '%3' (ids %4); give the id instead")
                        .arg(found.size())
                        .arg(path, wanted, ids.join(u", "_s)));
    }
    const Indicator &indicator = *found.constFirst();
    const std::map<PeriodKey, SeriesPoint> points = pointsOf(indicator);

    if (args.hasFlag(u"--json"_s)) {
        QJsonArray periods;
        for (const auto &[key, point] : points) {
            const ActualValue *a = point.actual;
            periods.append(QJsonObject{
                {u"period"_s, point.period},
                {u"planned"_s, jsonNumber(point.planned)},
                {u"actual"_s, a ? jsonNumber(a->value) : QJsonValue()},
                {u"lower"_s, a ? jsonNumber(a->lower) : QJsonValue()},
                {u"upper"_s, a ? jsonNumber(a->upper) : QJsonValue()},
                {u"count"_s, a ? jsonNumber(a->count) : QJsonValue()},
                {u"denominator"_s, a ? jsonNumber(a->denominator) : QJsonValue()},
                {u"note"_s, a ? jsonText(a->note) : QJsonValue()},
            });
        }
        QJsonArray benchmarks;
        for (const Benchmark &b : indicator.benchmarks) {
            QJsonArray values;
            for (const PeriodValue &v : b.values) {
                const PeriodKey key = keyFor(v.period);
                values.append(
                    QJsonObject{{u"period"_s, key.text}, {u"value"_s, jsonNumber(v.value)}});
            }
            benchmarks.append(QJsonObject{
                {u"name"_s, b.name}, {u"code"_s, jsonText(b.code)}, {u"values"_s, values}});
        }
        const QJsonObject root{{u"periods"_s, periods}, {u"benchmarks"_s, benchmarks}};
        streams.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }

    streams.out << indicator.name << '\n';
    streams.out << Tr::tr("period\tplanned\tactual\tlower\tupper\tcount\tdenominator\tnote")
                << '\n';
    for (const auto &[key, point] : points) {
        const ActualValue *a = point.actual;
        const QStringList fields = {point.period,
                                    textNumber(point.planned),
                                    textNumber(a ? a->value : std::nullopt),
                                    textNumber(a ? a->lower : std::nullopt),
                                    textNumber(a ? a->upper : std::nullopt),
                                    textNumber(a ? a->count : std::nullopt),
                                    textNumber(a ? a->denominator : std::nullopt),
                                    a ? a->note : QString()};
        streams.out << fields.join(u'\t') << '\n';
    }
    for (const Benchmark &b : indicator.benchmarks) {
        streams.out << '\n'
                    << Tr::tr("Benchmark: %1").arg(b.name)
                    << (b.code.isEmpty() ? QString() : u" ("_s + b.code + u')') << '\n';
        for (const PeriodValue &v : b.values)
            streams.out << keyFor(v.period).text << '\t' << textNumber(v.value) << '\n';
    }
    return Success;
}

} // namespace

Command seriesCommand()
{
    return {u"series"_s,
            u"series FILE --indicator ID_OR_NAME [--json]"_s,
            Tr::tr("Show an indicator's planned and actual values by period, and its benchmarks"),
            runSeries};
}

} // namespace Jfp::Cli
