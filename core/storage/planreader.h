// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <optional>

namespace Jfp {

class Database;

/** Reads a whole plan from its file into a PlanSnapshot, in the plan's own order. */
namespace PlanReader {

std::optional<PlanSnapshot> read(Database &db, QString *error);
/** The plan's name, description and horizon alone. */
std::optional<PlanInfo> readInfo(Database &db, QString *error);

} // namespace PlanReader
} // namespace Jfp
