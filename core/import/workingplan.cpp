// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "workingplan.h"

namespace Jfp::WorkingPlan {

namespace {

template<typename T>
void replaceOrAppend(QList<T> &items, const T &item)
{
    for (T &other : items) {
        if (other.id == item.id) {
            other = item;
            return;
        }
    }
    items.append(item);
}

} // namespace

void remember(PlanSnapshot &plan, const Area &a)
{
    replaceOrAppend(plan.areas, a);
}
void remember(PlanSnapshot &plan, Framework f)
{
    for (const Framework &stored : std::as_const(plan.frameworks)) {
        if (stored.id == f.id)
            f.themes = stored.themes;
    }
    replaceOrAppend(plan.frameworks, f);
}
void remember(PlanSnapshot &plan, const Theme &t)
{
    for (Framework &f : plan.frameworks) {
        if (f.id == t.frameworkId)
            replaceOrAppend(f.themes, t);
    }
}
void remember(PlanSnapshot &plan, const Programme &p)
{
    replaceOrAppend(plan.programmes, p);
}
void remember(PlanSnapshot &plan, const Milestone &m)
{
    replaceOrAppend(plan.milestones, m);
}
void remember(PlanSnapshot &plan, const ProgressUpdate &u)
{
    replaceOrAppend(plan.progressUpdates, u);
}
void remember(PlanSnapshot &plan, const Indicator &i)
{
    replaceOrAppend(plan.indicators, i);
}
void remember(PlanSnapshot &, const Annotation &) {}

} // namespace Jfp::WorkingPlan
