// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Every writing command checks its writes (issue 25, item 4): to a full standard output
 * (/dev/full) and to a full disk (a small tmpfs, 256 KB unless a row says otherwise, mounted in a
 * private mount namespace with `unshare -rm`) the real `jfp` exits 1, says on stderr what it could
 * not write and what to do, leaves no partial file behind and leaves an older file at the target
 * path as it was.
 */
class tst_CheckedWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullStandardOutput_data();
    void fullStandardOutput();
    void fullDisk_data();
    void fullDisk();
    void fileSizeLimit_data();
    void fileSizeLimit();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_noTmpfs; // why the full-disk tests cannot run here, or empty
};

void tst_CheckedWrites::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    const CliRun::Result made = CliRun::run({u"init"_s, m_sample, u"--sample"_s});
    QCOMPARE(made.status, 0);

#ifdef Q_OS_LINUX
    const QString mountPoint = m_dir.filePath(u"probe"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess probe;
    probe.start(u"unshare"_s,
                {u"-rm"_s,
                 u"sh"_s,
                 u"-c"_s,
                 u"mount -t tmpfs -o size=256k tmpfs \"$0\" && echo mounted"_s,
                 mountPoint});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0 || !probe.readAllStandardOutput().contains("mounted")) {
        m_noTmpfs = u"'unshare -rm' cannot mount a tmpfs here (%1)"_s.arg(
            QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
    }
#else
    m_noTmpfs = u"the full-disk tests need Linux mount namespaces"_s;
#endif
}

void tst_CheckedWrites::fullStandardOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tree") << QStringList{u"tree"_s};
    QTest::newRow("tree --json") << QStringList{u"tree"_s, u"--json"_s};
    QTest::newRow("history") << QStringList{u"history"_s};
    QTest::newRow("indicators --json") << QStringList{u"indicators"_s, u"--json"_s};
    QTest::newRow("indicators --csv") << QStringList{u"indicators"_s, u"--csv"_s};
    QTest::newRow("export --out -") << QStringList{u"export"_s, u"--out"_s, u"-"_s};
}

void tst_CheckedWrites::fullStandardOutput()
{
#ifndef Q_OS_LINUX
    QSKIP("/dev/full, a device that is always full, exists on Linux only");
#else
    QFETCH(QStringList, arguments);
    arguments.insert(1, m_sample);
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith(u"jfp: "_s), qPrintable(err));
    QVERIFY2(err.contains(u"standard output"_s), qPrintable(err));
    QVERIFY2(err.contains(u"free some space"_s), qPrintable(err));
#endif
}

void tst_CheckedWrites::fullDisk_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT stands for the output file
    QTest::addColumn<QString>("target");        // the output file's name
    QTest::addColumn<int>("freeKb");            // space left on the disk; -1: all of it
    QTest::addColumn<bool>("older");            // an older file is at the target path
    QTest::addColumn<int>("diskKb");            // the disk's size

    const QStringList chart{
        u"chart"_s, u"PLAN"_s, u"--indicator"_s, u"Suicide rate"_s, u"--out"_s, u"OUT"_s};
    const QStringList boardPack{u"board-pack"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s};
    const QStringList exportPlan{u"export"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s};

    QTest::newRow("board-pack, full") << boardPack << u"pack.pdf"_s << 0 << false << 256;
    QTest::newRow("board-pack, older file") << boardPack << u"pack.pdf"_s << 64 << true << 256;
    QTest::newRow("export csv, full") << exportPlan << u"x.csv"_s << 0 << false << 256;
    QTest::newRow("export csv, older file") << exportPlan << u"x.csv"_s << 0 << true << 256;
    QTest::newRow("export xlsx, full") << exportPlan << u"x.xlsx"_s << 0 << false << 256;
    QTest::newRow("export xlsx, older file") << exportPlan << u"x.xlsx"_s << 8 << true << 256;
    QTest::newRow("chart svg, full") << chart << u"c.svg"_s << 0 << false << 256;
    QTest::newRow("chart svg, older file") << chart << u"c.svg"_s << 8 << true << 256;
    QTest::newRow("chart png, full") << chart << u"c.png"_s << 0 << false << 256;
    QTest::newRow("chart png, older file") << chart << u"c.png"_s << 8 << true << 256;
    QTest::newRow("chart pdf, older file") << chart << u"c.pdf"_s << 8 << true << 256;
    // Disks on which the new plan's log fits but copying it into the plan does not: the
    // checkpoint fails, which closing the connection alone would not say.
    QTest::newRow("init --sample, log fits, plan does not")
        << QStringList{u"init"_s, u"OUT"_s, u"--sample"_s} << u"new.jfp"_s << -1 << false << 512;
    QTest::newRow("demo --scale sample, log fits, plan does not")
        << QStringList{u"demo"_s, u"OUT"_s, u"--scale"_s, u"sample"_s} << u"demo.jfp"_s << -1
        << false << 1280;
    for (const int freeKb : {0, 8, 64, 128, 192, -1}) {
        const QString free = freeKb < 0 ? u"all free"_s : u"%1 KB free"_s.arg(freeKb);
        QTest::addRow("init --sample, %s", qPrintable(free))
            << QStringList{u"init"_s, u"OUT"_s, u"--sample"_s} << u"new.jfp"_s << freeKb << false
            << 256;
        QTest::addRow("demo --scale sample, %s", qPrintable(free))
            << QStringList{u"demo"_s, u"OUT"_s, u"--scale"_s, u"sample"_s} << u"demo.jfp"_s
            << freeKb << false << 256;
    }
}

void tst_CheckedWrites::fullDisk()
{
    if (!m_noTmpfs.isEmpty())
        QSKIP(qPrintable(m_noTmpfs));
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    QFETCH(int, freeKb);
    QFETCH(bool, older);
    QFETCH(int, diskKb);

    const QTemporaryDir work(m_dir.filePath(u"run-XXXXXX"_s));
    QVERIFY(work.isValid());
    const QString disk = work.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
    const QString olderCopy = work.filePath(u"older"_s);
    {
        QFile file(olderCopy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("An older file that must survive a failed write.\n");
    }
    const QString report = work.filePath(u"report"_s);
    for (QString &word : arguments) {
        if (word == u"PLAN"_s)
            word = m_sample;
        else if (word == u"OUT"_s)
            word = disk + u'/' + target;
    }

    // Inside the namespace: mount the disk, put the older file in place, fill the disk but
    // freeKb, run jfp, then report what the folder holds and whether the older file survived.
    const QString script = uR"(
disk="$1"; target="$2"; older="$3"; report="$4"; free="$5"; keep="$6"; size="$7"; shift 7
mount -t tmpfs -o "size=${size}k" tmpfs "$disk" || exit 90
if [ "$keep" = 1 ]; then cp "$older" "$disk/$target" || exit 91; fi
if [ "$free" -ge 0 ]; then
  dd if=/dev/zero of="$disk/.filler" bs=4096 2>/dev/null
  truncate -s "-${free}K" "$disk/.filler" || exit 92
fi
jfp="$1"
"$@"
status=$?
ls -A "$disk" | grep -vx '\.filler' > "$report"
case "$target" in *.jfp)
  if [ $status = 0 ] && "$jfp" check "$disk/$target" >/dev/null 2>&1; then echo checked >> "$report"; fi
esac
if [ "$keep" = 1 ]; then
  if cmp -s "$older" "$disk/$target"; then echo same >> "$report"; else echo changed >> "$report"; fi
fi
exit $status
)"_s;
    QProcess process;
    process.start(u"unshare"_s,
                  QStringList{u"-rm"_s,
                              u"sh"_s,
                              u"-c"_s,
                              script,
                              u"sh"_s,
                              disk,
                              target,
                              olderCopy,
                              report,
                              QString::number(freeKb),
                              older ? u"1"_s : u"0"_s,
                              QString::number(diskKb),
                              QStringLiteral(JFP_CLI_PATH)}
                      + arguments);
    QVERIFY(process.waitForFinished(300000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() < 90, qPrintable(u"the disk was not set up: "_s + err));

    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QStringList left
        = QString::fromUtf8(reportFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

    if (process.exitCode() == 0) {
        // It fitted: then the file must be whole, which only a bigger output would disprove.
        QVERIFY2(!older, qPrintable(u"exit 0 although the disk was full: "_s + out));
        const QStringList whole
            = target.endsWith(u".jfp"_s) ? QStringList{target, u"checked"_s} : QStringList{target};
        QVERIFY2(left == whole, qPrintable(left.join(u", "_s)));
        QVERIFY2(freeKb != 0, qPrintable(u"exit 0 on a full disk: "_s + out));
        return;
    }
    QCOMPARE(process.exitCode(), 1);
    // libxlsxwriter and libpng say what failed on stderr too, before jfp's message.
    const QStringList messages = err.split(u'\n').filter(QRegularExpression(u"^jfp: "_s));
    QVERIFY2(messages.size() == 1, qPrintable(err));
    QVERIFY2(messages.constFirst().contains(target), qPrintable(err));
    QVERIFY2(messages.constFirst().contains(u"free some space and try again"_s), qPrintable(err));
    const QStringList expected = older ? QStringList{target, u"same"_s} : QStringList{};
    QCOMPARE(left, expected);
}

void tst_CheckedWrites::fileSizeLimit_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT stands for the output file
    QTest::addColumn<QString>("target");

    QTest::newRow("init --sample")
        << QStringList{u"init"_s, u"OUT"_s, u"--sample"_s} << u"new.jfp"_s;
    QTest::newRow("demo") << QStringList{u"demo"_s, u"OUT"_s, u"--scale"_s, u"sample"_s}
                          << u"demo.jfp"_s;
    QTest::newRow("board-pack") << QStringList{u"board-pack"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s}
                                << u"pack.pdf"_s;
    QTest::newRow("export csv") << QStringList{u"export"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s}
                                << u"x.csv"_s;
    QTest::newRow("export xlsx") << QStringList{u"export"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s}
                                 << u"x.xlsx"_s;
    QTest::newRow("chart png") << QStringList{u"chart"_s,
                                              u"PLAN"_s,
                                              u"--indicator"_s,
                                              u"Suicide rate"_s,
                                              u"--out"_s,
                                              u"OUT"_s}
                               << u"c.png"_s;
}

void tst_CheckedWrites::fileSizeLimit()
{
    // Under a file size limit (ulimit -f, RLIMIT_FSIZE) a write past it would kill the
    // process with SIGXFSZ and no message; jfp ignores the signal, so the write fails with
    // EFBIG, which it reports like any other failed write, leaving nothing behind.
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE and SIGXFSZ are POSIX; Windows has no file size limit of a process");
#else
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    const QTemporaryDir work(m_dir.filePath(u"limit-XXXXXX"_s));
    QVERIFY(work.isValid());
    // The plan read is kept with a rollback journal, so that reading it needs no 32 KB
    // shared-memory file beside it, which the limit would refuse too.
    const QString plan = m_dir.filePath(u"rollback.jfp"_s);
    if (!QFile::exists(plan)) {
        QVERIFY(QFile::copy(m_sample, plan));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rollback"_s);
            db.setDatabaseName(plan);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"delete"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"rollback"_s);
    }
    for (QString &word : arguments) {
        if (word == u"PLAN"_s)
            word = plan;
        else if (word == u"OUT"_s)
            word = work.filePath(target);
    }
    QProcess process;
    // 16 blocks of 512 bytes: 8 KB, less than any of these outputs.
    process.start(
        u"sh"_s,
        QStringList{
            u"-c"_s, u"ulimit -f 16 && exec \"$@\""_s, u"sh"_s, QStringLiteral(JFP_CLI_PATH)}
            + arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    QCOMPARE(process.exitCode(), 1);
    const QStringList messages = err.split(u'\n').filter(QRegularExpression(u"^jfp: "_s));
    QVERIFY2(messages.size() == 1, qPrintable(err));
    QVERIFY2(messages.constFirst().contains(target), qPrintable(err));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
#endif
}

QTEST_GUILESS_MAIN(tst_CheckedWrites)
#include "tst_checkedwrites.moc"
