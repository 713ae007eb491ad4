// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "importplan.h"
#include "workbookimport.h"

#include <QHash>

namespace Jfp::WorkbookImport {

/**
 * Reads typed values from the cells of one row, whether they come from a workbook (already
 * typed) or a CSV file (text), and reports each bad cell by sheet, row and column.
 */
class CellReader
{
public:
    CellReader(ImportPlan &result, const SheetData &sheet, const PlanWorkbook::SheetLayout &layout);

    /** Checks the header; false (with the problems reported) when the sheet cannot be read. */
    bool readHeader();

    void setRow(const SheetData::Row &row) { m_row = &row; }
    qint64 line() const { return m_row ? m_row->line : 0; }
    const QString &sheetName() const { return m_sheet.name; }
    bool hasColumn(const QString &key) const { return m_index.value(key, -1) >= 0; }

    /** True when the row has a value in the column. */
    bool has(const QString &key) const { return raw(key).isValid(); }
    QString text(const QString &key) const;
    /** The values below report a bad cell and set *ok to false. */
    std::optional<qint64> id(const QString &key, bool *ok);
    std::optional<qint64> integer(const QString &key, bool *ok);
    OptionalValue number(const QString &key, bool *ok);
    QDate date(const QString &key, bool *ok);
    /** A date and time in UTC: a typed cell's wall time, or ISO 8601 text (UTC unless it
     * gives an offset). */
    QDateTime dateTime(const QString &key, bool *ok);
    /** The period as written; reported when it does not parse. */
    QString period(const QString &key, bool *ok);
    std::optional<bool> boolean(const QString &key, bool *ok);
    template<typename E>
    std::optional<E> choice(const QString &key, bool *ok);

    void error(const QString &key, const QString &message);
    void notice(const QString &key, const QString &message);

private:
    QVariant raw(const QString &key) const;
    void report(ImportProblem::Severity severity, const QString &key, const QString &message);

    ImportPlan &m_result;
    const SheetData &m_sheet;
    const PlanWorkbook::SheetLayout &m_layout;
    QHash<QString, int> m_index;       // column key → position in the sheet
    QHash<QString, QString> m_heading; // column key → the heading as written
    const SheetData::Row *m_row = nullptr;
};

} // namespace Jfp::WorkbookImport
