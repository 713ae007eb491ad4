// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressupdatedialog.h"

#include "editors/progressupdateform.h"
#include "views/screenfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jfp {

using namespace Qt::StringLiterals;

ProgressUpdateDialog::ProgressUpdateDialog(const PlanSnapshot &plan,
                                           const ProgressUpdate &update,
                                           bool isNew,
                                           QWidget *parent)
    : QDialog(parent)
    , m_form(new ProgressUpdateForm(ItemForm::CommitMode::Whole, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Programme *programme = plan.programme(update.programmeId);
    const QString name = programme ? programme->name : QString();
    setWindowTitle(isNew ? tr("Add Progress Update to '%1'").arg(name)
                         : tr("Edit Progress Update %1 of '%2'").arg(update.period, name));
    setAccessibleName(windowTitle());
    m_form->setAccessibleName(tr("Progress update's fields"));
    m_form->setItem(update, plan, isNew);

    auto *intro = new QLabel(tr("The programme's status for the board this quarter, and what"
                                " went well, what did not, and the next steps. Earlier quarters'"
                                " updates are kept."),
                             this);
    intro->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgressUpdateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ItemForm::messagesChanged, this, &ProgressUpdateDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_buttons);
    updateButtons();
    ScreenFit::resize(this, {560, 600});
}

ProgressUpdate ProgressUpdateDialog::value() const
{
    return m_form->value();
}

void ProgressUpdateDialog::accept()
{
    if (!m_form->isValid())
        return; // the messages beside the fields say what to do
    QDialog::accept();
}

void ProgressUpdateDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid());
}

} // namespace Jfp
