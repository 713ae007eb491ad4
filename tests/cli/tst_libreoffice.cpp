// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "clirun.h"
#include "formats/csvreader.h"
#include "formats/planworkbook.h"
#include "import/workbookimport.h"
#include "plancomparison.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QDate>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * An exported workbook opens in LibreOffice with the same values: LibreOffice (headless,
 * with a private profile) converts every sheet to CSV and each cell is compared with the
 * plan. A workbook LibreOffice saves imports back into the same plan.
 *
 * LibreOffice is a test dependency (test.sh installs libreoffice-calc-nogui): without it the
 * test fails, unless JFP_SKIP_LIBREOFFICE is set.
 */
class tst_LibreOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sheetsConvertToTheSameValues();
    void workbookSavedByLibreOfficeImports();

private:
    /** Runs LibreOffice headless on `source`; false (with the reason) on failure or timeout. */
    bool convert(const QString &source, const QString &filter, const QString &outDir);

    QString m_libreOffice;
    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    QString m_workbook;
    PlanSnapshot m_plan;
    QString m_failure;
};

bool tst_LibreOffice::convert(const QString &source, const QString &filter, const QString &outDir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_libreOffice,
                  {u"-env:UserInstallation=file://"_s + m_profile.path(),
                   u"--headless"_s,
                   u"--norestore"_s,
                   u"--convert-to"_s,
                   filter,
                   u"--outdir"_s,
                   outDir,
                   source});
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        m_failure = u"LibreOffice did not finish within 180 s"_s;
        return false;
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_failure = u"LibreOffice failed (exit %1): %2"_s.arg(process.exitCode()).arg(output);
        return false;
    }
    return true;
}

void tst_LibreOffice::initTestCase()
{
    m_libreOffice = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (m_libreOffice.isEmpty())
        m_libreOffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (m_libreOffice.isEmpty()) {
        if (qEnvironmentVariableIsSet("JFP_SKIP_LIBREOFFICE"))
            QSKIP("LibreOffice is not installed and JFP_SKIP_LIBREOFFICE is set");
        QFAIL("LibreOffice is not installed: test.sh installs libreoffice-calc-nogui. Set "
              "JFP_SKIP_LIBREOFFICE=1 to skip this test.");
    }
    QVERIFY(m_dir.isValid() && m_profile.isValid());
    const QString plan = m_dir.filePath(u"sample.jfp"_s);
    m_workbook = m_dir.filePath(u"plan.xlsx"_s);
    CliRun::Result result = CliRun::run({u"init"_s, plan, u"--sample"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    result = CliRun::run({u"export"_s, plan, u"--out"_s, m_workbook});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QString error;
    auto db = Database::open(plan, Database::OpenMode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const auto snapshot = PlanReader::read(*db, &error);
    QVERIFY2(snapshot, qPrintable(error));
    m_plan = *snapshot;
}

void tst_LibreOffice::sheetsConvertToTheSameValues()
{
    // The CSV filter's 12th option, -1, writes every sheet (LibreOffice 7.2 and later) to
    // <name>-<sheet>.csv; comma, double quote, UTF-8, raw values rather than as shown.
    const QString outDir = m_dir.filePath(u"csv"_s);
    QVERIFY(QDir().mkpath(outDir));
    QVERIFY2(convert(m_workbook,
                     u"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                     "false,-1"_s,
                     outDir),
             qPrintable(m_failure));

    int cellsCompared = 0;
    for (const PlanWorkbook::Table &table : PlanWorkbook::tables(m_plan, {})) {
        const PlanWorkbook::SheetLayout &layout = PlanWorkbook::layout(table.kind);
        QFile file(outDir + u"/plan-"_s + layout.name + u".csv"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        CsvReader csv(&file);
        QStringList fields;
        QVERIFY(csv.readRecord(fields));
        QCOMPARE(fields, layout.keys());
        int row = 0;
        while (csv.readRecord(fields)) {
            QVERIFY2(row < table.rows.size(), qPrintable(layout.name));
            const PlanWorkbook::Row &expected = table.rows.at(row);
            for (int c = 0; c < layout.columns.size(); ++c) {
                const QVariant value = expected.value(c);
                const QString actual = fields.value(c);
                const QString where = u"%1!%2 (%3): '%4'"_s.arg(layout.name)
                                          .arg(row + 2)
                                          .arg(layout.columns.at(c).key, actual);
                switch (value.typeId()) {
                case QMetaType::UnknownType:
                    QVERIFY2(actual.isEmpty(), qPrintable(where + u" should be empty"_s));
                    break;
                case QMetaType::Double:
                case QMetaType::LongLong: {
                    bool ok = false;
                    const double number = actual.toDouble(&ok);
                    const double wanted = value.toDouble();
                    QVERIFY2(ok && std::abs(number - wanted) <= 1e-13 * std::abs(wanted),
                             qPrintable(where + u" should be "_s + QString::number(wanted)));
                    break;
                }
                case QMetaType::QDate:
                    QCOMPARE(actual, value.toDate().toString(Qt::ISODate));
                    break;
                case QMetaType::QDateTime: // shown to the second
                    QCOMPARE(actual, value.toDateTime().toString(u"yyyy-MM-dd hh:mm:ss"_s));
                    break;
                case QMetaType::Bool:
                    QCOMPARE(actual, value.toBool() ? u"TRUE"_s : u"FALSE"_s);
                    break;
                default:
                    QVERIFY2(QString(actual).replace(u"\r\n"_s, u"\n"_s) == value.toString(),
                             qPrintable(where + u" should be '"_s + value.toString() + u'\''));
                    break;
                }
                ++cellsCompared;
            }
            ++row;
        }
        QVERIFY(!csv.hasError());
        QCOMPARE(row, table.rows.size());
    }
    QVERIFY(cellsCompared > 1000);
}

void tst_LibreOffice::workbookSavedByLibreOfficeImports()
{
    // LibreOffice writes its own workbook (shared strings, its own styles and date formats):
    // imported into an empty plan it is still the sample plan, every field of it.
    const QString outDir = m_dir.filePath(u"resaved"_s);
    QVERIFY(QDir().mkpath(outDir));
    QVERIFY2(convert(m_workbook, u"xlsx:Calc MS Excel 2007 XML"_s, outDir), qPrintable(m_failure));
    const QString resaved = outDir + u"/plan.xlsx"_s;
    QVERIFY(QFile::exists(resaved));
    QString error;
    auto empty = Database::createInMemory(&error);
    QVERIFY2(empty, qPrintable(error));
    const auto before = PlanReader::read(*empty, &error);
    QVERIFY2(before, qPrintable(error));
    const ImportPlan preview = WorkbookImport::planFile(*before, resaved);
    QVERIFY2(!preview.hasErrors(), qPrintable(preview.errorMessages().join(u'\n')));
    QVERIFY2(applyImport(*empty, preview, &error), qPrintable(error));
    // Every field of every item, as tst_planroundtrip checks for our own workbook.
    const QString difference
        = PlanComparison::firstDifference(m_plan, *PlanReader::read(*empty, &error), 1e-15);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(tst_LibreOffice)
#include "tst_libreoffice.moc"
