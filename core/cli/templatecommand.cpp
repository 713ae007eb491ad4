// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "templatecommand.h"

#include "arguments.h"

#include "coretr.h"
#include "import/seriestemplate.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

int runTemplate(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {}, {});
    const QString path = singleFile(args, u"template"_s);
    if (QFileInfo::exists(path)) {
        return fail(streams.err,
                    Tr::tr("'%1' already exists. Choose another name, or delete the file first.")
                        .arg(path));
    }
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !SeriesTemplate::writeBlank(&file, &error)
        || !file.commit()) {
        return fail(streams.err,
                    Tr::tr("'%1' could not be written: %2")
                        .arg(path, error.isEmpty() ? file.errorString() : error));
    }
    streams.out << Tr::tr("Wrote a blank series template to %1. Fill in one row per indicator "
                          "and period, then run 'jfp import PLAN %1 --format template'. 'jfp "
                          "export PLAN --out FILE.csv' writes one filled in with the plan's "
                          "indicators.")
                       .arg(path)
                << Qt::endl;
    return Success;
}

} // namespace

Command templateCommand()
{
    return {u"template"_s,
            u"template FILE.csv"_s,
            Tr::tr("Write a blank series CSV to fill in and import with --format template"),
            runTemplate};
}

} // namespace Jfp::Cli
