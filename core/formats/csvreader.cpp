// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "csvreader.h"

#include "coretr.h"

#include <QIODevice>

namespace Jfp {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr char16_t replacementCharacter = 0xFFFD;

// Characters that end a run of plain field text.
inline bool isPlainStop(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == u'\n' || u == u'\r' || u == 0 || u == replacementCharacter;
}

inline bool isQuotedStop(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\n' || u == u'\r' || u == 0 || u == replacementCharacter;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    , m_decoder(QStringConverter::Utf8) // skips a leading byte order mark
{}

// Makes sure there is at least one unread character; false at the end of the input or on a
// read error.
bool CsvReader::ensure()
{
    while (m_pos >= m_buffer.size()) {
        if (m_atEnd || hasError())
            return false;
        if (!m_device || !m_device->isReadable()) {
            fail(m_line, Tr::tr("the file cannot be read"));
            return false;
        }
        QByteArray bytes(chunkSize, Qt::Uninitialized);
        const qint64 got = m_device->read(bytes.data(), chunkSize);
        if (got < 0) {
            fail(m_line, Tr::tr("the file cannot be read: %1").arg(m_device->errorString()));
            return false;
        }
        if (got == 0) {
            m_atEnd = true;
            // A sequence cut short at the very end stays inside the decoder until another byte
            // arrives: feed one and drop it again, so the cut sequence shows as U+FFFD.
            m_buffer = m_decoder(QByteArrayView(" ", 1));
            if (m_buffer.endsWith(u' '))
                m_buffer.chop(1);
            m_pos = 0;
            if (m_decoder.hasError())
                m_decodeError = true;
            continue;
        }
        bytes.truncate(got);
        if (bytes.contains('\0'))
            m_sawNul = true;
        m_buffer = m_decoder(bytes);
        m_pos = 0;
        if (m_decoder.hasError())
            m_decodeError = true;
    }
    return true;
}

bool CsvReader::fail(qint64 line, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

// A NUL is binary content; U+FFFD after a decoding error is text that is not UTF-8. Returns
// false (with the error set) for either; true for a genuine U+FFFD in the text.
bool CsvReader::checkSpecial(QChar c)
{
    // Binary files usually fail UTF-8 before their first NUL; call them binary all the same.
    if (c.unicode() == 0 || (c.unicode() == replacementCharacter && m_decodeError && m_sawNul)) {
        return fail(m_line,
                    Tr::tr("the file holds binary data (a NUL byte), so it is not CSV text. If "
                           "it is a spreadsheet, save it as CSV (UTF-8) first."));
    }
    if (c.unicode() == replacementCharacter && m_decodeError) {
        return fail(m_line,
                    Tr::tr("the text is not UTF-8. Save the file as CSV (UTF-8) and try again."));
    }
    return true;
}

bool CsvReader::appendChecked(QString &field, QStringView text)
{
    field.append(text);
    if (field.size() > m_maxFieldLength) {
        return fail(m_line,
                    Tr::tr("a field is longer than %1 characters; a closing quote is probably "
                           "missing")
                        .arg(m_maxFieldLength));
    }
    return true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    m_recordTerminated = false;
    if (hasError())
        return false;

    // Skip blank lines.
    while (true) {
        if (!ensure())
            return false;
        const QChar c = m_buffer.at(m_pos);
        if (c == u'\n') {
            ++m_pos;
            ++m_line;
        } else if (c == u'\r') {
            ++m_pos;
            if (ensure() && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
            if (hasError())
                return false;
            ++m_line;
        } else {
            break;
        }
    }
    m_recordLine = m_line;

    QString field;
    while (true) {
        // At the start of a field.
        if (ensure() && m_buffer.at(m_pos) == u'"') {
            ++m_pos;
            const qint64 quoteLine = m_line;
            while (true) {
                if (!ensure()) {
                    if (hasError())
                        return false;
                    return fail(quoteLine,
                                Tr::tr("a quoted field that starts on this line is not closed "
                                       "before the end of the file; the file may be cut short"));
                }
                const qsizetype start = m_pos;
                while (m_pos < m_buffer.size() && !isQuotedStop(m_buffer.at(m_pos)))
                    ++m_pos;
                if (!appendChecked(field, QStringView(m_buffer).mid(start, m_pos - start)))
                    return false;
                if (m_pos >= m_buffer.size())
                    continue;
                const QChar c = m_buffer.at(m_pos++);
                if (c == u'"') {
                    if (ensure() && m_buffer.at(m_pos) == u'"') {
                        ++m_pos;
                        field.append(u'"');
                        continue;
                    }
                    if (hasError())
                        return false;
                    break; // closing quote
                }
                if (c == u'\n') {
                    field.append(c);
                    ++m_line;
                } else if (c == u'\r') {
                    field.append(c);
                    if (ensure() && m_buffer.at(m_pos) == u'\n') {
                        field.append(u'\n');
                        ++m_pos;
                    }
                    if (hasError())
                        return false;
                    ++m_line;
                } else {
                    if (!checkSpecial(c))
                        return false;
                    field.append(c);
                }
            }
        }
        if (hasError())
            return false;

        // Plain text up to the next comma or line end (also what follows a closing quote).
        bool nextField = false;
        while (!nextField) {
            if (!ensure()) {
                if (hasError())
                    return false;
                fields.append(csvCellText(field));
                return true; // the last record has no line break
            }
            const qsizetype start = m_pos;
            while (m_pos < m_buffer.size() && !isPlainStop(m_buffer.at(m_pos)))
                ++m_pos;
            if (!appendChecked(field, QStringView(m_buffer).mid(start, m_pos - start)))
                return false;
            if (m_pos >= m_buffer.size())
                continue;
            const QChar c = m_buffer.at(m_pos++);
            if (c == u',') {
                fields.append(csvCellText(field));
                field.clear();
                nextField = true;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && ensure() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
                if (hasError())
                    return false;
                ++m_line;
                fields.append(csvCellText(field));
                m_recordTerminated = true;
                return true;
            } else {
                if (!checkSpecial(c))
                    return false;
                field.append(c);
            }
        }
    }
}

namespace {

// What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The text after any leading apostrophes: what decides whether one was added to defuse it.
QStringView afterApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return text.mid(i);
}

bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok); // C locale: what the exports write
    return ok;
}

} // namespace

QString csvCellText(const QString &field)
{
    if (!field.startsWith(u'\'') || !startsFormula(afterApostrophes(field)))
        return field;
    return field.mid(1);
}

QString csvField(const QString &text)
{
    QString cell = text;
    if (startsFormula(afterApostrophes(cell)) && !isPlainNumber(cell))
        cell.prepend(u'\'');
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

bool writeCsvRecord(QIODevice *device, const QStringList &fields, QString *error)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    const QByteArray bytes = (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace Jfp
