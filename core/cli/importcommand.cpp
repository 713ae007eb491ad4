// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importcommand.h"

#include "arguments.h"

#include "coretr.h"
#include "import/fingertipsimport.h"
#include "import/fingertipsreader.h"
#include "import/workbookimport.h"
#include "storage/database.h"
#include "storage/planreader.h"

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

// Keeps only the rows of linked indicators, so a large file takes little memory.
FingertipsData readFingertips(const PlanSnapshot &plan,
                              const QString &source,
                              const QList<IndicatorLinkRequest> &links)
{
    FingertipsReader::Options options;
    options.keepIndicators = FingertipsImport::linkedIds(plan, links);
    return FingertipsReader::readFile(source, options);
}

int runImport(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {u"--dry-run"_s}, {u"--format"_s, u"--link"_s});
    if (args.positional.size() != 2)
        throw BadUsage{Tr::tr("'import' takes a plan FILE and a SOURCE file")};
    const QString path = args.positional.at(0);
    const QString source = args.positional.at(1);
    // Fingertips exports are CSV: an Excel workbook can only be a filled-in template.
    const bool workbook = source.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    const QString format = args.hasOption(u"--format"_s) ? args.option(u"--format"_s)
                           : workbook                    ? u"template"_s
                                                         : u"fingertips"_s;
    if (format != u"fingertips"_s && format != u"template"_s) {
        throw BadUsage{Tr::tr("unknown format '%1'; use --format fingertips or --format template")
                           .arg(format)};
    }
    if (format == u"template"_s && args.hasOption(u"--link"_s))
        throw BadUsage{
            Tr::tr("--link is for --format fingertips; a template names its indicators")};
    QList<IndicatorLinkRequest> links;
    for (const QString &value : args.optionValues(u"--link"_s)) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0 || eq == value.size() - 1)
            throw BadUsage{Tr::tr("--link takes FINGERTIPS_ID=INDICATOR, not '%1'").arg(value)};
        links.append({value.left(eq), value.mid(eq + 1)});
    }
    const bool dryRun = args.hasFlag(u"--dry-run"_s);

    QString error;
    auto db = Database::open(
        path, dryRun ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite, &error);
    if (!db)
        return fail(streams.err, error);
    // A Fingertips export feeds a few indicators: only their series are read. A workbook
    // may name any item, so the whole plan is.
    auto plan = PlanReader::read(*db,
                                 &error,
                                 format == u"template"_s ? PlanReader::Contents::Everything
                                                         : PlanReader::Contents::Structure);
    if (plan && format != u"template"_s
        && !PlanReader::readSeries(
            *db, *plan, FingertipsImport::fedIndicators(*plan, links), &error))
        plan.reset();
    if (!plan)
        return fail(streams.err, Tr::tr("'%1' could not be read: %2").arg(path, error));

    const ImportPlan preview
        = format == u"template"_s
              ? WorkbookImport::planFile(*plan, source)
              : FingertipsImport::plan(*plan, readFingertips(*plan, source, links), links);
    streams.out << preview.summary();
    if (preview.hasErrors()) {
        streams.out.flush();
        const QStringList errors = preview.errorMessages();
        // The first few again on the error stream, for scripts; the list above has more.
        constexpr qsizetype repeated = 20;
        for (qsizetype i = 0; i < std::min(errors.size(), repeated); ++i)
            streams.err << "jfp: " << errors.at(i) << '\n';
        if (errors.size() > repeated)
            streams.err << "jfp: "
                        << Tr::tr("… and %1 more problems (the first %2 are listed above)")
                               .arg(errors.size() - repeated)
                               .arg(std::min<qsizetype>(errors.size(), ImportProblem::listed))
                        << '\n';
        return fail(streams.err,
                    Tr::tr("the import has %1 problem(s) (listed above); nothing was written to "
                           "'%2'")
                        .arg(errors.size())
                        .arg(path));
    }
    if (dryRun) {
        streams.out << Tr::tr("Dry run: nothing was written.") << Qt::endl;
        return Success;
    }
    if (!preview.hasChanges()) {
        streams.out << Tr::tr("Nothing to change: the plan already holds these values.")
                    << Qt::endl;
        return Success;
    }
    if (!applyImport(*db, preview, &error))
        return fail(
            streams.err,
            Tr::tr("the import into '%1' failed: %2. Nothing was written.").arg(path, error));
    int newLinks = 0;
    for (const ImportPlan::Link &link : preview.links)
        newLinks += link.isNew ? 1 : 0;
    const int items = preview.itemCount(ImportPlan::Change::Add)
                      + preview.itemCount(ImportPlan::Change::Replace)
                      + preview.itemCount(ImportPlan::Change::Same);
    if (items > 0) {
        const auto changed = [](const auto &list, ImportPlan::Change change) {
            return int(std::count_if(list.cbegin(), list.cend(), [change](const auto &c) {
                return c.change == change;
            }));
        };
        const auto added = [&](const auto &list) { return changed(list, ImportPlan::Change::Add); };
        const int addedItems = preview.itemCount(ImportPlan::Change::Add);
        const int others = addedItems - added(preview.areas) - added(preview.programmes)
                           - added(preview.milestones) - added(preview.indicators);
        streams.out << Tr::tr("Imported into %1: %2 item(s) added (%3 areas, %4 programmes, %5 "
                              "milestones, %6 indicators, %7 others), %8 changed.")
                           .arg(path)
                           .arg(addedItems)
                           .arg(added(preview.areas))
                           .arg(added(preview.programmes))
                           .arg(added(preview.milestones))
                           .arg(added(preview.indicators))
                           .arg(others)
                           .arg(preview.itemCount(ImportPlan::Change::Replace))
                    << Qt::endl;
    }
    streams.out << Tr::tr("Imported into %1: %2 value(s) added, %3 replaced, %4 new link(s).")
                       .arg(path)
                       .arg(preview.count(ImportPlan::Change::Add))
                       .arg(preview.count(ImportPlan::Change::Replace))
                       .arg(newLinks)
                << Qt::endl;
    return Success;
}

} // namespace

Command importCommand()
{
    return {u"import"_s,
            u"import FILE SOURCE [--format fingertips|template] "
            "[--link FINGERTIPS_ID=INDICATOR]... [--dry-run]"_s,
            Tr::tr("Import values from a Fingertips export, or a filled-in plan workbook, "
                   "series CSV or milestone CSV (preview with --dry-run)"),
            runImport};
}

} // namespace Jfp::Cli
