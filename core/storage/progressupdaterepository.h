// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <optional>

namespace Jfp {

class Database;

/** Progress update rows: one per programme and quarter. The caller owns the transaction. */
class ProgressUpdateRepository
{
public:
    explicit ProgressUpdateRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts with `update.id` when it is set (redo of an add, undo of a removal). */
    Id insert(const ProgressUpdate &update, QString *error);
    bool update(const ProgressUpdate &update, QString *error);
    bool remove(Id id, QString *error);
    std::optional<ProgressUpdate> find(Id id, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
