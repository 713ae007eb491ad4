// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

namespace Jfp {

class Database;

/**
 * Inserts plan items with prepared statements and bound values. It does not open
 * transactions: callers group a whole change in one Transaction, so that it lands fully or
 * not at all. Each insert returns the new row id, or 0 with `error` set.
 */
class PlanWriter
{
public:
    explicit PlanWriter(Database &db)
        : m_db(db)
    {}

    bool setPlanInfo(const PlanInfo &info, QString *error);
    Id insertArea(const Area &area, int sortOrder, QString *error);
    /** Also sets the ids of the framework's themes. */
    Id insertFramework(Framework &framework, int sortOrder, QString *error);
    Id insertProgramme(const Programme &programme, int sortOrder, QString *error);
    Id insertMilestone(const Milestone &milestone, int sortOrder, QString *error);
    Id insertIndicator(const Indicator &indicator, int sortOrder, QString *error);
    Id insertProgressUpdate(const ProgressUpdate &update, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
