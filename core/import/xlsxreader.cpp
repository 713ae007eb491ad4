// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "xlsxreader.h"
#include "domain/regularfile.h"

#include "coretr.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <cstring>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

/** How far a part of the workbook may unpack: the sheets stream, the rest is small. */
constexpr qint64 maxSheetBytes = qint64(4) * 1024 * 1024 * 1024;
constexpr qint64 maxSharedStringsBytes = 512 * 1024 * 1024; // streamed
constexpr qint64 maxStylesBytes = 64 * 1024 * 1024;         // streamed
constexpr qint64 maxSmallPartBytes = 16 * 1024 * 1024;      // workbook.xml and .rels, read whole
/** A part unpacking to more than this many times its packed size, past the first 4 MB, is a
 *  "zip bomb": XML as spreadsheets write it packs 5 to 30 times. */
constexpr qint64 maxRatio = 100;
constexpr qint64 ratioFloor = 4 * 1024 * 1024;
/** The longest run of bytes between two '<': a cell's 32,767 characters written as entities
 *  take under 200 KB, so a longer run is one text or tag the XML reader would have to hold
 *  whole (a gigabyte of whitespace, say). */
constexpr qint64 maxRun = 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(bytes / (1024 * 1024));
}

/**
 * The open entry of a zip file as a sequential, read-only device, refusing to unpack past
 * the part's limits: its size, its ratio to the packed size, and the longest run of text or
 * tag. failed() then says so, and limitError() tells a limit from damage.
 */
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(unzFile zip, qint64 maxBytes)
        : m_zip(zip)
        , m_maxBytes(maxBytes)
    {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
            m_packed = qint64(std::min<ZPOS64_T>(info.compressed_size, ZPOS64_T(1) << 50));
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }
    /** Set when a limit stopped the read: what it was, for a message. */
    QString limitError() const { return m_limit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        const int chunk = int(std::min<qint64>(maxSize, 1 << 20));
        const int n = unzReadCurrentFile(m_zip, data, unsigned(chunk));
        if (n < 0)
            return fail(Tr::tr("the workbook is damaged (zip error %1)").arg(n));
        m_total += n;
        if (m_total > m_maxBytes)
            return limit(Tr::tr("unpacks to more than %1 MB").arg(megabytes(m_maxBytes)));
        if (m_total > ratioFloor && m_total / std::max<qint64>(m_packed, 1) > maxRatio) {
            return limit(Tr::tr("unpacks to over %1 times its packed size, as a \"zip bomb\" "
                                "does")
                             .arg(maxRatio));
        }
        for (const char *p = data, *end = data + n;;) {
            const auto *open = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
            m_run += (open ? open : end) - p;
            if (m_run > maxRun) {
                return limit(Tr::tr("holds over %1 MB of text or tag without a break, more "
                                    "than any cell or heading")
                                 .arg(megabytes(maxRun)));
            }
            if (!open)
                break;
            m_run = 0;
            p = open + 1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &why)
    {
        m_failed = true;
        setErrorString(why);
        return -1;
    }
    qint64 limit(const QString &why)
    {
        m_limit = why;
        return fail(why);
    }

    unzFile m_zip;
    qint64 m_maxBytes;
    qint64 m_packed = 0;
    qint64 m_total = 0;
    qint64 m_run = 0;
    bool m_failed = false;
    QString m_limit;
};

QString partLimitMessage(const QString &entry, const QString &why)
{
    return Tr::tr("has a part %1 that %2; the file was not saved by a spreadsheet program, or "
                  "is damaged")
        .arg(entry, why);
}

/**
 * Closes the zip entry a part was streamed from; what was wrong with it, if anything: a limit
 * passed, or `damaged` (with a %1 for the detail) when the zip or the XML is broken.
 */
QString closePart(unzFile zip,
                  const ZipEntryDevice &device,
                  const QXmlStreamReader &xml,
                  const QString &entry,
                  const QString &damaged)
{
    const bool broken = device.failed() || xml.hasError();
    const int closed = unzCloseCurrentFile(zip);
    if (!device.limitError().isEmpty())
        return partLimitMessage(entry, device.limitError());
    if (broken || closed != UNZ_OK) {
        return damaged.arg(device.failed() ? device.errorString()
                           : broken        ? xml.errorString()
                                           : Tr::tr("checksum error"));
    }
    return QString();
}

bool isDateFormatCode(QString code)
{
    // Drop quoted text, escaped characters and colours/conditions in brackets, then look for
    // the letters of dates and times.
    QString plain;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            if (!inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar ch) {
                    return ch == u'h' || ch == u'm' || ch == u's';
                }))
                plain += inside; // elapsed time, [h]:mm
            i = close;
        } else {
            plain += c.toLower();
        }
    }
    if (plain.contains(u"general"_s))
        return false;
    return std::any_of(plain.cbegin(), plain.cend(), [](QChar ch) {
        return ch == u'd' || ch == u'm' || ch == u'y' || ch == u'h' || ch == u's';
    });
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

/** Excel's grid: columns A to XFD, rows 1 to 1,048,576. */
constexpr int maxColumns = 16384;
constexpr int maxRows = 1048576;
/** Excel's limits for what a cell holds and how many cell formats a workbook has; and a
 *  ceiling on shared strings no workbook for a plan comes near (checked before they are kept,
 *  so a file of millions of empty strings is refused at once, not after gigabytes). */
constexpr qsizetype maxCellText = 32767;
constexpr int maxCellFormats = 64000;
constexpr qsizetype maxSharedStrings = 1000000;
constexpr qsizetype maxSharedText = 32 * 1024 * 1024; // characters, all shared strings

/**
 * "B12" → column 1; -1 when it does not start with letters; -2 beyond column XFD (counted
 * without overflow: at most three letters are read).
 */
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t letter = reference.at(i).toUpper().unicode();
        if (i >= 3 || letter < u'A' || letter > u'Z')
            return -2;
        column = column * 26 + (letter - u'A' + 1);
    }
    if (i == 0)
        return -1;
    return column > maxColumns ? -2 : column - 1;
}

QString joinPath(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = base.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".."_s) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (part != u"."_s) {
            parts << part;
        }
    }
    return parts.join(u'/');
}

/**
 * The text of the element the reader is at, up to `limit` characters; false beyond (the rest
 * is never kept), or when the XML ends early.
 */
bool readBoundedText(QXmlStreamReader &xml, qsizetype limit, QString *text)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            if (text->size() + xml.text().size() > limit)
                return false;
            text->append(xml.text());
        } else if (xml.isStartElement()) {
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            return true;
        }
    }
    return false;
}

/**
 * The text of an <si> or <is> element: its <t>, or the <t>s of its runs; not phonetic runs.
 * False when it is longer than an Excel cell holds (32,767 characters).
 */
bool readRichText(QXmlStreamReader &xml, QString *text)
{
    const QString end = xml.name().toString();
    text->clear();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh"_s)
                ++phonetic;
            else if (xml.name() == u"t"_s && phonetic == 0
                     && !readBoundedText(xml, maxCellText, text))
                return false;
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh"_s)
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return true;
}

QString tooLongMessage()
{
    return Tr::tr("holds a text longer than 32,767 characters, the most an Excel cell holds; "
                  "the file was not saved by a spreadsheet program, or is damaged");
}

} // namespace

struct XlsxReader::Private
{
    QString path;
    unzFile zip = nullptr;
    QStringList names;
    QHash<QString, QString> sheetPaths; // sheet name → entry in the zip
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style (xf) index
    bool date1904 = false;

    QString limitError; // set when a part read whole was past its limits

    /** Locates and opens an entry; `missing` is set when the zip has no such entry. */
    bool openEntry(const QString &entry, bool *missing = nullptr)
    {
        if (unzLocateFile(zip, entry.toUtf8().constData(), 1) != UNZ_OK) {
            if (missing)
                *missing = true;
            return false;
        }
        return unzOpenCurrentFile(zip) == UNZ_OK;
    }
    /** A small part whole (the workbook, relationships); false when it is missing, past
     *  maxSmallPartBytes (limitError then says so) or damaged. */
    bool readEntry(const QString &entry, QByteArray *bytes, bool *missing = nullptr)
    {
        if (!openEntry(entry, missing))
            return false;
        ZipEntryDevice device(zip, maxSmallPartBytes);
        *bytes = device.readAll();
        const int closed = unzCloseCurrentFile(zip);
        if (!device.limitError().isEmpty() && limitError.isEmpty())
            limitError = partLimitMessage(entry, device.limitError());
        return !device.failed() && closed == UNZ_OK;
    }
    /**
     * The targets of a relationships part by id; `officeDocument`, when given, takes the
     * target of the main document relationship (the package's workbook part).
     */
    QHash<QString, QString> relationships(const QString &relsEntry,
                                          const QString &baseDir,
                                          QString *officeDocument = nullptr)
    {
        QHash<QString, QString> targets;
        QByteArray bytes;
        if (!readEntry(relsEntry, &bytes))
            return targets;
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship"_s) {
                const auto attributes = xml.attributes();
                const QString target = joinPath(baseDir, attributes.value(u"Target"_s).toString());
                targets.insert(attributes.value(u"Id"_s).toString(), target);
                if (officeDocument && attributes.value(u"Type"_s).endsWith(u"/officeDocument"_s)) {
                    *officeDocument = target;
                }
            }
        }
        return targets;
    }
    QVariant value(const QString &type, int style, const QString &v, const QString &inlineText)
    {
        if (type == u"s"_s) {
            bool ok = false;
            const int index = v.toInt(&ok);
            return ok && index >= 0 && index < sharedStrings.size()
                       ? QVariant(sharedStrings.at(index))
                       : QVariant(QString());
        }
        if (type == u"inlineStr"_s)
            return inlineText;
        if (type == u"str"_s || type == u"e"_s)
            return v;
        if (type == u"b"_s)
            return v.trimmed() == u"1"_s;
        if (type == u"d"_s) { // ISO 8601 (strict Open XML)
            const QDateTime when = QDateTime::fromString(v, Qt::ISODate);
            if (when.isValid())
                return when.time() == QTime(0, 0) ? QVariant(when.date()) : QVariant(when);
            const QDate date = QDate::fromString(v, Qt::ISODate);
            return date.isValid() ? QVariant(date) : QVariant(v);
        }
        bool ok = false;
        const double number = v.trimmed().toDouble(&ok);
        if (!ok)
            return v;
        if (style >= 0 && style < dateStyles.size() && dateStyles.at(style) && std::isfinite(number)
            && number >= 0 && number < 2958466) {
            return XlsxReader::Private::serialToDate(number, date1904);
        }
        return number;
    }
    static QVariant serialToDate(double serial, bool date1904)
    {
        const double days = std::floor(serial);
        // Excel counts 1900 as a leap year: from 1 March 1900 on, day 0 is 30 December 1899.
        const QDate epoch = date1904    ? QDate(1904, 1, 1)
                            : days < 61 ? QDate(1899, 12, 31)
                                        : QDate(1899, 12, 30);
        const QDate date = epoch.addDays(qint64(days));
        const qint64 ms = std::llround((serial - days) * 86400000.0);
        if (ms == 0)
            return date;
        return QDateTime(date, QTime(0, 0).addMSecs(int(std::min<qint64>(ms, 86399999))));
    }
};

XlsxReader::XlsxReader(const QString &path)
    : d(new Private)
{
    d->path = path;
}

XlsxReader::~XlsxReader()
{
    if (d->zip)
        unzClose(d->zip);
    delete d;
}

QStringList XlsxReader::sheetNames() const
{
    return d->names;
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool XlsxReader::open()
{
    if (!QFileInfo::exists(d->path)) {
        m_error = Tr::tr("does not exist. Check the name and folder.");
        return false;
    }
    if (const QString problem = notARegularFile(d->path); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    d->zip = unzOpen64(QFile::encodeName(d->path).constData());
    if (!d->zip) {
        m_error = Tr::tr("is not an Excel workbook (.xlsx): it is not a zip file. Save it from "
                         "the spreadsheet as \"Excel Workbook (.xlsx)\".");
        return false;
    }
    // The workbook part: named by the package relationships, xl/workbook.xml by convention.
    QString workbookEntry = u"xl/workbook.xml"_s;
    QString officeDocument;
    d->relationships(u"_rels/.rels"_s, QString(), &officeDocument);
    if (!officeDocument.isEmpty())
        workbookEntry = officeDocument;
    QByteArray bytes;
    if (!d->readEntry(workbookEntry, &bytes)) {
        m_error
            = !d->limitError.isEmpty()
                  ? d->limitError
                  : Tr::tr("is a zip file but not an Excel workbook: it has no %1. Save it from "
                           "the spreadsheet as \"Excel Workbook (.xlsx)\".")
                        .arg(workbookEntry);
        return false;
    }
    const QString baseDir = workbookEntry.section(u'/', 0, -2);
    const QString relsEntry = (baseDir.isEmpty() ? QString() : baseDir + u'/') + u"_rels/"_s
                              + workbookEntry.section(u'/', -1) + u".rels"_s;
    const QHash<QString, QString> targets = d->relationships(relsEntry, baseDir);
    QString stylesEntry = joinPath(baseDir, u"styles.xml"_s);
    QString stringsEntry = joinPath(baseDir, u"sharedStrings.xml"_s);
    {
        QByteArray rels;
        if (d->readEntry(relsEntry, &rels)) {
            QXmlStreamReader xml(rels);
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement() || xml.name() != u"Relationship"_s)
                    continue;
                const QStringView type = xml.attributes().value(u"Type"_s);
                const QString target = targets.value(xml.attributes().value(u"Id"_s).toString());
                if (type.endsWith(u"/styles"_s))
                    stylesEntry = target;
                else if (type.endsWith(u"/sharedStrings"_s))
                    stringsEntry = target;
            }
        }
    }
    if (!d->limitError.isEmpty()) { // a relationships part past its limits
        m_error = d->limitError;
        return false;
    }
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr"_s) {
            const QStringView v = xml.attributes().value(u"date1904"_s);
            d->date1904 = v == u"1"_s || v.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet"_s) {
            const auto attributes = xml.attributes();
            QString relId;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"id"_s) // r:id, whatever the prefix
                    relId = a.value().toString();
            }
            const QString name = attributes.value(u"name"_s).toString();
            d->names << name;
            d->sheetPaths.insert(name, targets.value(relId));
        }
    }
    if (xml.hasError()) {
        m_error
            = Tr::tr("is damaged: its list of sheets cannot be read (%1)").arg(xml.errorString());
        return false;
    }

    if (!readSharedStrings(stringsEntry) || !readStyles(stylesEntry))
        return false;
    return true;
}

bool XlsxReader::readSharedStrings(const QString &entry)
{
    bool missing = false;
    if (!d->openEntry(entry, &missing)) {
        if (missing)
            return true; // a workbook without text
        m_error = Tr::tr("is damaged: its shared strings cannot be read");
        return false;
    }
    ZipEntryDevice device(d->zip, maxSharedStringsBytes);
    QXmlStreamReader strings(&device);
    qsizetype total = 0;
    QString text;
    while (!strings.atEnd()) {
        strings.readNext();
        if (!strings.isStartElement() || strings.name() != u"si"_s)
            continue;
        if (!readRichText(strings, &text)) {
            m_error = Tr::tr("shared string %1 %2")
                          .arg(d->sharedStrings.size() + 1)
                          .arg(tooLongMessage());
            unzCloseCurrentFile(d->zip);
            return false;
        }
        total += text.size();
        if (d->sharedStrings.size() >= maxSharedStrings || total > maxSharedText) {
            m_error = Tr::tr("has more shared text than any workbook for a plan (over %1 "
                             "strings or %2 million characters); the file was not saved by a "
                             "spreadsheet program, or is damaged")
                          .arg(QLocale().toString(qlonglong(maxSharedStrings)))
                          .arg(maxSharedText / (1024 * 1024));
            unzCloseCurrentFile(d->zip);
            return false;
        }
        d->sharedStrings << text;
    }
    m_error = closePart(d->zip,
                        device,
                        strings,
                        entry,
                        Tr::tr("is damaged: its shared strings cannot be read (%1)"));
    return m_error.isEmpty();
}

bool XlsxReader::readStyles(const QString &entry)
{
    bool missing = false;
    if (!d->openEntry(entry, &missing)) {
        if (missing)
            return true; // every cell in the General format
        m_error = Tr::tr("is damaged: its styles cannot be read");
        return false;
    }
    ZipEntryDevice device(d->zip, maxStylesBytes);
    QHash<int, bool> customDate;
    QXmlStreamReader styles(&device);
    bool inCellXfs = false;
    bool tooMany = false;
    while (!styles.atEnd() && !tooMany) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == u"numFmt"_s) {
            tooMany = customDate.size() >= maxCellFormats;
            customDate.insert(
                styles.attributes().value(u"numFmtId"_s).toInt(),
                isDateFormatCode(styles.attributes().value(u"formatCode"_s).toString()));
        } else if (styles.isStartElement() && styles.name() == u"cellXfs"_s) {
            inCellXfs = true;
        } else if (styles.isEndElement() && styles.name() == u"cellXfs"_s) {
            inCellXfs = false;
        } else if (inCellXfs && styles.isStartElement() && styles.name() == u"xf"_s) {
            tooMany = d->dateStyles.size() >= maxCellFormats;
            const int id = styles.attributes().value(u"numFmtId"_s).toInt();
            d->dateStyles << customDate.value(id, isBuiltInDateFormat(id));
        }
    }
    m_error = closePart(
        d->zip, device, styles, entry, Tr::tr("is damaged: its styles cannot be read (%1)"));
    if (tooMany) {
        m_error = Tr::tr("has more than 64,000 cell formats, the most Excel allows; the file "
                         "was not saved by a spreadsheet program, or is damaged");
    }
    return m_error.isEmpty();
}

bool XlsxReader::readSheet(const QString &name, const std::function<bool(const Row &)> &onRow)
{
    const QString entry = d->sheetPaths.value(name);
    if (!d->names.contains(name) || entry.isEmpty() || !d->openEntry(entry)) {
        m_error = Tr::tr("has no sheet named %1").arg(name);
        return false;
    }
    ZipEntryDevice device(d->zip, maxSheetBytes);
    QXmlStreamReader xml(&device);
    Row row;
    int lastRow = 0;
    int nextColumn = 0;
    bool stopped = false;
    while (!xml.atEnd() && !stopped) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row"_s) {
            bool ok = false;
            const qint64 number = xml.attributes().value(u"r"_s).toLongLong(&ok);
            if ((ok && number > maxRows) || (!ok && lastRow >= maxRows)) {
                m_error = Tr::tr("sheet %1: row %2 is beyond row 1,048,576, the last an Excel "
                                 "sheet has; the file was not saved by a spreadsheet program, or "
                                 "is damaged")
                              .arg(name)
                              .arg(ok ? number : qint64(lastRow) + 1);
                unzCloseCurrentFile(d->zip);
                return false;
            }
            row = Row{ok && number > 0 ? int(number) : lastRow + 1, {}};
            lastRow = row.number;
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == u"row"_s) {
            if (!row.cells.isEmpty())
                stopped = !onRow(row);
        } else if (xml.isStartElement() && xml.name() == u"c"_s) {
            const auto attributes = xml.attributes();
            int column = columnOf(attributes.value(u"r"_s));
            if (column == -1)
                column = nextColumn;
            if (column == -2 || column >= maxColumns) {
                m_error = Tr::tr("sheet %1, row %2: the cell reference '%3' is beyond column XFD, "
                                 "the last an Excel sheet has; the file was not saved by a "
                                 "spreadsheet program, or is damaged")
                              .arg(name)
                              .arg(row.number)
                              .arg(column == -2 ? attributes.value(u"r"_s).left(40).toString()
                                                : XlsxReader::columnName(column));
                unzCloseCurrentFile(d->zip);
                return false;
            }
            nextColumn = column + 1;
            const QString type = attributes.value(u"t"_s).toString();
            bool styled = false;
            const int style = attributes.value(u"s"_s).toInt(&styled);
            QString v;
            QString inlineText;
            bool hasValue = false;
            bool tooLong = false;
            while (!xml.atEnd() && !tooLong) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v"_s) {
                    v.clear();
                    tooLong = !readBoundedText(xml, maxCellText, &v);
                    hasValue = true;
                } else if (xml.isStartElement() && xml.name() == u"is"_s) {
                    tooLong = !readRichText(xml, &inlineText);
                    hasValue = true;
                } else if (xml.isStartElement()) {
                    xml.skipCurrentElement(); // <f> formulas and extensions
                } else if (xml.isEndElement() && xml.name() == u"c"_s) {
                    break;
                }
            }
            if (tooLong && !xml.hasError()) {
                m_error = Tr::tr("sheet %1, cell %2%3 %4")
                              .arg(name, XlsxReader::columnName(column))
                              .arg(row.number)
                              .arg(tooLongMessage());
                unzCloseCurrentFile(d->zip);
                return false;
            }
            if (hasValue) {
                const QVariant value = d->value(type, styled ? style : 0, v, inlineText);
                if (!(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                    row.cells.insert(column, value);
            }
        }
    }
    const bool damaged = (xml.hasError() && !stopped) || device.failed();
    const QString detail = device.failed() ? device.errorString() : xml.errorString();
    const int closed = unzCloseCurrentFile(d->zip);
    if (!device.limitError().isEmpty()) {
        m_error = Tr::tr("sheet %1, after row %2: its part %3 %4; the file was not saved by a "
                         "spreadsheet program, or is damaged")
                      .arg(name)
                      .arg(lastRow)
                      .arg(entry, device.limitError());
        return false;
    }
    if (damaged || (!stopped && closed != UNZ_OK)) {
        m_error = Tr::tr("is damaged: sheet %1 cannot be read after row %2 (%3)")
                      .arg(name)
                      .arg(lastRow)
                      .arg(damaged ? detail : Tr::tr("checksum error"));
        return false;
    }
    return true;
}

} // namespace Jfp
