// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planpropertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Jfp {

PlanPropertiesDialog::PlanPropertiesDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_name(new QLineEdit(info.name, this))
    , m_description(new QPlainTextEdit(info.description, this))
    , m_slipTolerance(new QSpinBox(this))
{
    setWindowTitle(tr("Plan Properties"));
    setObjectName(QStringLiteral("planPropertiesDialog"));
    m_name->setAccessibleName(tr("Plan name"));
    m_description->setAccessibleName(tr("Plan description"));
    m_description->setTabChangesFocus(true); // Tab leaves the field, as in every other form
    m_description->setMinimumHeight(fontMetrics().height() * 5);
    m_slipTolerance->setRange(0, PlanInfo::maxSlipToleranceDays);
    m_slipTolerance->setValue(info.milestoneSlipToleranceDays);
    m_slipTolerance->setSuffix(tr(" days"));
    m_slipTolerance->setAccessibleName(tr("Milestones slip after, in days"));
    m_slipTolerance->setAccessibleDescription(
        tr("A milestone whose forecast date is more than this many days after its baseline "
           "date shows as Slipped"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    auto *slipLabel = new QLabel(tr("Milestones &slip after:"), this);
    slipLabel->setBuddy(m_slipTolerance);
    form->addRow(slipLabel, m_slipTolerance);
    auto *slipHelp = new QLabel(tr("A milestone whose forecast date is more than this many days "
                                   "after its baseline date shows as Slipped. A plan that does "
                                   "not say uses %1 days.")
                                    .arg(PlanInfo::defaultSlipToleranceDays),
                                this);
    slipHelp->setWordWrap(true);
    form->addRow(QString(), slipHelp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

PlanInfo PlanPropertiesDialog::info() const
{
    PlanInfo info = m_info;
    info.name = m_name->text().trimmed();
    info.description = m_description->toPlainText();
    info.milestoneSlipToleranceDays = m_slipTolerance->value();
    return info;
}

} // namespace Jfp
