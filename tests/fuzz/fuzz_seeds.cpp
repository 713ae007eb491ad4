// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unzip.h>

/*
 * fuzz_seeds OUTDIR: seeds that tests/data cannot hold as text, made with `jfp` itself:
 * OUTDIR/planopen/sample.jfp (the sample plan), OUTDIR/xlsx/ the sample's plan workbook and
 * the blank template as .xlsx files and in fuzz_xlsx's parts form, OUTDIR/csvreader/ the
 * sample's series CSV and the CSV templates.
 */
namespace {

QByteArray entry(unzFile zip, const char *name)
{
    QByteArray bytes;
    if (unzLocateFile(zip, name, 1) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return bytes;
    char buffer[65536];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    unzCloseCurrentFile(zip);
    return bytes;
}

bool writePartsForm(const QString &xlsx, const QString &out)
{
    unzFile zip = unzOpen64(QFile::encodeName(xlsx).constData());
    if (!zip)
        return false;
    QByteArray parts;
    for (const char *name : JfpFuzz::kXlsxParts) {
        if (name != JfpFuzz::kXlsxParts[0])
            parts += "\n@@PART@@\n";
        parts += entry(zip, name);
    }
    unzClose(zip);
    QFile file(out);
    return file.open(QIODevice::WriteOnly) && file.write(parts) == parts.size();
}

bool jfp(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Jfp::Cli::run(arguments, out, err) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: fuzz_seeds OUTDIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"planopen", "xlsx", "csvreader"})
        out.mkpath(QString::fromLatin1(sub));
    const QString plan = out.filePath(QStringLiteral("planopen/sample.jfp"));
    QFile::remove(plan);
    const QString workbook = out.filePath(QStringLiteral("xlsx/sample.xlsx"));
    const QString blank = out.filePath(QStringLiteral("xlsx/template.xlsx"));
    const bool ok = jfp({QStringLiteral("init"), plan, QStringLiteral("--sample")})
                    && jfp({QStringLiteral("export"), plan, QStringLiteral("--out"), workbook})
                    && jfp({QStringLiteral("export"),
                            plan,
                            QStringLiteral("--out"),
                            out.filePath(QStringLiteral("csvreader/sample-series.csv"))})
                    && jfp({QStringLiteral("template"), blank})
                    && jfp({QStringLiteral("template"),
                            out.filePath(QStringLiteral("csvreader/milestones-template.csv")),
                            QStringLiteral("--milestones")})
                    && jfp({QStringLiteral("template"),
                            out.filePath(QStringLiteral("csvreader/series-template.csv"))})
                    && writePartsForm(workbook, out.filePath(QStringLiteral("xlsx/sample.parts")))
                    && writePartsForm(blank, out.filePath(QStringLiteral("xlsx/template.parts")));
    return ok ? 0 : 1;
}
