// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QModelIndex;

/** The "words in any column" filter the tables' Keywords fields share. */
namespace Jfp::RowFilter {

/** The words of what was typed: spaces collapsed, none empty. */
QStringList words(const QString &text);
/** True when each word appears (case-insensitive) in some column's text of the row. */
bool hasEveryWord(const QAbstractItemModel *model,
                  int row,
                  const QModelIndex &parent,
                  const QStringList &words);

} // namespace Jfp::RowFilter
