// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDialog>

class QDialogButtonBox;

namespace Jfp {

class ProgressUpdateForm;

/**
 * Add or edit a programme's progress update for a quarter: the quarter, RAG status and the
 * three parts of the narrative, with each field's message beside it. OK is offered only when
 * nothing is wrong; the caller stores value() as one undoable command.
 */
class ProgressUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    ProgressUpdateDialog(const PlanSnapshot &plan,
                         const ProgressUpdate &update,
                         bool isNew,
                         QWidget *parent = nullptr);

    ProgressUpdateForm *form() const { return m_form; }
    ProgressUpdate value() const;

    void accept() override;

private:
    void updateButtons();

    ProgressUpdateForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Jfp
