// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spcsettingsdialog.h"

#include "domain/period.h"
#include "reporting/spcchartdata.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jfp {

SpcSettingsDialog::SpcSettingsDialog(const Commands::SpcSettingsValue &value, QWidget *parent)
    : QDialog(parent)
    , m_screen(new QCheckBox(
          tr("&Screen out large moving ranges (NHSRplotthedots; off = MDC Excel tool)"), this))
    , m_shift(new QSpinBox(this))
    , m_trend(new QSpinBox(this))
    , m_twoOfThree(new QCheckBox(
          tr("Two of three: count points &beyond the limits (MDC, November 2023)"), this))
    , m_improvementWins(
          new QCheckBox(tr("When rules &conflict, improvement wins (MDC single chart tool)"), this))
    , m_fix(new QCheckBox(tr("&Fix the limits after the first points of each segment:"), this))
    , m_fixAfter(new QSpinBox(this))
    , m_mdcMinimum(new QCheckBox(tr("Show limits and icons only from &13 points (MDC)"), this))
    , m_trajectory(new QCheckBox(
          tr("Judge &assurance against the planned trajectory, not the target"), this))
    , m_rebases(new QTableWidget(0, 2, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("SPC Settings"));
    const IndicatorSpcSettings settings = IndicatorSpcSettings::parse(value.optionsJson);
    const Spc::SpcOptions &o = settings.options;
    m_screen->setChecked(o.screenOutliers);
    m_shift->setRange(2, 20);
    m_shift->setValue(o.shiftLength);
    m_trend->setRange(2, 20);
    m_trend->setValue(o.trendLength);
    m_twoOfThree->setChecked(o.twoOfThreeIncludesBeyondLimits);
    m_improvementWins->setChecked(o.conflictPolicy
                                  == Spc::SpcOptions::ConflictPolicy::ImprovementWins);
    m_fix->setChecked(o.fixAfterPoints.has_value());
    m_fixAfter->setRange(Spc::SpcOptions::minimumFixAfterPoints, 1000);
    m_fixAfter->setValue(o.fixAfterPoints.value_or(Spc::SpcOptions::minimumFixAfterPoints));
    m_fixAfter->setEnabled(m_fix->isChecked());
    m_mdcMinimum->setChecked(o.minimumPointsForLimits >= 13);
    m_trajectory->setChecked(settings.assuranceBasis == AssuranceBasis::Trajectory);
    m_shift->setAccessibleName(tr("Points in a shift"));
    m_trend->setAccessibleName(tr("Points in a trend"));
    m_fixAfter->setAccessibleName(tr("Points before the limits are fixed"));
    m_rebases->setAccessibleName(tr("Rebase points"));
    m_rebases->setHorizontalHeaderLabels({tr("From period"), tr("Reason")});
    m_rebases->horizontalHeader()->setStretchLastSection(true);
    m_rebases->verticalHeader()->setVisible(false);
    for (const SpcRebase &rebase : value.rebases) {
        const int row = m_rebases->rowCount();
        m_rebases->insertRow(row);
        m_rebases->setItem(row, 0, new QTableWidgetItem(rebase.period));
        m_rebases->setItem(row, 1, new QTableWidgetItem(rebase.reason));
    }
    m_message->setStyleSheet(QStringLiteral("color: #DA291C"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(m_screen);
    auto *shiftLabel = new QLabel(tr("&Shift (points on one side of the mean):"), this);
    shiftLabel->setBuddy(m_shift);
    form->addRow(shiftLabel, m_shift);
    auto *trendLabel = new QLabel(tr("T&rend (points rising or falling):"), this);
    trendLabel->setBuddy(m_trend);
    form->addRow(trendLabel, m_trend);
    form->addRow(m_twoOfThree);
    form->addRow(m_improvementWins);
    form->addRow(m_fix, m_fixAfter);
    form->addRow(m_mdcMinimum);
    form->addRow(m_trajectory);
    auto *add = new QPushButton(tr("A&dd Rebase"), this);
    auto *remove = new QPushButton(tr("R&emove Rebase"), this);
    add->setAccessibleName(tr("Add a rebase point"));
    remove->setAccessibleName(tr("Remove the selected rebase point"));
    auto *rebaseButtons = new QHBoxLayout;
    rebaseButtons->addWidget(add);
    rebaseButtons->addWidget(remove);
    rebaseButtons->addStretch();
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rebase points (a new segment with its own limits starts at "
                                    "each, for a known change such as a new service):"),
                                 this));
    layout->addWidget(m_rebases);
    layout->addLayout(rebaseButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_fix, &QCheckBox::toggled, m_fixAfter, &QWidget::setEnabled);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_rebases->rowCount();
        m_rebases->insertRow(row);
        m_rebases->setItem(row, 0, new QTableWidgetItem);
        m_rebases->setItem(row, 1, new QTableWidgetItem);
        m_rebases->setCurrentCell(row, 0);
        m_rebases->editItem(m_rebases->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rebases->currentRow() >= 0)
            m_rebases->removeRow(m_rebases->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SpcSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
            const Spc::SpcOptions defaults;
            m_screen->setChecked(defaults.screenOutliers);
            m_shift->setValue(defaults.shiftLength);
            m_trend->setValue(defaults.trendLength);
            m_twoOfThree->setChecked(false);
            m_improvementWins->setChecked(false);
            m_fix->setChecked(false);
            m_mdcMinimum->setChecked(false);
            m_trajectory->setChecked(false);
        });
}

Commands::SpcSettingsValue SpcSettingsDialog::value() const
{
    IndicatorSpcSettings settings;
    Spc::SpcOptions &o = settings.options;
    o.screenOutliers = m_screen->isChecked();
    o.shiftLength = m_shift->value();
    o.trendLength = m_trend->value();
    o.twoOfThreeIncludesBeyondLimits = m_twoOfThree->isChecked();
    o.conflictPolicy = m_improvementWins->isChecked()
                           ? Spc::SpcOptions::ConflictPolicy::ImprovementWins
                           : Spc::SpcOptions::ConflictPolicy::Precedence;
    if (m_fix->isChecked())
        o.fixAfterPoints = m_fixAfter->value();
    o.minimumPointsForLimits
        = m_mdcMinimum->isChecked() ? 13 : Spc::SpcOptions().minimumPointsForLimits;
    settings.assuranceBasis
        = m_trajectory->isChecked() ? AssuranceBasis::Trajectory : AssuranceBasis::Target;
    Commands::SpcSettingsValue value;
    value.optionsJson = settings.toJson();
    for (int row = 0; row < m_rebases->rowCount(); ++row) {
        const QString text
            = m_rebases->item(row, 0) ? m_rebases->item(row, 0)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const Period period = Period::parse(text);
        value.rebases.append(
            {period.isValid() ? period.toString() : text,
             m_rebases->item(row, 1) ? m_rebases->item(row, 1)->text().trimmed() : QString()});
    }
    return value;
}

void SpcSettingsDialog::accept()
{
    const QString problem = Commands::validateSpcSettings(value());
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace Jfp
