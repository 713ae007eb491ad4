// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "formats/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

/** The streaming RFC 4180 reader: quoting, line ends, line numbers, and what it refuses. */
class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void chunkBoundaries();
    void streamsWithoutReadingEverything();
    void fingertipsFixture();
    void formulaTextDefused_data();
    void formulaTextDefused();

private:
    static Records
    readAll(const QByteArray &bytes, Lines *lines = nullptr, QString *error = nullptr);
};

Records tst_CsvReader::readAll(const QByteArray &bytes, Lines *lines, QString *error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Records records;
    QStringList fields;
    while (reader.readRecord(fields)) {
        records.append(fields);
        if (lines)
            lines->append(reader.recordLine());
    }
    if (error && reader.hasError())
        *error = u"line %1: %2"_s.arg(reader.errorLine()).arg(reader.errorString());
    return records;
}

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("empty") << QByteArray() << Records{} << Lines{};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                        << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n")
                          << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("CR only") << QByteArray("a,b\rc,d")
                             << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("no final line break")
        << QByteArray("a,b\r\nc,d") << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFId,Name\r\n1,x\r\n")
                         << Records{{u"Id"_s, u"Name"_s}, {u"1"_s, u"x"_s}} << Lines{1, 2};
    QTest::newRow("empty fields") << QByteArray(
        ",,\n,\n") << Records{{QString(), QString(), QString()}, {QString(), QString()}}
                                  << Lines{1, 2};
    QTest::newRow("trailing comma at end")
        << QByteArray("a,") << Records{{u"a"_s, QString()}} << Lines{1};
    QTest::newRow("quoted comma") << QByteArray("1,\"Rate/100,000\",2\r\n")
                                  << Records{{u"1"_s, u"Rate/100,000"_s, u"2"_s}} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << Records{{u"say \"hi\""_s, u"\""_s}} << Lines{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << Records{{QString(), QString()}}
                                  << Lines{1};
    QTest::newRow("LF inside quotes, CRLF records")
        << QByteArray("h1,h2\r\n93356,\"Campylobacter\n\",x\r\n93356,\"y\",z\r\n")
        << Records{{u"h1"_s, u"h2"_s},
                   {u"93356"_s, u"Campylobacter\n"_s, u"x"_s},
                   {u"93356"_s, u"y"_s, u"z"_s}}
        << Lines{1, 2, 4};
    QTest::newRow("CRLF inside quotes")
        << QByteArray("\"a\r\nb\r\nc\",d\r\ne\r\n") << Records{{u"a\r\nb\r\nc"_s, u"d"_s}, {u"e"_s}}
        << Lines{1, 4};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1,2\n1,2,3,4\n")
                                 << Records{{u"a"_s, u"b"_s, u"c"_s},
                                            {u"1"_s, u"2"_s},
                                            {u"1"_s, u"2"_s, u"3"_s, u"4"_s}}
                                 << Lines{1, 2, 3};
    QTest::newRow("blank lines skipped, still counted")
        << QByteArray("a\n\r\n\nb\n") << Records{{u"a"_s}, {u"b"_s}} << Lines{1, 4};
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"ab\"cd,e\n") << Records{{u"abcd"_s, u"e"_s}} << Lines{1};
    QTest::newRow("quote inside plain field kept")
        << QByteArray("5\" tall,x\n") << Records{{u"5\" tall"_s, u"x"_s}} << Lines{1};
    QTest::newRow("UTF-8 text") << QByteArray("St. Helens,\xE2\x80\x93,\xC2\xA3\n")
                                << Records{{u"St. Helens"_s, u"\u2013"_s, u"\u00A3"_s}} << Lines{1};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records{{u" a "_s, u" b "_s}}
                                 << Lines{1};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    Lines actualLines;
    QString error;
    const Records actual = readAll(input, &actualLines, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual, expected);
    QCOMPARE(actualLines, lines);
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unterminated quote at end")
        << QByteArray("a,b\r\nc,\"never\nclosed,x\r\n") << 1
        << u"line 2: a quoted field that starts on this line is not closed"_s;
    QTest::newRow("unterminated quote, one line")
        << QByteArray("\"abc") << 0 << u"line 1: a quoted field"_s;
    QTest::newRow("NUL byte") << QByteArray("a,b\nc,d\ne\0f,g\n", 14) << 2
                              << u"line 3: the file holds binary data"_s;
    QTest::newRow("NUL inside quotes")
        << QByteArray("\"a\0\"\n", 5) << 0 << u"line 1: the file holds binary data"_s;
    QTest::newRow("zip file") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << 0
                              << u"line 1: the file holds binary data"_s;
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 0
                               << u"line 1: the file holds binary data"_s;
    QTest::newRow("not UTF-8") << QByteArray("a,b\nSt Helens \xA3 5\n") << 1
                               << u"line 2: the text is not UTF-8"_s;
    QTest::newRow("cut inside a UTF-8 sequence")
        << QByteArray("a,\xE2\x80") << 0 << u"line 1: the text is not UTF-8"_s;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBefore);
    QFETCH(QString, expected);
    QString error;
    const Records records = readAll(input, nullptr, &error);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(records.size(), recordsBefore);
}

void tst_CsvReader::chunkBoundaries()
{
    // Records long enough that quotes, doubled quotes, CRLF pairs and multi-byte characters
    // fall across the reader's 64 KiB chunks at every offset.
    QByteArray input;
    Records expected;
    for (int i = 0; i < 3000; ++i) {
        const QString padding(i % 97, u'x');
        const QString quoted = u"q\"%1,\r\n\u00E9"_s.arg(i);
        input += QString(u"%1,\"%2\",%3\u2013\r\n"_s)
                     .arg(padding, QString(quoted).replace(u"\""_s, u"\"\""_s))
                     .arg(i)
                     .toUtf8();
        expected.append({padding, quoted, QString::number(i) + u"\u2013"_s});
    }
    QVERIFY(input.size() > 3 * 64 * 1024);
    Lines lines;
    QString error;
    const Records actual = readAll(input, &lines, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(lines.constLast(), 2 * 2999 + 1);
}

void tst_CsvReader::streamsWithoutReadingEverything()
{
    QByteArray input;
    for (int i = 0; i < 100000; ++i)
        input += "93356,E08000013,2017,126.08220559805\r\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.size(), 4);
    QVERIFY(buffer.pos() <= 64 * 1024);
    QVERIFY(buffer.pos() < input.size() / 10);
}

void tst_CsvReader::fingertipsFixture()
{
    // The real export: 64 records on 127 physical lines, a bare LF inside a quoted name.
    QFile file(QStringLiteral(TEST_DATA_DIR)
               + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    int records = 0;
    qint64 lastLine = 0;
    while (reader.readRecord(fields)) {
        if (records == 0)
            QCOMPARE(fields.size(), 26);
        else
            QCOMPARE(fields.size(), 25);
        if (records > 0)
            QCOMPARE(fields.at(1), u"Campylobacter incidence rate/100,000\n"_s);
        lastLine = reader.recordLine();
        ++records;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(records, 64);
    QCOMPARE(lastLine, 126);
}

void tst_CsvReader::formulaTextDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");

    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s
                             << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << u"+44 151 000"_s << u"'+44 151 000"_s;
    QTest::newRow("minus text") << u"-2 days"_s << u"'-2 days"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("apostrophe before formula") << u"'=1"_s << u"''=1"_s;
    QTest::newRow("plain apostrophe") << u"'tis"_s << u"'tis"_s;
    QTest::newRow("negative number") << u"-1.5"_s << u"-1.5"_s;
    QTest::newRow("exponent number") << u"-1e-05"_s << u"-1e-05"_s;
    QTest::newRow("plus number") << u"+3"_s << u"+3"_s;
    QTest::newRow("plain") << u"St Helens"_s << u"St Helens"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
}

void tst_CsvReader::formulaTextDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(csvField(text), written);

    // What is written reads back as the text it was, beside another field.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(writeCsvRecord(&buffer, {text, u"x"_s}, &error));
    buffer.close();
    const Records records = readAll(bytes, nullptr, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records, Records({{text, u"x"_s}}));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
