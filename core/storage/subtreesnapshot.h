// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Jfp {

class Database;

/**
 * Every row that deleting a plan item takes with it (the foreign keys cascade), captured
 * before the delete so that undo can put all of them back exactly: same ids, same values,
 * same order. A deleted area brings back its sub-areas, practices, frameworks, programmes,
 * milestones, indicators with their values, benchmarks, annotations, links and progress
 * updates. The caller owns the transaction.
 */
class SubtreeSnapshot
{
public:
    enum class Root { Area, Programme, Milestone, Indicator, ProgressUpdate };

    static std::optional<SubtreeSnapshot> capture(Database &db, Root root, Id id, QString *error);

    /** Inserts every captured row again, parents before children. */
    bool restore(Database &db, QString *error) const;

    /** How many rows of `table` were captured. */
    int rowCount(const QString &table) const;

private:
    struct TableRows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<TableRows> m_tables; // in the order they are restored
};

} // namespace Jfp
