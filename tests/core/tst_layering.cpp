// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

/**
 * core/ is GUI-free: no Widgets, Gui or Charts header may appear in it. And its folders form
 * layers: no folder includes from a folder that (directly or through others) includes from it.
 */
class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesNoGuiHeaders();
    void detectorCatchesGuiIncludes_data();
    void detectorCatchesGuiIncludes();
    void coreFoldersHaveNoCycles();
    void cycleFinder_data();
    void cycleFinder();

private:
    static QString guiInclude(const QString &source);
    using Graph = QHash<QString, QSet<QString>>;
    /** A cycle as "a -> b -> a", or empty when the graph has none. */
    static QString cycleIn(const Graph &graph);
};

QString tst_Layering::cycleIn(const Graph &graph)
{
    enum class Mark { Unseen, OnPath, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    QString found;
    std::function<bool(const QString &)> visit = [&](const QString &node) {
        marks[node] = Mark::OnPath;
        path << node;
        QStringList next(graph.value(node).cbegin(), graph.value(node).cend());
        next.sort();
        for (const QString &to : std::as_const(next)) {
            const Mark mark = marks.value(to, Mark::Unseen);
            if (mark == Mark::OnPath) {
                found = (path.mid(path.indexOf(to)) << to).join(u" -> "_s);
                return true;
            }
            if (mark == Mark::Unseen && visit(to))
                return true;
        }
        path.removeLast();
        marks[node] = Mark::Done;
        return false;
    };
    QStringList nodes = graph.keys();
    nodes.sort();
    for (const QString &node : std::as_const(nodes)) {
        if (marks.value(node, Mark::Unseen) == Mark::Unseen && visit(node))
            return found;
    }
    return {};
}

void tst_Layering::coreFoldersHaveNoCycles()
{
    const QDir core(QStringLiteral(SOURCE_DIR) + u"/core"_s);
    const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(folders.size() > 5, "the core folders were not found");
    static const QRegularExpression include(uR"(^\s*#\s*include\s*"(\w+)/)"_s,
                                            QRegularExpression::MultilineOption);
    Graph graph;
    QStringList edges;
    for (const QString &folder : folders) {
        QDirIterator it(core.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext()) {
                const QString to = matches.next().captured(1);
                if (to != folder && folders.contains(to) && !graph[folder].contains(to)) {
                    graph[folder].insert(to);
                    edges << u"%1 -> %2 (%3)"_s.arg(folder, to, QFileInfo(file).fileName());
                }
            }
        }
    }
    QVERIFY2(!graph.isEmpty(), "no includes between core folders were found");
    const QString cycle = cycleIn(graph);
    QVERIFY2(cycle.isEmpty(),
             qPrintable(
                 u"core folders include each other in a circle: %1\nfirst includes seen:\n%2"_s.arg(
                     cycle, edges.join(u'\n'))));
}

void tst_Layering::cycleFinder_data()
{
    QTest::addColumn<QStringList>("edges"); // "a>b" means a includes from b
    QTest::addColumn<QString>("cycle");
    QTest::newRow("none") << QStringList{u"a>b"_s, u"b>c"_s, u"a>c"_s} << QString();
    QTest::newRow("two folders") << QStringList{u"a>b"_s, u"b>a"_s} << u"a -> b -> a"_s;
    QTest::newRow("three folders")
        << QStringList{u"a>b"_s, u"b>c"_s, u"c>a"_s, u"a>d"_s} << u"a -> b -> c -> a"_s;
    QTest::newRow("further down") << QStringList{u"a>b"_s, u"b>c"_s, u"c>b"_s} << u"b -> c -> b"_s;
    QTest::newRow("diamond") << QStringList{u"a>b"_s, u"a>c"_s, u"b>d"_s, u"c>d"_s} << QString();
}

void tst_Layering::cycleFinder()
{
    QFETCH(QStringList, edges);
    QFETCH(QString, cycle);
    Graph graph;
    for (const QString &edge : std::as_const(edges)) {
        const QStringList ends = edge.split(u'>');
        graph[ends.at(0)].insert(ends.at(1));
        graph[ends.at(1)];
    }
    QCOMPARE(cycleIn(graph), cycle);
}

QString tst_Layering::guiInclude(const QString &source)
{
    static const QRegularExpression include(uR"(^\s*#\s*include\s*[<"]((?:(Qt\w+)/)?(Q\w+))[>"])"_s,
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression guiModule(
        uR"(^Qt(Widgets|Gui|Charts|PrintSupport|Svg\w*|OpenGL\w*)$)"_s);
    static const QRegularExpression guiClass(
        uR"(^Q(Widget|MainWindow|Dialog|MessageBox|Application|Chart\w*|Abstract(Button|ScrollArea|Slider|SpinBox)|)"
        uR"(Action|Menu\w*|Painter\w*|Pixmap|Image|Icon|Color|Font\w*|Gui\w*|Window|Screen|Label|)"
        uR"(\w*Layout|LineEdit|TextEdit|TreeView|TableView|ListView|\w*Widget|Printer|Svg\w+|PdfWriter|)"
        uR"(Clipboard|\w+Series|ValueAxis|\w*Axis|Brush|Pen|Palette|Cursor)$)"_s);
    Q_ASSERT(include.isValid() && guiModule.isValid() && guiClass.isValid());
    auto it = include.globalMatch(source);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString module = match.captured(2);
        const QString name = match.captured(3);
        if ((!module.isEmpty() && guiModule.match(module).hasMatch())
            || guiModule.match(name).hasMatch() || guiClass.match(name).hasMatch())
            return match.captured(0).trimmed();
    }
    return {};
}

void tst_Layering::coreIncludesNoGuiHeaders()
{
    const QString core = QStringLiteral(SOURCE_DIR) + u"/core"_s;
    QDirIterator it(core, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString found = guiInclude(QString::fromUtf8(file.readAll()));
        if (!found.isEmpty())
            offenders << file.fileName() + u": "_s + found;
    }
    QVERIFY2(files > 10, "the core sources were not found");
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
}

void tst_Layering::detectorCatchesGuiIncludes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("banned");
    QTest::newRow("QWidget") << u"#include <QWidget>"_s << true;
    QTest::newRow("QtWidgets module") << u"#include <QtWidgets>"_s << true;
    QTest::newRow("QMessageBox") << u"#include <QMessageBox>"_s << true;
    QTest::newRow("QApplication") << u"#include <QApplication>"_s << true;
    QTest::newRow("QChartView") << u"#include <QChartView>"_s << true;
    QTest::newRow("QtCharts path") << u"#include <QtCharts/QLineSeries>"_s << true;
    QTest::newRow("QColor") << u"#  include <QColor>"_s << true;
    QTest::newRow("QTreeView") << u"#include <QTreeView>"_s << true;
    QTest::newRow("QString") << u"#include <QString>"_s << false;
    QTest::newRow("QCoreApplication") << u"#include <QCoreApplication>"_s << false;
    QTest::newRow("QSqlDatabase") << u"#include <QSqlDatabase>"_s << false;
    QTest::newRow("QAbstractItemModel") << u"#include <QAbstractItemModel>"_s << false;
    QTest::newRow("own header") << u"#include \"models/plantreemodel.h\""_s << false;
    QTest::newRow("second include") << u"#include <QString>\n#include <QPainter>"_s << true;
    QTest::newRow("QtGui path") << u"#include <QtGui/QStandardItemModel>"_s << true;
}

void tst_Layering::detectorCatchesGuiIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, banned);
    QCOMPARE(!guiInclude(line).isEmpty(), banned);
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
