// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A clean copy of a tampered or damaged plan (`jfp check --repair`, File > Repair Plan):
 * a new plan with only JFP Planner's own schema, holding the rows of the old one that fit it.
 * The original is only read, never changed.
 */
namespace Jfp::PlanRepair {

struct TableReport
{
    QString table;
    qint64 read = 0; // rows read from the original
    qint64 kept = 0; // rows in the copy
    QString problem; // why the table could not be read whole; empty if it was
};

struct Report
{
    /** What the original holds that was not copied: its triggers, views, own tables, … */
    QStringList leftOut;
    QList<TableReport> tables;

    qint64 rowsRead() const;
    qint64 rowsKept() const;
    /** "Kept 1,204 of 1,210 rows. Left out: …" lines for a person to read. */
    QStringList summary() const;
};

/**
 * Writes the repaired copy of `source` to `target`, which must not exist, and fills `report`.
 * Rows are copied table by table into the schema the migrations make, column by column where
 * the names match. A row that breaks a rule of the schema (a required value missing, a
 * duplicate, a value out of range), refers to a missing row, or hangs in a circle of areas or
 * programmes is dropped. The copy appears only when complete. False, with `error`, when
 * `source` is not a plan at all or `target` cannot be written.
 */
bool repair(const QString &source, const QString &target, Report *report, QString *error);

} // namespace Jfp::PlanRepair
