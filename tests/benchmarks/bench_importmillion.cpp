// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "benchsupport.h"
#include "import/fingertipsimport.h"
#include "import/fingertipsreader.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "syntheticfingertips.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

/**
 * Importing a Fingertips export of a million rows (generated: 50 indicators × 300 areas,
 * monthly), one indicator of which feeds the plan, as `jfp import` does it: the reader keeps
 * only the linked indicator's rows, so memory grows with those and not with the file. Prints
 * rows per second for reading, planning and writing, and the peak memory (VmHWM) against the
 * file size. Run it directly for the numbers (`build/tests/bench_importmillion`; set
 * JFP_BENCH_ROWS for another size); ctest runs it on 100,000 rows to keep it working.
 */
class bench_ImportMillion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importLargeFile();
};

void bench_ImportMillion::importLargeFile()
{
    bool ok = false;
    qint64 rows = qEnvironmentVariableIntValue("JFP_BENCH_ROWS", &ok);
    if (!ok || rows <= 0)
        rows = 1000000;
    const SyntheticFingertips::Shape shape{rows, 300, 50};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"fingertips.csv"_s);
    const QString planPath = dir.filePath(u"plan.jfp"_s);
    QString error;
    const qint64 fileSize = SyntheticFingertips::writeFile(source, shape, &error);
    QVERIFY2(fileSize > 0, qPrintable(error));
    QVERIFY2(SamplePlan::createFile(planPath, &error), qPrintable(error));
    auto db = Database::open(planPath, Database::OpenMode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const PlanSnapshot plan = *PlanReader::read(*db, &error);
    const QList<IndicatorLinkRequest> links = {{u"93356"_s, u"Suicide rate"_s}};

    const bool peakReset = Bench::resetPeak();
    const qint64 rssBefore = Bench::statusKb("VmRSS");
    const qint64 peakBefore = Bench::statusKb("VmHWM");
    QElapsedTimer timer;
    timer.start();
    FingertipsReader::Options options;
    options.keepIndicators = FingertipsImport::linkedIds(plan, links);
    const FingertipsData data = FingertipsReader::readFile(source, options);
    const qint64 readMs = std::max<qint64>(timer.restart(), 1);
    const ImportPlan preview = FingertipsImport::plan(plan, data, links);
    const qint64 planMs = std::max<qint64>(timer.restart(), 1);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY2(applyImport(*db, preview, &error), qPrintable(error));
    const qint64 applyMs = std::max<qint64>(timer.elapsed(), 1);
    const qint64 peakAfter = Bench::statusKb("VmHWM");

    qint64 counted = 0;
    for (const FingertipsData::IndicatorInFile &i : data.indicators)
        counted += i.rows + i.categoryRows;
    QCOMPARE(counted, rows);
    QCOMPARE(qint64(data.rows.size()), SyntheticFingertips::rowsOfFirstIndicator(shape));
    const qint64 values = preview.count(ImportPlan::Change::Add);
    const qint64 growth = (peakAfter - (peakReset ? rssBefore : peakBefore)) * 1024;

    qInfo().noquote() << u"file: %1 rows, %2 MB; rows kept (linked indicator): %3"_s.arg(rows)
                             .arg(mb(fileSize), 0, 'f', 1)
                             .arg(data.rows.size());
    qInfo().noquote() << u"read:  %1 s, %2 rows/s (%3 MB/s)"_s.arg(readMs / 1000.0, 0, 'f', 2)
                             .arg(rows * 1000 / readMs)
                             .arg(mb(fileSize) * 1000.0 / double(readMs), 0, 'f', 1);
    qInfo().noquote() << u"plan:  %1 s; apply: %2 values in %3 s (%4 values/s, one transaction)"_s
                             .arg(planMs / 1000.0, 0, 'f', 2)
                             .arg(values)
                             .arg(applyMs / 1000.0, 0, 'f', 2)
                             .arg(values * 1000 / applyMs);
    qInfo().noquote() << u"memory: RSS before %1 MB, peak (VmHWM) %2 MB, growth %3 MB = %4% of "
                         "the file (peak %5)"_s.arg(mb(rssBefore * 1024), 0, 'f', 1)
                             .arg(mb(peakAfter * 1024), 0, 'f', 1)
                             .arg(mb(growth), 0, 'f', 1)
                             .arg(100.0 * double(growth) / double(fileSize), 0, 'f', 1)
                             .arg(peakReset ? u"reset before reading"_s
                                            : u"not resettable: growth is a lower bound"_s);
    // Streaming: holding the rows would take several times the file; a large file must take
    // a small part of it.
    if (fileSize > 100 * 1024 * 1024)
        QVERIFY2(growth < fileSize / 2, "the reader holds too much of the file");
}

QTEST_GUILESS_MAIN(bench_ImportMillion)
#include "bench_importmillion.moc"
