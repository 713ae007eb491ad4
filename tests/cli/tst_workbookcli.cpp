// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "clirun.h"
#include "formats/planworkbook.h"
#include "import/xlsxreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** `jfp export --out .xlsx`, `jfp template` and `jfp import --format template` end to end. */
class tst_WorkbookCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportWorkbook();
    void exportScopes_data();
    void exportScopes();
    void templates();
    void templateUsage_data();
    void templateUsage();
    void roundTripThroughTheCommandLine();
    void badCellIsNamedAndWritesNothing();
    void milestoneCsvImport();

private:
    using Result = CliRun::Result;
    static Result run(const QStringList &arguments) { return CliRun::run(arguments); }
    static QByteArray digest(const QString &path);
    static QStringList sheetNames(const QString &path);

    QTemporaryDir m_dir;
    QString m_sample;
};

QByteArray tst_WorkbookCli::digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tst_WorkbookCli::sheetNames(const QString &path)
{
    XlsxReader reader(path);
    return reader.open() ? reader.sheetNames() : QStringList();
}

void tst_WorkbookCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    const Result result = run({u"init"_s, m_sample, u"--sample"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
}

void tst_WorkbookCli::exportWorkbook()
{
    const QString out = m_dir.filePath(u"plan.xlsx"_s);
    const Result result = run({u"export"_s, m_sample, u"--out"_s, out});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(u"Wrote the plan workbook ("_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u" Areas, "_s));
    QVERIFY(result.out.trimmed().endsWith(u") to "_s + out + u'.'));
    QCOMPARE(sheetNames(out).size(), PlanWorkbook::layouts().size()); // no Instructions
    // Exporting again replaces the file, as the CSV export does.
    QCOMPARE(run({u"export"_s, m_sample, u"--out"_s, out}).status, 0);
    QCOMPARE(QDir(m_dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

void tst_WorkbookCli::exportScopes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");
    QTest::newRow("area") << QStringList{u"--area"_s, u"St Helens"_s}
                          << u"Wrote the plan workbook ("_s << 0;
    QTest::newRow("programme") << QStringList{u"--programme"_s, u"1"_s} << u"1 Areas, "_s << 0;
    QTest::newRow("unknown area") << QStringList{u"--area"_s, u"Atlantis"_s} << u"no area in"_s
                                  << 1;
}

void tst_WorkbookCli::exportScopes()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QFETCH(int, status);
    const QString out = m_dir.filePath(u"scoped.xlsx"_s);
    const Result result = run(QStringList{u"export"_s, m_sample, u"--out"_s, out} + options);
    QCOMPARE(result.status, status);
    const QString output = result.out + result.err;
    QVERIFY2(output.contains(message), qPrintable(output));
}

void tst_WorkbookCli::templates()
{
    const QString workbook = m_dir.filePath(u"blank.xlsx"_s);
    Result result = run({u"template"_s, workbook});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"Wrote a blank plan workbook"_s));
    QStringList expected{u"Instructions"_s};
    for (const PlanWorkbook::SheetLayout &layout : PlanWorkbook::layouts())
        expected << layout.name;
    QCOMPARE(sheetNames(workbook), expected);
    // The Instructions sheet explains every column; the other sheets are headers only.
    XlsxReader reader(workbook);
    QVERIFY(reader.open());
    QStringList explained;
    QVERIFY(reader.readSheet(u"Instructions"_s, [&](const XlsxReader::Row &row) {
        explained << row.cells.value(0).toString() + u'.' + row.cells.value(1).toString();
        return true;
    }));
    QVERIFY(explained.contains(u"Milestones.forecastDate"_s));
    QVERIFY(explained.contains(u"Actuals.synthetic"_s));
    QList<XlsxReader::Row> rows;
    QVERIFY(reader.readSheet(u"Milestones"_s, [&](const XlsxReader::Row &row) {
        rows << row;
        return true;
    }));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().cells.value(0).toString(), u"id"_s);

    const QString milestones = m_dir.filePath(u"milestones.csv"_s);
    result = run({u"template"_s, milestones, u"--milestones"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QFile file(milestones);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("id,programmeId,area,areaCode,programme,title,owner,baselineDate,"
                        "forecastDate,completionDate,status,notes,source\r\n"));
    // The series CSV template is as it was.
    const QString series = m_dir.filePath(u"series.csv"_s);
    QCOMPARE(run({u"template"_s, series}).status, 0);
    QFile seriesFile(series);
    QVERIFY(seriesFile.open(QIODevice::ReadOnly));
    QVERIFY(seriesFile.readAll().startsWith("indicatorId,area,areaCode,"));
}

void tst_WorkbookCli::templateUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("milestones in a workbook")
        << QStringList{u"template"_s, u"x.xlsx"_s, u"--milestones"_s} << 2
        << u"--milestones is for a CSV template"_s;
    QTest::newRow("exists") << QStringList{u"template"_s, u"sample.jfp"_s} << 1
                            << u"already exists"_s;
}

void tst_WorkbookCli::templateUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    arguments[1] = m_dir.filePath(arguments.at(1));
    const Result result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void tst_WorkbookCli::roundTripThroughTheCommandLine()
{
    const QString workbook = m_dir.filePath(u"roundtrip.xlsx"_s);
    QCOMPARE(run({u"export"_s, m_sample, u"--out"_s, workbook}).status, 0);
    const QString copy = m_dir.filePath(u"copy.jfp"_s);
    QCOMPARE(run({u"init"_s, copy}).status, 0);
    // A workbook needs no --format: it can only be a template.
    Result result = run({u"import"_s, copy, workbook, u"--dry-run"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"Areas: "_s));
    QVERIFY(result.out.contains(u"Dry run: nothing was written."_s));
    result = run({u"import"_s, copy, workbook, u"--format"_s, u"template"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"item(s) added ("_s), qPrintable(result.out));
    // The same tree and the same indicators, ids apart.
    const auto withoutIds = [](const QStringList &arguments, const QString &key) {
        const QJsonDocument json = QJsonDocument::fromJson(run(arguments).out.toUtf8());
        const QJsonValue value
            = key.isEmpty() ? QJsonValue(json.array()) : json.object().value(key);
        QString text = QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QByteArray());
        text.remove(QRegularExpression(u"\"id\":\\d+,?"_s));
        if (key.isEmpty()) { // the indicators list: its order across programmes may differ
            QStringList rows = text.split(u"},{\"area\""_s);
            rows.sort();
            text = rows.join(u'\n');
        }
        return text;
    };
    const QString tree = withoutIds({u"tree"_s, m_sample, u"--json"_s}, u"areas"_s);
    QVERIFY(tree.size() > 1000);
    QCOMPARE(withoutIds({u"tree"_s, copy, u"--json"_s}, u"areas"_s), tree);
    QCOMPARE(withoutIds({u"indicators"_s, copy, u"--json"_s}, QString()),
             withoutIds({u"indicators"_s, m_sample, u"--json"_s}, QString()));
    // Importing it again changes nothing.
    result = run({u"import"_s, copy, workbook, u"--format"_s, u"template"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Nothing to change"_s), qPrintable(result.out));
}

void tst_WorkbookCli::badCellIsNamedAndWritesNothing()
{
    // A workbook as a planner might fill it in, with a day that does not exist in D14.
    const QString source = m_dir.filePath(u"bad-date.xlsx"_s);
    lxw_workbook *workbook = workbook_new(QFile::encodeName(source).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Milestones");
    const char *headings[] = {"id", "programmeId", "title", "forecastDate"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headings[c], nullptr);
    for (int r = 1; r < 13; ++r) {
        worksheet_write_number(sheet, lxw_row_t(r), 1, 1, nullptr);
        worksheet_write_string(sheet,
                               lxw_row_t(r),
                               2,
                               QByteArray("Milestone " + QByteArray::number(r)).constData(),
                               nullptr);
    }
    worksheet_write_number(sheet, 13, 1, 1, nullptr);
    worksheet_write_string(sheet, 13, 2, "Launch", nullptr);
    worksheet_write_string(sheet, 13, 3, "31/13/2026", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    const QString plan = m_dir.filePath(u"unchanged.jfp"_s);
    QVERIFY(QFile::copy(m_sample, plan));
    const QByteArray before = digest(plan);
    const Result result = run({u"import"_s, plan, source, u"--format"_s, u"template"_s});
    QCOMPARE(result.status, 1);
    QVERIFY2(
        result.err.contains(u"jfp: "_s + source
                            + u": Milestones!D14 (forecastDate): '31/13/2026' is not a date"_s),
        qPrintable(result.err));
    QVERIFY(result.err.contains(u"nothing was written"_s));
    QCOMPARE(digest(plan), before);
}

void tst_WorkbookCli::milestoneCsvImport()
{
    const QString csv = m_dir.filePath(u"new-milestones.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "programmeId,title,forecastDate,status\r\n1,Pilot in two PCNs,2026-09-30,on_track\r\n");
    file.close();
    const QString plan = m_dir.filePath(u"milestones.jfp"_s);
    QVERIFY(QFile::copy(m_sample, plan));
    const Result result = run({u"import"_s, plan, csv, u"--format"_s, u"template"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"add milestone 'Pilot in two PCNs' (line 2)"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"1 item(s) added (0 areas, 0 programmes, 1 milestones"_s));
}

QTEST_GUILESS_MAIN(tst_WorkbookCli)
#include "tst_workbookcli.moc"
