// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "plancommand.h"

#include <memory>

namespace Jfp::Commands {

/** An indicator's SPC settings: the options as JSON (see IndicatorSpcSettings) and rebases. */
struct SpcSettingsValue
{
    QString optionsJson;
    QList<SpcRebase> rebases;
};

/** Checks SPC settings: valid options, rebase periods that parse, one rebase per period. */
QString validateSpcSettings(const SpcSettingsValue &settings);

std::unique_ptr<PlanCommand> setSpcSettings(Id indicatorId,
                                            const QString &indicatorName,
                                            const SpcSettingsValue &before,
                                            const SpcSettingsValue &after);

} // namespace Jfp::Commands
