// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "pdfnavigation.h"

#include "coretr.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>
#include <optional>

namespace Jfp::PdfNavigation {

namespace {

constexpr int maxDepth = 32;             // nesting of PDF values and of bookmarks
constexpr int maxSections = 64;          // cross-reference sections followed through /Prev
constexpr qint64 maxObjects = 8388607;   // the most indirect objects a PDF may have (Annex C)
constexpr qint64 maxOffset = 9999999999; // the most an xref entry's ten digits hold

struct Ref
{
    qint64 number = 0;
    qint64 generation = 0;
    QByteArray text() const
    {
        return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
    }
};

/** A dictionary's entries in order: the key without its slash, the value's text as written. */
struct Entry
{
    QByteArray key;
    QByteArray value;
};
using Dictionary = QList<Entry>;

bool isSpace(char c)
{
    return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

bool isDelimiter(char c)
{
    switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
        return true;
    default:
        return false;
    }
}

bool isRegular(char c)
{
    return !isSpace(c) && !isDelimiter(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** Reads PDF tokens from `data`, never past its end; every step either advances or fails. */
class Lexer
{
public:
    explicit Lexer(QByteArrayView data, qsizetype pos = 0)
        : m_data(data)
        , m_pos(pos)
    {}

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos < 0 || m_pos >= m_data.size(); }
    char peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at >= 0 && at < m_data.size() ? m_data[at] : '\0';
    }
    bool startsWith(QByteArrayView text) const
    {
        return !atEnd() && m_data.sliced(m_pos).startsWith(text);
    }

    /** Skips white space and, unless told not to, comments. */
    void skipSpace(bool comments = true)
    {
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (isSpace(c)) {
                ++m_pos;
            } else if (comments && c == '%') {
                while (!atEnd() && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    /** A keyword ("obj", "xref", "R"…) standing alone. */
    bool keyword(QByteArrayView word)
    {
        if (!startsWith(word) || isRegular(peek(word.size())))
            return false;
        m_pos += word.size();
        return true;
    }

    /** An unsigned integer of at most 18 digits. */
    std::optional<qint64> integer()
    {
        qint64 value = 0;
        int digits = 0;
        while (!atEnd() && isDigit(m_data[m_pos])) {
            if (++digits > 18)
                return std::nullopt;
            value = value * 10 + (m_data[m_pos] - '0');
            ++m_pos;
        }
        if (digits == 0 || isRegular(peek()))
            return std::nullopt;
        return value;
    }

    /** Steps over one value: a dictionary, array, string, name, number, reference or keyword. */
    bool skipValue(int depth = 0)
    {
        if (depth > maxDepth)
            return false;
        skipSpace();
        if (atEnd())
            return false;
        const char c = m_data[m_pos];
        if (c == '<' && peek(1) == '<') {
            m_pos += 2;
            for (;;) {
                skipSpace();
                if (atEnd())
                    return false;
                if (startsWith(">>")) {
                    m_pos += 2;
                    return true;
                }
                if (!skipValue(depth + 1) || !skipValue(depth + 1))
                    return false;
            }
        }
        if (c == '[') {
            ++m_pos;
            for (;;) {
                skipSpace();
                if (atEnd())
                    return false;
                if (m_data[m_pos] == ']') {
                    ++m_pos;
                    return true;
                }
                if (!skipValue(depth + 1))
                    return false;
            }
        }
        if (c == '(') {
            ++m_pos;
            int open = 1;
            while (!atEnd()) {
                const char s = m_data[m_pos++];
                if (s == '\\')
                    ++m_pos; // the escaped character, whatever it is
                else if (s == '(')
                    ++open;
                else if (s == ')' && --open == 0)
                    return true;
            }
            return false;
        }
        if (c == '<') {
            ++m_pos;
            while (!atEnd()) {
                const char h = m_data[m_pos++];
                if (h == '>')
                    return true;
                if (!isHexDigit(h) && !isSpace(h))
                    return false;
            }
            return false;
        }
        if (c == '/') {
            ++m_pos;
            while (!atEnd() && isRegular(m_data[m_pos]))
                ++m_pos;
            return true;
        }
        if (!isRegular(c))
            return false; // a stray ")", ">", "]", "{" or "}"
        const bool number = isDigit(c);
        while (!atEnd() && isRegular(m_data[m_pos]))
            ++m_pos;
        if (number) {
            // "12 0 R" is one value, a reference.
            const qsizetype after = m_pos;
            skipSpace();
            if (integer()) {
                skipSpace();
                if (keyword("R"))
                    return true;
            }
            m_pos = after;
        }
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

std::optional<Dictionary> parseDictionary(QByteArrayView text)
{
    Lexer lexer(text);
    lexer.skipSpace();
    if (!lexer.startsWith("<<"))
        return std::nullopt;
    lexer.setPos(lexer.pos() + 2);
    Dictionary dictionary;
    for (;;) {
        lexer.skipSpace();
        if (lexer.atEnd())
            return std::nullopt;
        if (lexer.startsWith(">>"))
            return dictionary;
        if (lexer.peek() != '/')
            return std::nullopt;
        const qsizetype keyStart = lexer.pos() + 1;
        if (!lexer.skipValue())
            return std::nullopt;
        const QByteArray key = text.sliced(keyStart, lexer.pos() - keyStart).toByteArray();
        lexer.skipSpace();
        const qsizetype valueStart = lexer.pos();
        if (!lexer.skipValue())
            return std::nullopt;
        dictionary.append({key, text.sliced(valueStart, lexer.pos() - valueStart).toByteArray()});
    }
}

std::optional<QList<QByteArray>> parseArray(QByteArrayView text)
{
    Lexer lexer(text);
    lexer.skipSpace();
    if (lexer.peek() != '[')
        return std::nullopt;
    lexer.setPos(lexer.pos() + 1);
    QList<QByteArray> items;
    for (;;) {
        lexer.skipSpace();
        if (lexer.atEnd())
            return std::nullopt;
        if (lexer.peek() == ']')
            return items;
        const qsizetype start = lexer.pos();
        if (!lexer.skipValue())
            return std::nullopt;
        items.append(text.sliced(start, lexer.pos() - start).toByteArray());
    }
}

std::optional<QByteArray> value(const Dictionary &dictionary, QByteArrayView key)
{
    for (const Entry &entry : dictionary) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    Lexer lexer(text);
    lexer.skipSpace();
    const auto number = lexer.integer();
    lexer.skipSpace();
    return lexer.atEnd() ? number : std::nullopt;
}

std::optional<double> parseNumber(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return std::nullopt;
    for (const char c : trimmed) {
        if (!isDigit(c) && c != '.' && c != '-' && c != '+')
            return std::nullopt; // no exponents, "inf" or "nan": PDF numbers have none
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

std::optional<Ref> parseRef(QByteArrayView text)
{
    Lexer lexer(text);
    lexer.skipSpace();
    const auto number = lexer.integer();
    lexer.skipSpace();
    const auto generation = lexer.integer();
    lexer.skipSpace();
    if (!number || !generation || !lexer.keyword("R") || *number <= 0 || *number > maxObjects
        || *generation > 65535)
        return std::nullopt;
    lexer.skipSpace();
    return lexer.atEnd() ? std::optional<Ref>(Ref{*number, *generation}) : std::nullopt;
}

/** A name value ("/Page") without its slash, or nothing when it is not a name. */
QByteArray name(const std::optional<QByteArray> &text)
{
    if (!text)
        return {};
    const QByteArray trimmed = text->trimmed();
    return trimmed.startsWith('/') ? trimmed.mid(1) : QByteArray();
}

QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

/** A text string as UTF-16BE with a byte order mark, in hex: any character, no escaping. */
QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex + '>';
}

struct Page
{
    Ref ref;
    Dictionary dictionary;
    // The MediaBox's left and top edges in PDF space (y grows upwards).
    double left = 0;
    double top = 0;
};

/** The objects of a PDF with classic cross-reference tables, as far as the navigation needs. */
class Document
{
public:
    explicit Document(const QByteArray &pdf)
        : m_pdf(pdf)
    {}

    QString error;
    qint64 xrefOffset = 0;
    qint64 size = 0;
    Dictionary trailer;
    Ref root;
    Dictionary catalog;
    QList<Page> pages;

    bool load()
    {
        if (!m_pdf.startsWith("%PDF-"))
            return fail(Tr::tr("it does not start with %PDF-"));
        if (!readCrossReferences())
            return false;
        const auto sizeValue = value(trailer, "Size");
        const auto parsedSize = sizeValue ? parseInteger(*sizeValue) : std::nullopt;
        if (!parsedSize || *parsedSize <= 0 || *parsedSize > maxObjects)
            return fail(Tr::tr("its trailer has no valid /Size"));
        size = *parsedSize;
        const auto rootValue = value(trailer, "Root");
        const auto rootRef = rootValue ? parseRef(*rootValue) : std::nullopt;
        if (!rootRef)
            return fail(Tr::tr("its trailer has no /Root"));
        root = *rootRef;
        const auto catalogDictionary = dictionaryObject(root);
        if (!catalogDictionary)
            return false;
        catalog = *catalogDictionary;
        const auto pagesValue = value(catalog, "Pages");
        const auto pagesRef = pagesValue ? parseRef(*pagesValue) : std::nullopt;
        if (!pagesRef)
            return fail(Tr::tr("its catalog has no /Pages"));
        const auto tree = dictionaryObject(*pagesRef);
        if (!tree)
            return false;
        const auto kidsValue = value(*tree, "Kids");
        const auto kids = kidsValue ? parseArray(*kidsValue) : std::nullopt;
        if (!kids)
            return fail(Tr::tr("its page tree has no /Kids"));
        const auto inherited = value(*tree, "MediaBox");
        for (const QByteArray &kid : *kids) {
            const auto ref = parseRef(kid);
            if (!ref)
                return fail(Tr::tr("its page tree's /Kids holds something other than a reference"));
            const auto dictionary = dictionaryObject(*ref);
            if (!dictionary)
                return false;
            if (name(value(*dictionary, "Type")) != "Page")
                return fail(Tr::tr("its page tree is nested (object %1)").arg(ref->number));
            auto boxValue = value(*dictionary, "MediaBox");
            if (!boxValue)
                boxValue = inherited;
            const auto box = boxValue ? parseArray(*boxValue) : std::nullopt;
            std::optional<double> corners[4];
            if (box && box->size() == 4) {
                for (int i = 0; i < 4; ++i)
                    corners[i] = parseNumber(box->at(i));
            }
            if (!corners[0] || !corners[1] || !corners[2] || !corners[3]
                || *corners[2] <= *corners[0] || *corners[3] <= *corners[1])
                return fail(Tr::tr("page %1 has no valid /MediaBox").arg(pages.size() + 1));
            pages.append({*ref, *dictionary, *corners[0], *corners[3]});
        }
        if (pages.isEmpty())
            return fail(Tr::tr("it has no pages"));
        return true;
    }

    /** The text of an indirect object's value. */
    std::optional<QByteArray> object(const Ref &ref)
    {
        const qint64 offset = m_offsets.value(ref.number, -1);
        if (offset < 0) {
            fail(Tr::tr("object %1 is not in the cross-reference table").arg(ref.number));
            return std::nullopt;
        }
        Lexer lexer(m_pdf, qsizetype(offset));
        const auto number = lexer.integer();
        lexer.skipSpace();
        const auto generation = lexer.integer();
        lexer.skipSpace();
        if (number != ref.number || generation != ref.generation || !lexer.keyword("obj")) {
            fail(Tr::tr("object %1 is not where the cross-reference table says").arg(ref.number));
            return std::nullopt;
        }
        lexer.skipSpace();
        const qsizetype start = lexer.pos();
        if (!lexer.skipValue()) {
            fail(Tr::tr("object %1 cannot be read").arg(ref.number));
            return std::nullopt;
        }
        return m_pdf.sliced(start, lexer.pos() - start);
    }

    std::optional<Dictionary> dictionaryObject(const Ref &ref)
    {
        const auto text = object(ref);
        if (!text)
            return std::nullopt;
        auto dictionary = parseDictionary(*text);
        if (!dictionary)
            fail(Tr::tr("object %1 is not a dictionary").arg(ref.number));
        return dictionary;
    }

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    /** The newest cross-reference section and trailer, then older ones through /Prev. */
    bool readCrossReferences()
    {
        const qsizetype at = m_pdf.lastIndexOf("startxref");
        if (at < 0 || at < m_pdf.size() - 1024)
            return fail(Tr::tr("it has no startxref at its end (is it cut short?)"));
        Lexer lexer(m_pdf, at + 9);
        lexer.skipSpace(false);
        const auto offset = lexer.integer();
        lexer.skipSpace(false);
        if (!offset || !lexer.startsWith("%%EOF"))
            return fail(Tr::tr("it does not end with startxref, an offset and %%EOF"));
        xrefOffset = *offset;
        QSet<qint64> seen;
        std::optional<qint64> next = xrefOffset;
        for (int section = 0; next; ++section) {
            if (section >= maxSections || seen.contains(*next))
                return fail(Tr::tr("its cross-reference sections loop or are too many"));
            seen.insert(*next);
            Dictionary sectionTrailer;
            if (!readSection(*next, &sectionTrailer))
                return false;
            if (section == 0)
                trailer = sectionTrailer;
            next.reset();
            if (const auto prev = value(sectionTrailer, "Prev")) {
                next = parseInteger(*prev);
                if (!next)
                    return fail(Tr::tr("its trailer has an invalid /Prev"));
            }
        }
        return true;
    }

    bool readSection(qint64 offset, Dictionary *sectionTrailer)
    {
        if (offset >= m_pdf.size())
            return fail(Tr::tr("its cross-reference offset is past its end"));
        Lexer lexer(m_pdf, qsizetype(offset));
        if (!lexer.keyword("xref"))
            return fail(Tr::tr("it has no cross-reference table where startxref says (a "
                               "cross-reference stream is not supported)"));
        for (;;) {
            lexer.skipSpace(false);
            if (lexer.keyword("trailer"))
                break;
            const auto first = lexer.integer();
            lexer.skipSpace(false);
            const auto count = lexer.integer();
            if (!first || !count || *first > maxObjects || *count > maxObjects - *first)
                return fail(Tr::tr("its cross-reference table cannot be read"));
            lexer.skipSpace(false);
            if (lexer.pos() + 20 * *count > m_pdf.size())
                return fail(Tr::tr("its cross-reference table is cut short"));
            for (qint64 i = 0; i < *count; ++i) {
                const QByteArrayView line(m_pdf.constData() + lexer.pos(), 20);
                lexer.setPos(lexer.pos() + 20);
                bool ok = true;
                for (int c = 0; c < 20; ++c) {
                    const char ch = line[c];
                    if (c < 10 || (c > 10 && c < 16))
                        ok = ok && isDigit(ch);
                    else if (c == 10 || c == 16)
                        ok = ok && ch == ' ';
                    else if (c == 17)
                        ok = ok && (ch == 'n' || ch == 'f');
                    else
                        ok = ok && isSpace(ch);
                }
                if (!ok)
                    return fail(Tr::tr("its cross-reference table has an entry that is not 20 "
                                       "bytes"));
                const qint64 number = *first + i;
                if (m_offsets.contains(number))
                    continue; // a newer section redefined it
                const qint64 entryOffset = line.first(10).toByteArray().toLongLong();
                m_offsets.insert(number, line[17] == 'n' ? entryOffset : -1);
            }
        }
        lexer.skipSpace();
        const qsizetype start = lexer.pos();
        if (!lexer.skipValue())
            return fail(Tr::tr("its trailer cannot be read"));
        const auto dictionary = parseDictionary(m_pdf.sliced(start, lexer.pos() - start));
        if (!dictionary)
            return fail(Tr::tr("its trailer is not a dictionary"));
        *sectionTrailer = *dictionary;
        return true;
    }

    const QByteArray &m_pdf;
    QHash<qint64, qint64> m_offsets; // object number → offset, -1 when free
};

/** Writes the incremental update: objects as they come, then the cross-reference section. */
class Update
{
public:
    Update(qint64 base, qint64 firstNew)
        : m_base(base)
        , m_next(firstNew)
    {}

    qint64 allocate() { return m_next++; }
    qint64 next() const { return m_next; }

    void write(const Ref &ref, const QByteArray &value)
    {
        m_offsets.insert(ref.number, {m_base + m_bytes.size(), ref.generation});
        m_bytes += QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation)
                   + " obj\n" + value + "\nendobj\n";
    }

    /** The update's bytes, ending with its cross-reference section, trailer and %%EOF. */
    std::optional<QByteArray> finish(const Dictionary &oldTrailer, qint64 prev)
    {
        const qint64 xref = m_base + m_bytes.size();
        if (xref > maxOffset || m_next > maxObjects)
            return std::nullopt;
        QByteArray out = m_bytes + "xref\n";
        for (auto it = m_offsets.cbegin(); it != m_offsets.cend();) {
            auto end = it;
            qint64 count = 0;
            while (end != m_offsets.cend() && end.key() == it.key() + count) {
                ++end;
                ++count;
            }
            out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
            for (; it != end; ++it) {
                out += QByteArray::number(it.value().first).rightJustified(10, '0') + ' '
                       + QByteArray::number(it.value().second).rightJustified(5, '0') + " n\r\n";
            }
        }
        out += "trailer\n<<\n";
        for (const Entry &entry : oldTrailer) {
            if (entry.key != "Size" && entry.key != "Prev" && entry.key != "XRefStm")
                out += '/' + entry.key + ' ' + entry.value + '\n';
        }
        out += "/Size " + QByteArray::number(m_next) + "\n/Prev " + QByteArray::number(prev)
               + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

private:
    qint64 m_base;
    qint64 m_next;
    QByteArray m_bytes;
    QMap<qint64, QPair<qint64, qint64>> m_offsets; // object → offset and generation
};

QByteArray destination(const Page &page)
{
    // The page's top left corner, at the zoom the reader has.
    return '[' + page.ref.text() + " /XYZ " + number(page.left) + ' ' + number(page.top) + " null]";
}

struct OutlineNode
{
    const Bookmark *bookmark = nullptr;
    qint64 number = 0;
    qint64 parent = 0;
    qint64 prev = 0;
    qint64 next = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 visible = 0; // open descendants
};

/**
 * Numbers the bookmarks depth first into `nodes`; returns the indices of `list`'s items, or
 * nothing when a page is out of range or the nesting too deep.
 */
std::optional<QList<qsizetype>> numberOutline(const QList<Bookmark> &list,
                                              qint64 parent,
                                              int depth,
                                              qsizetype pageCount,
                                              Update &update,
                                              QList<OutlineNode> &nodes,
                                              QString *why)
{
    if (depth > maxDepth) {
        *why = Tr::tr("the bookmarks are nested too deeply");
        return std::nullopt;
    }
    QList<qsizetype> indices;
    for (const Bookmark &bookmark : list) {
        if (bookmark.page < 0 || bookmark.page >= pageCount) {
            *why = Tr::tr("the bookmark \"%1\" names page %2 of %3")
                       .arg(bookmark.title)
                       .arg(bookmark.page + 1)
                       .arg(pageCount);
            return std::nullopt;
        }
        const qsizetype index = nodes.size();
        nodes.append({&bookmark, update.allocate(), parent});
        const auto children = numberOutline(
            bookmark.children, nodes[index].number, depth + 1, pageCount, update, nodes, why);
        if (!children)
            return std::nullopt;
        if (!children->isEmpty()) {
            nodes[index].first = nodes[children->constFirst()].number;
            nodes[index].last = nodes[children->constLast()].number;
            for (const qsizetype child : *children)
                nodes[index].visible += 1 + nodes[child].visible;
        }
        if (!indices.isEmpty()) {
            nodes[index].prev = nodes[indices.constLast()].number;
            nodes[indices.constLast()].next = nodes[index].number;
        }
        indices.append(index);
    }
    return indices;
}

} // namespace

bool addNavigation(QByteArray &pdf,
                   const QList<Bookmark> &bookmarks,
                   const QList<Link> &links,
                   QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = Tr::tr("Cannot add bookmarks and links to the PDF: %1.").arg(why);
        return false;
    };
    Document document(pdf);
    if (!document.load())
        return refuse(document.error);
    const qsizetype pageCount = document.pages.size();
    for (const Link &link : links) {
        if (link.page < 0 || link.page >= pageCount || link.targetPage < 0
            || link.targetPage >= pageCount)
            return refuse(Tr::tr("a link joins page %1 to page %2 of %3")
                              .arg(link.page + 1)
                              .arg(link.targetPage + 1)
                              .arg(pageCount));
        const QRectF r = link.rect.normalized();
        if (!std::isfinite(r.left()) || !std::isfinite(r.top()) || !std::isfinite(r.right())
            || !std::isfinite(r.bottom()))
            return refuse(Tr::tr("a link's rectangle is not finite"));
    }
    if (bookmarks.isEmpty() && links.isEmpty())
        return true;

    // The update starts on a line of its own.
    const bool newline = !pdf.endsWith('\n') && !pdf.endsWith('\r');
    Update update(pdf.size() + (newline ? 1 : 0), document.size);

    if (!bookmarks.isEmpty()) {
        const Ref outlines{update.allocate(), 0};
        QList<OutlineNode> nodes;
        QString why;
        const auto top
            = numberOutline(bookmarks, outlines.number, 0, pageCount, update, nodes, &why);
        if (!top)
            return refuse(why);
        qint64 visible = 0;
        for (const qsizetype index : *top)
            visible += 1 + nodes[index].visible;
        const auto ref = [](qint64 number) { return Ref{number, 0}.text(); };
        QByteArray dictionary = "<<\n";
        for (const Entry &entry : document.catalog) {
            if (entry.key != "Outlines" && entry.key != "PageMode")
                dictionary += '/' + entry.key + ' ' + entry.value + '\n';
        }
        dictionary += "/Outlines " + outlines.text() + "\n/PageMode /UseOutlines\n>>";
        update.write(document.root, dictionary);
        update.write(outlines,
                     "<< /Type /Outlines /First " + ref(nodes[top->constFirst()].number) + " /Last "
                         + ref(nodes[top->constLast()].number) + " /Count "
                         + QByteArray::number(visible) + " >>");
        for (const OutlineNode &node : std::as_const(nodes)) {
            QByteArray item
                = "<< /Title " + textString(node.bookmark->title) + " /Parent " + ref(node.parent);
            if (node.prev)
                item += " /Prev " + ref(node.prev);
            if (node.next)
                item += " /Next " + ref(node.next);
            if (node.first) {
                item += " /First " + ref(node.first) + " /Last " + ref(node.last) + " /Count "
                        + QByteArray::number(node.visible);
            }
            item += " /Dest " + destination(document.pages[node.bookmark->page]) + " >>";
            update.write({node.number, 0}, item);
        }
    }

    // Each page's links join the annotations it has.
    QMap<int, QList<const Link *>> byPage;
    for (const Link &link : links)
        byPage[link.page].append(&link);
    QSet<qint64> redefined;
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it) {
        const Page &page = document.pages[it.key()];
        const auto annotsValue = value(page.dictionary, "Annots");
        const auto annots = annotsValue ? parseRef(*annotsValue) : std::nullopt;
        if (!annots)
            return refuse(
                Tr::tr("page %1 has no /Annots array object to add links to").arg(it.key() + 1));
        if (redefined.contains(annots->number) || annots->number == document.root.number)
            return refuse(Tr::tr("page %1 shares its /Annots with another page").arg(it.key() + 1));
        redefined.insert(annots->number);
        const auto arrayText = document.object(*annots);
        const auto existing = arrayText ? parseArray(*arrayText) : std::nullopt;
        if (!existing)
            return refuse(Tr::tr("page %1's /Annots is not an array").arg(it.key() + 1));
        QByteArray array = "[";
        for (const QByteArray &item : *existing)
            array += ' ' + item;
        for (const Link *link : it.value()) {
            const QRectF r = link->rect.normalized();
            const Ref annotation{update.allocate(), 0};
            // Points down from the page's top left to PDF space, where y grows upwards.
            update.write(annotation,
                         "<< /Type /Annot /Subtype /Link /Rect [" + number(page.left + r.left())
                             + ' ' + number(page.top - r.bottom()) + ' '
                             + number(page.left + r.right()) + ' ' + number(page.top - r.top())
                             + "] /Border [0 0 0] /Dest "
                             + destination(document.pages[link->targetPage]) + " >>");
            array += ' ' + annotation.text();
        }
        update.write(*annots, array + " ]");
    }

    const auto bytes = update.finish(document.trailer, document.xrefOffset);
    if (!bytes)
        return refuse(Tr::tr("the file is too large"));
    if (newline)
        pdf += '\n';
    pdf += *bytes;
    return true;
}

} // namespace Jfp::PdfNavigation
