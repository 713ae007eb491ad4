// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

/**
 * Large Fingertips exports made up for tests and benchmarks, in the real 27-column layout
 * (quoted indicator names with commas and a line break, CRLF). Rows run period by period
 * (monthly from January 2005), indicator by indicator, area by area: area 0 is England
 * (E92000001), area 1 North West region (E12000002), area 2 St Helens (E08000013, an area of
 * the sample plan), the rest made-up county codes, unless the shape names its areas' codes.
 * The first indicator is 93356; the others are 900001, 900002, …
 */
namespace Jfp::SyntheticFingertips {

struct Shape
{
    qint64 rows = 60000;
    int areas = 300;
    int indicators = 1;
    /** When given, the areas' codes (in place of the scheme above), and `areas` is ignored. */
    QList<QByteArray> areaCodes = {};
};

/** The Fingertips id of indicator `indicator` (from 0) of the file. */
QByteArray indicatorId(int indicator);

/** Writes the header and `shape.rows` rows; the number of bytes written, -1 on failure. */
qint64 write(QIODevice *device, const Shape &shape);
qint64 writeFile(const QString &path, const Shape &shape, QString *error);

/** Rows of one indicator, all areas, per period: how many rows of indicator 93356 there are. */
qint64 rowsOfFirstIndicator(const Shape &shape);

} // namespace Jfp::SyntheticFingertips
