// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/spccommands.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Jfp {

/** The SPC options of one indicator (spc.md section 4) and its rebase points with reasons. */
class SpcSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SpcSettingsDialog(const Commands::SpcSettingsValue &value, QWidget *parent = nullptr);

    Commands::SpcSettingsValue value() const;
    void accept() override;

private:
    QCheckBox *m_screen;
    QSpinBox *m_shift;
    QSpinBox *m_trend;
    QCheckBox *m_twoOfThree;
    QCheckBox *m_improvementWins;
    QCheckBox *m_fix;
    QSpinBox *m_fixAfter;
    QCheckBox *m_mdcMinimum;
    QCheckBox *m_trajectory;
    QTableWidget *m_rebases;
    QLabel *m_message;
};

} // namespace Jfp
