// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/commandsink.h"
#include "domain/plan.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Jfp {

class ProgressUpdateTableModel;

/**
 * The Progress tab of a programme: its quarterly progress updates, newest first (quarter, RAG
 * as a word and a shape, who recorded it and when, the start of the narrative), the selected
 * update's whole narrative beneath, and Add, Edit and Delete, each one undoable command.
 * Enter on an update edits it; Delete deletes it after asking.
 */
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setCommandSink(CommandSink sink) { m_sink = std::move(sink); }
    void setReadOnly(bool readOnly);
    /** Shows a programme's updates (after a change: keeping the selected one). */
    void showProgramme(const PlanSnapshot *plan, Id programmeId);
    void clear();

    ProgressUpdateTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    /** The selected update's id, or 0. */
    Id currentUpdateId() const;
    QString narrativeText() const;
    /** Selects an update; false if it is not listed. */
    bool selectUpdate(Id updateId);

    /** Opens the dialog for a new update (the current quarter, or the next without one). */
    bool addUpdate();
    bool editUpdate();
    /** Asks, then deletes the selected update. */
    bool deleteUpdate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showNarrative();

    ProgressUpdateTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPlainTextEdit *m_narrative;
    QLabel *m_empty;
    const PlanSnapshot *m_plan = nullptr;
    CommandSink m_sink;
    QString m_selectPeriod; // after an add: the new update's quarter
    bool m_readOnly = false;
};

} // namespace Jfp
