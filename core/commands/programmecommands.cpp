// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "programmecommands.h"

#include "itemcommands.h"
#include "storage/programmerepository.h"

namespace Jfp::Commands {

namespace Internal {

using namespace Qt::StringLiterals;

template<>
struct ItemTraits<Programme>
{
    using Repository = ProgrammeRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Programme;
    static QString kind() { return u"programme"_s; }
    static QString noun() { return Tr::tr("programme"); }
    static QString name(const Programme &p) { return p.name; }
    static FieldTexts fields(const Programme &p)
    {
        QStringList themes;
        for (const Id id : p.themeIds)
            themes << QString::number(id);
        return {{u"name"_s, p.name},
                {u"ambition"_s, p.ambition},
                {u"description"_s, p.description},
                {u"sro"_s, p.sro},
                {u"manager"_s, p.manager},
                {u"status"_s, p.status ? Enums::key(*p.status) : QString()},
                {u"start"_s, dateText(p.start)},
                {u"end"_s, dateText(p.end)},
                {u"source"_s, p.source},
                {u"themeIds"_s, themes.join(u", "_s)}};
    }
    static Validation::Messages
    validate(const Programme &p, const Programme *before, const PlanSnapshot &plan)
    {
        return Validation::programme(p, plan, before);
    }
    static Validation::Messages
    validateMove(const Programme &p, const Placement &to, const PlanSnapshot &plan)
    {
        return Validation::programmeMove(p, to, plan);
    }
    static QString table() { return u"programme"_s; }
    static FieldTexts placementFields(const Placement &p)
    {
        return {{u"areaId"_s, QString::number(p.areaId)},
                {u"parentId"_s, p.parentId ? QString::number(p.parentId) : QString()},
                {u"position"_s, QString::number(p.position)}};
    }
};

} // namespace Internal

std::unique_ptr<PlanCommand> addProgramme(const Programme &programme)
{
    return std::make_unique<Internal::AddItem<Programme>>(programme);
}

std::unique_ptr<PlanCommand> editProgramme(const Programme &before, const Programme &after)
{
    return std::make_unique<Internal::EditItem<Programme>>(before, after);
}

std::unique_ptr<PlanCommand> deleteProgramme(const Programme &programme)
{
    return std::make_unique<Internal::DeleteItem<Programme>>(programme);
}

std::unique_ptr<PlanCommand>
moveProgramme(const Programme &programme, Id areaId, Id parentId, int position)
{
    return std::make_unique<Internal::MoveItem<Programme>>(programme,
                                                           Placement{areaId, parentId, position});
}

} // namespace Jfp::Commands
