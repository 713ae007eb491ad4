// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/deletescope.h"

#include <QString>

namespace Jfp::DeleteConfirmation {

enum class Kind { Area, Programme, Milestone, Indicator };

/** "Delete programme 'Tackling Obesity'?" */
QString question(Kind kind, const QString &name);
/**
 * What goes with it, and that it can be undone: "This also deletes 3 sub-programmes,
 * 2 milestones and 8 indicators with their 24 values. You can undo this (Edit > Undo)."
 */
QString details(Kind kind, const DeleteScope &scope);

} // namespace Jfp::DeleteConfirmation
