// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

// The steps an import (Commands::importValues) is made of, and how what each replaces is kept
// for its undo: used by importcommands.cpp alone.

#include "commands/itemcommands.h"
#include "commands/plancommand.h"
#include "coretr.h"
#include "import/importplan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Jfp::Commands::ImportSteps {

/**
 * An item the import adds or changes, and the item command (AddItem or EditItem) that does it,
 * made by the first redo once the item's references to other new items are known.
 */
template<typename T>
struct ItemStep
{
    ImportPlan::Change change = ImportPlan::Change::Add;
    T item;             // as it will be; references to new items are placeholders (< 0)
    QStringList fields; // Replace: the fields that change
    std::optional<T> before;
    Id id = 0;     // the stored id: Replace: item.id; Add: given by the first redo, kept after
    QString where; // "Milestones row 14", for messages
    std::shared_ptr<PlanCommand> command;
    std::shared_ptr<Internal::AddItem<T>> add; // the same command, when it adds
};

/** Puts what failed, and where it comes from in the file, before the database's message. */
inline bool failed(QString *error, const QString &what, const QString &where)
{
    if (error)
        *error = Tr::tr("could not write %1 (%2): %3").arg(what, where, *error);
    return false;
}

/** A placeholder's stored id, from the items the import added. */
using IdMap = QHash<Id, Id>;
inline Id resolved(const IdMap &ids, Id id)
{
    return id < 0 ? ids.value(id) : id;
}

template<typename T>
QList<ItemStep<T>> itemSteps(const QList<ImportPlan::ItemChange<T>> &changes)
{
    QList<ItemStep<T>> steps;
    for (const ImportPlan::ItemChange<T> &c : changes) {
        if (c.change != ImportPlan::Change::Same)
            steps.append({c.change,
                          c.item,
                          c.fields,
                          std::nullopt,
                          c.item.id > 0 ? c.item.id : 0,
                          ImportProblem::where(c.sheet, c.line),
                          {},
                          {}});
    }
    return steps;
}

template<typename T>
void forgetCommands(QList<ItemStep<T>> &steps)
{
    for (ItemStep<T> &step : steps) {
        if (step.change == ImportPlan::Change::Add)
            step.id = 0; // the id of an item that was never stored
        step.command.reset();
        step.add.reset();
    }
}

template<typename Repository, typename T>
bool captureItems(Database &db, QList<ItemStep<T>> &steps, QString *error)
{
    Repository repository(db);
    for (ItemStep<T> &step : steps) {
        if (step.change != ImportPlan::Change::Replace)
            continue;
        step.before = repository.find(step.item.id, error);
        if (!step.before) {
            if (error && error->isEmpty())
                *error = Tr::tr("'%1' no longer exists.").arg(importItemName(step.item));
            return false;
        }
    }
    return true;
}

// Sets each step's value before it (of an indicator the plan has), reading each indicator's
// stored values once with `read(id, &byPeriod)`.
template<typename Value, typename Step, typename Read>
bool captureBefore(QList<Step> &steps, const Read &read)
{
    QHash<Id, QHash<QString, Value>> stored;
    for (Step &step : steps) {
        if (step.indicator <= 0)
            continue; // an indicator the import adds: nothing before
        auto values = stored.find(step.indicator);
        if (values == stored.end()) {
            values = stored.insert(step.indicator, {});
            if (!read(step.indicator, &*values))
                return false;
        }
        const auto found = values->constFind(step.value.period);
        step.before = found != values->cend() ? std::optional(*found) : std::nullopt;
    }
    return true;
}

} // namespace Jfp::Commands::ImportSteps
