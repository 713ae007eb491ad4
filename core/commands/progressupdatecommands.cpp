// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressupdatecommands.h"

#include "domain/period.h"
#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/progressupdaterepository.h"

namespace Jfp::Commands {

namespace {

// Periods are stored in the house style ("Q2 2025/26"), whatever way they were typed.
ProgressUpdate normalised(ProgressUpdate update)
{
    const Period period = Period::parse(update.period);
    if (period.isValid())
        update.period = period.toString();
    return update;
}

} // namespace

std::unique_ptr<PlanCommand> addProgressUpdate(const ProgressUpdate &update)
{
    ProgressUpdate stamped = normalised(update);
    if (!stamped.recordedAt.isValid()) {
        stamped.recordedAt = QDateTime::currentDateTimeUtc();
        stamped.recordedBy = Internal::currentUser();
    }
    return std::make_unique<Internal::AddItem<ProgressUpdate>>(stamped);
}

std::unique_ptr<PlanCommand> editProgressUpdate(const ProgressUpdate &before,
                                                const ProgressUpdate &after)
{
    return std::make_unique<Internal::EditItem<ProgressUpdate>>(before, normalised(after));
}

std::unique_ptr<PlanCommand> deleteProgressUpdate(const ProgressUpdate &update)
{
    return std::make_unique<Internal::DeleteItem<ProgressUpdate>>(update);
}

} // namespace Jfp::Commands
