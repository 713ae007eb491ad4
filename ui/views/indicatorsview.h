// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Jfp {

class IndicatorFilterProxyModel;
class IndicatorTableModel;

/**
 * The status dashboard of the selected area or programme: every indicator with its baseline,
 * target, latest value, a sparkline of its values, its status against trajectory, its SPC
 * variation and assurance (from 13 points), and its programme's latest RAG. Sorted by any
 * column (heading click or the Sort by list), filtered by status ("only off track") and by
 * words; Enter or a double click opens the indicator's chart.
 */
class IndicatorsView : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorsView(QWidget *parent = nullptr);

    void showArea(const PlanSnapshot *plan, Id areaId);
    void showProgramme(const PlanSnapshot *plan, Id programmeId);
    void clear();

    /** Every indicator of the selection, shown or filtered out. */
    int indicatorCount() const;
    Id currentIndicatorId() const;
    /** Selects the indicator, clearing the filters when they hide it; false when absent. */
    bool selectIndicator(Id indicatorId);
    /** Selects the first row shown when none is current. */
    void ensureCurrent();
    void resizeColumns();

    QTableView *table() const { return m_table; }
    IndicatorTableModel *model() const { return m_model; }
    IndicatorFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *sortColumn() const { return m_sortColumn; }
    QToolButton *sortDescending() const { return m_sortDescending; }
    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    /** The current indicator changed (0: none). */
    void currentIndicatorChanged(Id indicatorId);
    /** Enter or a double click on an indicator. */
    void indicatorActivated(Id indicatorId);

private:
    QWidget *createFilterBar();
    void applyFilters();
    void updateCount();
    void syncSortControls();
    void sortFromControls();

    IndicatorTableModel *m_model;
    IndicatorFilterProxyModel *m_proxy;
    QComboBox *m_status = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_sortColumn = nullptr;
    QToolButton *m_sortDescending = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Jfp
