// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

/**
 * The one way to change a plan: every factory here returns a PlanCommand that the GUI pushes
 * on its PlanDocument (document/plandocument.h) and the command line or tests run directly.
 * Each redo and undo is one transaction that also appends the change history (who, when,
 * which item and field, old and new value) and notes the changed items for the document's
 * change feed, and refuses invalid input with Validation's messages, so that invalid input is
 * never stored.
 *
 *   areas             addArea, editArea, deleteArea, moveArea
 *   programmes        addProgramme, editProgramme, deleteProgramme, moveProgramme
 *   milestones        addMilestone, editMilestone, deleteMilestone, moveMilestone
 *   indicators        addIndicator, editIndicator, deleteIndicator, moveIndicator,
 *                     setTrajectoryValues, setActualValues
 *   progress updates  addProgressUpdate, editProgressUpdate, deleteProgressUpdate
 *   annotations       addAnnotation, editAnnotation, removeAnnotation
 *   the plan itself   editPlanInfo, setMilestoneSlipTolerance
 *   imports           importValues (a whole import preview as one step)
 *
 * Editors check input as it is typed with Validation (validation.h), which keys each message
 * by field, and fill a trajectory with TrajectoryFill::fill (filltrajectory.h).
 *
 * Ownership: a command holds plain values, never pointers into a PlanSnapshot. A delete
 * keeps every row it removed (SubtreeSnapshot) so that undo restores them with the same ids.
 */
#include "annotationcommands.h"
#include "areacommands.h"
#include "filltrajectory.h"
#include "indicatorcommands.h"
#include "indicatorvaluecommands.h"
#include "milestonecommands.h"
#include "plancommand.h"
#include "plancommands.h"
#include "programmecommands.h"
#include "progressupdatecommands.h"
#include "validation.h"
