// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progresspanel.h"

#include "commands/filltrajectory.h"
#include "commands/progressupdatecommands.h"
#include "delegates/ragbadge.h"
#include "dialogs/progressupdatedialog.h"
#include "domain/period.h"
#include "domain/rag.h"
#include "editors/progressupdateform.h"
#include "models/progressupdatetablemodel.h"
#include "tablesetup.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Jfp {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProgressUpdateTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Update…"), this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_narrative(new QPlainTextEdit(this))
    , m_empty(new QLabel(this))
{
    m_table->setModel(m_model);
    setUpRowTable(m_table, tr("Progress updates"));
    m_table->setAccessibleDescription(
        tr("Newest quarter first. Enter edits the selected update; Delete deletes it."));
    m_table->setItemDelegateForColumn(ProgressUpdateTableModel::RagColumn,
                                      new RagDelegate(ProgressUpdateTableModel::RagRole, this));
    m_table->installEventFilter(this);
    m_add->installEventFilter(this); // Insert adds from the button too, when there is no table
    connect(m_table, &QTableView::activated, this, [this] { editUpdate(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showNarrative();
        updateButtons();
    });

    m_add->setAccessibleName(tr("Add progress update"));
    m_edit->setAccessibleName(tr("Edit progress update"));
    m_delete->setAccessibleName(tr("Delete progress update"));
    connect(m_add, &QPushButton::clicked, this, &ProgressPanel::addUpdate);
    connect(m_edit, &QPushButton::clicked, this, &ProgressPanel::editUpdate);
    connect(m_delete, &QPushButton::clicked, this, &ProgressPanel::deleteUpdate);

    m_narrative->setReadOnly(true);
    m_narrative->setAccessibleName(tr("Narrative of the selected update"));
    m_narrative->setMaximumHeight(fontMetrics().height() * 9);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No progress update yet. Add one for this quarter: a RAG status and what"
                        " went well, what did not, and the next steps."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_narrative, 1);
    clear();
}

void ProgressPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ProgressPanel::clear()
{
    m_plan = nullptr;
    m_model->clear();
    showNarrative();
    updateButtons();
}

void ProgressPanel::showProgramme(const PlanSnapshot *plan, Id programmeId)
{
    if (!plan || !plan->programme(programmeId)) {
        clear();
        return;
    }
    const bool same = m_model->programmeId() == programmeId;
    const Id selected = same ? currentUpdateId() : 0;
    m_plan = plan;
    m_model->showProgramme(*plan, programmeId);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
    int row = selected ? m_model->rowOf(selected) : -1;
    if (!m_selectPeriod.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->updateAt(r)->period == m_selectPeriod)
                row = r;
        }
        m_selectPeriod.clear();
    }
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showNarrative();
    updateButtons();
}

Id ProgressPanel::currentUpdateId() const
{
    const ProgressUpdate *u = m_model->updateAt(m_table->currentIndex().row());
    return u ? u->id : 0;
}

QString ProgressPanel::narrativeText() const
{
    return m_narrative->toPlainText();
}

void ProgressPanel::showNarrative()
{
    const ProgressUpdate *u = m_model->updateAt(m_table->currentIndex().row());
    if (!u) {
        m_narrative->clear();
        return;
    }
    m_narrative->setPlainText(tr("%1 · RAG: %2 · recorded by %3")
                                  .arg(u->period,
                                       Rags::label(u->rag),
                                       u->recordedBy.isEmpty() ? tr("not recorded") : u->recordedBy)
                              + QStringLiteral("\n\n") + ProgressUpdateTableModel::narrative(*u));
}

void ProgressPanel::updateButtons()
{
    const bool shown = m_model->programmeId() != 0;
    const bool selected = currentUpdateId() != 0;
    m_add->setEnabled(shown && !m_readOnly);
    m_edit->setEnabled(selected && !m_readOnly);
    m_delete->setEnabled(selected && !m_readOnly);
    m_empty->setVisible(shown && m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    m_narrative->setVisible(m_model->rowCount() > 0);
}

bool ProgressPanel::selectUpdate(Id updateId)
{
    const int row = m_model->rowOf(updateId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ProgressPanel::addUpdate()
{
    if (!m_plan || !m_sink || m_readOnly || m_model->programmeId() == 0)
        return false;
    ProgressUpdate update;
    update.programmeId = m_model->programmeId();
    // This quarter, or the first quarter after it that has no update yet.
    const QStringList quarters = ProgressUpdateForm::quarters(m_plan->info);
    const Period today
        = TrajectoryFill::periodContaining(QDate::currentDate(), TrajectoryFill::Step::Quarterly);
    for (const QString &q : quarters) {
        if (Period::parse(q) < today)
            continue;
        bool taken = false;
        for (int r = 0; r < m_model->rowCount(); ++r)
            taken = taken || Period::parse(m_model->updateAt(r)->period) == Period::parse(q);
        if (!taken) {
            update.period = q;
            break;
        }
    }
    ProgressUpdateDialog dialog(*m_plan, update, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ProgressUpdate added = dialog.value();
    m_selectPeriod = Period::parse(added.period).toString();
    if (!m_sink(Commands::addProgressUpdate(added))) {
        m_selectPeriod.clear();
        return false;
    }
    return true;
}

bool ProgressPanel::editUpdate()
{
    const ProgressUpdate *current = m_model->updateAt(m_table->currentIndex().row());
    if (!m_plan || !current || !m_sink || m_readOnly)
        return false;
    const ProgressUpdate before = *current;
    ProgressUpdateDialog dialog(*m_plan, before, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ProgressUpdate after = dialog.value();
    if (after.period == before.period && after.rag == before.rag
        && after.wentWell == before.wentWell && after.didNot == before.didNot
        && after.nextSteps == before.nextSteps)
        return true; // nothing changed
    m_selectPeriod = Period::parse(after.period).toString();
    return m_sink(Commands::editProgressUpdate(before, after));
}

bool ProgressPanel::deleteUpdate()
{
    const ProgressUpdate *current = m_model->updateAt(m_table->currentIndex().row());
    if (!current || !m_sink || m_readOnly)
        return false;
    const ProgressUpdate update = *current;
    const auto answer = QMessageBox::question(
        this,
        tr("Delete Progress Update"),
        tr("Delete the %1 progress update (RAG %2) and its narrative? Undo brings it back.")
            .arg(update.period, Rags::label(update.rag)),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    return m_sink(Commands::deleteProgressUpdate(update));
}

bool ProgressPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_table || watched == m_add) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete && watched == m_table) {
            deleteUpdate();
            return true;
        }
        if (key == Qt::Key_Insert) {
            addUpdate();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Jfp
