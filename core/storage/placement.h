// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

namespace Jfp {

/**
 * Where an item sits in the plan tree: its parent and its position among its siblings.
 * Areas use parentId (0 = a top-level area); programmes use areaId and parentId (0 = a
 * programme of the area itself); milestones and indicators use parentId for their programme.
 * A position of -1 means "last".
 */
struct Placement
{
    Id areaId = 0;
    Id parentId = 0;
    int position = -1;

    friend bool operator==(const Placement &, const Placement &) = default;
};

} // namespace Jfp
