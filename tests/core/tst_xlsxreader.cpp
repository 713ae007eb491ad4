// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "import/workbookimport.h"
#include "import/xlsxreader.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

/** Writes a zip of the given parts, as a spreadsheet program other than ours might. */
bool writeZip(const QString &path,
              const QList<std::pair<QString, QByteArray>> &parts,
              int method = Z_DEFLATED)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : parts) {
        ok = ok
             && zipOpenNewFileInZip(zip,
                                    name.toUtf8().constData(),
                                    nullptr,
                                    nullptr,
                                    0,
                                    nullptr,
                                    0,
                                    nullptr,
                                    method,
                                    Z_DEFAULT_COMPRESSION)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

const QByteArray relationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const QByteArray officeNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QList<std::pair<QString, QByteArray>> workbookParts(bool date1904, const QByteArray &sheet)
{
    return {
        {u"_rels/.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + relationshipsNs
             + "\"><Relationship Id=\"rId1\" Type=\"" + officeNs
             + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {u"xl/workbook.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
             + officeNs + "\"><workbookPr" + (date1904 ? " date1904=\"1\"" : "")
             + "/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet "
               "name=\"Notes\" sheetId=\"2\" r:id=\"rId4\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + relationshipsNs
             + "\"><Relationship Id=\"rId1\" Type=\"" + officeNs
             + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
               "Type=\""
             + officeNs + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\""
             + officeNs
             + "/sharedStrings\" Target=\"/xl/strings.xml\"/><Relationship Id=\"rId4\" Type=\""
             + officeNs + "/worksheet\" Target=\"worksheets/../worksheets/sheet2.xml\"/>"
             + "</Relationships>"},
        {u"xl/strings.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst count=\"2\" uniqueCount=\"2\"><si><t "
         "xml:space=\"preserve\"> plain &amp; simple</t></si><si><r><t>rich </t></r><r><rPr><b/>"
         "</rPr><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si></sst>"},
        {u"xl/styles.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet><numFmts count=\"3\"><numFmt "
         "numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"165\" "
         "formatCode=\"0.00\"/><numFmt numFmtId=\"166\" formatCode=\"&quot;Day "
         "&quot;0\"/></numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
         "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
         "<xf numFmtId=\"14\"/><xf numFmtId=\"166\"/><xf numFmtId=\"22\"/></cellXfs>"
         "</styleSheet>"},
        {u"xl/worksheets/sheet1.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>" + sheet
             + "</sheetData></worksheet>"},
        {u"xl/worksheets/sheet2.xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData><row r=\"1\"><c "
         "r=\"A1\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>"},
    };
}

const QByteArray typedSheet
    = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>inline"
      "</t></is></c><c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#N/A</v></c><c "
      "r=\"E1\" t=\"str\"><f>A1&amp;B1</f><v>calc</v></c><c r=\"F1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c s=\"1\"><v>45000</v></c><c s=\"2\"><v>1.5</v></c><c s=\"5\"><v>45000.5"
      "</v></c><c s=\"4\"><v>7</v></c><c s=\"3\"><v>59</v></c><c r=\"AA3\"><v>-2.5E-3</v></c>"
      "<c r=\"AB3\" s=\"3\"/></row>";

} // namespace

/** XlsxReader on workbooks as other programs write them: every kind of cell, both date systems. */
class tst_XlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void typedCells_data();
    void typedCells();
    void sheetsByRelationship();
    void stopsWhenAsked();
    void wideRowsAreCountedFirst_data();
    void wideRowsAreCountedFirst();
    void refusesWhatIsNotAWorkbook_data();
    void refusesWhatIsNotAWorkbook();

private:
    QList<XlsxReader::Row> readAll(const QString &path, const QString &sheet);
    QTemporaryDir m_dir;
};

QList<XlsxReader::Row> tst_XlsxReader::readAll(const QString &path, const QString &sheet)
{
    XlsxReader reader(path);
    QList<XlsxReader::Row> rows;
    if (!reader.open() || !reader.readSheet(sheet, [&rows](const XlsxReader::Row &row) {
            rows << row;
            return true;
        }))
        qWarning("%s", qPrintable(reader.errorString()));
    return rows;
}

void tst_XlsxReader::typedCells_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("early");
    QTest::newRow("1900 date system") << false << QDate(2023, 3, 15) << QDate(1900, 2, 28);
    QTest::newRow("1904 date system") << true << QDate(2027, 3, 16) << QDate(1904, 2, 29);
}

void tst_XlsxReader::typedCells()
{
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QFETCH(QDate, early);
    const QString path = m_dir.filePath(u"typed.xlsx"_s);
    QFile::remove(path);
    QVERIFY(writeZip(path, workbookParts(date1904, typedSheet)));
    const QList<XlsxReader::Row> rows = readAll(path, u"Data"_s);
    QCOMPARE(rows.size(), 2);
    const XlsxReader::Row &text = rows.at(0);
    QCOMPARE(text.number, 1);
    QCOMPARE(text.cells.value(0), QVariant(u" plain & simple"_s)); // shared string
    QCOMPARE(text.cells.value(1), QVariant(u"inline"_s));
    QCOMPARE(text.cells.value(2), QVariant(true));
    QCOMPARE(text.cells.value(3), QVariant(u"#N/A"_s));      // an error, as its text
    QCOMPARE(text.cells.value(4), QVariant(u"calc"_s));      // a formula's saved result
    QCOMPARE(text.cells.value(5), QVariant(u"rich text"_s)); // runs, not the phonetic guide
    const XlsxReader::Row &numbers = rows.at(1);
    QCOMPARE(numbers.number, 3);                      // the empty row 2 is not reported
    QCOMPARE(numbers.cells.value(0), QVariant(date)); // custom format dd/mm/yyyy
    QCOMPARE(numbers.cells.value(1), QVariant(1.5));  // custom format 0.00: a number
    QCOMPARE(numbers.cells.value(2), QVariant(date.startOfDay().addSecs(12 * 3600))); // format 22
    QCOMPARE(numbers.cells.value(3), QVariant(7.0));      // "Day "0: the quoted d is not a date
    QCOMPARE(numbers.cells.value(4), QVariant(early));    // built-in 14, before March 1900
    QCOMPARE(numbers.cells.value(26), QVariant(-0.0025)); // AA3
    QVERIFY(!numbers.cells.contains(27));                 // a styled cell without a value
}

void tst_XlsxReader::sheetsByRelationship()
{
    const QString path = m_dir.filePath(u"sheets.xlsx"_s);
    QFile::remove(path);
    QVERIFY(writeZip(path, workbookParts(false, typedSheet)));
    XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{u"Data"_s, u"Notes"_s}));
    // The second sheet's target climbs out and back in (worksheets/../worksheets).
    const QList<XlsxReader::Row> notes = readAll(path, u"Notes"_s);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.constFirst().cells.value(0), QVariant(u"rich text"_s));
    QVERIFY(!reader.readSheet(u"Missing"_s, [](const XlsxReader::Row &) { return true; }));
    QVERIFY(reader.errorString().contains(u"has no sheet named Missing"_s));
}

void tst_XlsxReader::stopsWhenAsked()
{
    const QString path = m_dir.filePath(u"stop.xlsx"_s);
    QFile::remove(path);
    QVERIFY(writeZip(path, workbookParts(false, typedSheet)));
    XlsxReader reader(path);
    QVERIFY(reader.open());
    int calls = 0;
    QVERIFY(reader.readSheet(u"Data"_s, [&calls](const XlsxReader::Row &) {
        ++calls;
        return false;
    }));
    QCOMPARE(calls, 1);
    // The reader can go on with another sheet after stopping early.
    QCOMPARE(readAll(path, u"Notes"_s).size(), 1);
}

void tst_XlsxReader::wideRowsAreCountedFirst_data()
{
    QTest::addColumn<QByteArray>("headings");
    QTest::addColumn<QString>("message"); // empty: read, with no problem about its size
    // 1,300 rows of one cell each at column XFD, laid out as rows, would be 21 million cells
    // (a third of a gigabyte). A value under no heading is not read, so nothing is made for
    // them; a heading that far out is refused at once.
    QTest::newRow("values far right of the headings")
        << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>title</t></is></c>") << QString();
    QTest::newRow("a heading in column XFD")
        << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>title</t></is></c><c r=\"XFD1\" "
                      "t=\"inlineStr\"><is><t>x</t></is></c>")
        << u"sheet Milestones has a heading in column XFD, beyond the 256 columns"_s;
}

void tst_XlsxReader::wideRowsAreCountedFirst()
{
    QFETCH(QByteArray, headings);
    QFETCH(QString, message);
    QByteArray rows = "<row r=\"1\">" + headings + "</row>";
    for (int r = 2; r <= 1300; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
                + "\"><v>1</v></c></row>";
    auto parts = workbookParts(false, rows);
    for (auto &[name, bytes] : parts) {
        if (name == u"xl/workbook.xml"_s)
            bytes.replace("name=\"Data\"", "name=\"Milestones\"");
    }
    const QString path = m_dir.filePath(u"wide%1.xlsx"_s.arg(QTest::currentDataTag()[0] == 'v'));
    QVERIFY(writeZip(path, parts));
    const ImportPlan preview = WorkbookImport::planFile(PlanSnapshot(), path);
    const QString errors = preview.errorMessages().join(u'\n');
    if (message.isEmpty()) {
        QVERIFY2(!errors.contains(u"cells"_s) && !errors.contains(u"column XFD"_s),
                 qPrintable(errors));
    } else {
        QVERIFY2(errors.contains(message), qPrintable(errors));
    }
}

void tst_XlsxReader::refusesWhatIsNotAWorkbook_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("text") << u"text"_s << u"it is not a zip file"_s;
    QTest::newRow("zip without a workbook") << u"zip"_s << u"is a zip file but not an Excel"_s;
    QTest::newRow("damaged sheet") << u"damaged"_s << u"is damaged: sheet Data"_s;
    // Cell references beyond Excel's grid: refused before anything is allocated for them
    // (XFDXFDXFD… once made a list of two billion cells; ZZZZZZ2 took 10 GB).
    QTest::newRow("column far beyond XFD")
        << u"<c r=\"XFDXFDXFD99999999999\"><v>1</v></c>"_s
        << u"sheet Data, row 1: the cell reference 'XFDXFDXFD99999999999' is beyond column XFD"_s;
    QTest::newRow("column ZZZZZZ") << u"<c r=\"ZZZZZZ2\"><v>1</v></c>"_s
                                   << u"the cell reference 'ZZZZZZ2' is beyond column XFD"_s;
    QTest::newRow("column XFE") << u"<c r=\"XFE1\"><v>1</v></c>"_s
                                << u"the cell reference 'XFE1' is beyond column XFD"_s;
    QTest::newRow("row beyond 1048576")
        << u"row 1048577"_s << u"row 1048577 is beyond row 1,048,576"_s;
    // Bombs: refused at Excel's own limits, before what lies beyond is kept.
    QTest::newRow("a value longer than a cell holds")
        << u"<c r=\"B1\"><v>"_s + QString(40000, u'1') + u"</v></c>"_s
        << u"sheet Data, cell B1 holds a text longer than 32,767 characters"_s;
    QTest::newRow("an inline string longer than a cell holds")
        << u"<c r=\"C1\" t=\"inlineStr\"><is><t>"_s + QString(40000, u'x') + u"</t></is></c>"_s
        << u"sheet Data, cell C1 holds a text longer than 32,767 characters"_s;
    QTest::newRow("millions of shared strings")
        << u"strings:many"_s << u"has more shared text than any workbook for a plan"_s;
    QTest::newRow("a shared string longer than a cell holds")
        << u"strings:long"_s << u"shared string 2 holds a text longer than 32,767 characters"_s;
    QTest::newRow("more cell formats than Excel allows")
        << u"styles:many"_s << u"has more than 64,000 cell formats"_s;
    QTest::newRow("more number formats than Excel allows")
        << u"styles:numFmts"_s << u"has more than 64,000 cell formats"_s;
    // Parts are streamed and stopped at their limits as they unpack: a run of whitespace
    // (which the XML reader would hold whole), a part that packs a thousandfold, a workbook
    // part past its size (stored, so that no ratio stops it first).
    QTest::newRow("a megabyte of whitespace in the shared strings")
        << u"strings:spaces"_s
        << u"has a part xl/strings.xml that holds over 1 MB of text or tag without a break"_s;
    QTest::newRow("a megabyte of whitespace in a sheet")
        << u"sheet:spaces"_s
        << u"sheet Data, after row 1: its part xl/worksheets/sheet1.xml holds over 1 MB of text "
           "or tag without a break"_s;
    QTest::newRow("a sheet that packs a thousandfold")
        << u"sheet:bomb"_s
        << u"sheet Data, after row 1: its part xl/worksheets/sheet1.xml unpacks to over 100 "
           "times its packed size"_s;
    QTest::newRow("styles that pack a thousandfold")
        << u"styles:bomb"_s
        << u"has a part xl/styles.xml that unpacks to over 100 times its packed size"_s;
    QTest::newRow("a workbook part over 16 MB")
        << u"workbook:big"_s << u"has a part xl/workbook.xml that unpacks to more than 16 MB"_s;
}

void tst_XlsxReader::refusesWhatIsNotAWorkbook()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QString::number(qHash(kind)) + u".xlsx"_s);
    if (kind == u"text"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("indicatorId,period\r\n");
    } else if (kind == u"zip"_s) {
        QVERIFY(writeZip(path, {{u"word/document.xml"_s, "<document/>"}}));
    } else if (kind == u"damaged"_s) {
        QVERIFY(writeZip(path, workbookParts(false, "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    } else if (kind.startsWith(u"<c"_s)) {
        QVERIFY(writeZip(
            path,
            workbookParts(false,
                          "<row r=\"1\"><c r=\"A1\"><v>1</v></c>" + kind.toUtf8() + "</row>")));
    } else if (kind.startsWith(u"strings:"_s) || kind.startsWith(u"styles:"_s)
               || kind.startsWith(u"sheet:"_s) || kind.startsWith(u"workbook:"_s)) {
        auto parts = workbookParts(false, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (auto &[name, bytes] : parts) {
            if (kind == u"strings:spaces"_s && name == u"xl/strings.xml"_s)
                bytes = "<sst><si><t>a</t></si>" + QByteArray(1100 * 1024, ' ') + "</sst>";
            else if (kind == u"sheet:spaces"_s && name == u"xl/worksheets/sheet1.xml"_s)
                bytes.insert(bytes.indexOf("</sheetData>"), QByteArray(1100 * 1024, '\n'));
            else if (kind == u"sheet:bomb"_s && name == u"xl/worksheets/sheet1.xml"_s)
                bytes.insert(bytes.indexOf("</sheetData>"), QByteArray("<x/>").repeated(1500000));
            else if (kind == u"styles:bomb"_s && name == u"xl/styles.xml"_s)
                bytes = "<styleSheet>" + QByteArray("<font/>").repeated(1000000) + "</styleSheet>";
            else if (kind == u"styles:numFmts"_s && name == u"xl/styles.xml"_s) {
                QByteArrayList formats;
                for (int id = 0; id <= 64000; ++id)
                    formats << "<numFmt numFmtId=\"" + QByteArray::number(id)
                                   + "\" formatCode=\"0\"/>";
                bytes = "<styleSheet><numFmts>" + formats.join() + "</numFmts></styleSheet>";
            } else if (kind == u"workbook:big"_s && name == u"xl/workbook.xml"_s)
                bytes.insert(bytes.indexOf("<sheets>"), QByteArray("<x/>").repeated(4200000));
            if (kind == u"strings:many"_s && name == u"xl/strings.xml"_s) {
                // Each different, so that they pack only as text does.
                QByteArrayList strings;
                for (int i = 0; i <= 1000000; ++i)
                    strings << "<si><t>" + QByteArray::number(qint64(i) * 7919) + "</t></si>";
                bytes = "<sst>" + strings.join() + "</sst>";
            } else if (kind == u"strings:long"_s && name == u"xl/strings.xml"_s)
                bytes
                    = "<sst><si><t>a</t></si><si><t>" + QByteArray(40000, 'x') + "</t></si></sst>";
            else if (kind == u"styles:many"_s && name == u"xl/styles.xml"_s)
                bytes = "<styleSheet><cellXfs>" + QByteArray("<xf numFmtId=\"0\"/>").repeated(64001)
                        + "</cellXfs></styleSheet>";
        }
        QVERIFY(writeZip(path, parts, kind == u"workbook:big"_s ? 0 : Z_DEFLATED));
    } else if (kind.startsWith(u"row "_s)) {
        QVERIFY(writeZip(
            path,
            workbookParts(false, "<row r=\"" + kind.mid(4).toUtf8() + "\"><c><v>1</v></c></row>")));
    }
    XlsxReader reader(path);
    bool ok = reader.open();
    if (ok)
        ok = reader.readSheet(u"Data"_s, [](const XlsxReader::Row &) { return true; });
    QVERIFY(!ok);
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"
