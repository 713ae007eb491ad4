// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <optional>

namespace Jfp {

class Database;

/** Framework rows (their own fields; ThemeRepository writes themes). The caller owns the
 * transaction. */
class FrameworkRepository
{
public:
    explicit FrameworkRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts after the other frameworks, with `framework.id` when set (redo of an add). */
    Id insert(const Framework &framework, QString *error);
    bool update(const Framework &framework, QString *error);
    /** Deletes the framework and, through the foreign keys, its themes and their tags. */
    bool remove(Id id, QString *error);
    /** The framework's own fields (no themes). */
    std::optional<Framework> find(Id id, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
