// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "mainwindow/helpactions.h"
#include "mainwindow/reportactions.h"
#include "uitest.h"
#include "views/detailspane.h"
#include "views/plannavigator.h"

#include <QDialog>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** Help > User Guide (F1), Help > Keyboard Shortcuts and File > Print Chart, on a real window. */
class tst_HelpActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void f1OpensTheUserGuide();
    void shortcutsComeFromTheActions_data();
    void shortcutsComeFromTheActions();
    void printsTheChartShown();
    void printsAndExportsTheDashboard();
};

void tst_HelpActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HelpActions::f1OpensTheUserGuide()
{
    UiTest::Window w;
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    QDialog *guide = nullptr;
    QVERIFY(QTest::qWaitFor([&w, &guide] {
        for (auto *d : w->findChildren<QDialog *>()) {
            if (d->isVisible() && d->windowTitle() == u"JFP Planner User Guide"_s)
                guide = d;
        }
        return guide != nullptr;
    }));
    auto *browser = guide->findChild<QTextBrowser *>();
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(u"Where your plan lives"_s));
    QVERIFY(text.contains(u"Charts and board packs"_s));
    QVERIFY2(text.contains(u"Keyboard"_s), qPrintable(text.left(300) + u" … "_s + text.right(300)));
    QVERIFY(!text.contains(u"Building by hand"_s)); // the developers' part stays out
    QVERIFY(!text.contains(u"## "_s));              // Markdown shown as headings, not as text
    // The screenshots are in the guide, each found in the program's resources and no wider
    // than the page.
    QStringList pictures;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            pictures << image.name();
            const QVariant bytes
                = browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            QVERIFY2(!QImage::fromData(bytes.toByteArray()).isNull(), qPrintable(image.name()));
            QVERIFY2(image.width() <= 760, qPrintable(image.name()));
        }
    }
    QCOMPARE(pictures,
             QStringList({u"resources/screenshots/main-window.png"_s,
                          u"resources/screenshots/indicators-dashboard.png"_s,
                          u"resources/screenshots/board-pack-dashboard.png"_s}));
    guide->close();
}

void tst_HelpActions::shortcutsComeFromTheActions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("keys");
    QTest::newRow("undo") << u"Undo"_s << u"Edit"_s
                          << QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    QTest::newRow("export chart") << u"Export Chart"_s << u"Charts"_s << u"Ctrl+E"_s;
    QTest::newRow("print chart") << u"Print Chart"_s << u"File"_s << u"Ctrl+P"_s;
    QTest::newRow("user guide") << u"User Guide"_s << u"Help"_s << u"F1"_s;
    QTest::newRow("copy in a table") << u"Copy"_s << u"In Indicators"_s << u"Ctrl+C"_s;
}

void tst_HelpActions::shortcutsComeFromTheActions()
{
    QFETCH(QString, command);
    QFETCH(QString, where);
    QFETCH(QString, keys);
    UiTest::Window w;
    const QList<QStringList> rows = HelpActions::shortcuts(w.window.get());
    bool found = false;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 3);
        QVERIFY2(!row.at(2).isEmpty(), qPrintable(row.join(u" | "_s)));
        if (row.at(0).startsWith(command) && row.at(1).startsWith(where)
            && row.at(2).contains(keys))
            found = true;
    }
    QStringList all;
    for (const QStringList &row : rows)
        all << row.join(u" | "_s);
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void tst_HelpActions::printsTheChartShown()
{
    UiTest::Window w;
    const Indicator *suicide = UiTest::byName(w->plan().indicators, u"Suicide rate"_s);
    QVERIFY(suicide);
    const Area *stHelens = UiTest::byName(w->plan().areas, u"St Helens"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    QVERIFY(w->details()->selectIndicator(suicide->id));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageOrientation(QPageLayout::Landscape);
    QVERIFY(w->reports()->printChartOn(&printer));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.size() > 10000, qPrintable(QString::number(bytes.size())));
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), 1); // one page
}

namespace {

/** The text of a PDF's pages, read with pdftotext (a page per form feed). */
QStringList pdfPages(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!pdftotext.waitForFinished(60000))
        return {};
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

void tst_HelpActions::printsAndExportsTheDashboard()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the pages");
    UiTest::Window w;
    const Area *stHelens = UiTest::byName(w->plan().areas, u"St Helens"_s);
    QVERIFY(w->navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    // Both are in the menus, enabled with a plan open.
    QStringList texts;
    for (QAction *menu : w->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->isEnabled())
                texts << QString(menu->text()).remove(u'&') + u" > "_s + a->text();
        }
    }
    QVERIFY2(texts.contains(u"File > Print &Dashboard…"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"Charts > Export &Dashboard…"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"File > Print &Board Pack…"_s), qPrintable(texts.join(u", "_s)));

    // Exported: the dashboard alone, its 22 indicators on two pages, each with its footer.
    QTemporaryDir dir;
    const QString exported = dir.filePath(u"dashboard.pdf"_s);
    QString error;
    BoardPackResult result;
    QVERIFY2(w->reports()->exportDashboardTo(exported, &result, &error), qPrintable(error));
    QCOMPARE(result.pages, 2);
    QCOMPARE(result.frontMatterPages, 0);
    QStringList pages = pdfPages(exported);
    QCOMPARE(pages.size(), 2);
    QVERIFY2(pages[0].trimmed().startsWith(u"Status dashboard"_s), qPrintable(pages[0].left(200)));
    QVERIFY(!pages[0].contains(u"Contents"_s));
    QVERIFY(pages[0].contains(u"Page 1 of 2"_s));
    QVERIFY(!pages[0].contains(u"page 0"_s)); // no page to refer to without the charts
    QVERIFY(pages[0].contains(u"St Helens · no values yet"_s));
    QVERIFY(pages[1].contains(u"Status dashboard (continued)"_s));
    QVERIFY(pages[1].contains(u"Diabetes: QOF prevalence"_s));

    // Printed: the same pages on a printer (here one printing to a PDF file).
    const QString printed = dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QVERIFY2(
        BoardPack::paint(w->plan(), w->reports()->dashboardRequest(), printer, nullptr, &error),
        qPrintable(error));
    pages = pdfPages(printed);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages[0].trimmed().startsWith(u"Status dashboard"_s));
    QVERIFY(pages[0].contains(u"Emergency Admissions for"_s));

    // Print Board Pack prints the pack with the sections last chosen in its dialog.
    QSettings().setValue(u"boardPack/sections"_s, u"milestones,dashboard"_s);
    const BoardPackRequest last = w->reports()->lastBoardPackRequest();
    QCOMPARE(last.sections,
             QList<BoardPackRequest::Section>(
                 {BoardPackRequest::Section::Milestones, BoardPackRequest::Section::Dashboard}));
    QCOMPARE(last.areaId, stHelens->id);
    const QString pack = dir.filePath(u"pack.pdf"_s);
    QPrinter packPrinter(QPrinter::HighResolution);
    packPrinter.setOutputFormat(QPrinter::PdfFormat);
    packPrinter.setOutputFileName(pack);
    packPrinter.setPageSize(QPageSize(QPageSize::A4));
    packPrinter.setFullPage(true);
    BoardPackResult packResult;
    QVERIFY2(BoardPack::paint(w->plan(), last, packPrinter, &packResult, &error),
             qPrintable(error));
    pages = pdfPages(pack);
    QCOMPARE(pages.size(), packResult.pages);
    QVERIFY(pages[1].contains(u"Contents"_s));
    QVERIFY(pages[2].trimmed().startsWith(u"Milestones"_s));
}

QTEST_MAIN(tst_HelpActions)
#include "tst_helpactions.moc"
