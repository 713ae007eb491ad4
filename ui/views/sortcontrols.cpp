// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sortcontrols.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace Jfp::SortControls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Jfp::SortControls", text);
}

} // namespace

void populate(QComboBox *column, const QTableView *table, const QList<int> &columns)
{
    column->clear();
    column->addItem(tr("Plan order"), -1);
    for (const int c : columns)
        column->addItem(table->model()->headerData(c, Qt::Horizontal).toString(), c);
}

void sync(const QTableView *table, QComboBox *column, QToolButton *descending)
{
    const QHeaderView *header = table->horizontalHeader();
    const QSignalBlocker columnBlocker(column);
    const QSignalBlocker orderBlocker(descending);
    const int section = header->sortIndicatorSection();
    const int index = section >= 0 && section < header->count() ? column->findData(section) : 0;
    column->setCurrentIndex(std::max(0, index));
    const bool down = header->sortIndicatorOrder() == Qt::DescendingOrder;
    descending->setChecked(down);
    descending->setText(down ? tr("Descending") : tr("Ascending"));
}

void apply(QTableView *table, QComboBox *column, QToolButton *descending)
{
    table->sortByColumn(column->currentData().toInt(),
                        descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    sync(table, column, descending);
}

} // namespace Jfp::SortControls
