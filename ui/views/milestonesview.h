// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "undo/commandsink.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTableView;
class QToolButton;

namespace Jfp {

class MilestoneFilterProxyModel;
class MilestoneLegend;
class MilestoneTableModel;
class MilestoneTimeline;

/**
 * The milestones of the selected area or programme (and the items beneath it): a filter bar
 * (status, owner, overdue only, words; sort), the table, and below it the timeline, both
 * showing the same rows in the same order with one selection. Moving a forecast date on the
 * timeline is checked with Validation and stored as one undoable editMilestone command
 * through the command sink; a refused date is explained and nothing is stored.
 *
 * Adding, editing and deleting milestones belongs to the edit dialogs: this view only asks for
 * them (Insert, Enter or a double click, Delete in the table or timeline).
 */
class MilestonesView : public QWidget
{
    Q_OBJECT

public:
    explicit MilestonesView(QWidget *parent = nullptr);
    ~MilestonesView() override;

    void setCommandSink(CommandSink sink) { m_sink = std::move(sink); }
    /** A read-only plan: forecast dates cannot be moved (and the timeline says why). */
    void setReadOnly(bool readOnly);
    void showArea(const PlanSnapshot &plan, Id areaId);
    void showProgramme(const PlanSnapshot &plan, Id programmeId);
    void clear();
    /** The day "overdue" and the Today line are measured against (tests set it). */
    void setToday(const QDate &today);

    /** Every milestone of the item shown, before filtering. */
    int milestoneCount() const;
    Id currentMilestoneId() const;
    /** Selects the milestone in the table and timeline; false when it is not shown. */
    bool selectMilestone(Id milestoneId);
    /** Why the last forecast date was refused; empty after a change that was stored. */
    QString message() const;

    QTableView *table() const { return m_table; }
    MilestoneTimeline *timeline() const { return m_timeline; }
    QScrollArea *timelineScrollArea() const { return m_scroll; }
    MilestoneFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *ownerFilter() const { return m_owner; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *sortColumn() const { return m_sortColumn; }
    QToolButton *sortDescending() const { return m_sortDescending; }

Q_SIGNALS:
    void editRequested(Id milestoneId);
    void addRequested();
    void deleteRequested(Id milestoneId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createTimelinePanel();
    void populate(const PlanSnapshot &plan, bool isArea, Id id);
    void refillOwners();
    void applyFilters();
    void updateCount();
    void syncSortControls();
    void sortFromControls();
    const Milestone *findMilestone(Id id) const;
    QString checkForecast(Id id, const QDate &date) const;
    void changeForecast(Id id, const QDate &date);
    void showMessage(const QString &message);

    MilestoneTableModel *m_model;
    MilestoneFilterProxyModel *m_proxy;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_sortColumn = nullptr;
    QToolButton *m_sortDescending = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    MilestoneTimeline *m_timeline = nullptr;
    QScrollArea *m_scroll = nullptr;
    MilestoneLegend *m_legend = nullptr;
    QLabel *m_message = nullptr;
    const PlanSnapshot *m_plan = nullptr;
    std::pair<bool, Id> m_shown{true, -1};
    CommandSink m_sink;
};

} // namespace Jfp
