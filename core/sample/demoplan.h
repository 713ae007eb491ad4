// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/bulkplanwriter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Jfp {

class Database;

/**
 * Synthetic plans of a chosen size, for trying JFP Planner at scale and for benchmarks
 * (`jfp demo`). Everything in them is made up and says so: names are "Demo programme 17",
 * codes start with DEMO-, every actual value is flagged synthetic (so charts carry the
 * "illustrative data" mark), and the plan's description and each item's source name
 * `jfp demo`. The same scale and seed always give the same plan.
 *
 * At the ICS scale the nine places take the names of Cheshire and Merseyside's nine places,
 * marked "(demo)"; nothing else about them is real.
 */
namespace DemoPlan {

enum class Scale { Sample, Ics, England };

/** The sizes a scale makes, and the months its series cover. */
struct Shape
{
    int systems = 1;
    int places = 9;
    int localities = 0;
    int programmes = 0;
    int milestones = 0;
    int indicators = 0;
    /** Monthly trajectory: the first month and how many months. */
    int trajectoryStartYear = 2024;
    int trajectoryStartMonth = 4;
    int trajectoryMonths = 0;
    /** Monthly actuals, ending March 2026: how many months. */
    int actualMonths = 0;
    /** The plan horizon, as financial-year start years. */
    int horizonStartYear = 2024;
    int horizonEndYear = 2028;
};

/** "sample", "ics", "england". */
QStringList scaleKeys();
QString key(Scale scale);
std::optional<Scale> scaleFromKey(const QString &key);
Shape shape(Scale scale);

using Counts = BulkPlanWriter::Counts;

/** Fills an empty plan with the demo plan of `scale` and `seed`, in one transaction. */
bool populate(Database &db, Scale scale, quint32 seed, Counts *counts, QString *error);

/**
 * Creates the plan file `path` holding the demo plan. It appears only when complete (see
 * NewPlanFile::create); an existing `path` is refused.
 */
bool createFile(const QString &path, Scale scale, quint32 seed, Counts *counts, QString *error);

} // namespace DemoPlan
} // namespace Jfp
