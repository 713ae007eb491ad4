// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "itemform.h"

namespace Jfp {

/**
 * A progress update's fields: the quarter (a list of the plan horizon's quarters), the RAG
 * status (words with a shape) and the narrative in three parts: what went well, what did not
 * go well, next steps. Messages are Validation's (one update per programme and quarter, a
 * quarter inside the horizon, a RAG status chosen).
 */
class ProgressUpdateForm : public ItemFormOf<ProgressUpdate>
{
    Q_OBJECT

public:
    explicit ProgressUpdateForm(CommitMode mode, QWidget *parent = nullptr);

    /** The quarters of the plan horizon, first to last ("Q1 2024/25" …). */
    static QStringList quarters(const PlanInfo &info);

protected:
    Validation::Messages validate(const ProgressUpdate &update,
                                  const ProgressUpdate *before) const override;
    std::unique_ptr<PlanCommand> makeEdit(const ProgressUpdate &before,
                                          const ProgressUpdate &after) const override;
};

} // namespace Jfp
