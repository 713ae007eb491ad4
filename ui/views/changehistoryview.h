// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Jfp {

class ChangeHistoryModel;
class Database;

/**
 * The Change History view: every recorded change to the plan, newest first, with filters by
 * item (words, or only the item selected in the plan tree) and by user. Enter (or a double
 * click) on a row asks to go to its item.
 */
class ChangeHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeHistoryView(QWidget *parent = nullptr);

    /** Reads the history again (after every change), keeping the filters and the place. */
    void reload(Database *db);
    /** The item selected in the plan tree, for "Only the selected item". */
    void setSelectedItem(const QString &kind, Id id, const QString &name);

    ChangeHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }
    QComboBox *userBox() const { return m_user; }
    QString summary() const;

Q_SIGNALS:
    /** Go to the item of a history row: its kind ("area", "programme", …) and id. */
    void goToItemRequested(const QString &kind, Jfp::Id id, const QString &name);

private:
    void applyItemFilter();
    void updateSummary();
    void goToCurrent();

    ChangeHistoryModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_selectedOnly;
    QComboBox *m_user;
    QTableView *m_table;
    QLabel *m_summary;
    QString m_selectedKind;
    Id m_selectedId = 0;
};

} // namespace Jfp
