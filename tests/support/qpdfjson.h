// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRectF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <functional>

/**
 * Reads PDFs with qpdf 11 (the Debian package qpdf, which test.sh installs): `qpdf --check`
 * and the outline and link annotations from `qpdf --json` (version 2). Pages are 0-based here.
 */
namespace QpdfJson {

inline QString executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("qpdf"));
}

/** What `qpdf --check` says when it finds an error or a warning; empty when it finds none. */
inline QString checkProblems(const QString &path)
{
    QProcess qpdf;
    qpdf.start(executable(), {QStringLiteral("--check"), path});
    if (!qpdf.waitForFinished(60000))
        return QStringLiteral("qpdf --check did not finish");
    const QString out = QString::fromUtf8(qpdf.readAllStandardOutput());
    const QString err = QString::fromUtf8(qpdf.readAllStandardError());
    // Exit code 2 is an error, 3 a warning.
    if (qpdf.exitCode() != 0 || !err.isEmpty() || out.contains(QStringLiteral("WARNING")))
        return QStringLiteral("exit code %1\n%2\n%3").arg(qpdf.exitCode()).arg(out, err);
    return {};
}

/** The outline, the pages and every object, as `qpdf --json` gives them. */
inline QJsonObject json(const QString &path)
{
    QProcess qpdf;
    qpdf.start(executable(),
               {QStringLiteral("--json"),
                QStringLiteral("--json-key=outlines"),
                QStringLiteral("--json-key=pages"),
                QStringLiteral("--json-key=qpdf"),
                path});
    if (!qpdf.waitForFinished(60000) || qpdf.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(qpdf.readAllStandardOutput()).object();
}

struct OutlineItem
{
    QString title;
    int page = -1; // the page its destination names
    int depth = 0; // 0 for a top-level item
    bool open = false;
};

/** The outline depth first, in order. */
inline QList<OutlineItem> outlines(const QJsonObject &json)
{
    QList<OutlineItem> items;
    std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &list, int depth) {
        for (const QJsonValue &item : list) {
            const QJsonObject o = item.toObject();
            items.append({o.value(QStringLiteral("title")).toString(),
                          o.value(QStringLiteral("destpageposfrom1")).toInt(0) - 1,
                          depth,
                          o.value(QStringLiteral("open")).toBool()});
            walk(o.value(QStringLiteral("kids")).toArray(), depth + 1);
        }
    };
    walk(json.value(QStringLiteral("outlines")).toArray(), 0);
    return items;
}

struct LinkAnnotation
{
    QRectF rect; // as in the PDF: points, y growing upwards
    int targetPage = -1;
    bool borderless = false;
};

/** The link annotations on a page, in the order of its /Annots. */
inline QList<LinkAnnotation> links(const QJsonObject &json, int page)
{
    const QJsonObject objects = json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
    const auto object = [&](const QJsonValue &ref) {
        return objects.value(QStringLiteral("obj:") + ref.toString())
            .toObject()
            .value(QStringLiteral("value"));
    };
    QHash<QString, int> pageOf;
    QString pageRef;
    for (const QJsonValue &p : json.value(QStringLiteral("pages")).toArray()) {
        const QString ref = p.toObject().value(QStringLiteral("object")).toString();
        const int index = p.toObject().value(QStringLiteral("pageposfrom1")).toInt() - 1;
        pageOf.insert(ref, index);
        if (index == page)
            pageRef = ref;
    }
    QJsonValue annots = object(pageRef).toObject().value(QStringLiteral("/Annots"));
    if (annots.isString())
        annots = object(annots);
    QList<LinkAnnotation> list;
    for (const QJsonValue &ref : annots.toArray()) {
        const QJsonObject a = (ref.isString() ? object(ref) : ref).toObject();
        if (a.value(QStringLiteral("/Subtype")).toString() != QStringLiteral("/Link"))
            continue;
        const QJsonArray r = a.value(QStringLiteral("/Rect")).toArray();
        const QJsonArray dest = a.value(QStringLiteral("/Dest")).toArray();
        list.append({QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                            QPointF(r.at(2).toDouble(), r.at(3).toDouble())),
                     pageOf.value(dest.at(0).toString(), -1),
                     a.value(QStringLiteral("/Border")).toArray() == QJsonArray({0, 0, 0})});
    }
    return list;
}

} // namespace QpdfJson
