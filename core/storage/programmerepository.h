// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "placement.h"

#include <optional>

namespace Jfp {

class Database;

/** Programme rows (nested) and their theme tags. The caller owns the transaction. */
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts last among its siblings, with `programme.id` when set (redo of an add). */
    Id insert(const Programme &programme, QString *error);
    /** Updates the programme's own fields and themes; not its place in the tree. */
    bool update(const Programme &programme, QString *error);
    /** Deletes the programme and, through the foreign keys, everything beneath it. */
    bool remove(Id id, QString *error);
    std::optional<Programme> find(Id id, QString *error);
    std::optional<Placement> placement(Id id, QString *error);
    /** Moves the programme (and its sub-programmes, to the same area) to `to`. */
    bool move(Id id, const Placement &to, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
