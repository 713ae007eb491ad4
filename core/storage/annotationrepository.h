// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <optional>

namespace Jfp {

class Database;

/** Annotation rows. The caller owns the transaction. */
class AnnotationRepository
{
public:
    explicit AnnotationRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts with `annotation.id` when it is set (undo of a removal), else a new id. */
    Id insert(const Annotation &annotation, QString *error);
    bool update(const Annotation &annotation, QString *error);
    bool remove(Id id, QString *error);
    std::optional<Annotation> find(Id id, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
