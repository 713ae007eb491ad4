// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
// Reading the files `jfp import --format template` takes into sheets of cells.
#include "domain/regularfile.h"
#include "workbookimport.h"

#include "coretr.h"
#include "formats/csvreader.h"
#include "seriestemplate.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Jfp::WorkbookImport {

using namespace Qt::StringLiterals;

namespace {

ImportPlan failed(const QString &file, const QString &message)
{
    ImportPlan result;
    result.file = file;
    result.source = u"template"_s;
    result.problems.append({ImportProblem::Severity::Error, file, 0, QString(), message});
    return result;
}

} // namespace

ImportPlan planWorkbook(const PlanSnapshot &plan, const QString &path)
{
    XlsxReader reader(path);
    if (!reader.open())
        return failed(path, reader.errorString());
    QList<SheetData> sheets;
    QList<ImportProblem> notices;
    // An England-sized plan's workbook is a few million cells.
    constexpr qint64 maxCells = 20'000'000;
    constexpr int maxHeadings = 256; // the widest layout has a few dozen columns
    qint64 cellsKept = 0;
    bool tooMany = false;
    const QStringList names = reader.sheetNames();
    for (const QString &name : names) {
        const auto &layouts = PlanWorkbook::layouts();
        const bool known = std::any_of(layouts.cbegin(), layouts.cend(), [&](const auto &l) {
            return l.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            if (name.compare(Tr::tr("Instructions"), Qt::CaseInsensitive) != 0
                && name.compare(u"Instructions"_s, Qt::CaseInsensitive) != 0) {
                notices.append({ImportProblem::Severity::Notice,
                                path,
                                0,
                                QString(),
                                Tr::tr("sheet %1 is not one of the plan workbook's sheets, so "
                                       "it is skipped")
                                    .arg(name)});
            }
            continue;
        }
        SheetData sheet;
        sheet.name = name;
        bool first = true;
        QString tooWide;
        const bool read = reader.readSheet(name, [&](const XlsxReader::Row &row) {
            int width = 0;
            for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it)
                width = std::max(width, it.key() + 1);
            if (first && width > maxHeadings) {
                tooWide = XlsxReader::columnName(width - 1);
                return false;
            }
            // A value under no heading is not read, so a row is laid out only as wide as the
            // headings, and the cells are counted before they are made.
            if (!first)
                width = std::min(width, int(sheet.headings.size()));
            cellsKept += width;
            if (cellsKept > maxCells) {
                tooMany = true;
                return false;
            }
            QList<QVariant> cells(width);
            for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
                if (it.key() < width)
                    cells[it.key()] = it.value();
            }
            if (first) {
                for (const QVariant &cell : std::as_const(cells))
                    sheet.headings << cell.toString();
                first = false;
            } else {
                sheet.rows.append({row.number, cells});
            }
            return true;
        });
        if (!tooWide.isEmpty()) {
            return failed(path,
                          Tr::tr("sheet %1 has a heading in column %2, beyond the %3 columns a "
                                 "plan workbook sheet can have; clear the cells to the right of "
                                 "the layout's columns")
                              .arg(name, tooWide)
                              .arg(maxHeadings));
        }
        if (tooMany) {
            return failed(path,
                          Tr::tr("sheet %1 takes the workbook past %L2 cells; a plan workbook "
                                 "that large is not read (import a place or a programme at a "
                                 "time)")
                              .arg(name)
                              .arg(maxCells));
        }
        if (!read)
            return failed(path, reader.errorString());
        if (!first) // an empty sheet has nothing to import
            sheets << sheet;
    }
    if (sheets.isEmpty()) {
        QStringList expected;
        for (const auto &layout : PlanWorkbook::layouts())
            expected << layout.name;
        ImportPlan result = failed(path,
                                   Tr::tr("has no filled-in sheet of the plan workbook (%1). Run "
                                          "'jfp template FILE.xlsx' for a blank one.")
                                       .arg(expected.join(u", "_s)));
        result.problems << notices;
        return result;
    }
    ImportPlan result = WorkbookImport::plan(plan, sheets, path);
    result.problems = notices + result.problems;
    return result;
}

ImportPlan planMilestoneCsv(const PlanSnapshot &plan, QIODevice *device, const QString &fileName)
{
    CsvReader csv(device);
    SheetData sheet;
    QStringList fields;
    if (!csv.readRecord(fields)) {
        return failed(fileName,
                      csv.hasError() ? csv.errorString()
                                     : Tr::tr("the file is empty: it has no header line and no "
                                              "rows."));
    }
    sheet.headings = fields;
    while (csv.readRecord(fields)) {
        QList<QVariant> cells;
        cells.reserve(fields.size());
        for (const QString &field : std::as_const(fields))
            cells << QVariant(field);
        sheet.rows.append({csv.recordLine(), cells});
    }
    ImportPlan result = WorkbookImport::plan(plan, {sheet}, fileName);
    if (csv.hasError()) {
        result.problems.append({ImportProblem::Severity::Error,
                                fileName,
                                csv.errorLine(),
                                QString(),
                                csv.errorString()});
    }
    return result;
}

ImportPlan planFile(const PlanSnapshot &plan, const QString &path)
{
    if (const QString problem = notARegularFile(path); !problem.isEmpty())
        return failed(path, problem);
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return planWorkbook(plan, path);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        CsvReader csv(&file);
        QStringList header;
        if (csv.readRecord(header) && isMilestoneHeader(header)) {
            file.seek(0);
            return planMilestoneCsv(plan, &file, path);
        }
    }
    return SeriesTemplate::planFile(plan, path); // it reports a file it cannot read
}

} // namespace Jfp::WorkbookImport
