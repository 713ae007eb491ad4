// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planexport.h"

#include "workbookwriter.h"

#include "coretr.h"
#include "formats/csvreader.h"
#include "formats/seriescsv.h"
#include "reporting/indicatorsummary.h"
#include "storage/writeerror.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Jfp::PlanExport {

using namespace Qt::StringLiterals;

namespace {

bool unknownSuffix(const QString &path, QString *error)
{
    if (error) {
        *error = Tr::tr("'%1' does not end in .xlsx or .csv, so the format is not known").arg(path);
    }
    return false;
}

/** Writes through a QSaveFile, so the file appears only when complete. */
template<typename WriteFunction>
bool saveFile(const QString &path, QString *error, WriteFunction &&writeTo)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QString detail;
    if (!writeTo(&file, &detail)) {
        if (error) {
            *error = file.error() != QFileDevice::NoError ? WriteError::reason(file.errorString())
                                                          : detail;
        }
        return false; // the temporary file goes with `file`; `path` is untouched
    }
    // Fails when any write or the final flush did: a full disk is never a success.
    if (!WriteError::commit(file)) {
        if (error)
            *error = WriteError::reason(file.errorString());
        return false;
    }
    return true;
}

/** The series CSV's rows: indicators in area tree order, as `jfp export --out .csv` always had. */
QList<const Indicator *> seriesIndicators(const PlanSnapshot &plan, const ExportScope &scope)
{
    QList<const Indicator *> indicators;
    for (const IndicatorSummary &row : IndicatorSummaries::forArea(plan, scope.areaId)) {
        if (scope.programmeId == 0
            || plan.isProgrammeWithin(row.indicator->programmeId, scope.programmeId))
            indicators << row.indicator;
    }
    return indicators;
}

} // namespace

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return Format::SeriesCsv;
    if (suffix == u"xlsx"_s)
        return Format::Workbook;
    return std::nullopt;
}

bool writeSeriesCsv(QIODevice *device,
                    const PlanSnapshot &plan,
                    const ExportScope &scope,
                    QString *error,
                    Summary *summary)
{
    const QList<const Indicator *> indicators = seriesIndicators(plan, scope);
    int rows = 0;
    if (!SeriesTemplate::write(device, plan, indicators, error, &rows))
        return false;
    if (summary)
        *summary = {Format::SeriesCsv, int(indicators.size()), rows, {}};
    return true;
}

bool write(const QString &path,
           const PlanSnapshot &plan,
           const ExportScope &scope,
           QString *error,
           Summary *summary,
           std::optional<Format> wanted)
{
    const std::optional<Format> format = wanted ? wanted : formatOf(path);
    if (!format)
        return unknownSuffix(path, error);
    if (*format == Format::SeriesCsv) {
        return saveFile(path, error, [&](QIODevice *device, QString *detail) {
            return writeSeriesCsv(device, plan, scope, detail, summary);
        });
    }
    const QList<PlanWorkbook::Table> tables = PlanWorkbook::tables(plan, scope);
    if (!WorkbookWriter::write(path, tables, false, error))
        return false;
    if (summary) {
        *summary = {Format::Workbook, 0, 0, {}};
        for (const PlanWorkbook::Table &table : tables) {
            summary->rows += int(table.rows.size());
            summary->sheetRows << int(table.rows.size());
            if (table.kind == PlanWorkbook::SheetKind::Indicators)
                summary->indicators = int(table.rows.size());
        }
    }
    return true;
}

bool writeTemplate(const QString &path,
                   QString *error,
                   TemplateLayout csvLayout,
                   std::optional<Format> wanted)
{
    const std::optional<Format> format = wanted ? wanted : formatOf(path);
    if (!format)
        return unknownSuffix(path, error);
    if (*format == Format::Workbook)
        return WorkbookWriter::write(path, WorkbookWriter::emptyTables(), true, error);
    return saveFile(path, error, [csvLayout](QIODevice *device, QString *detail) {
        if (csvLayout == TemplateLayout::Series)
            return SeriesTemplate::writeBlank(device, detail);
        return writeCsvRecord(
            device, PlanWorkbook::layout(PlanWorkbook::SheetKind::Milestones).keys(), detail);
    });
}

} // namespace Jfp::PlanExport
