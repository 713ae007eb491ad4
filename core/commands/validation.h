// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "storage/placement.h"

#include <QList>
#include <QString>

/**
 * The checks an edit must pass before it is stored, with each message keyed by the field it
 * is about, so that an editor can show it beside that field. The field keys are the member
 * names of the domain types ("name", "onsCode", "forecastDate", "targetPeriod", …); a value
 * of a series is keyed "trajectory:<period>" or "actual:<period>"; a move is keyed
 * "parentId", "areaId" or "position". The commands refuse any edit with a message, so
 * invalid input is never stored.
 */
namespace Jfp::Validation {

struct FieldMessage
{
    QString field;
    QString message;

    friend bool operator==(const FieldMessage &, const FieldMessage &) = default;
};
using Messages = QList<FieldMessage>;

/** The messages for `field`, one per line; empty when it is fine. */
QString messageFor(const Messages &messages, const QString &field);
/** Every message, one per line. */
QString summary(const Messages &messages);

/*
 * `before` is the stored item when this is an edit: a date already stored outside the plan
 * horizon (a milestone completed in 2021) is then kept; only dates being entered must fall
 * inside it.
 */
Messages area(const Area &area, const PlanSnapshot &plan);
Messages
programme(const Programme &programme, const PlanSnapshot &plan, const Programme *before = nullptr);
Messages
milestone(const Milestone &milestone, const PlanSnapshot &plan, const Milestone *before = nullptr);
/** The indicator's own fields (not its series). */
Messages indicator(const Indicator &indicator, const PlanSnapshot &plan);
Messages progressUpdate(const ProgressUpdate &update, const PlanSnapshot &plan);
/** The horizon: periods that parse (e.g. 2024/25), the end not before the start; the milestone
 *  slip tolerance from 0 to PlanInfo::maxSlipToleranceDays days. */
Messages planInfo(const PlanInfo &info);
/** Key and name given, the key no other framework's, the area (when given) in the plan. */
Messages framework(const Framework &framework, const PlanSnapshot &plan);
/** Key and name given, the key no other theme's, the framework in the plan. */
Messages theme(const Theme &theme, const PlanSnapshot &plan);

/** A label, a period that parses or a date, and the indicator it belongs to. */
Messages annotation(const Annotation &annotation);

/** Values for `indicator`'s trajectory: periods that parse, values within the unit's bounds. */
Messages trajectoryValues(const Indicator &indicator, const QList<PeriodValue> &values);
Messages actualValues(const Indicator &indicator, const QList<ActualValue> &values);

/** Moves: the new parent exists, fits the item's level, and is not the item or beneath it. */
Messages areaMove(const Area &area, const Placement &to, const PlanSnapshot &plan);
Messages programmeMove(const Programme &programme, const Placement &to, const PlanSnapshot &plan);
/** For milestones and indicators: `to.parentId` is an existing programme. */
Messages programmeItemMove(const Placement &to, const PlanSnapshot &plan);

} // namespace Jfp::Validation
