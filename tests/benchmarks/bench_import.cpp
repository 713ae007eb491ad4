// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "formats/csvreader.h"
#include "import/fingertipsimport.h"
#include "import/fingertipsreader.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "syntheticfingertips.h"

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
    {
        QBuffer out(&m_csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(SyntheticFingertips::write(&out, {rowCount, areaCount, 1}) > 0);
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
