// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** Checks an annotation before it is stored: a label, and a valid period or date. */
QString validateAnnotation(const Annotation &annotation);

std::unique_ptr<PlanCommand> addAnnotation(const Annotation &annotation);
std::unique_ptr<PlanCommand> editAnnotation(const Annotation &before, const Annotation &after);
std::unique_ptr<PlanCommand> removeAnnotation(const Annotation &annotation);

} // namespace Jfp::Commands
