// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/filltrajectory.h"
#include "domain/plan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Jfp {

/**
 * "Fill trajectory": planned values from the baseline to the target (a straight line, or the
 * same percentage change each period), previewed beside the values planned now, for the user
 * to accept as one undoable step and then edit cell by cell. It starts from the indicator's
 * baseline and target, which the user may change here for the fill only.
 */
class FillTrajectoryDialog : public QDialog
{
    Q_OBJECT

public:
    FillTrajectoryDialog(const Indicator &indicator,
                         const TrajectoryFill::Request &start,
                         QWidget *parent = nullptr);

    TrajectoryFill::Request request() const;
    /** The filled values previewed; empty when the input has a problem. */
    const QList<PeriodValue> &values() const { return m_values; }
    /** What is wrong with the input; empty when the preview is good. */
    QString problem() const { return m_problem; }

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLineEdit *baselinePeriodEdit() const { return m_baselinePeriod; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *targetPeriodEdit() const { return m_targetPeriod; }
    QTableWidget *preview() const { return m_preview; }

private:
    void updatePreview();

    Indicator m_indicator;
    TrajectoryFill::Request m_start;
    QComboBox *m_method;
    QLineEdit *m_baseline;
    QLineEdit *m_baselinePeriod;
    QLineEdit *m_target;
    QLineEdit *m_targetPeriod;
    QComboBox *m_after;
    QComboBox *m_step;
    QSpinBox *m_decimals;
    QTableWidget *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<PeriodValue> m_values;
    QString m_problem;
};

} // namespace Jfp
