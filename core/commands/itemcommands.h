// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandsupport.h"
#include "coretr.h"
#include "itemtraits.h"
#include "plancommand.h"
#include "storage/database.h"
#include "storage/planreader.h"
#include "storage/sqlexec.h"
#include "storage/subtreesnapshot.h"
#include "validation.h"

#include <optional>

/**
 * The add, edit, delete and move commands every kind of plan item shares, written once over
 * the ItemTraits<T> of itemtraits.h. Each redo or undo runs in one transaction with its
 * history rows; invalid input is refused before anything is written.
 */
namespace Jfp::Commands::Internal {

/**
 * Checks `messages(plan)` against the plan as it stands: the plan document's copy when it
 * lends one (Database::planCache), else the plan's items read from the file (not their
 * series: no check of an item needs them). False (with every message) when any.
 * Called before the command writes anything.
 */
template<typename Check>
bool accepted(Database &db, QString *error, Check check)
{
    std::optional<PlanSnapshot> read;
    const PlanSnapshot *plan = db.planCache();
    if (!plan) {
        read = PlanReader::read(db, error, PlanReader::Contents::Structure);
        if (!read)
            return false;
        plan = &*read;
    }
    const Validation::Messages messages = check(*plan);
    if (messages.isEmpty())
        return true;
    if (error)
        *error = Validation::summary(messages);
    return false;
}

template<typename T>
class AddItem : public PlanCommand
{
    using Traits = ItemTraits<T>;

public:
    /**
     * How the item's dates are checked: as typed (inside the plan horizon), or as recorded
     * elsewhere and brought in by an import, where a date already outside the horizon (a
     * milestone completed in 2021) is kept, as it is for a stored item being edited.
     */
    enum class Dates { Entered, AsRecorded };

    explicit AddItem(const T &item, Dates dates = Dates::Entered)
        : m_item(item)
        , m_dates(dates)
    {}
    QString text() const override
    {
        return Tr::tr("Add %1 '%2'").arg(Traits::noun(), Traits::name(m_item));
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            if (!accepted(db, error, [&](const PlanSnapshot &plan) {
                    return Traits::validate(
                        m_item, m_dates == Dates::AsRecorded ? &m_item : nullptr, plan);
                })) {
                return false;
            }
            // The first redo numbers the row; later redos reuse that id.
            const Id id = typename Traits::Repository(db).insert(m_item, error);
            if (id == 0)
                return false;
            m_item.id = id;
            ChangeLog log(text(), false);
            log.created(ref(), Traits::fields(m_item));
            return log.write(db, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            if (!typename Traits::Repository(db).remove(m_item.id, error))
                return false;
            ChangeLog log(text(), true);
            log.removed(ref(), Traits::fields(m_item));
            return log.write(db, error);
        });
    }
    Id id() const { return m_item.id; }

private:
    ItemRef ref() const { return {Traits::kind(), m_item.id, Traits::name(m_item)}; }
    T m_item;
    Dates m_dates;
};

template<typename T>
class EditItem : public PlanCommand
{
    using Traits = ItemTraits<T>;

public:
    EditItem(const T &before, const T &after)
        : m_before(before)
        , m_after(after)
    {}
    QString text() const override
    {
        return Tr::tr("Edit %1 '%2'").arg(Traits::noun(), Traits::name(m_after));
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            if (m_before.id != m_after.id || m_after.id == 0) {
                if (error)
                    *error = Tr::tr("The edit does not name one stored %1.").arg(Traits::noun());
                return false;
            }
            return accepted(db,
                            error,
                            [&](const PlanSnapshot &plan) {
                                return Traits::validate(m_after, &m_before, plan);
                            })
                   && apply(db, m_before, m_after, false, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] { return apply(db, m_after, m_before, true, error); });
    }

private:
    bool apply(Database &db, const T &from, const T &to, bool undo, QString *error)
    {
        if (!typename Traits::Repository(db).update(to, error))
            return false;
        ChangeLog log(text(), undo);
        log.diff(
            {Traits::kind(), to.id, Traits::name(to)}, Traits::fields(from), Traits::fields(to));
        return log.write(db, error);
    }
    T m_before;
    T m_after;
};

template<typename T>
class DeleteItem : public PlanCommand
{
    using Traits = ItemTraits<T>;

public:
    explicit DeleteItem(const T &item)
        : m_item(item)
    {}
    QString text() const override
    {
        return Tr::tr("Delete %1 '%2'").arg(Traits::noun(), Traits::name(m_item));
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            typename Traits::Repository repository(db);
            if (!m_rows) {
                // The first redo captures the stored item and everything beneath it.
                const auto stored = repository.find(m_item.id, error);
                if (!stored) {
                    if (error && error->isEmpty())
                        *error = Tr::tr("The %1 no longer exists.").arg(Traits::noun());
                    return false;
                }
                m_item = *stored;
                m_rows = SubtreeSnapshot::capture(db, Traits::root, m_item.id, error);
                if (!m_rows)
                    return false;
            }
            if (!repository.remove(m_item.id, error))
                return false;
            ChangeLog log(text(), false);
            log.removed(ref(), Traits::fields(m_item));
            return log.write(db, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            if (!m_rows || !m_rows->restore(db, error))
                return false;
            ChangeLog log(text(), true);
            log.created(ref(), Traits::fields(m_item));
            return log.write(db, error);
        });
    }

private:
    ItemRef ref() const { return {Traits::kind(), m_item.id, Traits::name(m_item)}; }
    T m_item;
    std::optional<SubtreeSnapshot> m_rows;
};

template<typename T>
class MoveItem : public PlanCommand
{
    using Traits = ItemTraits<T>;

public:
    MoveItem(const T &item, const Placement &to)
        : m_item(item)
        , m_to(to)
    {}
    QString text() const override
    {
        return Tr::tr("Move %1 '%2'").arg(Traits::noun(), Traits::name(m_item));
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            typename Traits::Repository repository(db);
            if (!m_from) {
                const auto stored = repository.find(m_item.id, error);
                m_from = stored ? repository.placement(m_item.id, error) : std::nullopt;
                if (!m_from) {
                    if (error && error->isEmpty())
                        *error = Tr::tr("The %1 no longer exists.").arg(Traits::noun());
                    return false;
                }
                m_item = *stored;
                // Undo puts every sibling's order back exactly as it was.
                m_orders = SqlExec::sortOrders(db, Traits::table(), error);
                if (!m_orders)
                    return false;
            }
            return accepted(db,
                            error,
                            [&](const PlanSnapshot &plan) {
                                return Traits::validateMove(m_item, m_to, plan);
                            })
                   && apply(db, *m_from, m_to, false, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(
            db, error, [&] { return m_from && apply(db, m_placed, *m_from, true, error); });
    }

private:
    bool apply(Database &db, const Placement &from, const Placement &to, bool undo, QString *error)
    {
        typename Traits::Repository repository(db);
        if (!repository.move(m_item.id, to, error)
            || (undo && !SqlExec::setSortOrders(db, Traits::table(), *m_orders, error))) {
            return false;
        }
        const auto placed = repository.placement(m_item.id, error);
        if (!placed)
            return false;
        if (!undo)
            m_placed = *placed;
        ChangeLog log(text(), undo);
        log.diff({Traits::kind(), m_item.id, Traits::name(m_item)},
                 Traits::placementFields(from),
                 Traits::placementFields(*placed));
        return log.write(db, error);
    }
    T m_item;
    Placement m_to;
    std::optional<Placement> m_from;
    std::optional<QList<std::pair<qint64, int>>> m_orders;
    Placement m_placed; // where the redo put it (the position, when asked for "last")
};

} // namespace Jfp::Commands::Internal
