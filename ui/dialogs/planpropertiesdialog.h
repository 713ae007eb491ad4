// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Jfp {

/**
 * File > Plan Properties: the plan's name, its description and the days a milestone's
 * forecast may run past its baseline date before it reads "Slipped". The horizon is kept as
 * it is. The window pushes the change as one undoable command (Commands::editPlanInfo).
 */
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanPropertiesDialog(const PlanInfo &info, QWidget *parent = nullptr);

    /** The plan's details as given: those it was opened with, with the fields changed. */
    PlanInfo info() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QSpinBox *slipToleranceBox() const { return m_slipTolerance; }

private:
    PlanInfo m_info;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QSpinBox *m_slipTolerance;
};

} // namespace Jfp
