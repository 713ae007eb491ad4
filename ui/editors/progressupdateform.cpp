// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressupdateform.h"

#include "commands/progressupdatecommands.h"
#include "delegates/ragbadge.h"
#include "domain/period.h"
#include "domain/rag.h"

#include <QComboBox>

namespace Jfp {

using namespace Qt::StringLiterals;

ProgressUpdateForm::ProgressUpdateForm(CommitMode mode, QWidget *parent)
    : ItemFormOf<ProgressUpdate>(mode, parent)
{
    addCombo(u"period"_s, tr("&Quarter:"), {});
    bind(
        u"period"_s,
        [this](const ProgressUpdate &u) {
            const QString own
                = Period::parse(u.period).isValid() ? Period::parse(u.period).toString() : u.period;
            QList<std::pair<QString, QString>> items;
            if (own.isEmpty())
                items.append({tr("Choose a quarter"), QString()});
            QStringList all = quarters(plan().info);
            if (!own.isEmpty() && !all.contains(own))
                all.prepend(own); // an update stored before the horizon stays as it is
            for (const QString &q : std::as_const(all))
                items.append({q, q});
            setComboItems(u"period"_s, items);
            setComboKey(u"period"_s, own);
        },
        [this](ProgressUpdate &u) { u.period = comboKey(u"period"_s); });

    QComboBox *rag = addCombo(u"rag"_s,
                              tr("&RAG status:"),
                              {{tr("Choose a status"), QString()},
                               {Rags::label(u"green"), u"green"_s},
                               {Rags::label(u"amber"), u"amber"_s},
                               {Rags::label(u"red"), u"red"_s}});
    // A shape beside each word, so the list never rests on colour.
    const int side = rag->fontMetrics().height();
    for (int i = 1; i < rag->count(); ++i)
        rag->setItemIcon(i, RagBadge::pixmap(rag->itemData(i).toString(), side));
    bind(u"rag"_s, &ProgressUpdate::rag);
    addText(u"wentWell"_s, tr("What went &well:"));
    bind(u"wentWell"_s, &ProgressUpdate::wentWell);
    addText(u"didNot"_s, tr("What did &not go well:"));
    bind(u"didNot"_s, &ProgressUpdate::didNot);
    addText(u"nextSteps"_s, tr("Ne&xt steps:"));
    bind(u"nextSteps"_s, &ProgressUpdate::nextSteps);
}

QStringList ProgressUpdateForm::quarters(const PlanInfo &info)
{
    const Period start = Period::parse(info.horizonStart);
    const Period end = Period::parse(info.horizonEnd);
    QStringList list;
    if (!start.isValid() || !end.isValid())
        return list;
    const int firstYear = Period::financialYearContaining(start.start()).start().year();
    for (Period q = Period::financialQuarter(firstYear, 1);
         q.isValid() && q.end() <= end.end() && list.size() < 400;
         q = q.next())
        list << q.toString();
    return list;
}

Validation::Messages ProgressUpdateForm::validate(const ProgressUpdate &update,
                                                  const ProgressUpdate *) const
{
    return Validation::progressUpdate(update, plan());
}

std::unique_ptr<PlanCommand> ProgressUpdateForm::makeEdit(const ProgressUpdate &before,
                                                          const ProgressUpdate &after) const
{
    return Commands::editProgressUpdate(before, after);
}

} // namespace Jfp
