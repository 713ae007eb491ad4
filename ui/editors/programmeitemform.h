// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "itemform.h"

namespace Jfp {

/**
 * The programme list that milestone and indicator forms start with: the programmes of the
 * plan, or of one area and the areas beneath it. When adding, the user chooses one; when
 * editing it shows where the item is (moving it is a separate command).
 */
template<typename T>
class ProgrammeItemForm : public ItemFormOf<T>
{
public:
    using ItemFormOf<T>::ItemFormOf;

    /** Offers only the programmes of `areaId` and beneath it (0: the whole plan). */
    void setAreaScope(Id areaId) { m_areaId = areaId; }

protected:
    void addProgrammeField(const QString &label)
    {
        this->addCombo(QStringLiteral("programmeId"), label, {});
        this->bind(
            QStringLiteral("programmeId"),
            [this](const T &item) { loadProgramme(item); },
            [this](T &item) {
                // Moving to another programme is its own command, not an edit.
                if (this->isNew())
                    item.programmeId = this->comboKey(QStringLiteral("programmeId")).toLongLong();
            });
    }

private:
    void loadProgramme(const T &item)
    {
        const PlanSnapshot &plan = this->plan();
        QList<std::pair<QString, QString>> items;
        if (item.programmeId == 0)
            items.append({ItemForm::tr("Choose a programme"), QString()});
        for (const Programme &p : plan.programmes) {
            const Area *area = plan.area(p.areaId);
            if (p.id != item.programmeId && m_areaId && !plan.isAreaWithin(p.areaId, m_areaId))
                continue;
            items.append({area ? ItemForm::tr("%1 (%2)").arg(p.name, area->name) : p.name,
                          QString::number(p.id)});
        }
        const QString key = QStringLiteral("programmeId");
        this->setComboItems(key, items);
        this->setComboKey(key, item.programmeId ? QString::number(item.programmeId) : QString());
        this->setFieldEnabled(key, this->isNew());
    }

    Id m_areaId = 0;
};

} // namespace Jfp
