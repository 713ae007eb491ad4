// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Jfp {

/**
 * The plan file's schema history: an ordered list of steps. Each step is applied in its own
 * transaction together with the bump of the schema version, so a file is always at exactly
 * one version and a failed step leaves it at the previous one. Steps are never edited once
 * released: a change to the schema is a new step.
 */
struct MigrationStep
{
    int toVersion = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, const SqlDialect &dialect, QString *error)> apply;
};

namespace Migrations {

const QList<MigrationStep> &steps();
int latestVersion();

/** Brings `db` up to the last of `steps`; false (and `error`) if a step fails. */
bool migrate(QSqlDatabase &db,
             const SqlDialect &dialect,
             QString *error,
             const QList<MigrationStep> &steps = Migrations::steps());

/** The tables of the current schema, in creation order. */
QStringList tableNames();

} // namespace Migrations
} // namespace Jfp
