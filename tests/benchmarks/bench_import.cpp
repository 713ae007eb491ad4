// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "import/csvreader.h"
#include "import/fingertipsimport.h"
#include "import/fingertipsreader.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Speed of reading and importing a large Fingertips export (60,000 rows, ~14 MB, 27 columns,
 * monthly periods over 300 areas). Run it on its own: `build/tests/bench_import` (add
 * -iterations N or -callgrind); ctest runs it once to keep it working, not to time it.
 */
class bench_Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvRecords();
    void fingertipsRead();
    void planImport();
    void applyImport();

private:
    static constexpr int rowCount = 60000;
    static constexpr int areaCount = 300;

    QByteArray m_csv;
    std::unique_ptr<Database> m_db;
    PlanSnapshot m_plan;
    FingertipsData m_data;
};

void bench_Import::initTestCase()
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    m_csv = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
            "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
            "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,"
            "Value note,Recent Trend,Compared to England value or percentiles,"
            "Compared to Region value or percentiles,Time period Sortable,New data,"
            "Compared to goal,Time period range\r\n";
    m_csv.reserve(rowCount * 240);
    for (int i = 0; i < rowCount; ++i) {
        const int area = i % areaCount;
        const int month = i / areaCount; // 200 months from Jan 2005
        const int year = 2005 + month / 12;
        QByteArray code;
        if (area == 0)
            code = "E92000001";
        else if (area == 1)
            code = "E12000002";
        else if (area == 2)
            code = "E08000013";
        else
            code = "E0" + QByteArray::number(6000000 + area);
        const double value = 50.0 + (i % 997) / 7.0;
        m_csv += "93356,\"Campylobacter incidence rate/100,000\n\",E12000002,North West region,"
                 + code + ",Area " + QByteArray::number(area) + ",County & UA,Persons,All ages,,,"
                 + months[month % 12] + ' ' + QByteArray::number(year) + ','
                 + QByteArray::number(value, 'g', 15) + ',' + QByteArray::number(value - 5, 'g', 15)
                 + ',' + QByteArray::number(value + 5, 'g', 15) + ",,,"
                 + QByteArray::number(100 + i % 50) + ',' + QByteArray::number(180000 + area)
                 + ",,,Similar,Similar," + QByteArray::number(year) + "00"
                 + QByteArray::number(month % 12 + 1).rightJustified(2, '0') + ",,,1m\r\n";
    }
    QString error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(SamplePlan::populate(*m_db, &error), qPrintable(error));
    m_plan = *PlanReader::read(*m_db, &error);
    QBuffer buffer(&m_csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    m_data = FingertipsReader::read(&buffer, u"bench.csv"_s);
    QVERIFY2(!m_data.hasErrors(), qPrintable(m_data.errorMessages().join(u'\n')));
    QCOMPARE(m_data.rows.size(), rowCount);
}

void bench_Import::csvRecords()
{
    qint64 records = 0;
    QBENCHMARK
    {
        QBuffer buffer(&m_csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        records = 0;
        while (reader.readRecord(fields))
            ++records;
    }
    QCOMPARE(records, rowCount + 1);
}

void bench_Import::fingertipsRead()
{
    FingertipsData data;
    QBENCHMARK
    {
        QBuffer buffer(&m_csv);
        buffer.open(QIODevice::ReadOnly);
        data = FingertipsReader::read(&buffer, u"bench.csv"_s);
    }
    QCOMPARE(data.rows.size(), rowCount);
}

void bench_Import::planImport()
{
    ImportPlan preview;
    QBENCHMARK
    {
        preview = FingertipsImport::plan(m_plan, m_data, {{u"93356"_s, u"Suicide rate"_s}});
    }
    QVERIFY(!preview.hasErrors());
    QCOMPARE(preview.actuals.size(), rowCount / areaCount);
    QCOMPARE(preview.benchmarks.size(), 2 * rowCount / areaCount);
}

void bench_Import::applyImport()
{
    const ImportPlan preview
        = FingertipsImport::plan(m_plan, m_data, {{u"93356"_s, u"Suicide rate"_s}});
    QString error;
    bool ok = false;
    QBENCHMARK_ONCE
    {
        ok = Jfp::applyImport(*m_db, preview, &error);
    }
    QVERIFY2(ok, qPrintable(error));
}

QTEST_GUILESS_MAIN(bench_Import)
#include "bench_import.moc"
