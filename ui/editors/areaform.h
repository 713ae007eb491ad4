// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "itemform.h"

namespace Jfp {

/**
 * An area's own fields: name, short name, ONS and ODS codes, population (with its year and
 * source), description and source. Its level and place in the tree change by moving it; its
 * other codes and GP practices are shown beside the form, not edited here.
 */
class AreaForm : public ItemFormOf<Area>
{
    Q_OBJECT

public:
    explicit AreaForm(CommitMode mode, QWidget *parent = nullptr);

protected:
    Validation::Messages validate(const Area &area, const Area *before) const override;
    std::unique_ptr<PlanCommand> makeEdit(const Area &before, const Area &after) const override;
};

} // namespace Jfp
