// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "areaform.h"

#include "commands/areacommands.h"

namespace Jfp {

using namespace Qt::StringLiterals;

AreaForm::AreaForm(CommitMode mode, QWidget *parent)
    : ItemFormOf<Area>(mode, parent)
{
    addLine(u"name"_s, tr("&Name:"));
    bind(u"name"_s, &Area::name);
    addLine(u"shortName"_s, tr("&Short name:"));
    bind(u"shortName"_s, &Area::shortName);
    addLine(u"onsCode"_s, tr("&ONS code:"), tr("e.g. E08000013"));
    bind(u"onsCode"_s, &Area::onsCode);
    addLine(u"odsCode"_s, tr("O&DS code:"), tr("e.g. QYG"));
    bind(u"odsCode"_s, &Area::odsCode);
    const QString population = u"population"_s;
    addNumber(population, tr("&Population:"), true);
    bind(
        population,
        [this, population](const Area &area) {
            setNumber(population,
                      area.population ? OptionalValue(double(*area.population)) : OptionalValue());
        },
        [this, population](Area &area) {
            const OptionalValue stored
                = area.population ? OptionalValue(double(*area.population)) : OptionalValue();
            const OptionalValue value = number(population, stored);
            area.population = value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
        });
    addLine(u"populationYear"_s, tr("Population &year:"), tr("e.g. 2022"));
    bind(u"populationYear"_s, &Area::populationYear);
    addLine(u"populationSource"_s, tr("Population so&urce:"));
    bind(u"populationSource"_s, &Area::populationSource);
    addText(u"description"_s, tr("Descr&iption:"));
    bind(u"description"_s, &Area::description);
    addLine(u"source"_s, tr("Sou&rce:"));
    bind(u"source"_s, &Area::source);
}

Validation::Messages AreaForm::validate(const Area &area, const Area *) const
{
    return Validation::area(area, plan());
}

std::unique_ptr<PlanCommand> AreaForm::makeEdit(const Area &before, const Area &after) const
{
    return Commands::editArea(before, after);
}

} // namespace Jfp
