// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "tablesetup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace Jfp {

void setUpRowTable(QTableView *table, const QString &accessibleName)
{
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    sizeColumnsByFirstRows(table);
    addRowCopy(table);
}

void sizeColumnsByFirstRows(QTableView *table)
{
    // Enough rows to see every kind of value; a list of thousands is not worked through each
    // time it is shown to size its columns.
    table->horizontalHeader()->setResizeContentsPrecision(100);
}

void addRowCopy(QTableView *table)
{
    auto *copy = new QAction(QCoreApplication::translate("Jfp::TableSetup", "&Copy"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, table, [table] {
        const QString text = rowsText(table);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    table->addAction(copy);
}

QString rowsText(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    if (!model)
        return {};
    QList<int> rows;
    if (const QItemSelectionModel *selection = table->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
    }
    if (rows.isEmpty() && table->currentIndex().isValid())
        rows.append(table->currentIndex().row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    const QHeaderView *header = table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList cells;
    for (const int column : std::as_const(columns))
        cells << clean(model->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (const int row : std::as_const(rows)) {
        cells.clear();
        for (const int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column);
            QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                text = index.data(Qt::AccessibleTextRole).toString();
            cells << clean(text);
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Jfp
