// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/plan.h"
#include "fuzzsupport.h"
#include "import/workbookimport.h"
#include "import/xlsxreader.h"

#include <zip.h>

/*
 * XlsxReader and the workbook import over mutated workbooks. An input that starts "PK" is
 * read as the .xlsx file itself. Any other input is the workbook's XML parts, separated by
 * lines "@@PART@@", in the order of JfpFuzz::kXlsxParts; they are stored (not compressed) into a
 * zip, so that the fuzzer mutates the XML the reader parses rather than deflated bytes.
 */
namespace {

bool writeStoredZip(const QString &path, const QList<QByteArray> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(JfpFuzz::kXlsxParts)); ++i) {
        ok = ok
             && zipOpenNewFileInZip(
                    zip, JfpFuzz::kXlsxParts[i], nullptr, nullptr, 0, nullptr, 0, nullptr, 0, 0)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, parts.at(i).constData(), unsigned(parts.at(i).size()))
                    == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    const QByteArray input = JfpFuzz::bytes(data, size);
    QString path;
    if (input.startsWith("PK")) {
        path = JfpFuzz::writeScratch(QStringLiteral("fuzz.xlsx"), data, size);
    } else {
        QList<QByteArray> parts;
        qsizetype from = 0;
        const QByteArray separator = "\n@@PART@@\n";
        for (;;) {
            const qsizetype at = input.indexOf(separator, from);
            parts.append(input.mid(from, at < 0 ? -1 : at - from));
            if (at < 0)
                break;
            from = at + separator.size();
        }
        path = JfpFuzz::scratchFile(QStringLiteral("fuzz.xlsx"));
        if (!writeStoredZip(path, parts))
            abort();
    }
    {
        Jfp::XlsxReader reader(path);
        if (reader.open()) {
            for (const QString &sheet : reader.sheetNames()) {
                qint64 cells = 0;
                (void)reader.readSheet(sheet, [&](const Jfp::XlsxReader::Row &row) {
                    cells += row.cells.size();
                    return true;
                });
            }
        } else if (reader.errorString().isEmpty()) {
            abort(); // a refusal always says why
        }
    }
    (void)Jfp::WorkbookImport::planWorkbook(Jfp::PlanSnapshot(), path);
    return 0;
}
