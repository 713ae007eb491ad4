// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "placement.h"

#include <optional>

namespace Jfp {

class Database;

/** Milestone rows. The caller owns the transaction. */
class MilestoneRepository
{
public:
    explicit MilestoneRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts last in its programme, with `milestone.id` when set (redo of an add). */
    Id insert(const Milestone &milestone, QString *error);
    /** Updates the milestone's own fields; not its programme or position. */
    bool update(const Milestone &milestone, QString *error);
    bool remove(Id id, QString *error);
    std::optional<Milestone> find(Id id, QString *error);
    /** parentId is the programme. */
    std::optional<Placement> placement(Id id, QString *error);
    bool move(Id id, const Placement &to, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
