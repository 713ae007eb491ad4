// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

/** The `jfp` command line as other tools use it: the real binary, its output and exit status. */
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void initEmpty();
    void treeText();
    void treeJson();
    void indicatorsJson();
    void indicatorsForArea_data();
    void indicatorsForArea();
    void indicatorsCsv();
    void unknownArea();
    void check();
    void upgrade();
    void badFiles_data();
    void badFiles();
    void commandHelp_data();
    void commandHelp();
    void nonRegularFilesRefused_data();
    void nonRegularFilesRefused();
    void needsNoGuiLibraries();
    void drawingProgramMissing();
    void checkNamesCycles();
    void checkListsTamperingAndRepairs();
    void tooDeepIsRefused();
    void slipTolerance_data();
    void slipTolerance();
    void tamperedDecimals_data();
    void tamperedDecimals();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QJsonObject findArea(const QJsonArray &nodes, const QString &code) const;
    /** A copy of the sample at `path` with `statements` run on it, as another program might. */
    bool tamperedCopy(const QString &path, const QStringList &statements) const;

    QTemporaryDir m_dir;
    QString m_sample;
};

tst_Cli::Result tst_Cli::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject tst_Cli::findArea(const QJsonArray &nodes, const QString &code) const
{
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        if (node.value(u"code"_s).toString() == code)
            return node;
        const QJsonObject inner = findArea(node.value(u"children"_s).toArray(), code);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

bool tst_Cli::tamperedCopy(const QString &path, const QStringList &statements) const
{
    QFile::remove(path);
    if (!QFile::copy(m_sample, path))
        return false;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    const Result result = run({u"init"_s, m_sample, u"--sample"_s});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(m_sample));
    QVERIFY(QFile::exists(m_sample));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("tree without file") << QStringList{u"tree"_s};
    QTest::newRow("unknown option") << QStringList{u"tree"_s, u"x.jfp"_s, u"--xml"_s};
    QTest::newRow("area without value") << QStringList{u"indicators"_s, u"x.jfp"_s, u"--area"_s};
    QTest::newRow("json and csv") << QStringList{
        u"indicators"_s, u"x.jfp"_s, u"--json"_s, u"--csv"_s};
    QTest::newRow("two files") << QStringList{u"check"_s, u"a.jfp"_s, u"b.jfp"_s};
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(result.err.contains(u"Usage: jfp"_s));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::initEmpty()
{
    const QString path = m_dir.filePath(u"empty.jfp"_s);
    Result result = run({u"init"_s, path});
    QCOMPARE(result.status, 0);
    result = run({u"tree"_s, path, u"--json"_s});
    QCOMPARE(result.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(root.value(u"areas"_s).toArray().isEmpty());
    // A second init on the same file refuses and changes nothing.
    result = run({u"init"_s, path, u"--sample"_s});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.startsWith(u"jfp: "_s));
    QVERIFY(result.err.contains(u"already exists"_s));
}

void tst_Cli::treeText()
{
    const Result result = run({u"tree"_s, m_sample});
    QCOMPARE(result.status, 0);
    for (const QString &expected : {u"NHS Cheshire and Merseyside  (system, E54000008)"_s,
                                    u"St Helens  (place, E08000013)"_s,
                                    u"Newton and Haydock  (locality, U20349)"_s,
                                    u"- Tackling Obesity"_s}) {
        QVERIFY2(result.out.contains(expected), qPrintable(expected));
    }
}

void tst_Cli::treeJson()
{
    const Result result = run({u"tree"_s, m_sample, u"--json"_s});
    QCOMPARE(result.status, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    const QJsonObject plan = document.object().value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"horizonEnd"_s).toString(), u"2028/29"_s);
    QCOMPARE(plan.value(u"milestoneSlipToleranceDays"_s).toInt(-1), 14);
    const QJsonArray roots = document.object().value(u"areas"_s).toArray();
    QCOMPARE(roots.size(), 1);
    const QJsonObject system = roots.first().toObject();
    for (const char *key : {"level", "name", "code", "children", "programmes"})
        QVERIFY2(system.contains(QLatin1String(key)), key);
    QCOMPARE(system.value(u"level"_s).toString(), u"system"_s);
    QCOMPARE(system.value(u"code"_s).toString(), u"E54000008"_s);
    QCOMPARE(system.value(u"odsCode"_s).toString(), u"QYG"_s);
    QCOMPARE(system.value(u"children"_s).toArray().size(), 9);

    const QJsonObject stHelens = findArea(roots, u"E08000013"_s);
    QCOMPARE(stHelens.value(u"name"_s).toString(), u"St Helens"_s);
    QStringList localityCodes;
    for (const QJsonValue &child : stHelens.value(u"children"_s).toArray()) {
        QCOMPARE(child.toObject().value(u"level"_s).toString(), u"locality"_s);
        localityCodes << child.toObject().value(u"code"_s).toString();
    }
    QCOMPARE(localityCodes, QStringList({u"U67149"_s, u"U94037"_s, u"U94009"_s, u"U20349"_s}));
    bool foundObesity = false;
    for (const QJsonValue &value : stHelens.value(u"programmes"_s).toArray()) {
        const QJsonObject programme = value.toObject();
        for (const char *key : {"name", "children", "milestones", "indicators"})
            QVERIFY2(programme.contains(QLatin1String(key)), key);
        if (programme.value(u"name"_s).toString() == u"Tackling Obesity"_s) {
            foundObesity = true;
            const QJsonArray objectives = programme.value(u"children"_s).toArray();
            QCOMPARE(objectives.size(), 3);
            QCOMPARE(objectives.at(0).toObject().value(u"indicators"_s).toInt(), 3);
        }
    }
    QVERIFY(foundObesity);
}

void tst_Cli::indicatorsJson()
{
    const Result result = run({u"indicators"_s, m_sample, u"--json"_s});
    QCOMPARE(result.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(rows.size() >= 26);
    bool foundSuicide = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        for (const char *key : {"area",
                                "areaCode",
                                "programme",
                                "name",
                                "unit",
                                "polarity",
                                "baseline",
                                "target",
                                "latest"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        if (row.value(u"name"_s).toString() == u"Suicide rate"_s) {
            foundSuicide = true;
            QCOMPARE(row.value(u"area"_s).toString(), u"St Helens"_s);
            QCOMPARE(row.value(u"areaCode"_s).toString(), u"E08000013"_s);
            QCOMPARE(row.value(u"unit"_s).toString(), u"rate_per_100000"_s);
            QCOMPARE(row.value(u"polarity"_s).toString(), u"lower_is_better"_s);
            QCOMPARE(row.value(u"baseline"_s).toObject().value(u"value"_s).toDouble(), 13.9);
            QVERIFY(row.value(u"baseline"_s).toObject().value(u"period"_s).isNull());
            QCOMPARE(row.value(u"target"_s).toObject().value(u"value"_s).toDouble(), 10.5);
            QCOMPARE(row.value(u"target"_s).toObject().value(u"period"_s).toString(), u"2026/27"_s);
            QVERIFY(row.value(u"latest"_s).toObject().value(u"value"_s).isNull());
        }
        if (row.value(u"name"_s).toString() == u"Premature deaths (<75): Respiratory Disease"_s) {
            QVERIFY(row.value(u"baseline"_s).toObject().value(u"value"_s).isNull());
            QVERIFY(row.value(u"target"_s).toObject().value(u"value"_s).isNull());
        }
    }
    QVERIFY(foundSuicide);
}

void tst_Cli::indicatorsForArea_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<int>("rows");
    QTest::newRow("name") << u"St Helens"_s << 22;
    QTest::newRow("Fingertips spelling") << u"st. helens"_s << 22;
    QTest::newRow("ONS code") << u"E08000013"_s << 22;
    QTest::newRow("locality ODS code") << u"U20349"_s << 0;
    QTest::newRow("system ODS code") << u"QYG"_s << 57;
}

void tst_Cli::indicatorsForArea()
{
    QFETCH(QString, area);
    QFETCH(int, rows);
    const Result result = run({u"indicators"_s, m_sample, u"--area"_s, area, u"--json"_s});
    QCOMPARE(result.status, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), rows);
}

void tst_Cli::indicatorsCsv()
{
    const Result result = run({u"indicators"_s, m_sample, u"--area=Halton"_s, u"--csv"_s});
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             u"area,areaCode,programme,name,unit,polarity,baselineValue,baselinePeriod,"
             u"targetValue,targetPeriod,latestValue,latestPeriod"_s);
    QVERIFY(lines.size() > 1);
    QVERIFY(result.out.contains(u",76,2023/24"_s));
    // Numbers are written in their shortest exact form, never with binary noise.
    const Result stHelens = run({u"indicators"_s, m_sample, u"--area=St Helens"_s, u"--csv"_s});
    QCOMPARE(stHelens.status, 0);
    QVERIFY2(stHelens.out.contains(u",81.6,,45.9,2026/27,"_s), qPrintable(stHelens.out));
    QVERIFY2(!stHelens.out.contains(u"99999"_s) && !stHelens.out.contains(u".0000"_s),
             qPrintable(stHelens.out));
}

void tst_Cli::unknownArea()
{
    const Result result = run({u"indicators"_s, m_sample, u"--area"_s, u"Atlantis"_s});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.startsWith(u"jfp: "_s));
    QVERIFY(result.err.contains(u"Atlantis"_s));
}

void tst_Cli::check()
{
    const Result result = run({u"check"_s, m_sample});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"0 errors, 0 warnings"_s), qPrintable(result.out));
}

/**
 * A plan from an older version: commands that only read refuse it without changing it and say
 * how to upgrade; `jfp upgrade` does, keeping the plan as it was as a backup.
 */
void tst_Cli::upgrade()
{
    const QString plan = m_dir.filePath(u"old.jfp"_s);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR) + u"/schema_v1.jfp"_s, plan));
    QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Result result = run({u"tree"_s, plan});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(u"is from an older version of JFP Planner (plan version 1;"_s)
                 && result.err.contains(u"It has not been changed. Upgrade it with 'jfp upgrade "_s
                                        + plan + u'\''),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(u"read-only"_s)); // it is not: it once said so

    result = run({u"upgrade"_s, plan});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(u"Upgraded '%1' from plan version 1 to"_s.arg(plan)),
             qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(u"the plan as it was is kept as the backup"_s));
    result = run({u"restore"_s, plan, u"--json"_s});
    QCOMPARE(result.status, 0);
    QCOMPARE(
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"backups"_s).toArray().size(),
        1);

    QCOMPARE(run({u"tree"_s, plan}).status, 0);
    result = run({u"upgrade"_s, plan});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"is up to date"_s), qPrintable(result.out));
}

void tst_Cli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("synopsis");
    QTest::newRow("tree --help") << QStringList{u"tree"_s, u"--help"_s} << u"tree FILE [--json]"_s;
    QTest::newRow("import -h after a file")
        << QStringList{u"import"_s, u"x.jfp"_s, u"-h"_s} << u"import FILE SOURCE"_s;
    QTest::newRow("a drawing command")
        << QStringList{u"board-pack"_s, u"--help"_s} << u"board-pack FILE"_s;
}

void tst_Cli::commandHelp()
{
    // `jfp COMMAND --help` shows that command's usage (it once said "unknown option --help").
    QFETCH(QStringList, arguments);
    QFETCH(QString, synopsis);
    const Result result = run(arguments);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(u"Usage: jfp "_s + synopsis), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
}

void tst_Cli::nonRegularFilesRefused_data()
{
    // "<fifo>" is replaced by a named pipe, "<plan>" by the sample plan. Opening a pipe
    // blocks until something writes to it: each command refuses it at once instead.
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tree") << QStringList{u"tree"_s, u"<fifo>"_s};
    QTest::newRow("indicators") << QStringList{u"indicators"_s, u"<fifo>"_s};
    QTest::newRow("check") << QStringList{u"check"_s, u"<fifo>"_s};
    QTest::newRow("import into a pipe") << QStringList{u"import"_s, u"<fifo>"_s, u"<plan>"_s};
    QTest::newRow("import a Fingertips pipe") << QStringList{u"import"_s, u"<plan>"_s, u"<fifo>"_s};
    QTest::newRow("import a template pipe")
        << QStringList{u"import"_s, u"<plan>"_s, u"<fifo>"_s, u"--format"_s, u"template"_s};
    QTest::newRow("import a workbook pipe")
        << QStringList{u"import"_s, u"<plan>"_s, u"<fifo>.xlsx"_s, u"--dry-run"_s};
    QTest::newRow("spc") << QStringList{u"spc"_s, u"<fifo>"_s};
}

void tst_Cli::nonRegularFilesRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("Named pipes made with mkfifo() exist on Unix only; Windows has no FIFO files");
#else
    QFETCH(QStringList, arguments);
    const QString fifo = m_dir.filePath(u"pipe"_s);
    for (const QString &path : QStringList{fifo, fifo + u".xlsx"_s}) {
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    const QString plan = m_dir.filePath(u"fifo-plan.jfp"_s);
    QFile::remove(plan);
    QVERIFY(QFile::copy(m_sample, plan));
    for (QString &argument : arguments)
        argument.replace(u"<fifo>"_s, fifo).replace(u"<plan>"_s, plan);
    QProcess process;
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    const bool finished = process.waitForFinished(10000);
    if (!finished)
        process.kill();
    QVERIFY2(finished, "the command blocked on the pipe");
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"is not a regular file"_s), qPrintable(err));
#endif
}

void tst_Cli::needsNoGuiLibraries()
{
    // jfp starts on QtCore and QtSql alone; the commands that draw run in jfp-draw.
    QProcess readelf;
    readelf.start(u"readelf"_s, {u"-d"_s, QStringLiteral(JFP_CLI_PATH)});
    QVERIFY(readelf.waitForFinished(30000));
    const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
    QVERIFY2(needed.contains(u"libQt6Core"_s), qPrintable(needed));
    for (const QString &gui : {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6Charts"_s})
        QVERIFY2(!needed.contains(gui), qPrintable(gui + u" in\n"_s + needed));
    // …and still draws, through jfp-draw beside it.
    const QString png = m_dir.filePath(u"handed.png"_s);
    const Result result
        = run({u"chart"_s, m_sample, u"--indicator"_s, u"Suicide rate"_s, u"--out"_s, png});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"Wrote the chart of 'Suicide rate'"_s));
    QVERIFY(QFile::exists(png));
}

void tst_Cli::drawingProgramMissing()
{
    // A jfp copied without jfp-draw says what is missing instead of failing obscurely; the
    // commands that draw nothing still work.
    const QString lonely = m_dir.filePath(u"lonely"_s);
    QVERIFY(QDir().mkpath(lonely));
    const QString copy = lonely + u"/jfp"_s;
    QVERIFY(QFile::copy(QStringLiteral(JFP_CLI_PATH), copy));
    QProcess process;
    process.start(copy, {u"board-pack"_s, m_sample, u"--out"_s, m_dir.filePath(u"x.pdf"_s)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"jfp: 'board-pack' draws with the program jfp-draw, which is not "
                          "installed beside jfp"_s),
             qPrintable(err));
    process.start(copy, {u"tree"_s, m_sample});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
}

void tst_Cli::checkNamesCycles()
{
    // Two programmes made each other's parent outside the program: check names them (it
    // once passed the plan while the tree and exports lost them).
    const QString path = m_dir.filePath(u"cycle.jfp"_s);
    QVERIFY(tamperedCopy(path,
                         {u"UPDATE programme SET parent_id = (SELECT MAX(id) FROM programme)"
                          " WHERE id = (SELECT MIN(id) FROM programme)"_s,
                          u"UPDATE programme SET parent_id = (SELECT MIN(id) FROM programme)"
                          " WHERE id = (SELECT MAX(id) FROM programme)"_s}));
    Result result = run({u"check"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(u"are each beneath the next, in a circle"_s),
             qPrintable(result.out));
    // Commands that show or export the tree refuse it instead of printing part of it.
    const QString xlsx = m_dir.filePath(u"cycle.xlsx"_s);
    for (const QStringList &command :
         {QStringList{u"tree"_s, path},
          QStringList{u"indicators"_s, path},
          QStringList{u"export"_s, path, u"--out"_s, xlsx},
          QStringList{u"board-pack"_s, path, u"--out"_s, m_dir.filePath(u"cycle.pdf"_s)}}) {
        result = run(command);
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(u"is broken, so nothing is shown"_s)
                     && result.err.contains(u"in a circle"_s),
                 qPrintable(command.first() + u": "_s + result.err));
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!QFile::exists(xlsx));
}

void tst_Cli::checkListsTamperingAndRepairs()
{
    // A planted trigger and view: every command refuses the plan naming them, check lists
    // each, and --repair writes a copy that passes check, leaving the original as it was.
    const QString path = m_dir.filePath(u"planted.jfp"_s);
    QVERIFY(tamperedCopy(path,
                         {u"CREATE TRIGGER t_wipe AFTER INSERT ON change_history "
                          "BEGIN DELETE FROM area; END"_s,
                          u"CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                          "SELECT i + 1 FROM n) SELECT i FROM n"_s}));
    Result result = run({u"tree"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(u"trigger 't_wipe' that JFP Planner did not make"_s),
             qPrintable(result.err));
    result = run({u"check"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(u"error: schema: the plan holds a trigger 't_wipe' that JFP "
                                 "Planner did not make: it may have been tampered with"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"error: schema: the plan holds a view 'forever'"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"2 errors, 0 warnings"_s), qPrintable(result.out));

    const QString copy = m_dir.filePath(u"planted-repaired.jfp"_s);
    QFile::remove(copy);
    result = run({u"check"_s, path, u"--repair"_s, copy});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Left out: the plan holds a trigger 't_wipe'"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Wrote the repaired copy of"_s), qPrintable(result.out));
    result = run({u"check"_s, copy});
    QVERIFY2(result.status == 0, qPrintable(result.out + result.err));
    QCOMPARE(run({u"tree"_s, copy}).out, run({u"tree"_s, m_sample}).out);
    // Again: the copy exists now, so nothing is written over it.
    result = run({u"check"_s, path, u"--repair"_s, copy});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(u"already exists"_s), qPrintable(result.err));
    QCOMPARE(run({u"check"_s, path}).status, 1); // the original is still refused, unchanged
}

void tst_Cli::tooDeepIsRefused()
{
    // 150 programmes each beneath the last: past the 100 levels a plan may have, so check
    // names the deepest and tree refuses instead of printing an endless staircase.
    const QString path = m_dir.filePath(u"deep.jfp"_s);
    QStringList statements;
    statements << u"BEGIN"_s;
    for (int i = 0; i < 150; ++i) {
        statements << u"INSERT INTO programme (id, area_id, parent_id, name) VALUES (%1, "
                      "(SELECT min(id) FROM area), %2, 'Level %3')"_s.arg(70000 + i)
                          .arg(i == 0 ? u"NULL"_s : QString::number(70000 + i - 1))
                          .arg(i + 1);
    }
    statements << u"COMMIT"_s;
    QVERIFY(tamperedCopy(path, statements));
    Result result = run({u"check"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(u"'Level 150' (id 70149): programmes are nested 150 levels "
                                 "deep here, more than the 100 a plan may have"_s),
             qPrintable(result.out));
    result = run({u"tree"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(u"nested 150 levels deep"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::slipTolerance_data()
{
    QTest::addColumn<QString>("stored"); // the plan_info value; empty: no row at all
    QTest::addColumn<int>("days");       // as `jfp tree --json` gives it
    QTest::addColumn<bool>("warned");
    QTest::newRow("none") << QString() << 14 << false;
    QTest::newRow("30") << u"30"_s << 30 << false;
    QTest::newRow("0") << u"0"_s << 0 << false;
    QTest::newRow("words") << u"a fortnight"_s << 14 << true;
    QTest::newRow("negative") << u"-5"_s << 14 << true;
    QTest::newRow("absurd") << u"9000"_s << 14 << true;
}

void tst_Cli::slipTolerance()
{
    // A plan whose milestone slip tolerance was left by another program: a usable one is the
    // plan's, and check says nothing; any other reads as 14 days, and check warns (exit 0).
    QFETCH(QString, stored);
    QFETCH(int, days);
    QFETCH(bool, warned);
    const QString path = m_dir.filePath(u"tolerance.jfp"_s);
    QStringList statements{u"DELETE FROM plan_info WHERE key = 'milestone_slip_tolerance_days'"_s};
    if (!stored.isEmpty())
        statements << u"INSERT INTO plan_info (key, value) VALUES "
                      "('milestone_slip_tolerance_days', '%1')"_s.arg(stored);
    QVERIFY(tamperedCopy(path, statements));
    Result result = run({u"check"_s, path});
    QCOMPARE(result.status, 0);
    if (warned) {
        QVERIFY2(result.out.contains(u"warning: the plan: its milestone slip tolerance (plan_info "
                                     "key 'milestone_slip_tolerance_days') is '%1'"_s.arg(stored)),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(u"File > Plan Properties"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"0 errors, 1 warning"_s), qPrintable(result.out));
    } else {
        QVERIFY2(result.out.contains(u"0 errors, 0 warnings"_s), qPrintable(result.out));
    }
    result = run({u"tree"_s, path, u"--json"_s});
    QCOMPARE(result.status, 0);
    const QJsonObject plan
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"milestoneSlipToleranceDays"_s).toInt(-1), days);
}

void tst_Cli::tamperedDecimals_data()
{
    QTest::addColumn<qlonglong>("decimals");
    QTest::newRow("largest int") << qlonglong(2147483647);
    QTest::newRow("negative") << qlonglong(-2147483647);
}

void tst_Cli::tamperedDecimals()
{
    // A plan edited outside the program with an indicator showing 2,147,483,647 decimal
    // places: every command still works (numbers shown with at most 6), and check names it.
    QFETCH(qlonglong, decimals);
    const QString path = m_dir.filePath(u"decimals.jfp"_s);
    QVERIFY(tamperedCopy(path, {u"UPDATE indicator SET decimals = %1"_s.arg(decimals)}));
    Result result = run({u"indicators"_s, path, u"--area"_s, u"St Helens"_s});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(u"Suicide rate"_s), qPrintable(result.err));
    QVERIFY2(!result.out.contains(u"0000000"_s), qPrintable(result.out));
    result = run({u"check"_s, path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(u"decimals"_s, Qt::CaseInsensitive), qPrintable(result.out));
    const QString pdf = m_dir.filePath(u"decimals.pdf"_s);
    result = run({u"board-pack"_s, path, u"--area"_s, u"St Helens"_s, u"--out"_s, pdf});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    result = run({u"chart"_s,
                  path,
                  u"--indicator"_s,
                  u"Suicide rate"_s,
                  u"--out"_s,
                  m_dir.filePath(u"decimals.png"_s)});
    QVERIFY2(result.status == 0, qPrintable(result.err));
}

void tst_Cli::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text") << QByteArray("not,a,plan\n") << u"not an SQLite database"_s;
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("truncated sqlite")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\x01') << u"is damaged"_s;
}

void tst_Cli::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    const QString path = m_dir.filePath(u"bad.jfp"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    for (const QString &command : {u"tree"_s, u"indicators"_s, u"check"_s}) {
        const Result result = run({command, path});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.startsWith(u"jfp: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
