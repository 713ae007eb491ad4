// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "changehistoryview.h"

#include "models/changehistorymodel.h"
#include "tablesetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Jfp {

ChangeHistoryView::ChangeHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeHistoryModel(this))
    , m_filter(new QLineEdit(this))
    , m_selectedOnly(new QCheckBox(tr("Only the &selected item"), this))
    , m_user(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Item or field, e.g. Tackling Obesity"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the history by item or field"));
    auto *filterLabel = new QLabel(tr("&Item:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setTextFilter(text);
        updateSummary();
    });
    m_selectedOnly->setAccessibleName(tr("Only the item selected in the plan tree"));
    connect(m_selectedOnly, &QCheckBox::toggled, this, &ChangeHistoryView::applyItemFilter);
    m_user->setAccessibleName(tr("Filter the history by user"));
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    connect(m_user, &QComboBox::activated, this, [this] {
        m_model->setUserFilter(m_user->currentData().toString());
        updateSummary();
    });

    m_table->setModel(m_model);
    setUpRowTable(m_table, tr("Change history"));
    m_table->setAccessibleDescription(tr("Newest first. Enter goes to the item."));
    connect(m_table, &QTableView::activated, this, &ChangeHistoryView::goToCurrent);

    m_summary->setAccessibleName(tr("Changes shown"));
    m_summary->setWordWrap(true);

    auto *filters = new QGridLayout;
    filters->addWidget(filterLabel, 0, 0);
    filters->addWidget(m_filter, 0, 1);
    filters->addWidget(userLabel, 0, 2);
    filters->addWidget(m_user, 0, 3);
    filters->addWidget(m_selectedOnly, 1, 1, 1, 3);
    filters->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    reload(nullptr);
}

void ChangeHistoryView::reload(Database *db)
{
    const int scroll = m_table->verticalScrollBar()->value();
    const int row = m_table->currentIndex().row();
    if (!db) {
        m_model->clear();
    } else {
        QString error;
        if (!m_model->load(*db, &error)) {
            m_model->clear();
            m_summary->setText(tr("The history could not be read: %1").arg(error));
            return;
        }
    }
    // The users who changed the plan, keeping the one chosen.
    const QString chosen = m_model->userFilter();
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    for (const QString &user : m_model->users())
        m_user->addItem(user, user);
    const int index = m_user->findData(chosen);
    m_user->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        m_model->setUserFilter({});
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    if (row >= 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    m_table->verticalScrollBar()->setValue(scroll);
    updateSummary();
}

void ChangeHistoryView::setSelectedItem(const QString &kind, Id id, const QString &name)
{
    m_selectedKind = kind;
    m_selectedId = id;
    m_selectedOnly->setText(name.isEmpty() ? tr("Only the &selected item")
                                           : tr("Only the &selected item (%1)").arg(name));
    m_selectedOnly->setEnabled(!kind.isEmpty());
    applyItemFilter();
}

void ChangeHistoryView::applyItemFilter()
{
    if (m_selectedOnly->isChecked() && !m_selectedKind.isEmpty())
        m_model->setItemFilter(m_selectedKind, m_selectedId);
    else
        m_model->setItemFilter({}, 0);
    updateSummary();
}

QString ChangeHistoryView::summary() const
{
    return m_summary->text();
}

void ChangeHistoryView::updateSummary()
{
    m_summary->setText(
        tr("%1 of %n change(s) shown.", "", m_model->totalCount()).arg(m_model->rowCount()));
}

void ChangeHistoryView::goToCurrent()
{
    if (const ChangeRecord *r = m_model->recordAt(m_table->currentIndex().row()))
        Q_EMIT goToItemRequested(r->itemKind, r->itemId, r->itemName);
}

} // namespace Jfp
