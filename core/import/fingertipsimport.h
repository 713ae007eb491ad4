// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "fingertipsreader.h"

#include "domain/plan.h"

#include <QList>
#include <QString>

namespace Jfp {

class Database;

/** A request to tie a Fingertips indicator id to a plan indicator (given by id or name). */
struct IndicatorLinkRequest
{
    QString externalId; // e.g. "93356"
    QString indicator;  // a plan indicator's id, name or code
};

/**
 * What an import will do to a plan, worked out without writing anything: the preview the
 * command line prints with --dry-run and the window shows before the user confirms. apply()
 * then writes exactly this in one transaction.
 */
struct ImportPlan
{
    enum class Change { Add, Replace, Same };

    struct Link
    {
        QString externalId;
        Id indicatorId = 0;
        QString indicatorName;
        QString areaName;
        bool isNew = false; // not yet remembered in the plan
    };

    struct ActualChange
    {
        Change change = Change::Add;
        Id indicatorId = 0;
        QString indicatorName;
        qint64 line = 0;
        ActualValue value;
        std::optional<ActualValue> previous;
    };

    struct BenchmarkChange
    {
        Change change = Change::Add;
        Id indicatorId = 0;
        QString indicatorName;
        qint64 line = 0;
        QString benchmarkName;
        QString benchmarkCode;
        PeriodValue value;
        OptionalValue previous;
    };

    QString file;
    QString source = QStringLiteral("fingertips");
    QList<Link> links;
    QList<ActualChange> actuals;
    QList<BenchmarkChange> benchmarks;
    /** Every error, and notices about what is skipped and why, by line. */
    QList<ImportProblem> problems;

    bool hasErrors() const;
    QStringList errorMessages() const;
    /** True when apply() would write something (a value to add or replace, or a new link). */
    bool hasChanges() const;
    int count(Change change) const;
    /** The preview as text: links, every value added or replaced, counts, every problem. */
    QString summary() const;
};

/** Finds plan indicators by id, then by name (case and outer spaces ignored), then by code. */
QList<const Indicator *> findIndicators(const PlanSnapshot &plan, const QString &idNameOrCode);

/**
 * Imports Fingertips data into a plan. Rows map to plan areas by ONS or ODS code, never by
 * name. For each plan indicator linked to a Fingertips id (links already in the plan plus the
 * requested ones), the rows of the indicator's own area (the area owning its programme)
 * become its actual values, and the rows of England (E92000001) and of the parent area of its
 * own area's rows (the region, e.g. North West region E12000002) become its benchmarks, named
 * by the file's Area Name. Where an id has several sex/age breakdowns, Persons / All ages is
 * taken. Everything else is skipped with a notice that says why.
 */
namespace FingertipsImport {

ImportPlan plan(const PlanSnapshot &plan,
                const FingertipsData &data,
                const QList<IndicatorLinkRequest> &links);

/** Writes the plan's adds, replacements and new links in one transaction: all or nothing. */
bool apply(Database &db, const ImportPlan &importPlan, QString *error);

} // namespace FingertipsImport
} // namespace Jfp
