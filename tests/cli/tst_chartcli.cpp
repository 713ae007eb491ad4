// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** `jfp chart` and `jfp board-pack` as scripts use them, headless. */
class tst_ChartCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartSizes_data();
    void chartSizes();
    void chartSvgAndPdf();
    void spcChart();
    void boardPack_data();
    void boardPack();
    void errors_data();
    void errors();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    static int pdfPages(const QString &path);

    QTemporaryDir m_dir;
    QString m_sample;
};

tst_ChartCli::Result tst_ChartCli::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // jfp must choose offscreen by itself
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int tst_ChartCli::pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF"))
        return -1;
    static const QRegularExpression page(uR"(/Type\s*/Page(?!s))"_s);
    return int(QString::fromLatin1(bytes).count(page));
}

void tst_ChartCli::initTestCase()
{
    m_sample = m_dir.filePath(u"sample.jfp"_s);
    QCOMPARE(run({u"init"_s, m_sample, u"--sample"_s}).status, 0);
}

void tst_ChartCli::chartSizes_data()
{
    QTest::addColumn<QStringList>("sizeOptions");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default Word 160x90 mm at 300 dpi") << QStringList() << QSize(1890, 1063);
    QTest::newRow("A4 landscape at 100 dpi")
        << QStringList{u"--width-mm"_s, u"297"_s, u"--height-mm"_s, u"210"_s, u"--dpi"_s, u"100"_s}
        << QSize(1169, 827);
}

void tst_ChartCli::chartSizes()
{
    QFETCH(QStringList, sizeOptions);
    QFETCH(QSize, pixels);
    const QString out = m_dir.filePath(u"chart.png"_s);
    const Result result = run(
        QStringList{u"chart"_s, m_sample, u"--indicator"_s, u"Suicide rate"_s, u"--out"_s, out}
        + sizeOptions);
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(out));
    QCOMPARE(QImage(out).size(), pixels);
}

void tst_ChartCli::chartSvgAndPdf()
{
    const QString svg = m_dir.filePath(u"chart.svg"_s);
    QCOMPARE(run({u"chart"_s,
                  m_sample,
                  u"--indicator"_s,
                  u"Injuries (65+) due to falls"_s,
                  u"--out"_s,
                  svg})
                 .status,
             0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Injuries (65+) due to falls"));
    QVERIFY(text.contains("Target 1,851 (2026/27)"));
    QVERIFY(text.contains("2028/29"));
    const QString pdf = m_dir.filePath(u"chart.pdf"_s);
    QCOMPARE(
        run({u"chart"_s, m_sample, u"--indicator"_s, u"Suicide rate"_s, u"--out"_s, pdf}).status,
        0);
    QCOMPARE(pdfPages(pdf), 1);
}

void tst_ChartCli::spcChart()
{
    const QString out = m_dir.filePath(u"spc.svg"_s);
    const Result result = run(
        {u"chart"_s,
         m_sample,
         u"--indicator"_s,
         u"People with a cancer diagnosis confirmed or ruled out within 28 days of referral"_s,
         u"--spc"_s,
         u"--out"_s,
         out});
    QCOMPARE(result.status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("XmR chart"));
    QVERIFY(svg.contains("Variation and assurance icons need 13 points"));
    const QString pack = m_dir.filePath(u"spcpack.pdf"_s);
    QCOMPARE(run({u"board-pack"_s,
                  m_sample,
                  u"--area"_s,
                  u"Halton"_s,
                  u"--charts"_s,
                  u"spc"_s,
                  u"--out"_s,
                  pack})
                 .status,
             0);
    QVERIFY(pdfPages(pack) > 3);
}

void tst_ChartCli::boardPack_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<int>("indicators");
    QTest::newRow("whole plan") << QStringList() << 57;
    QTest::newRow("area") << QStringList{u"--area"_s, u"E08000013"_s} << 22;
    QTest::newRow("programme") << QStringList{u"--programme"_s, u"Tackling Obesity"_s} << 8;
    QTest::newRow("chosen sections, sorted") << QStringList{u"--area"_s,
                                                            u"St Helens"_s,
                                                            u"--sections"_s,
                                                            u"Milestones, dashboard"_s,
                                                            u"--sort"_s,
                                                            u"status"_s}
                                             << 22;
}

void tst_ChartCli::boardPack()
{
    QFETCH(QStringList, scope);
    QFETCH(int, indicators);
    const QString out = m_dir.filePath(u"pack.pdf"_s);
    const Result result = run(QStringList{u"board-pack"_s, m_sample, u"--out"_s, out} + scope);
    QCOMPARE(result.status, 0);
    static const QRegularExpression summary(uR"(\((\d+) pages, (\d+) indicators\))"_s);
    const auto match = summary.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QCOMPARE(match.captured(2).toInt(), indicators);
    QCOMPARE(pdfPages(out), match.captured(1).toInt());
    // Cover, contents, the dashboard; then progress, milestones and a page for each indicator
    // with anything to chart, unless --sections leaves them out.
    if (scope.contains(u"--sections"_s))
        QCOMPARE(match.captured(1).toInt(), 5); // the dashboard's 22 rows take 2 pages
    else
        QVERIFY(match.captured(1).toInt() >= 5);
}

void tst_ChartCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no indicator option")
        << QStringList{u"chart"_s, u"x.jfp"_s, u"--out"_s, u"a.png"_s} << 2 << u"--indicator"_s;
    QTest::newRow("bad extension")
        << QStringList{u"chart"_s, u"x.jfp"_s, u"--indicator"_s, u"1"_s, u"--out"_s, u"a.gif"_s}
        << 2 << u".png, .svg or .pdf"_s;
    QTest::newRow("bad dpi") << QStringList{u"chart"_s,
                                            u"x.jfp"_s,
                                            u"--indicator"_s,
                                            u"1"_s,
                                            u"--out"_s,
                                            u"a.png"_s,
                                            u"--dpi"_s,
                                            u"lots"_s}
                             << 2 << u"--dpi"_s;
    QTest::newRow("board pack not pdf")
        << QStringList{u"board-pack"_s, u"x.jfp"_s, u"--out"_s, u"a.png"_s} << 2 << u".pdf"_s;
    QTest::newRow("unknown indicator") << QStringList{u"chart"_s,
                                                      u"SAMPLE"_s,
                                                      u"--indicator"_s,
                                                      u"Happiness"_s,
                                                      u"--out"_s,
                                                      u"a.png"_s}
                                       << 1 << u"no indicator has the id or name 'Happiness'"_s;
    QTest::newRow("unknown area") << QStringList{u"board-pack"_s,
                                                 u"SAMPLE"_s,
                                                 u"--area"_s,
                                                 u"Atlantis"_s,
                                                 u"--out"_s,
                                                 u"a.pdf"_s}
                                  << 1 << u"Atlantis"_s;
    QTest::newRow("unknown programme") << QStringList{u"board-pack"_s,
                                                      u"SAMPLE"_s,
                                                      u"--programme"_s,
                                                      u"Nothing"_s,
                                                      u"--out"_s,
                                                      u"a.pdf"_s}
                                       << 1 << u"no programme is named 'Nothing'"_s;
    QTest::newRow("spc without values") << QStringList{u"chart"_s,
                                                       u"SAMPLE"_s,
                                                       u"--indicator"_s,
                                                       u"Suicide rate"_s,
                                                       u"--spc"_s,
                                                       u"--out"_s,
                                                       u"a.png"_s}
                                        << 1 << u"has no actual values"_s;
    QTest::newRow("bad charts choice") << QStringList{u"board-pack"_s,
                                                      u"SAMPLE"_s,
                                                      u"--charts"_s,
                                                      u"pie"_s,
                                                      u"--out"_s,
                                                      u"a.pdf"_s}
                                       << 2 << u"automatic, trajectory or spc"_s;
    QTest::newRow("unknown section")
        << QStringList{u"board-pack"_s,
                       u"SAMPLE"_s,
                       u"--sections"_s,
                       u"dashboard,charts"_s,
                       u"--out"_s,
                       u"a.pdf"_s}
        << 2
        << u"'charts' is not a board pack section; choose from dashboard, progress, "
           "milestones, indicators"_s;
    QTest::newRow("section twice") << QStringList{u"board-pack"_s,
                                                  u"SAMPLE"_s,
                                                  u"--sections"_s,
                                                  u"progress,progress"_s,
                                                  u"--out"_s,
                                                  u"a.pdf"_s}
                                   << 2 << u"'progress' is listed twice"_s;
    QTest::newRow("bad sort")
        << QStringList{u"board-pack"_s, u"SAMPLE"_s, u"--sort"_s, u"size"_s, u"--out"_s, u"a.pdf"_s}
        << 2 << u"plan, name or status"_s;
    QTest::newRow("not a plan")
        << QStringList{u"chart"_s, u"MISSING"_s, u"--indicator"_s, u"1"_s, u"--out"_s, u"a.png"_s}
        << 1 << u"does not exist"_s;
}

void tst_ChartCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    for (QString &argument : arguments) {
        if (argument == u"SAMPLE"_s)
            argument = m_sample;
        else if (argument == u"MISSING"_s)
            argument = m_dir.filePath(u"missing.jfp"_s);
        else if (argument.startsWith(u"a."_s))
            argument = m_dir.filePath(argument);
    }
    const Result result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY(result.err.startsWith(u"jfp: "_s));
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a.png"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a.pdf"_s)));
}

QTEST_GUILESS_MAIN(tst_ChartCli)
#include "tst_chartcli.moc"
