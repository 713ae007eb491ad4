// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

#include <functional>

namespace Jfp {

class Database;

/** Plan files that appear only when they are complete. */
namespace NewPlanFile {

/** Fills a new, empty plan; false (and `error`) when it cannot. */
using Fill = std::function<bool(Database &db, QString *error)>;

/**
 * Creates the plan `path` and fills it with `fill`. The plan is built as `path.partial` and
 * renamed to `path` once it is complete and closed, so a failure, or a process stopped in the
 * middle, never leaves a half-written plan under its real name (and a failure leaves nothing).
 * Refuses a `path` that exists.
 */
bool create(const QString &path, const Fill &fill, QString *error);

} // namespace NewPlanFile
} // namespace Jfp
