// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "qpdfjson.h"
#include "reporting/pdfnavigation.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp::PdfNavigation;

Q_DECLARE_METATYPE(QList<Jfp::PdfNavigation::Bookmark>)
Q_DECLARE_METATYPE(QList<Jfp::PdfNavigation::Link>)

/**
 * Bookmarks and links added to QPdfWriter's PDFs as an incremental update: qpdf finds the file
 * sound and reads back the outline and the links; bytes it does not understand are refused and
 * left as they were.
 */
class tst_PdfNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outlineAndLinks_data();
    void outlineAndLinks();
    void secondUpdate();
    void nothingToAdd();
    void refused_data();
    void refused();
    void damagedBytesAreRefusedSafely();

private:
    /** A PDF from QPdfWriter, as the board pack writes it: 600 dpi, no margins. */
    static QByteArray makePdf(int pages, QPageSize::PageSizeId size = QPageSize::A4);
    QString save(const QByteArray &pdf, const QString &name) const;
    /** The outline as "depth|title|page" lines, depth first; pages 0-based. */
    static QStringList describe(const QList<Bookmark> &bookmarks, int depth = 0);
    static QStringList describe(const QList<QpdfJson::OutlineItem> &items);

    QTemporaryDir m_dir;
};

QByteArray tst_PdfNavigation::makePdf(int pages, QPageSize::PageSizeId size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(size));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        writer.setTitle(u"Cheshire & Merseyside – £ ✔ (test)"_s);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(600, 600), u"Page %1"_s.arg(page + 1));
        }
    }
    return buffer.data();
}

QString tst_PdfNavigation::save(const QByteArray &pdf, const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

QStringList tst_PdfNavigation::describe(const QList<Bookmark> &bookmarks, int depth)
{
    QStringList lines;
    for (const Bookmark &b : bookmarks) {
        lines << u"%1|%2|%3"_s.arg(depth).arg(b.title).arg(b.page);
        lines << describe(b.children, depth + 1);
    }
    return lines;
}

QStringList tst_PdfNavigation::describe(const QList<QpdfJson::OutlineItem> &items)
{
    QStringList lines;
    for (const QpdfJson::OutlineItem &item : items)
        lines << u"%1|%2|%3"_s.arg(item.depth).arg(item.title).arg(item.page);
    return lines;
}

void tst_PdfNavigation::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_PdfNavigation::outlineAndLinks_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QList<Bookmark>>("bookmarks");
    QTest::addColumn<QList<Link>>("links");

    QTest::newRow("one bookmark") << 1 << QPageSize::A4 << QList<Bookmark>{{u"Cover"_s, 0, {}}}
                                  << QList<Link>{};
    QTest::newRow("sections and indicators")
        << 6 << QPageSize::A4
        << QList<Bookmark>{{u"Contents"_s, 1, {}},
                           {u"Status dashboard"_s, 2, {}},
                           {u"Indicators"_s,
                            3,
                            {{u"Suicide rate · St Helens"_s, 3, {}},
                             {u"Smoking prevalence · St Helens"_s, 4, {}},
                             {u"Obesity · Halton"_s, 5, {}}}}}
        << QList<Link>{{1, QRectF(68, 80, 459, 15), 2},
                       {1, QRectF(68, 99.5, 459, 15), 3},
                       {1, QRectF(80, 119, 447, 15), 3},
                       {1, QRectF(80, 138.5, 447, 15), 4},
                       {1, QRectF(80, 158, 447, 15), 5}};
    QTest::newRow("non-ASCII titles")
        << 3 << QPageSize::A4
        << QList<Bookmark>{{u"Cheshire & Merseyside – £ ✔"_s, 0, {}},
                           {u"(Brackets) \\ back slash ) and 𝄞 beyond the BMP"_s, 2, {}},
                           {QString(), 1, {}}}
        << QList<Link>{};
    QTest::newRow("nested three deep")
        << 4 << QPageSize::A4
        << QList<Bookmark>{{u"A"_s, 0, {{u"A.1"_s, 1, {{u"A.1.a"_s, 2, {}}}}, {u"A.2"_s, 3, {}}}},
                           {u"B"_s, 3, {}}}
        << QList<Link>{};
    QTest::newRow("links only, on several pages") << 3 << QPageSize::A4 << QList<Bookmark>{}
                                                  << QList<Link>{{0, QRectF(0, 0, 595, 842), 2},
                                                                 {2, QRectF(10, 20, 100, 30), 0},
                                                                 {2, QRectF(10, 60, 100, 30), 1}};
    // The y conversion uses the page's own height: 792 points on US Letter.
    QTest::newRow("letter") << 2 << QPageSize::Letter << QList<Bookmark>{{u"Second"_s, 1, {}}}
                            << QList<Link>{{0, QRectF(72, 72, 200, 20), 1}};
}

void tst_PdfNavigation::outlineAndLinks()
{
    QFETCH(int, pages);
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QList<Bookmark>, bookmarks);
    QFETCH(QList<Link>, links);
    if (QpdfJson::executable().isEmpty())
        QSKIP("qpdf (the Debian package qpdf, installed by test.sh) is needed to read the PDF");
    const QByteArray original = makePdf(pages, size);
    QByteArray pdf = original;
    QString error;
    QVERIFY2(addNavigation(pdf, bookmarks, links, &error), qPrintable(error));
    // An incremental update: the bytes QPdfWriter wrote stay as they were.
    QVERIFY(pdf.startsWith(original));
    QVERIFY(pdf.size() > original.size());
    const QByteArray update = pdf.mid(original.size());
    QCOMPARE(update.contains("/PageMode /UseOutlines"), !bookmarks.isEmpty());
    // Every cross-reference entry is 20 bytes and points at the object it names.
    const qsizetype xref = update.lastIndexOf("\nxref\n");
    QVERIFY(xref > 0);
    const QList<QByteArray> lines
        = update.mid(xref + 6, update.indexOf("trailer") - xref - 6).split('\n');
    qint64 number = 0;
    int entries = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r')) { // a subsection: first number and count
            number = line.split(' ').value(0).toLongLong();
            continue;
        }
        QCOMPARE(line.size() + 1, 20);
        const qint64 offset = line.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(number) + " 0 obj\n")),
                 line.constData());
        ++number;
        ++entries;
    }
    QVERIFY(entries > 0);

    const QString path = save(pdf, QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString problems = QpdfJson::checkProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QJsonObject json = QpdfJson::json(path);
    QVERIFY(!json.isEmpty());
    QCOMPARE(describe(QpdfJson::outlines(json)), describe(bookmarks));
    const double height = QPageSize(size).sizePoints().height();
    for (int page = 0; page < pages; ++page) {
        QList<QpdfJson::LinkAnnotation> expected;
        for (const Link &link : std::as_const(links)) {
            if (link.page == page) {
                expected.append({QRectF(QPointF(link.rect.left(), height - link.rect.bottom()),
                                        QPointF(link.rect.right(), height - link.rect.top())),
                                 link.targetPage,
                                 true});
            }
        }
        const QList<QpdfJson::LinkAnnotation> found = QpdfJson::links(json, page);
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < found.size(); ++i) {
            QCOMPARE(found[i].targetPage, expected[i].targetPage);
            QCOMPARE(found[i].rect, expected[i].rect);
            QVERIFY(found[i].borderless);
        }
    }
}

void tst_PdfNavigation::secondUpdate()
{
    // A file that already has an update (and so a /Prev chain) takes another.
    if (QpdfJson::executable().isEmpty())
        QSKIP("qpdf (the Debian package qpdf, installed by test.sh) is needed to read the PDF");
    QByteArray pdf = makePdf(3);
    QString error;
    QVERIFY2(addNavigation(pdf, {{u"First"_s, 0, {}}}, {{0, QRectF(10, 10, 50, 20), 1}}, &error),
             qPrintable(error));
    QVERIFY2(addNavigation(pdf,
                           {{u"Second"_s, 1, {}}, {u"Third"_s, 2, {}}},
                           {{0, QRectF(10, 40, 50, 20), 2}},
                           &error),
             qPrintable(error));
    const QString path = save(pdf, u"twice.pdf"_s);
    const QString problems = QpdfJson::checkProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QJsonObject json = QpdfJson::json(path);
    QCOMPARE(describe(QpdfJson::outlines(json)), QStringList({u"0|Second|1"_s, u"0|Third|2"_s}));
    // The catalog keeps its entries and has each key once; the trailer keeps the document info.
    const QJsonObject objects = json.value(u"qpdf"_s).toArray().at(1).toObject();
    const QJsonObject trailer = objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject();
    QCOMPARE(trailer.value(u"/Info"_s).toString(), u"1 0 R"_s);
    const QJsonObject catalog = objects.value(u"obj:"_s + trailer.value(u"/Root"_s).toString())
                                    .toObject()
                                    .value(u"value"_s)
                                    .toObject();
    QCOMPARE(catalog.keys(),
             QStringList({u"/Outlines"_s, u"/PageMode"_s, u"/Pages"_s, u"/Type"_s}));
    QCOMPARE(catalog.value(u"/Type"_s).toString(), u"/Catalog"_s);
    QCOMPARE(catalog.value(u"/PageMode"_s).toString(), u"/UseOutlines"_s);
    QCOMPARE(pdf.count("/PageMode"), 2);
    const QList<QpdfJson::LinkAnnotation> found = QpdfJson::links(json, 0);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].targetPage, 1);
    QCOMPARE(found[1].targetPage, 2);
}

void tst_PdfNavigation::nothingToAdd()
{
    const QByteArray original = makePdf(2);
    QByteArray pdf = original;
    QString error;
    QVERIFY2(addNavigation(pdf, {}, {}, &error), qPrintable(error));
    QCOMPARE(pdf, original);
}

void tst_PdfNavigation::refused_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QList<Bookmark>>("bookmarks");
    QTest::addColumn<QList<Link>>("links");
    QTest::addColumn<QString>("reason");

    const QByteArray pdf = makePdf(3);
    const QList<Bookmark> bookmark{{u"Contents"_s, 1, {}}};
    const QList<Link> link{{1, QRectF(10, 10, 100, 20), 2}};
    const auto replaced = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray changed = pdf;
        const qsizetype at = changed.lastIndexOf(from);
        return at < 0 ? QByteArray() : changed.replace(at, from.size(), to);
    };
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    const QByteArray xrefOffset = pdf.mid(startxref + 10).split('\n').value(0).trimmed();
    // The first page's /Annots.
    const QByteArray annots = pdf.mid(pdf.indexOf("/Annots"), 16).split('\n').value(0);

    QTest::newRow("empty") << QByteArray() << bookmark << link << u"%PDF-"_s;
    QTest::newRow("not a PDF") << QByteArray("hello, world\n") << bookmark << link << u"%PDF-"_s;
    QTest::newRow("first half") << pdf.left(pdf.size() / 2) << bookmark << link << u"startxref"_s;
    QTest::newRow("cut in its last line")
        << pdf.left(pdf.size() - 3) << bookmark << link << u"%%EOF"_s;
    QTest::newRow("no trailer") << replaced("trailer", "trailex") << bookmark << link
                                << u"cross-reference table"_s;
    QTest::newRow("xref offset wrong")
        << replaced("startxref\n" + xrefOffset, "startxref\n" + QByteArray::number(17)) << bookmark
        << link << u"no cross-reference table"_s;
    QTest::newRow("xref offset past the end")
        << replaced("startxref\n" + xrefOffset, "startxref\n9" + xrefOffset) << bookmark << link
        << u"past its end"_s;
    QTest::newRow("xref count too large")
        << replaced("xref\n0 ", "xref\n0 9999") << bookmark << link << u"cut short"_s;
    QTest::newRow("xref entry broken") << replaced("0000000000 65535 f", "0000000000 65535 x")
                                       << bookmark << link << u"20 bytes"_s;
    QTest::newRow("no /Root") << replaced("/Root", "/Rote") << bookmark << link << u"/Root"_s;
    QTest::newRow("no /Kids") << replaced("/Kids", "/Kidz") << bookmark << link << u"/Kids"_s;
    QTest::newRow("page without /Annots")
        << replaced(annots, QByteArray(annots.size(), ' ')) << QList<Bookmark>{}
        << QList<Link>{{0, QRectF(10, 10, 100, 20), 2}} << u"/Annots"_s;
    QTest::newRow("bookmark page out of range")
        << pdf << QList<Bookmark>{{u"Contents"_s, 3, {}}} << QList<Link>{} << u"page 4 of 3"_s;
    QTest::newRow("child bookmark page negative")
        << pdf << QList<Bookmark>{{u"Indicators"_s, 1, {{u"Child"_s, -1, {}}}}} << QList<Link>{}
        << u"page 0 of 3"_s;
    QTest::newRow("link page out of range")
        << pdf << bookmark << QList<Link>{{3, QRectF(10, 10, 100, 20), 0}} << u"page 4"_s;
    QTest::newRow("link target out of range")
        << pdf << bookmark << QList<Link>{{0, QRectF(10, 10, 100, 20), 7}} << u"page 8"_s;
    QTest::newRow("link rectangle not finite")
        << pdf << bookmark << QList<Link>{{0, QRectF(10, qInf(), 100, 20), 1}} << u"finite"_s;
    Bookmark deep{u"Deep"_s, 0, {}};
    for (int i = 0; i < 40; ++i)
        deep = Bookmark{u"Deep"_s, 0, {deep}};
    QTest::newRow("bookmarks too deep")
        << pdf << QList<Bookmark>{deep} << QList<Link>{} << u"too deeply"_s;
}

void tst_PdfNavigation::refused()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QList<Bookmark>, bookmarks);
    QFETCH(QList<Link>, links);
    QFETCH(QString, reason);
    QVERIFY(pdf.isEmpty() || pdf.startsWith("%PDF") || pdf.startsWith("hello"));
    const QByteArray before = pdf;
    QString error;
    QVERIFY(!addNavigation(pdf, bookmarks, links, &error));
    QCOMPARE(pdf, before);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_PdfNavigation::damagedBytesAreRefusedSafely()
{
    // Every cut, and bytes overwritten all through the tail (the objects, cross-reference
    // table and trailer it reads): refused or understood, never a crash or a hang, and when
    // refused the bytes are as they were.
    const QByteArray original = makePdf(2);
    const QList<Bookmark> bookmarks{{u"One"_s, 0, {{u"Two"_s, 1, {}}}}};
    const QList<Link> links{{0, QRectF(10, 10, 100, 20), 1}, {1, QRectF(10, 10, 100, 20), 0}};
    int refusedCount = 0;
    const auto attempt = [&](const QByteArray &damaged) {
        QByteArray pdf = damaged;
        QString error;
        if (addNavigation(pdf, bookmarks, links, &error))
            return pdf.startsWith(damaged);
        ++refusedCount;
        return pdf == damaged && !error.isEmpty();
    };
    for (qsizetype size = 0; size < original.size(); size += 7)
        QVERIFY2(attempt(original.left(size)), qPrintable(u"cut at %1"_s.arg(size)));
    const qsizetype tail = std::max<qsizetype>(0, original.size() - 3000);
    for (qsizetype at = tail; at < original.size(); ++at) {
        for (const char c : {'\0', '0', '9', ' ', '<', '>', '(', '[', '/', 'R', '%'}) {
            QByteArray damaged = original;
            damaged[at] = c;
            QVERIFY2(attempt(damaged), qPrintable(u"byte %1 set to %2"_s.arg(at).arg(int(c))));
        }
    }
    QVERIFY(refusedCount > 0);
}

QTEST_MAIN(tst_PdfNavigation)
#include "tst_pdfnavigation.moc"
