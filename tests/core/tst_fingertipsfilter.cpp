// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
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

namespace {

FingertipsData readBytes(QByteArray bytes, const std::optional<QSet<QString>> &keep)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FingertipsReader::Options options;
    options.keepIndicators = keep;
    return FingertipsReader::read(&buffer, u"export.csv"_s, options);
}

QByteArray generated(const SyntheticFingertips::Shape &shape)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SyntheticFingertips::write(&buffer, shape);
    return bytes;
}

QStringList values(const ImportPlan &plan)
{
    QStringList out;
    for (const ImportPlan::ActualChange &a : plan.actuals)
        out << u"actual %1 %2 %3"_s.arg(a.indicatorId).arg(a.value.period).arg(*a.value.value);
    for (const ImportPlan::BenchmarkChange &b : plan.benchmarks)
        out << u"benchmark %1 %2 %3 %4"_s.arg(b.indicatorId)
                   .arg(b.benchmarkCode, b.value.period)
                   .arg(*b.value.value);
    return out;
}

} // namespace

/**
 * FingertipsReader::Options::keepIndicators: reading keeps only the rows of the indicators an
 * import uses, checks and counts the others, and the import comes out the same.
 */
class tst_FingertipsFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyLinkedRows_data();
    void keepsOnlyLinkedRows();
    void sameImportWithOrWithoutFilter();
    void repeatsAmongDroppedRowsAreFound_data();
    void repeatsAmongDroppedRowsAreFound();
    void linkedButLeftOutIsAnError();
    void linkedIdsOfPlanAndRequests();
};

void tst_FingertipsFilter::keepsOnlyLinkedRows_data()
{
    QTest::addColumn<int>("indicators");
    QTest::addColumn<QStringList>("keep");
    QTest::addColumn<int>("keptRows");
    // 4 indicators × 10 areas × 5 months = 200 rows.
    QTest::newRow("one of four") << 4 << QStringList{u"93356"_s} << 50;
    QTest::newRow("two of four") << 4 << QStringList{u"93356"_s, u"900002"_s} << 100;
    QTest::newRow("none") << 4 << QStringList{} << 0;
    QTest::newRow("an id not in the file") << 4 << QStringList{u"1"_s} << 0;
}

void tst_FingertipsFilter::keepsOnlyLinkedRows()
{
    QFETCH(int, indicators);
    QFETCH(QStringList, keep);
    QFETCH(int, keptRows);
    const SyntheticFingertips::Shape shape{200, 10, indicators};
    const FingertipsData data
        = readBytes(generated(shape), QSet<QString>(keep.cbegin(), keep.cend()));
    QVERIFY2(!data.hasErrors(), qPrintable(data.errorMessages().join(u'\n')));
    QCOMPARE(data.rows.size(), keptRows);
    for (const FingertipsRow &row : data.rows)
        QVERIFY(keep.contains(row.indicatorId));
    // Every indicator of the file is listed, kept or not, with its rows counted.
    QCOMPARE(data.indicators.size(), indicators);
    for (const FingertipsData::IndicatorInFile &i : data.indicators) {
        QCOMPARE(i.rows, 50);
        QCOMPARE(i.kept, keep.contains(i.id));
        QVERIFY(i.name.startsWith(u"Campylobacter incidence rate/100,000 ("_s));
    }
    QCOMPARE(data.indicators.constFirst().id, u"93356"_s);
    QCOMPARE(data.indicators.constFirst().firstLine, 2);
    QCOMPARE(data.indicator(u"900001"_s)->firstLine, 2 + 2 * 10); // two lines a row
}

void tst_FingertipsFilter::sameImportWithOrWithoutFilter()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db && SamplePlan::populate(*db, &error), qPrintable(error));
    const PlanSnapshot plan = *PlanReader::read(*db, &error);
    const QList<IndicatorLinkRequest> links = {{u"93356"_s, u"Suicide rate"_s}};
    const QByteArray bytes = generated({3000, 30, 5});
    const ImportPlan whole = FingertipsImport::plan(plan, readBytes(bytes, std::nullopt), links);
    const ImportPlan streamed = FingertipsImport::plan(
        plan, readBytes(bytes, FingertipsImport::linkedIds(plan, links)), links);
    QVERIFY(!whole.hasErrors());
    QVERIFY(!streamed.hasErrors());
    QCOMPARE(whole.actuals.size(), 20); // St Helens, 20 months
    QCOMPARE(values(streamed), values(whole));
    QCOMPARE(streamed.links.size(), 1);
    // The unlinked indicators are skipped with the same notice, rows counted.
    const auto notices = [](const ImportPlan &p) {
        QStringList list;
        for (const ImportProblem &problem : p.problems) {
            if (problem.message.contains(u"is not linked"_s))
                list << problem.message;
        }
        list.sort();
        return list;
    };
    QCOMPARE(notices(streamed).size(), 4);
    QCOMPARE(notices(streamed), notices(whole));
    QVERIFY(notices(streamed).constFirst().contains(u"its rows are skipped (600)"_s));
}

void tst_FingertipsFilter::repeatsAmongDroppedRowsAreFound_data()
{
    QTest::addColumn<QByteArray>("repeat");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");
    const QByteArray row = "900001,Other,E12000002,North West region,E08000013,St. Helens,"
                           "County & UA,Persons,All ages,,,2017,12.5,,,,,,,,,,,20170000,,,1y\r\n";
    QTest::newRow("same figures") << row << false
                                  << u"export.csv: line 3: repeats line 2 (same indicator, area, "
                                     "sex, age, category and period with the same figures); "
                                     "skipped"_s;
    QByteArray changed = row;
    changed.replace(",12.5,", ",13.5,");
    QTest::newRow("other figures") << changed << true
                                   << u"export.csv: line 3: conflicts with line 2: the same "
                                      "indicator, area, sex, age, category and period with "
                                      "different figures"_s;
}

void tst_FingertipsFilter::repeatsAmongDroppedRowsAreFound()
{
    QFETCH(QByteArray, repeat);
    QFETCH(bool, isError);
    QFETCH(QString, message);
    QByteArray bytes = generated({0, 1, 1}); // the header
    bytes += "900001,Other,E12000002,North West region,E08000013,St. Helens,County & UA,"
             "Persons,All ages,,,2017,12.5,,,,,,,,,,,20170000,,,1y\r\n";
    bytes += repeat;
    for (const auto &keep : {std::optional<QSet<QString>>(), std::optional(QSet<QString>())}) {
        const FingertipsData data = readBytes(bytes, keep);
        QStringList all;
        for (const ImportProblem &p : data.problems) {
            if (p.isError() == isError)
                all << p.toString();
        }
        QCOMPARE(all, QStringList{message});
        QCOMPARE(data.indicators.constFirst().rows, 1);
    }
}

void tst_FingertipsFilter::linkedButLeftOutIsAnError()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db && SamplePlan::populate(*db, &error), qPrintable(error));
    const PlanSnapshot plan = *PlanReader::read(*db, &error);
    const FingertipsData data = readBytes(generated({100, 10, 2}), QSet<QString>{u"900001"_s});
    const ImportPlan preview
        = FingertipsImport::plan(plan, data, {{u"93356"_s, u"Suicide rate"_s}});
    QVERIFY(preview.hasErrors());
    QVERIFY2(preview.errorMessages().constFirst().contains(
                 u"the rows of Fingertips indicator 93356 (Campylobacter incidence rate/100,000 "
                 "(93356)) were left out when the file was read; read the file again"_s),
             qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY(preview.actuals.isEmpty());
}

void tst_FingertipsFilter::linkedIdsOfPlanAndRequests()
{
    QString error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db && SamplePlan::populate(*db, &error), qPrintable(error));
    PlanSnapshot plan = *PlanReader::read(*db, &error);
    plan.indicators.first().links.append({u"fingertips"_s, u"241"_s});
    plan.indicators.first().links.append({u"other source"_s, u"7"_s});
    QCOMPARE(FingertipsImport::linkedIds(
                 plan, {{u" 093356 "_s, u"Suicide rate"_s}, {u"abc"_s, u"Suicide rate"_s}}),
             (QSet<QString>{u"241"_s, u"93356"_s}));
}

QTEST_GUILESS_MAIN(tst_FingertipsFilter)
#include "tst_fingertipsfilter.moc"
