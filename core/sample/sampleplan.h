// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Jfp {

class Database;

/**
 * The Cheshire and Merseyside sample plan that ships with the application, built from the
 * source documents (see resources/sample/README.md). It is kept as JSON in the resources and
 * written into a plan in one transaction.
 */
namespace SamplePlan {

QString resourcePath();

/** The file the GUI creates on first run, in the user's application data folder. */
QString defaultLocation();

/** Fills an empty plan with the sample. All or nothing. */
bool populate(Database &db, QString *error);

/** Fills an empty plan from sample-format JSON (format "jfp-sample/1"). All or nothing. */
bool populateFromJson(Database &db,
                      const QByteArray &json,
                      const QString &fileName,
                      QString *error);

/**
 * Creates a plan file holding the sample. The file appears only when it is complete: it is
 * built under a temporary name beside `path` and renamed at the end.
 */
bool createFile(const QString &path, QString *error);

} // namespace SamplePlan
} // namespace Jfp
