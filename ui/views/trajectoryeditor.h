// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/commandsink.h"
#include "domain/plan.h"

#include <QModelIndexList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Jfp {

class CheckingDelegate;
class TrajectoryTableModel;

/**
 * The Trajectory tab: an indicator's planned and actual values by period, edited cell by cell
 * (each change one undoable command), filled from baseline to target, pasted from a
 * spreadsheet (Ctrl+V), copied (Ctrl+C) and cleared (Delete). Above the table: the status of
 * the latest actual against the plan as a shape and words, and the indicator's tolerance.
 * Input that is not stored is explained beneath the table, cell by cell.
 */
class TrajectoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TrajectoryEditor(QWidget *parent = nullptr);

    void setCommandSink(CommandSink sink);
    void setReadOnly(bool readOnly);
    /** Shows an indicator (after a change: the same one again, keeping the user's place). */
    void showIndicator(const PlanSnapshot *plan, Id indicatorId);
    void clear();

    TrajectoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *granularityBox() const { return m_granularity; }
    QPushButton *fillButton() const { return m_fill; }
    /** The status line: the shape's key and the words shown. */
    QString statusKey() const { return m_statusKey; }
    QString statusText() const;
    QString toleranceText() const;
    /** True while a cell's editor has the keyboard focus. */
    bool isEditing() const;
    /** The problems shown beneath the table; empty when none shows. */
    QString message() const;

    void paste();
    void copy();
    void clearSelectedCells();
    /** Opens "Fill trajectory"; returns whether values were filled. */
    bool fill();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void showMessage(const QString &message);
    QModelIndexList selectedCells() const;

    TrajectoryTableModel *m_model;
    CheckingDelegate *m_delegate;
    QComboBox *m_granularity;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_tolerance;
    QLabel *m_hidden;
    QPushButton *m_fill;
    QTableView *m_table;
    QLabel *m_message;
    QLabel *m_placeholder;
    CommandSink m_sink;
    QString m_statusKey;
    bool m_readOnly = false;
};

} // namespace Jfp
