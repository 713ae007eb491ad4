// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Jfp {

/**
 * What one change to a plan touched: each item (by history kind and id) that was added,
 * updated or removed, and for updates which fields. It is what PlanDocument::changed reports
 * after a command's redo or undo, so that caches and item models update only those rows.
 *
 * Removing an item removes what lies beneath it (a place's programmes, a programme's
 * indicators); the change names only the item itself. `everything` says the plan was opened
 * or re-read as a whole, and every view should show it afresh.
 */
struct PlanChange
{
    enum class Operation { Added, Updated, Removed };

    struct Item
    {
        QString kind; // the history kind: "area", "programme", "milestone", "indicator", …
        Id id = 0;
        Operation operation = Operation::Updated;
        QStringList fields; // for updates, the history field names that changed

        /** Whether the update changed where the item sits (its area, parent or position). */
        bool movesItem() const;

        friend bool operator==(const Item &, const Item &) = default;
    };

    QList<Item> items;
    bool everything = false;

    bool isEmpty() const { return items.isEmpty() && !everything; }
    /** Whether any item of `kind` was added, updated or removed. */
    bool touches(const QString &kind) const;
    /** Whether an item of `kind` was added or removed, or moved (its placement changed). */
    bool reshapes(const QString &kind) const;
    /** Adds `item`, merging it with an entry for the same kind and id already there. */
    void add(const Item &item);
    void append(const PlanChange &other);

    friend bool operator==(const PlanChange &, const PlanChange &) = default;
};

} // namespace Jfp
