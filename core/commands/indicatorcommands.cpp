// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorcommands.h"

#include "itemcommands.h"
#include "storage/indicatorrepository.h"

namespace Jfp::Commands {

namespace Internal {

using namespace Qt::StringLiterals;

template<>
struct ItemTraits<Indicator>
{
    using Repository = IndicatorRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Indicator;
    static QString kind() { return u"indicator"_s; }
    static QString noun() { return Tr::tr("indicator"); }
    static QString name(const Indicator &i) { return i.name; }
    static FieldTexts fields(const Indicator &i)
    {
        return {{u"code"_s, i.code},
                {u"name"_s, i.name},
                {u"definition"_s, i.definition},
                {u"unit"_s, Enums::key(i.unit)},
                {u"decimals"_s, QString::number(i.decimals)},
                {u"polarity"_s, Enums::key(i.polarity)},
                {u"source"_s, i.source},
                {u"baselineValue"_s, numberText(i.baselineValue)},
                {u"baselinePeriod"_s, i.baselinePeriod},
                {u"baselineNote"_s, i.baselineNote},
                {u"targetKind"_s, Enums::key(i.targetKind)},
                {u"targetValue"_s, numberText(i.targetValue)},
                {u"targetPeriod"_s, i.targetPeriod},
                {u"targetBenchmark"_s, i.targetBenchmark},
                {u"targetNote"_s, i.targetNote},
                {u"tolerance"_s, numberText(i.tolerance)}};
    }
    static Validation::Messages
    validate(const Indicator &i, const Indicator *before, const PlanSnapshot &plan)
    {
        // A new indicator brings its values along; an edit leaves the stored values alone.
        if (before)
            return Validation::indicator(i, plan);
        return Validation::indicator(i, plan) + Validation::trajectoryValues(i, i.trajectory)
               + Validation::actualValues(i, i.actuals);
    }
    static Validation::Messages
    validateMove(const Indicator &, const Placement &to, const PlanSnapshot &plan)
    {
        return Validation::programmeItemMove(to, plan);
    }
    static QString table() { return u"indicator"_s; }
    static FieldTexts placementFields(const Placement &p)
    {
        return {{u"programmeId"_s, QString::number(p.parentId)},
                {u"position"_s, QString::number(p.position)}};
    }
};

} // namespace Internal

std::unique_ptr<PlanCommand> addIndicator(const Indicator &indicator)
{
    return std::make_unique<Internal::AddItem<Indicator>>(indicator);
}

std::unique_ptr<PlanCommand> editIndicator(const Indicator &before, const Indicator &after)
{
    return std::make_unique<Internal::EditItem<Indicator>>(before, after);
}

std::unique_ptr<PlanCommand> deleteIndicator(const Indicator &indicator)
{
    return std::make_unique<Internal::DeleteItem<Indicator>>(indicator);
}

std::unique_ptr<PlanCommand> moveIndicator(const Indicator &indicator, Id programmeId, int position)
{
    return std::make_unique<Internal::MoveItem<Indicator>>(indicator,
                                                           Placement{0, programmeId, position});
}

} // namespace Jfp::Commands
