// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "placement.h"

#include <optional>

namespace Jfp {

class Database;

/** Area rows and their extra codes. The caller owns the transaction. */
class AreaRepository
{
public:
    explicit AreaRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts last among its siblings, with `area.id` when set (redo of an add). */
    Id insert(const Area &area, QString *error);
    /** Updates the area's own fields and extra codes; not its place in the tree. */
    bool update(const Area &area, QString *error);
    /**
     * Makes the area's GP practices these, in this order: updates those with an id, inserts
     * the others, deletes the practices of the area that are not in the list.
     */
    bool setPractices(Id areaId, const QList<GpPractice> &practices, QString *error);
    /** Deletes the area and, through the foreign keys, everything beneath it. */
    bool remove(Id id, QString *error);
    std::optional<Area> find(Id id, QString *error);
    std::optional<Placement> placement(Id id, QString *error);
    bool move(Id id, const Placement &to, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
