// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestoneform.h"

#include "commands/milestonecommands.h"

namespace Jfp {

using namespace Qt::StringLiterals;

MilestoneForm::MilestoneForm(CommitMode mode, QWidget *parent)
    : ProgrammeItemForm<Milestone>(mode, parent)
{
    addProgrammeField(tr("&Programme:"));
    addLine(u"title"_s, tr("&Title:"));
    bind(u"title"_s, &Milestone::title);
    addLine(u"owner"_s, tr("&Owner:"));
    bind(u"owner"_s, &Milestone::owner);
    addCombo(u"status"_s, tr("&Status:"), enumItems<MilestoneStatus>());
    bind(u"status"_s, &Milestone::status);
    addDate(u"baselineDate"_s, tr("&Baseline date:"));
    bind(u"baselineDate"_s, &Milestone::baselineDate);
    addDate(u"forecastDate"_s, tr("&Forecast date:"));
    bind(u"forecastDate"_s, &Milestone::forecastDate);
    addDate(u"completionDate"_s, tr("&Completion date:"));
    bind(u"completionDate"_s, &Milestone::completionDate);
    addText(u"notes"_s, tr("&Notes:"));
    bind(u"notes"_s, &Milestone::notes);
    addLine(u"source"_s, tr("Sou&rce:"));
    bind(u"source"_s, &Milestone::source);
}

Validation::Messages MilestoneForm::validate(const Milestone &milestone,
                                             const Milestone *before) const
{
    return Validation::milestone(milestone, plan(), before);
}

std::unique_ptr<PlanCommand> MilestoneForm::makeEdit(const Milestone &before,
                                                     const Milestone &after) const
{
    return Commands::editMilestone(before, after);
}

} // namespace Jfp
