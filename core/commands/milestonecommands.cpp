// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonecommands.h"

#include "itemcommands.h"
#include "storage/milestonerepository.h"

namespace Jfp::Commands {

namespace Internal {

using namespace Qt::StringLiterals;

template<>
struct ItemTraits<Milestone>
{
    using Repository = MilestoneRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Milestone;
    static QString kind() { return u"milestone"_s; }
    static QString noun() { return Tr::tr("milestone"); }
    static QString name(const Milestone &m) { return m.title; }
    static FieldTexts fields(const Milestone &m)
    {
        return {{u"title"_s, m.title},
                {u"owner"_s, m.owner},
                {u"baselineDate"_s, dateText(m.baselineDate)},
                {u"forecastDate"_s, dateText(m.forecastDate)},
                {u"completionDate"_s, dateText(m.completionDate)},
                {u"status"_s, Enums::key(m.status)},
                {u"notes"_s, m.notes},
                {u"source"_s, m.source}};
    }
    static Validation::Messages
    validate(const Milestone &m, const Milestone *before, const PlanSnapshot &plan)
    {
        return Validation::milestone(m, plan, before);
    }
    static Validation::Messages
    validateMove(const Milestone &, const Placement &to, const PlanSnapshot &plan)
    {
        return Validation::programmeItemMove(to, plan);
    }
    static QString table() { return u"milestone"_s; }
    static FieldTexts placementFields(const Placement &p)
    {
        return {{u"programmeId"_s, QString::number(p.parentId)},
                {u"position"_s, QString::number(p.position)}};
    }
};

} // namespace Internal

std::unique_ptr<PlanCommand> addMilestone(const Milestone &milestone)
{
    return std::make_unique<Internal::AddItem<Milestone>>(milestone);
}

std::unique_ptr<PlanCommand> editMilestone(const Milestone &before, const Milestone &after)
{
    return std::make_unique<Internal::EditItem<Milestone>>(before, after);
}

std::unique_ptr<PlanCommand> deleteMilestone(const Milestone &milestone)
{
    return std::make_unique<Internal::DeleteItem<Milestone>>(milestone);
}

std::unique_ptr<PlanCommand> moveMilestone(const Milestone &milestone, Id programmeId, int position)
{
    return std::make_unique<Internal::MoveItem<Milestone>>(milestone,
                                                           Placement{0, programmeId, position});
}

} // namespace Jfp::Commands
