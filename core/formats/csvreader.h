// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Jfp {

/**
 * Reads RFC 4180 CSV from a QIODevice one record at a time, in chunks, so a file of any size
 * is never held in memory whole.
 *
 * It accepts what real exports contain: a UTF-8 byte order mark, CRLF, LF or CR line ends,
 * quoted fields holding commas, doubled quotes ("") and line breaks, and rows of any length
 * (callers pad or trim). Blank lines are skipped. Text after a closing quote is kept as part
 * of the field, as most spreadsheets do. The apostrophe csvField() puts before formula-like
 * text is taken off (csvCellText()). Each record knows the physical line it starts on.
 *
 * It stops with an error, and the line it happened on, for a quoted field still open at the
 * end of the input, for binary content (a NUL byte), for text that is not UTF-8, for a field
 * longer than maxFieldLength() and for a device that cannot be read.
 */
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    /**
     * Reads the next record into `fields`. Returns false at the end of the input or on an
     * error; hasError() tells which.
     */
    bool readRecord(QStringList &fields);

    /** The 1-based physical line on which the last record read starts. */
    qint64 recordLine() const { return m_recordLine; }
    /** True when the last record read ended with a line break (false: it ran to the end). */
    bool recordTerminated() const { return m_recordTerminated; }

    bool hasError() const { return !m_error.isEmpty(); }
    /** What went wrong, without the line ("a quoted field is not closed …"). */
    QString errorString() const { return m_error; }
    /** The 1-based line the error is on. */
    qint64 errorLine() const { return m_errorLine; }

    qsizetype maxFieldLength() const { return m_maxFieldLength; }
    void setMaxFieldLength(qsizetype length) { m_maxFieldLength = length; }

private:
    bool ensure();
    bool fail(qint64 line, const QString &message);
    bool checkSpecial(QChar c);
    bool appendChecked(QString &field, QStringView text);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_decodeError = false;
    bool m_sawNul = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_recordTerminated = false;
    qint64 m_errorLine = 0;
    QString m_error;
    qsizetype m_maxFieldLength = 1024 * 1024;
};

/**
 * One field as written to CSV: quoted (with doubled quotes) when it holds a comma, quote or line
 * break, and defused when a spreadsheet would take it for a formula: text that starts with
 * =, +, -, @, a tab or a carriage return (after any apostrophes) gets a leading apostrophe, as
 * Excel itself writes such text. Numbers ("-1.5") are written as they are.
 */
QString csvField(const QString &text);

/**
 * A field as read back: the apostrophe csvField() put before formula-like text is taken off
 * again, so "'=A1" reads as "=A1". CsvReader::readRecord() returns fields this way.
 */
QString csvCellText(const QString &field);

/**
 * Writes one RFC 4180 record: fields joined by commas, quoted (with doubled quotes) when they
 * hold a comma, quote or line break and defused when formula-like (csvField()), ended by CRLF,
 * as UTF-8.
 */
bool writeCsvRecord(QIODevice *device, const QStringList &fields, QString *error);

} // namespace Jfp
