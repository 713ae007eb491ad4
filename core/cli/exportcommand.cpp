// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "exportcommand.h"

#include "arguments.h"

#include "coretr.h"
#include "import/seriestemplate.h"
#include "reporting/indicatorsummary.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QBuffer>
#include <QSaveFile>

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
        throw BadUsage{Tr::tr("'export' needs --out OUT.csv (or --out - for standard output)")};
    const QString out = args.option(u"--out"_s);

    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return fail(streams.err, error);
    const auto plan = PlanReader::read(*db, &error);
    if (!plan)
        return fail(streams.err, Tr::tr("'%1' could not be read: %2").arg(path, error));

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

    QList<const Indicator *> indicators;
    for (const IndicatorSummary &row : IndicatorSummaries::forArea(*plan, areaId)) {
        if (!programme || plan->isProgrammeWithin(row.indicator->programmeId, programme->id))
            indicators << row.indicator;
    }

    int rows = 0;
    if (out == u"-"_s) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly)
            || !SeriesTemplate::write(&buffer, *plan, indicators, &error, &rows)) {
            return fail(streams.err, Tr::tr("the export could not be written: %1").arg(error));
        }
        streams.out << QString::fromUtf8(bytes);
        return Success;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)
        || !SeriesTemplate::write(&file, *plan, indicators, &error, &rows) || !file.commit()) {
        return fail(streams.err,
                    Tr::tr("'%1' could not be written: %2")
                        .arg(out, error.isEmpty() ? file.errorString() : error));
    }
    streams.out << Tr::tr("Wrote %1 row(s) for %2 indicator(s) to %3.")
                       .arg(rows)
                       .arg(indicators.size())
                       .arg(out)
                << Qt::endl;
    return Success;
}

} // namespace

Command exportCommand()
{
    return {u"export"_s,
            u"export FILE --out OUT.csv [--area NAME_OR_CODE] [--programme NAME_OR_ID]"_s,
            Tr::tr("Export indicator series (planned and actual values) as CSV"),
            runExport};
}

} // namespace Jfp::Cli
