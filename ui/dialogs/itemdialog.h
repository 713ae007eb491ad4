// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QPushButton;

namespace Jfp {

class ItemForm;

/**
 * Adds or edits one item with its form (ItemForm in CommitMode::Whole): OK is disabled while
 * any field has a message (the messages stand beside the fields). On OK the dialog calls its
 * store function, which pushes the command; it closes only when the change is in the plan, so
 * input the plan refuses is not lost.
 */
class ItemDialog : public QDialog
{
    Q_OBJECT

public:
    ItemDialog(ItemForm *form, const QString &title, QWidget *parent = nullptr);

    ItemForm *form() const { return m_form; }
    QPushButton *okButton() const;
    void setStore(std::function<bool()> store) { m_store = std::move(store); }

    void accept() override;

private:
    void updateOk();

    ItemForm *m_form;
    QDialogButtonBox *m_buttons;
    std::function<bool()> m_store;
};

} // namespace Jfp
