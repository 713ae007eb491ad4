// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "itemform.h"

namespace Jfp {

/**
 * A programme's own fields: name, ambition, description, senior responsible owner,
 * programme manager, delivery status, start and end dates, source, and the framework themes it
 * serves. Its area and parent change by moving it.
 */
class ProgrammeForm : public ItemFormOf<Programme>
{
    Q_OBJECT

public:
    explicit ProgrammeForm(CommitMode mode, QWidget *parent = nullptr);

protected:
    Validation::Messages validate(const Programme &programme,
                                  const Programme *before) const override;
    std::unique_ptr<PlanCommand> makeEdit(const Programme &before,
                                          const Programme &after) const override;
};

} // namespace Jfp
