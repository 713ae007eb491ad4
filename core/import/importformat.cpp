// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importformat.h"
#include "domain/regularfile.h"

#include "formats/csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Jfp::ImportFormats {

using namespace Qt::StringLiterals;

QString key(ImportFormat format)
{
    return format == ImportFormat::Template ? u"template"_s : u"fingertips"_s;
}

ImportFormat detect(QIODevice *device)
{
    CsvReader csv(device);
    QStringList header;
    if (!csv.readRecord(header))
        return ImportFormat::Fingertips;
    const auto has = [&header](const QString &name) {
        return std::any_of(header.cbegin(), header.cend(), [&name](const QString &h) {
            return h.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    const bool series = has(u"period"_s) && (has(u"indicatorId"_s) || has(u"indicator"_s));
    const bool milestones = has(u"title"_s) && !has(u"Indicator ID"_s);
    return series || milestones ? ImportFormat::Template : ImportFormat::Fingertips;
}

ImportFormat detectFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return ImportFormat::Template; // a plan workbook
    QFile file(path);
    // A pipe would block here: the reader of the format refuses it, saying why.
    if (!notARegularFile(path).isEmpty() || !file.open(QIODevice::ReadOnly))
        return ImportFormat::Fingertips;
    return detect(&file);
}

} // namespace Jfp::ImportFormats
