// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "rowfilter.h"

#include <QAbstractItemModel>

namespace Jfp::RowFilter {

QStringList words(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasEveryWord(const QAbstractItemModel *model,
                  int row,
                  const QModelIndex &parent,
                  const QStringList &words)
{
    const int columns = model->columnCount(parent);
    for (const QString &word : words) {
        bool found = false;
        for (int column = 0; column < columns && !found; ++column)
            found = model->index(row, column, parent)
                        .data()
                        .toString()
                        .contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace Jfp::RowFilter
