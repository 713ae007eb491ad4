// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "programmeitemform.h"

namespace Jfp {

/**
 * A milestone's fields: programme (when adding), title, owner, status, baseline, forecast and
 * completion dates, notes and source.
 */
class MilestoneForm : public ProgrammeItemForm<Milestone>
{
    Q_OBJECT

public:
    explicit MilestoneForm(CommitMode mode, QWidget *parent = nullptr);

protected:
    Validation::Messages validate(const Milestone &milestone,
                                  const Milestone *before) const override;
    std::unique_ptr<PlanCommand> makeEdit(const Milestone &before,
                                          const Milestone &after) const override;
};

} // namespace Jfp
