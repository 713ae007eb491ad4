// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "programmeitemform.h"

namespace Jfp {

/**
 * An indicator's own fields: programme (when adding), code, name, definition, unit, decimal
 * places, polarity and source; its baseline (value, period, note); its target (kind, value,
 * period, benchmark, note); and the tolerance within which a value still counts as on track.
 * Its trajectory and actual values are edited as series, not here.
 */
class IndicatorForm : public ProgrammeItemForm<Indicator>
{
    Q_OBJECT

public:
    explicit IndicatorForm(CommitMode mode, QWidget *parent = nullptr);

protected:
    Validation::Messages validate(const Indicator &indicator,
                                  const Indicator *before) const override;
    std::unique_ptr<PlanCommand> makeEdit(const Indicator &before,
                                          const Indicator &after) const override;
};

} // namespace Jfp
