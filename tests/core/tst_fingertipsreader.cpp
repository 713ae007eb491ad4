// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "import/fingertipsreader.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

const QString header27 = u"Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,"
                         "Area Type,Sex,Age,Category Type,Category,Time period,Value,"
                         "Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
                         "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
                         "Compared to England value or percentiles,"
                         "Compared to Counties & UAs (from Apr 2023) value or percentiles,"
                         "Time period Sortable,New data,Compared to goal,Time period range"_s;

// A 27-column data row; `overrides` replaces fields by position.
QString row27(const QHash<int, QString> &overrides = {})
{
    QStringList fields = {u"93356"_s,
                          u"\"Campylobacter incidence rate/100,000\n\""_s,
                          u"E12000002"_s,
                          u"North West region"_s,
                          u"E08000013"_s,
                          u"St. Helens"_s,
                          u"Counties & UAs (from Apr 2023)"_s,
                          u"Persons"_s,
                          u"All ages"_s,
                          QString(),
                          QString(),
                          u"2017"_s,
                          u"126.08220559805"_s,
                          u"110.144766572689"_s,
                          u"143.677761435003"_s,
                          QString(),
                          QString(),
                          u"225"_s,
                          u"178455"_s,
                          QString(),
                          u"Cannot be calculated"_s,
                          u"Worse"_s,
                          u"Worse"_s,
                          u"20170000"_s,
                          u"New data"_s,
                          u"Not compared"_s,
                          u"1y"_s};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        fields[it.key()] = it.value();
    return fields.join(u',');
}

FingertipsData readText(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return FingertipsReader::read(&buffer, u"export.csv"_s);
}

QString fixture(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR) + u"/fingertips/"_s + name;
}

const FingertipsRow *findRow(const QList<FingertipsRow> &rows,
                             const QString &indicator,
                             const QString &area,
                             const QString &period,
                             const QString &age = QString())
{
    for (const FingertipsRow &row : rows) {
        if (row.indicatorId == indicator && row.areaCode == area && row.timePeriod == period
            && (age.isEmpty() || row.age == age))
            return &row;
    }
    return nullptr;
}

} // namespace

/** Reading Fingertips exports: both layouts, every trap fingertips.md lists, and clear errors. */
class tst_FingertipsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realExport26Columns();
    void fingertipsNextHealthData();
    void layout27Columns();
    void headingVariants_data();
    void headingVariants();
    void emptyValuesAreMissing();
    void numberSpellings_data();
    void numberSpellings();
    void shortRowsPadded();
    void timePeriods_data();
    void timePeriods();
    void orderedBySortablePeriod();
    void duplicatesSkipped();
    void errors_data();
    void errors();
    void everyRowErrorReported();
    void missingFile();
};

void tst_FingertipsReader::realExport26Columns()
{
    const FingertipsData data
        = FingertipsReader::readFile(fixture(u"fingertips_export_93356_cheshire_merseyside.csv"_s));
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.layout, FingertipsData::Layout::Export26);
    QCOMPARE(data.parentComparisonColumn, u"Compared to Region value or percentiles"_s);
    QCOMPARE(data.rows.size() + data.categoryRows.size(), 63);
    QCOMPARE(data.categoryRows.size(), 10);
    QCOMPARE(data.duplicatesSkipped, 0);
    for (const FingertipsRow &row : data.categoryRows) {
        QCOMPARE(row.categoryType, u"County & UA deprivation deciles in England (IMD2015)"_s);
        QCOMPARE(row.areaCode, u"E92000001"_s);
    }

    const FingertipsRow *sth = findRow(data.rows, u"93356"_s, u"E08000013"_s, u"2017"_s);
    QVERIFY(sth);
    QCOMPARE(sth->indicatorName, u"Campylobacter incidence rate/100,000"_s);
    QCOMPARE(sth->areaName, u"St. Helens"_s);
    QCOMPARE(sth->age, u"All ages"_s);
    QCOMPARE(sth->sex, u"Persons"_s);
    QCOMPARE(sth->period, Period::calendarYear(2017));
    QCOMPARE(sth->sortable, 20170000);
    QCOMPARE(sth->value, 126.08220559805);
    QCOMPARE(sth->lowerCi95, 110.144766572689);
    QCOMPARE(sth->upperCi95, 143.677761435003);
    QCOMPARE(sth->lowerCi998, std::nullopt);
    QCOMPARE(sth->count, 225.0);
    QCOMPARE(sth->denominator, 178455.0);
    QCOMPARE(sth->comparedToEngland, u"Worse"_s);
    QCOMPARE(sth->comparedToParent, u"Worse"_s);
    QCOMPARE(sth->newData, u"New data"_s);
    QCOMPARE(sth->comparedToGoal, QString()); // the field every row lacks: padded
    // Each record takes two physical lines (LF inside the quoted name), so it starts on an even
    // line.
    QCOMPARE(sth->line % 2, 0);

    const FingertipsRow *region = findRow(data.rows, u"93356"_s, u"E12000002"_s, u"2016"_s);
    QVERIFY(region);
    QCOMPARE(region->areaName, u"North West region"_s);
    QCOMPARE(region->value, 83.7855383861456);
    QCOMPARE(region->lowerCi95, std::nullopt);
    QCOMPARE(region->valueNote, u"Aggregated from all known lower geography values"_s);

    const FingertipsRow *england
        = findRow(data.rows, u"93356"_s, u"E92000001"_s, u"2015"_s, u"All ages"_s);
    QVERIFY(england);
    QCOMPARE(england->parentCode, QString());
    QCOMPARE(england->value, 94.7261896202678);
    QCOMPARE(england->line, 2);
}

void tst_FingertipsReader::fingertipsNextHealthData()
{
    const FingertipsData data = FingertipsReader::readFile(
        fixture(u"fingertipsnext_healthdata_cheshire_merseyside.csv"_s));
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.layout, FingertipsData::Layout::NextHealthData);
    QCOMPARE(data.rows.size(), 155);
    QCOMPARE(data.categoryRows.size(), 0);

    // 241 is a QOF (financial-year) indicator: Year 2018 is 2018/19.
    const FingertipsRow *diabetes = findRow(data.rows, u"241"_s, u"E38000172"_s, u"2018/19"_s);
    QVERIFY(diabetes);
    QCOMPARE(diabetes->period, Period::financialYear(2018));
    QCOMPARE(diabetes->value, 7.97955266802899);
    QCOMPARE(diabetes->lowerCi95, 7.84818963067568);
    QCOMPARE(diabetes->upperCi95, 8.11292088512436);
    QCOMPARE(diabetes->count, 12847.0);
    QCOMPARE(diabetes->denominator, 160999.0);
    QCOMPARE(diabetes->age, u"17+ yrs"_s);

    // 92708 resident population (mid-year estimates): calendar years.
    const FingertipsRow *population = findRow(data.rows, u"92708"_s, u"E08000013"_s, u"2023"_s);
    QVERIFY(population);
    QCOMPARE(population->period, Period::calendarYear(2023));
    QCOMPARE(population->count, 185982.0);

    int notices = 0;
    for (const ImportProblem &p : data.problems) {
        QVERIFY(!p.isError());
        if (p.message.contains(u"start year"_s))
            ++notices;
    }
    QCOMPARE(notices, 4); // one per indicator: 92708, 241, 337, 352
}

void tst_FingertipsReader::layout27Columns()
{
    const QString text = header27 + u"\r\n"_s + row27() + u"\r\n"_s;
    const FingertipsData data = readText(text.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.layout, FingertipsData::Layout::Export27);
    QCOMPARE(data.parentComparisonColumn,
             u"Compared to Counties & UAs (from Apr 2023) value or percentiles"_s);
    QCOMPARE(data.rows.size(), 1);
    const FingertipsRow &row = data.rows.constFirst();
    QCOMPARE(row.timePeriodRange, u"1y"_s);
    QCOMPARE(row.comparedToGoal, u"Not compared"_s);
    QCOMPARE(row.comparedToParent, u"Worse"_s);
    QCOMPARE(row.indicatorName, u"Campylobacter incidence rate/100,000"_s);
    QCOMPARE(row.line, 2);
}

void tst_FingertipsReader::headingVariants_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("parentColumn");
    QTest::addColumn<QString>("goal");

    QTest::newRow("current") << header27
                             << u"Compared to Counties & UAs (from Apr 2023) value or percentiles"_s
                             << u"Not compared"_s;
    QString parentEngland = header27;
    parentEngland.replace(u"Compared to Counties & UAs (from Apr 2023) value or percentiles"_s,
                          u"Compared to percentiles"_s);
    QTest::newRow("parent is England")
        << parentEngland << u"Compared to percentiles"_s << u"Not compared"_s;
    QString target = header27;
    target.replace(u"Compared to goal"_s, u"Target data"_s);
    QTest::newRow("Target data")
        << target << u"Compared to Counties & UAs (from Apr 2023) value or percentiles"_s
        << u"Not compared"_s;
    QString spaceless = header27;
    spaceless.remove(u' ');
    QTest::newRow("fingertipsR names")
        << spaceless << u"ComparedtoCounties&UAs(fromApr2023)valueorpercentiles"_s
        << u"Not compared"_s;
}

void tst_FingertipsReader::headingVariants()
{
    QFETCH(QString, header);
    QFETCH(QString, parentColumn);
    QFETCH(QString, goal);
    const FingertipsData data = readText((header + u"\n"_s + row27() + u"\n"_s).toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.parentComparisonColumn, parentColumn);
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.rows.constFirst().comparedToParent, u"Worse"_s);
    QCOMPARE(data.rows.constFirst().comparedToEngland, u"Worse"_s);
    QCOMPARE(data.rows.constFirst().comparedToGoal, goal);
    QCOMPARE(data.rows.constFirst().value, 126.08220559805);
}

void tst_FingertipsReader::emptyValuesAreMissing()
{
    const QString text
        = header27 + u"\n"_s + row27({{12, QString()}, {17, QString()}, {18, u" "_s}}) + u"\n"_s;
    const FingertipsData data = readText(text.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    const FingertipsRow &row = data.rows.constFirst();
    QCOMPARE(row.value, std::nullopt);
    QCOMPARE(row.count, std::nullopt);
    QCOMPARE(row.denominator, std::nullopt);
    QCOMPARE(row.lowerCi95, 110.144766572689);
}

void tst_FingertipsReader::numberSpellings_data()
{
    // Read as QLocale::c() reads them, whether by the quick path (plain decimals) or not.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("number");
    for (const char *text : {"126.08220559805",
                             "0",
                             "-0",
                             "42",
                             "007",
                             ".5",
                             "5.",
                             "1e3",
                             "2.5E-4",
                             "-17.25",
                             "  8.5 ",
                             "+2",
                             "1,000",
                             "1.7976931348623157e308",
                             "4.9e-324",
                             "123456789012345678901234567890"}) {
        QTest::newRow(text) << QString::fromLatin1(text) << true;
    }
    for (const char *text :
         {"n/a", "1.5e", "1e400", "inf", "nan", "0x10", "1 000", "--1", "1.2.3", "\xd9\xa1"}) {
        QTest::newRow(text) << QString::fromUtf8(text) << false;
    }
}

void tst_FingertipsReader::numberSpellings()
{
    QFETCH(QString, text);
    QFETCH(bool, number);
    const QString csv = header27 + u"\n"_s + row27({{12, u"\"%1\""_s.arg(text)}}) + u"\n"_s;
    const FingertipsData data = readText(csv.toUtf8());
    bool ok = false;
    const double expected = QLocale::c().toDouble(text.trimmed(), &ok);
    QCOMPARE(ok && std::isfinite(expected), number);
    if (!number) {
        QVERIFY(data.hasErrors());
        return;
    }
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.rows.constFirst().value, expected); // to the last bit
}

void tst_FingertipsReader::shortRowsPadded()
{
    // Only the first 13 fields, ended by a line break: a ragged row, not a truncated file.
    QStringList fields = row27().split(u',');
    fields = fields.mid(0, 14); // the quoted name holds one comma
    const QString text = header27 + u"\r\n"_s + fields.join(u',') + u"\r\n"_s;
    const FingertipsData data = readText(text.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.rows.constFirst().value, 126.08220559805);
    QCOMPARE(data.rows.constFirst().count, std::nullopt);
    QCOMPARE(data.rows.constFirst().sortable, 20170000); // from the period: no sortable given
}

void tst_FingertipsReader::timePeriods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sortable");
    QTest::addColumn<QString>("houseStyle");

    QTest::newRow("calendar year") << u"2021"_s << u"20210000"_s << u"2021"_s;
    QTest::newRow("financial year") << u"2019/20"_s << u"20190000"_s << u"2019/20"_s;
    QTest::newRow("3-year range") << u"2017 - 19"_s << u"20170000"_s << u"2017 - 19"_s;
    QTest::newRow("5-year range") << u"2019 - 23"_s << u"20190000"_s << u"2019 - 23"_s;
    QTest::newRow("financial quarter") << u"2022/23 Q1"_s << u"20220100"_s << u"Q1 2022/23"_s;
    QTest::newRow("financial range")
        << u"2006/07 - 08/09"_s << u"20060000"_s << u"2006/07 - 08/09"_s;
    QTest::newRow("cumulative quarters")
        << u"2006/07 Q1-Q3"_s << u"20060100"_s << u"2006/07 Q1-Q3"_s;
    QTest::newRow("rolling quarters")
        << u"2006/07 Q2 - 2007/08 Q1"_s << u"20060200"_s << u"2006/07 Q2 - 2007/08 Q1"_s;
    QTest::newRow("calendar quarter") << u"2006 Q1"_s << u"20060100"_s << u"Q1 2006"_s;
    QTest::newRow("month") << u"Jan 2009"_s << u"20090001"_s << u"Jan 2009"_s;
    QTest::newRow("Aug-Jul year") << u"Aug 2006 - Jul 2007"_s << u"20060008"_s
                                  << u"Aug 2006 - Jul 2007"_s;
}

void tst_FingertipsReader::timePeriods()
{
    QFETCH(QString, text);
    QFETCH(QString, sortable);
    QFETCH(QString, houseStyle);
    const QString csv = header27 + u"\n"_s + row27({{11, text}, {23, sortable}}) + u"\n"_s;
    const FingertipsData data = readText(csv.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    const FingertipsRow &row = data.rows.constFirst();
    QCOMPARE(row.timePeriod, text);
    QVERIFY(row.period.isValid());
    QCOMPARE(row.period, Period::parse(text));
    QCOMPARE(row.period.toString(), houseStyle);
    QCOMPARE(row.sortable, sortable.toLongLong());
}

void tst_FingertipsReader::orderedBySortablePeriod()
{
    const QString csv = header27 + u"\n"_s + row27({{11, u"2019/20"_s}, {23, u"20190000"_s}})
                        + u"\n"_s + row27({{11, u"2017/18"_s}, {23, u"20170000"_s}}) + u"\n"_s
                        + row27({{11, u"2018/19"_s}, {23, u"20180000"_s}}) + u"\n"_s;
    const FingertipsData data = readText(csv.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QStringList periods;
    for (const FingertipsRow &row : data.rows)
        periods << row.timePeriod;
    QCOMPARE(periods, (QStringList{u"2017/18"_s, u"2018/19"_s, u"2019/20"_s}));
}

void tst_FingertipsReader::duplicatesSkipped()
{
    const QString csv = header27 + u"\n"_s + row27() + u"\n"_s + row27() + u"\n"_s
                        + row27({{6, u"Districts & UAs (from Apr 2023)"_s}}) + u"\n"_s;
    const FingertipsData data = readText(csv.toUtf8());
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.duplicatesSkipped, 2);
    QCOMPARE(data.problems.size(), 2);
    QCOMPARE(data.problems.at(0).line, 4);
    QCOMPARE(data.problems.at(0).toString(),
             u"export.csv: line 4: repeats line 2 (same indicator, area, sex, age, category and "
             "period with the same figures); skipped"_s);
}

void tst_FingertipsReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const QByteArray header = header27.toUtf8() + "\r\n";
    QTest::newRow("bad number") << header + row27({{12, u"n/a"_s}}).toUtf8() + "\r\n"
                                << u"export.csv: line 2, column Value: 'n/a' is not a number"_s;
    QTest::newRow("bad count") << header + row27({{17, u"12x"_s}}).toUtf8() + "\r\n"
                               << u"export.csv: line 2, column Count: '12x' is not a number"_s;
    QTest::newRow("bad period")
        << header + row27({{11, u"2017-99x"_s}}).toUtf8() + "\r\n"
        << u"export.csv: line 2, column Time period: '2017-99x' is not a time period "
           "Fingertips writes"_s;
    QTest::newRow("empty period") << header + row27({{11, QString()}}).toUtf8() + "\r\n"
                                  << u"export.csv: line 2, column Time period: is empty"_s;
    QTest::newRow("bad indicator id")
        << header + row27({{0, u"abc"_s}}).toUtf8() + "\r\n"
        << u"export.csv: line 2, column Indicator ID: 'abc' is not an indicator id"_s;
    QTest::newRow("empty area code") << header + row27({{4, QString()}}).toUtf8() + "\r\n"
                                     << u"export.csv: line 2, column Area Code: is empty"_s;
    QTest::newRow("bad sortable") << header + row27({{23, u"soon"_s}}).toUtf8() + "\r\n"
                                  << u"export.csv: line 2, column Time period Sortable: 'soon'"_s;
    QTest::newRow("wrong header")
        << QByteArray("Area,Year,Value\r\nSt Helens,2017,126\r\n")
        << u"export.csv: line 1: this is not a Fingertips data export: its first line has no "
           "Indicator ID, Area Code, Time period column(s)"_s;
    QTest::newRow("empty file") << QByteArray() << u"export.csv: the file is empty"_s;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF\r\n")
                                << u"export.csv: the file is empty"_s;
    QTest::newRow("header only") << header
                                 << u"export.csv: the file has a header but no data rows"_s;
    QTest::newRow("truncated mid-row")
        << header + row27().toUtf8() + "\r\n" + row27().left(60).toUtf8()
        << u"export.csv: line 4: the file ends in the middle of this row"_s;
    QTest::newRow("truncated in quotes")
        << header + row27().toUtf8() + "\r\n93356,\"Campylobac"
        << u"export.csv: line 4: a quoted field that starts on this line is not closed"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0", 10)
                            << u"export.csv: line 1: the file holds binary data"_s;
    QTest::newRow("conflicting duplicate")
        << header + row27().toUtf8() + "\r\n" + row27({{12, u"99"_s}}).toUtf8() + "\r\n"
        << u"export.csv: line 4: conflicts with line 2"_s;
}

void tst_FingertipsReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const FingertipsData data = readText(input);
    QVERIFY(data.hasErrors());
    const QStringList messages = data.errorMessages();
    QVERIFY2(messages.constFirst().startsWith(expected), qPrintable(messages.join(u'\n')));
}

void tst_FingertipsReader::everyRowErrorReported()
{
    const QString csv = header27 + u"\n"_s + row27({{12, u"n/a"_s}}) + u"\n"_s + row27() + u"\n"_s
                        + row27({{11, u"someday"_s}, {18, u"many"_s}}) + u"\n"_s;
    const FingertipsData data = readText(csv.toUtf8());
    QCOMPARE(data.errorMessages(),
             (QStringList{u"export.csv: line 2, column Value: 'n/a' is not a number"_s,
                          u"export.csv: line 6, column Time period: 'someday' is not a time "
                          "period Fingertips writes"_s,
                          u"export.csv: line 6, column Denominator: 'many' is not a number"_s}));
    QCOMPARE(data.rows.size(), 1); // the good row; rows with errors are left out
    QCOMPARE(data.rows.constFirst().line, 4);
}

void tst_FingertipsReader::missingFile()
{
    const FingertipsData data = FingertipsReader::readFile(u"/nonexistent/x.csv"_s);
    QVERIFY(data.hasErrors());
    QCOMPARE(data.errorMessages().constFirst(),
             u"/nonexistent/x.csv: does not exist. Check the name and folder."_s);
}

QTEST_GUILESS_MAIN(tst_FingertipsReader)
#include "tst_fingertipsreader.moc"
