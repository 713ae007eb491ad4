// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "areacommands.h"

#include "itemcommands.h"
#include "storage/arearepository.h"

namespace Jfp::Commands {

namespace Internal {

using namespace Qt::StringLiterals;

template<>
struct ItemTraits<Area>
{
    using Repository = AreaRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Area;
    static QString kind() { return u"area"_s; }
    static QString noun() { return Tr::tr("area"); }
    static QString name(const Area &a) { return a.name; }
    static FieldTexts fields(const Area &a)
    {
        QStringList codes;
        for (const AreaCode &c : a.extraCodes)
            codes << u"%1: %2%3"_s.arg(
                c.scheme, c.code, c.name.isEmpty() ? QString() : u" (%1)"_s.arg(c.name));
        return {{u"name"_s, a.name},
                {u"shortName"_s, a.shortName},
                {u"level"_s, Enums::key(a.level)},
                {u"onsCode"_s, a.onsCode},
                {u"odsCode"_s, a.odsCode},
                {u"population"_s, a.population ? QString::number(*a.population) : QString()},
                {u"populationYear"_s, a.populationYear},
                {u"populationSource"_s, a.populationSource},
                {u"description"_s, a.description},
                {u"source"_s, a.source},
                {u"extraCodes"_s, codes.join(u"; "_s)}};
    }
    static Validation::Messages validate(const Area &a, const Area *, const PlanSnapshot &plan)
    {
        return Validation::area(a, plan);
    }
    static Validation::Messages
    validateMove(const Area &a, const Placement &to, const PlanSnapshot &plan)
    {
        return Validation::areaMove(a, to, plan);
    }
    static QString table() { return u"area"_s; }
    static FieldTexts placementFields(const Placement &p)
    {
        return {{u"parentId"_s, p.parentId ? QString::number(p.parentId) : QString()},
                {u"position"_s, QString::number(p.position)}};
    }
};

} // namespace Internal

std::unique_ptr<PlanCommand> addArea(const Area &area)
{
    return std::make_unique<Internal::AddItem<Area>>(area);
}

std::unique_ptr<PlanCommand> editArea(const Area &before, const Area &after)
{
    return std::make_unique<Internal::EditItem<Area>>(before, after);
}

std::unique_ptr<PlanCommand> deleteArea(const Area &area)
{
    return std::make_unique<Internal::DeleteItem<Area>>(area);
}

std::unique_ptr<PlanCommand> moveArea(const Area &area, Id parentId, int position)
{
    return std::make_unique<Internal::MoveItem<Area>>(area, Placement{0, parentId, position});
}

} // namespace Jfp::Commands
