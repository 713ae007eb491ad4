// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "charts/chartexporter.h"
#include "charts/trajectorychart.h"
#include "reporting/chartdata.h"
#include "reports/boardpack.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "syntheticplan.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Speed of chart work on a synthetic plan (100 indicators × 20 quarters). Run it on its own:
 * `build/tests/bench_charts` (add -iterations N or -callgrind); ctest runs it once to keep it
 * working, not to time it.
 */
class bench_Charts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartData();
    void renderOneChart();
    void exportOne_data();
    void exportOne();
    void boardPack100();

private:
    QTemporaryDir m_dir;
    PlanSnapshot m_plan;
};

void bench_Charts::initTestCase()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    QVERIFY2(SyntheticPlan::generate(*db, 100, 20, &error), qPrintable(error));
    m_plan = *PlanReader::read(*db, &error);
    QCOMPARE(m_plan.indicators.size(), 100);
}

void bench_Charts::chartData()
{
    QBENCHMARK
    {
        for (const Indicator &indicator : std::as_const(m_plan.indicators))
            ChartDataBuilder::trajectory(m_plan, indicator);
    }
}

void bench_Charts::renderOneChart()
{
    const ChartData data = ChartDataBuilder::trajectory(m_plan, m_plan.indicators.first());
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        QPainter painter(&image);
        ChartExporter::render(painter, QRectF(0, 0, 1200, 700), data);
    }
}

void bench_Charts::exportOne_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png 300 dpi") << u"one.png"_s;
    QTest::newRow("svg") << u"one.svg"_s;
    QTest::newRow("pdf") << u"one.pdf"_s;
}

void bench_Charts::exportOne()
{
    QFETCH(QString, name);
    const ChartData data = ChartDataBuilder::trajectory(m_plan, m_plan.indicators.first());
    const QString path = m_dir.filePath(name);
    QString error;
    QBENCHMARK
    {
        QVERIFY2(ChartExporter::write(data, path, {160, 90, 300}, &error), qPrintable(error));
    }
}

void bench_Charts::boardPack100()
{
    const QString path = m_dir.filePath(u"pack.pdf"_s);
    BoardPackResult result;
    QString error;
    QBENCHMARK
    {
        QVERIFY2(BoardPack::write(m_plan, {}, path, &result, &error), qPrintable(error));
    }
    QCOMPARE(result.indicators, 100);
}

QTEST_MAIN(bench_Charts)
#include "bench_charts.moc"
