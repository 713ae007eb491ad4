// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "itemdialog.h"

#include "editors/itemform.h"
#include "views/screenfit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Jfp {

ItemDialog::ItemDialog(ItemForm *form, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    // A long form (an indicator's) scrolls rather than outgrowing the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(form);
    scroll->setMinimumWidth(form->sizeHint().width() + 40);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    okButton()->setAccessibleDescription(tr("Disabled while a field has a problem"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    connect(form, &ItemForm::messagesChanged, this, &ItemDialog::updateOk);
    updateOk();
    // The cursor starts where there is something to fix (a new item's name), else at the top.
    form->focusFirstField();
    ScreenFit::resize(
        this, {std::max(560, sizeHint().width()), std::min(720, form->sizeHint().height() + 90)});
}

QPushButton *ItemDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ItemDialog::updateOk()
{
    okButton()->setEnabled(m_form->isValid());
}

void ItemDialog::accept()
{
    if (!m_form->isValid())
        return;
    if (m_store && !m_store())
        return; // refused: the user has been told why, and keeps the input
    QDialog::accept();
}

} // namespace Jfp
