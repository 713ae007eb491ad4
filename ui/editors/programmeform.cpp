// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "programmeform.h"

#include "commands/programmecommands.h"

#include <QListWidget>

#include <algorithm>

namespace Jfp {

using namespace Qt::StringLiterals;

ProgrammeForm::ProgrammeForm(CommitMode mode, QWidget *parent)
    : ItemFormOf<Programme>(mode, parent)
{
    addLine(u"name"_s, tr("&Name:"));
    bind(u"name"_s, &Programme::name);
    addText(u"ambition"_s, tr("&Ambition:"));
    bind(u"ambition"_s, &Programme::ambition);
    addText(u"description"_s, tr("&Description:"));
    bind(u"description"_s, &Programme::description);
    addLine(u"sro"_s, tr("&Senior responsible owner:"));
    bind(u"sro"_s, &Programme::sro);
    addLine(u"manager"_s, tr("Pro&gramme manager:"));
    bind(u"manager"_s, &Programme::manager);
    addCombo(u"status"_s,
             tr("Delivery stat&us:"),
             QList<std::pair<QString, QString>>{{tr("Not set"), QString()}}
                 + enumItems<DeliveryStatus>());
    bind(u"status"_s, &Programme::status);
    addDate(u"start"_s, tr("Sta&rt date:"));
    bind(u"start"_s, &Programme::start);
    addDate(u"end"_s, tr("End da&te:"));
    bind(u"end"_s, &Programme::end);
    addLine(u"source"_s, tr("S&ource:"));
    bind(u"source"_s, &Programme::source);
    const QString themes = u"themeIds"_s;
    addChecklist(themes, tr("The&mes:"))
        ->setToolTip(tr("The framework themes the programme serves; Space ticks one."));
    bind(
        themes,
        [this, themes](const Programme &p) {
            QList<std::pair<QString, QString>> items;
            for (const Framework &f : plan().frameworks) {
                for (const Theme &t : f.themes)
                    items.append({tr("%1: %2").arg(f.name, t.name), QString::number(t.id)});
            }
            setChecklistItems(themes, items);
            QStringList ids;
            for (const Id id : p.themeIds)
                ids << QString::number(id);
            setCheckedKeys(themes, ids);
        },
        [this, themes](Programme &p) {
            p.themeIds.clear();
            for (const QString &id : checkedKeys(themes))
                p.themeIds.append(id.toLongLong());
            std::sort(p.themeIds.begin(), p.themeIds.end());
        });
}

Validation::Messages ProgrammeForm::validate(const Programme &programme,
                                             const Programme *before) const
{
    return Validation::programme(programme, plan(), before);
}

std::unique_ptr<PlanCommand> ProgrammeForm::makeEdit(const Programme &before,
                                                     const Programme &after) const
{
    return Commands::editProgramme(before, after);
}

} // namespace Jfp
