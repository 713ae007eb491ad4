// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

namespace Jfp {

class Database;

/** An indicator's SPC options (JSON) and rebase points. The caller owns the transaction. */
class SpcSettingsRepository
{
public:
    explicit SpcSettingsRepository(Database &db)
        : m_db(db)
    {}

    /** Stores the options; an empty string removes them (the defaults). */
    bool setOptions(Id indicatorId, const QString &json, QString *error);
    /** Replaces every rebase point of the indicator. */
    bool setRebases(Id indicatorId, const QList<SpcRebase> &rebases, QString *error);
    /** The indicator's options (empty: the defaults) and rebase points, in period order. */
    bool read(Id indicatorId, QString *options, QList<SpcRebase> *rebases, QString *error);

private:
    Database &m_db;
};

} // namespace Jfp
