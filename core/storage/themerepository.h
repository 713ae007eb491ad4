// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <optional>

namespace Jfp {

class Database;

/**
 * Theme rows, one by one: programmes' tags refer to them, so they are never replaced
 * wholesale. The caller owns the transaction.
 */
class ThemeRepository
{
public:
    explicit ThemeRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts after the other themes of its framework, with `theme.id` when set. */
    Id insert(const Theme &theme, QString *error);
    /** Updates the key, code, name and description (not the framework). */
    bool update(const Theme &theme, QString *error);
    /** Deletes the theme and, through the foreign keys, the tags that use it. */
    bool remove(Id id, QString *error);
    std::optional<Theme> find(Id id, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
