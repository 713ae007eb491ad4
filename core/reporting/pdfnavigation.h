// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

/**
 * Bookmarks (a PDF outline) and internal links for the PDFs QPdfWriter writes, which has no API
 * for either. They are added as a standard incremental update appended to the file: a redefined
 * catalog naming the outline, the outline items, redefined /Annots arrays holding /Link
 * annotations, a new cross-reference section and a trailer pointing back at the old one. The
 * bytes before the update stay exactly as they were.
 *
 * It understands classic cross-reference tables (PDF 1.4, as QPdfWriter writes; no object or
 * cross-reference streams), a flat page tree, and pages whose /Annots is an indirect array.
 */
namespace Jfp::PdfNavigation {

struct Bookmark
{
    QString title;
    int page = 0; // 0-based, in the order of the page tree's /Kids
    QList<Bookmark> children;
};

struct Link
{
    int page = 0;       // 0-based: the page the link is on
    QRectF rect;        // in PDF points, origin at the top left of the page
    int targetPage = 0; // 0-based: the page it goes to
};

/**
 * Appends the bookmarks (shown open, with the outline panel open on opening) and the links to
 * `pdf`. Returns false with a message in `error`, leaving `pdf` as it was, when the bytes are
 * not a PDF of the shape it understands or a page index is out of range. With no bookmarks and
 * no links it checks the file and changes nothing.
 */
bool addNavigation(QByteArray &pdf,
                   const QList<Bookmark> &bookmarks,
                   const QList<Link> &links,
                   QString *error);

} // namespace Jfp::PdfNavigation
