// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

/** core/ is GUI-free: no Widgets, Gui or Charts header may appear in it. */
class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesNoGuiHeaders();
    void detectorCatchesGuiIncludes_data();
    void detectorCatchesGuiIncludes();

private:
    static QString guiInclude(const QString &source);
};

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
