// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Jfp {

/**
 * Reads the cell values of an Excel workbook (XLSX, Office Open XML) as Excel, LibreOffice
 * and libxlsxwriter write it: the zip container through minizip, the XML with
 * QXmlStreamReader. Sheets are read as a stream, row by row.
 *
 * Values come typed: text as QString (shared strings, inline strings and formula results),
 * numbers as double, numbers in a date format (built-in or custom, in the 1900 or 1904 date
 * system) as QDate (or QDateTime when they hold a time of day), booleans as bool, and errors
 * such as #N/A as their text. Empty cells are not reported. Formulas are not calculated: the
 * value Excel saved with them is used.
 */
class XlsxReader
{
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /**
     * Opens the workbook and reads its sheet list, shared strings and styles. False, with
     * errorString() set, for a file that is missing, not a zip, or not an Excel workbook.
     */
    bool open();
    QString errorString() const { return m_error; }

    /** The sheets' names, in workbook order. */
    QStringList sheetNames() const;

    /** One row: its 1-based number and its cells by 0-based column (only those with a value). */
    struct Row
    {
        int number = 0;
        QHash<int, QVariant> cells;
    };

    /**
     * Calls `onRow` for each row of the sheet that has a value, in order. `onRow` returns
     * false to stop. False, with errorString() set, when the sheet cannot be read.
     */
    bool readSheet(const QString &name, const std::function<bool(const Row &row)> &onRow);

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    static QString columnName(int column);

private:
    bool readSharedStrings(const QString &entry);
    bool readStyles(const QString &entry);

    struct Private;
    Private *d;
    QString m_error;
};

} // namespace Jfp
