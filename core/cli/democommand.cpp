// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "democommand.h"

#include "arguments.h"

#include "coretr.h"
#include "sample/demoplan.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

DemoPlan::Scale scaleOption(const Arguments &args)
{
    const QString accepted = DemoPlan::scaleKeys().join(u'|');
    if (!args.hasOption(u"--scale"_s))
        throw BadUsage{Tr::tr("'demo' needs --scale %1").arg(accepted)};
    const QString value = args.option(u"--scale"_s);
    const std::optional<DemoPlan::Scale> scale = DemoPlan::scaleFromKey(value);
    if (!scale)
        throw BadUsage{Tr::tr("--scale takes %1, not '%2'").arg(accepted, value)};
    return *scale;
}

quint32 seedOption(const Arguments &args)
{
    if (!args.hasOption(u"--seed"_s))
        return 1;
    const QString value = args.option(u"--seed"_s);
    static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
    bool ok = false;
    const qulonglong seed = digits.match(value).hasMatch() ? value.toULongLong(&ok) : 0;
    if (!ok || seed > std::numeric_limits<quint32>::max()) {
        throw BadUsage{Tr::tr("--seed takes a whole number from 0 to %1, not '%2'")
                           .arg(std::numeric_limits<quint32>::max())
                           .arg(value)};
    }
    return quint32(seed);
}

int runDemo(const QStringList &words, Streams &streams)
{
    QElapsedTimer timer;
    timer.start();
    const Arguments args = parseArguments(words, {}, {u"--scale"_s, u"--seed"_s});
    const QString path = singleFile(args, u"demo"_s);
    const DemoPlan::Scale scale = scaleOption(args);
    const quint32 seed = seedOption(args);
    if (QFileInfo::exists(path)) {
        return fail(streams.err,
                    Tr::tr("'%1' already exists. Choose another name, or delete the file first.")
                        .arg(path));
    }
    DemoPlan::Counts counts;
    QString error;
    if (!DemoPlan::createFile(path, scale, seed, &counts, &error))
        return fail(streams.err, error); // names the file
    const qint64 bytes = QFileInfo(path).size();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const DemoPlan::Shape shape = DemoPlan::shape(scale);
    QTextStream &out = streams.out;
    out << Tr::tr("Wrote a synthetic demo plan (scale %1, seed %2) to %3")
               .arg(DemoPlan::key(scale))
               .arg(seed)
               .arg(path)
        << '\n';
    out << "  "
        << Tr::tr("areas: %1 (%2, %3, %4)")
               .arg(counts.areas)
               .arg(Tr::tr("%n system(s)", nullptr, shape.systems),
                    Tr::tr("%n place(s)", nullptr, shape.places),
                    Tr::tr("%n locality(-ies)", nullptr, shape.localities))
        << '\n';
    out << "  " << Tr::tr("programmes: %1").arg(counts.programmes) << '\n';
    out << "  " << Tr::tr("milestones: %1").arg(counts.milestones) << '\n';
    out << "  " << Tr::tr("indicators: %1").arg(counts.indicators) << '\n';
    out << "  "
        << Tr::tr("values: %1 (%2 planned, %3 actual; every actual value is flagged synthetic)")
               .arg(counts.values())
               .arg(counts.trajectoryValues)
               .arg(counts.actualValues)
        << '\n';
    out << "  "
        << Tr::tr("file size: %1 MB (%2 bytes)")
               .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(bytes)
        << '\n';
    out << "  " << Tr::tr("time taken: %1 s").arg(seconds, 0, 'f', 2) << Qt::endl;
    return Success;
}

} // namespace

Command demoCommand()
{
    return {u"demo"_s,
            u"demo FILE --scale sample|ics|england [--seed N]"_s,
            Tr::tr("Write a synthetic plan of that size (every value made up) to try JFP "
                   "Planner at scale"),
            runDemo};
}

} // namespace Jfp::Cli
