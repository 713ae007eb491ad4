// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "fingertipsreader.h"

#include "domain/plan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Jfp {

/** A request to tie a Fingertips indicator id to a plan indicator (given by id or name). */
struct IndicatorLinkRequest
{
    QString externalId; // e.g. "93356"
    QString indicator;  // a plan indicator's id, name or code
};

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

/**
 * The Fingertips ids an import with `links` would read: those the plan remembers plus the
 * requested ones. Pass them as FingertipsReader::Options::keepIndicators so that the reader
 * keeps only their rows.
 */
QSet<QString> linkedIds(const PlanSnapshot &plan, const QList<IndicatorLinkRequest> &links);

/**
 * The plan indicators an import with `links` may write to: those with a remembered Fingertips
 * link and those the requests name. plan() compares the file with their series only, so a
 * plan read without series (PlanReader::Contents::Structure) needs just these read
 * (PlanReader::readSeries) before it.
 */
QList<Id> fedIndicators(const PlanSnapshot &plan, const QList<IndicatorLinkRequest> &links);

} // namespace FingertipsImport
} // namespace Jfp
