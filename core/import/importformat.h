// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

class QIODevice;

namespace Jfp {

/** The kinds of file `jfp import` and File > Import read. */
enum class ImportFormat {
    Fingertips, // a Fingertips data export (FingertipsReader)
    Template,   // what `jfp export` and `jfp template` write: the series CSV, the milestone CSV
                // or the plan workbook (.xlsx); WorkbookImport and SeriesTemplate read them
};

namespace ImportFormats {

/** "fingertips" or "template", as `jfp import --format` takes them. */
QString key(ImportFormat format);

/**
 * Guesses the format from the file's first line: a series template names the columns
 * `period` and `indicatorId` (or `indicator`), a milestone template `title`; anything else is
 * taken for a Fingertips export, whose reader then says what is wrong with it. Reads only the
 * first record. detectFile() takes an .xlsx file for a plan workbook (a template).
 */
ImportFormat detect(QIODevice *device);
ImportFormat detectFile(const QString &path);

} // namespace ImportFormats
} // namespace Jfp
