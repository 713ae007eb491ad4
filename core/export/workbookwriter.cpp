// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "workbookwriter.h"

#include "coretr.h"
#include "storage/writeerror.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace Jfp::WorkbookWriter {

using namespace Qt::StringLiterals;
using PlanWorkbook::CellKind;
using PlanWorkbook::Column;
using PlanWorkbook::SheetLayout;
using PlanWorkbook::Table;

namespace {

constexpr int maxTextLength = 32767; // Excel's limit for one cell
constexpr double minWidth = 8;
constexpr double maxWidth = 60;

struct WorkbookDeleter
{
    void operator()(lxw_workbook *workbook) const
    {
        // workbook_close() also frees; this only runs when writing stopped half-way.
        lxw_workbook_free(workbook);
    }
};

class Writer
{
public:
    Writer(lxw_workbook *workbook)
        : m_workbook(workbook)
    {
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EDEE); // NHS pale grey
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
        m_wrap = workbook_add_format(workbook);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
    }

    bool writeInstructions();
    bool writeTable(const Table &table);
    QString error() const { return m_error; }

private:
    bool check(lxw_error result, const QString &sheet, int row, int column)
    {
        if (result == LXW_NO_ERROR)
            return true;
        m_error = Tr::tr("sheet %1, row %2, column %3: %4")
                      .arg(sheet)
                      .arg(row + 1)
                      .arg(column + 1)
                      .arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    bool text(lxw_worksheet *sheet,
              const QString &name,
              int row,
              int column,
              const QString &value,
              lxw_format *format = nullptr)
    {
        if (value.size() > maxTextLength) {
            m_error = Tr::tr("sheet %1, row %2, column %3: the text is longer than Excel's limit "
                             "of %4 characters")
                          .arg(name)
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(maxTextLength);
            return false;
        }
        return check(
            worksheet_write_string(
                sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format),
            name,
            row,
            column);
    }
    lxw_worksheet *addSheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!sheet) {
            m_error = Tr::tr("could not add the sheet %1").arg(name);
            return nullptr;
        }
        // Printed on A4 landscape.
        worksheet_set_paper(sheet, 9);
        worksheet_set_landscape(sheet);
        return sheet;
    }

    lxw_workbook *m_workbook;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_title = nullptr;
    QString m_error;
};

QString kindName(CellKind kind)
{
    switch (kind) {
    case CellKind::Id:
        return Tr::tr("id");
    case CellKind::Text:
        return Tr::tr("text");
    case CellKind::Integer:
        return Tr::tr("whole number");
    case CellKind::Number:
        return Tr::tr("number");
    case CellKind::Date:
        return Tr::tr("date");
    case CellKind::Period:
        return Tr::tr("period");
    case CellKind::Choice:
        return Tr::tr("one of");
    case CellKind::Boolean:
        return Tr::tr("TRUE or FALSE");
    case CellKind::DateTime:
        return Tr::tr("date and time");
    }
    return {};
}

bool Writer::writeInstructions()
{
    const QString name = Tr::tr("Instructions");
    lxw_worksheet *sheet = addSheet(name);
    if (!sheet)
        return false;
    const double widths[] = {14, 18, 14, 44, 10, 70};
    for (int c = 0; c < 6; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    const QStringList paragraphs = PlanWorkbook::instructions();
    int row = 0;
    for (const QString &paragraph : paragraphs) {
        lxw_format *format = row == 0 ? m_title : m_wrap;
        if (!check(worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), 5, "", format),
                   name,
                   row,
                   0)
            || !text(sheet, name, row, 0, paragraph, format)) {
            return false;
        }
        // About 160 characters fit on one line of the merged cells.
        const int lines = std::max(1, int(paragraph.size() / 150) + 1);
        worksheet_set_row(sheet, lxw_row_t(row), row == 0 ? 20 : 15.0 * lines, nullptr);
        ++row;
    }
    ++row;
    const int headerRow = row;
    const QStringList headings = {Tr::tr("sheet"),
                                  Tr::tr("column"),
                                  Tr::tr("type"),
                                  Tr::tr("allowed values"),
                                  Tr::tr("required"),
                                  Tr::tr("meaning")};
    for (int c = 0; c < headings.size(); ++c) {
        if (!text(sheet, name, row, c, headings.at(c), m_header))
            return false;
    }
    ++row;
    for (const SheetLayout &layout : PlanWorkbook::layouts()) {
        for (const Column &column : layout.columns) {
            const QStringList cells = {layout.name,
                                       column.key,
                                       kindName(column.kind),
                                       column.choices.join(u", "_s),
                                       column.required ? Tr::tr("yes") : QString(),
                                       column.meaning};
            int lines = 1; // wrapped text needs a taller row; spreadsheets do not resize it
            for (int c = 0; c < cells.size(); ++c) {
                if (!cells.at(c).isEmpty() && !text(sheet, name, row, c, cells.at(c), m_wrap))
                    return false;
                const int perLine = int(widths[c]) - 2;
                lines = std::max(lines, int((cells.at(c).size() + perLine - 1) / perLine));
            }
            if (lines > 1)
                worksheet_set_row(sheet, lxw_row_t(row), 15.0 * lines, nullptr);
            ++row;
        }
    }
    worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 0);
    worksheet_fit_to_pages(sheet, 1, 0); // its columns fit the page width
    worksheet_repeat_rows(sheet, lxw_row_t(headerRow), lxw_row_t(headerRow));
    return check(worksheet_autofilter(sheet, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), 5),
                 name,
                 headerRow,
                 0);
}

bool Writer::writeTable(const Table &table)
{
    const SheetLayout &layout = PlanWorkbook::layout(table.kind);
    lxw_worksheet *sheet = addSheet(layout.name);
    if (!sheet)
        return false;
    const int columns = int(layout.columns.size());
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        const QString &key = layout.columns.at(c).key;
        widths[c] = int(key.size()) + 3; // room for the autofilter button
        if (!text(sheet, layout.name, 0, c, key, m_header))
            return false;
    }
    int row = 1;
    for (const PlanWorkbook::Row &cells : table.rows) {
        for (int c = 0; c < columns && c < cells.size(); ++c) {
            const QVariant &value = cells.at(c);
            if (!value.isValid())
                continue; // an empty cell is a missing value
            const auto r = lxw_row_t(row);
            const auto col = lxw_col_t(c);
            int width = 0;
            lxw_error result = LXW_NO_ERROR;
            switch (value.typeId()) {
            case QMetaType::Double:
            case QMetaType::LongLong:
            case QMetaType::Int: {
                const double number = value.toDouble();
                result = worksheet_write_number(sheet, r, col, number, nullptr);
                width = int(QString::number(number, 'g', 15).size());
                break;
            }
            case QMetaType::Bool:
                result = worksheet_write_boolean(sheet, r, col, value.toBool() ? 1 : 0, nullptr);
                width = 5;
                break;
            case QMetaType::QDate: {
                const QDate date = value.toDate();
                lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0};
                result = worksheet_write_datetime(sheet, r, col, &when, m_date);
                width = 10;
                break;
            }
            case QMetaType::QDateTime: {
                // To the millisecond: Excel's serial day keeps about a microsecond.
                const QDateTime utc = value.toDateTime().toUTC();
                const QDate day = utc.date();
                const QTime time = utc.time();
                lxw_datetime when = {day.year(),
                                     day.month(),
                                     day.day(),
                                     time.hour(),
                                     time.minute(),
                                     time.second() + time.msec() / 1000.0};
                result = worksheet_write_datetime(sheet, r, col, &when, m_dateTime);
                width = 19;
                break;
            }
            default: {
                const QString string = value.toString();
                if (!text(sheet, layout.name, row, c, string))
                    return false;
                // The longest line, for text with line breaks.
                for (const QString &line : string.split(u'\n'))
                    width = std::max(width, int(line.size()));
                break;
            }
            }
            if (!check(result, layout.name, row, c))
                return false;
            widths[c] = std::max(widths.at(c), width + 1);
        }
        ++row;
    }
    for (int c = 0; c < columns; ++c) {
        const double width = std::clamp(double(widths.at(c)), minWidth, maxWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    return check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(row - 1), lxw_col_t(columns - 1)),
                 layout.name,
                 0,
                 0);
}

} // namespace

QList<Table> emptyTables()
{
    QList<Table> tables;
    for (const SheetLayout &layout : PlanWorkbook::layouts())
        tables << Table{layout.kind, {}};
    return tables;
}

bool write(const QString &path, const QList<Table> &tables, bool withInstructions, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo target(path);
    // A new name beside the target, released at once (Windows cannot rename a file that is
    // still open): libxlsxwriter writes it afresh, and it is removed unless it became `path`.
    QString partPath;
    {
        QTemporaryFile temporary(
            target.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
        if (!temporary.open())
            return fail(
                Tr::tr("cannot create a file in %1: %2")
                    .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString()));
        temporary.setAutoRemove(false);
        partPath = temporary.fileName();
    }
    bool renamed = false;
    const auto removePart = qScopeGuard([&] {
        if (!renamed)
            QFile::remove(partPath);
    });

    // libxlsxwriter's own temporary files go to the user's temporary folder: its default,
    // tmpfile(), writes to the root of the drive on Windows, which users may not write to.
    QByteArray temporaryFolder = QFile::encodeName(QDir::toNativeSeparators(QDir::tempPath()));
    lxw_workbook_options options{};
    options.tmpdir = temporaryFolder.data();
    std::unique_ptr<lxw_workbook, WorkbookDeleter> workbook(
        workbook_new_opt(QFile::encodeName(partPath).constData(), &options));
    if (!workbook)
        return fail(Tr::tr("cannot start the workbook"));
    Writer writer(workbook.get());
    if (withInstructions && !writer.writeInstructions())
        return fail(writer.error());
    for (const Table &table : tables) {
        if (!writer.writeTable(table))
            return fail(writer.error());
    }
    // Closing writes the whole file; any write it could not finish is an error here.
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR)
        return fail(WriteError::reason(QString::fromUtf8(lxw_strerror(closed))));
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partPath).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(),
                            renameError);
    if (renameError) {
        // Where the system cannot replace a file in one step (Windows, some network drives),
        // the old file goes first, then the complete new one takes its name.
        QFile part(partPath);
        if ((target.exists() && !QFile::remove(target.absoluteFilePath()))
            || !part.rename(target.absoluteFilePath()))
            return fail(part.errorString().isEmpty() ? QString::fromLocal8Bit(renameError.message())
                                                     : part.errorString());
    }
    renamed = true; // it has become `path`
    return true;
}

} // namespace Jfp::WorkbookWriter
