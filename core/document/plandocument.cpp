// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plandocument.h"

#include "backuppolicy.h"
#include "coretr.h"
#include "storage/annotationrepository.h"
#include "storage/arearepository.h"
#include "storage/indicatorrepository.h"
#include "storage/milestonerepository.h"
#include "storage/planreader.h"
#include "storage/programmerepository.h"
#include "storage/progressupdaterepository.h"
#include "storage/seriesrepository.h"
#include "undostack.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

// Beyond this many changed items (an import, say) one read of the whole plan is quicker than
// reading each row on its own.
constexpr qsizetype rowByRowLimit = 200;

template<typename T>
T *findById(QList<T> &items, Id id)
{
    for (T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template<typename T>
bool eraseById(QList<T> &items, Id id)
{
    return items.removeIf([id](const T &item) { return item.id == id; }) > 0;
}

// Replaces the stored copy of an item with the row as the file now has it.
template<typename Repository, typename T, typename Patch>
Patch replaceRow(Database &db, QList<T> &items, Id id, QString *error)
{
    T *held = findById(items, id);
    if (!held)
        return Patch::NeedsRead;
    QString findError;
    auto stored = Repository(db).find(id, &findError);
    if (!stored) {
        if (!findError.isEmpty()) {
            if (error)
                *error = findError;
            return Patch::Failed;
        }
        return Patch::NeedsRead; // gone: something else changed the file
    }
    *held = std::move(*stored);
    return Patch::Done;
}

// Puts a new item in the stored copy where a whole read would list it.
template<typename Repository, typename T, typename Patch>
Patch insertRow(Database &db, QList<T> &items, QStringView table, Id id, QString *error)
{
    if (findById(items, id))
        return replaceRow<Repository, T, Patch>(db, items, id, error);
    QString findError;
    auto stored = Repository(db).find(id, &findError);
    const std::optional<qsizetype> at
        = stored ? PlanReader::rowPosition(db, table, id, &findError) : std::nullopt;
    if (!stored || !at) {
        if (!findError.isEmpty()) {
            if (error)
                *error = findError;
            return Patch::Failed;
        }
        return Patch::NeedsRead; // gone: something else changed the file
    }
    // The copy holds every other row of the file (addsAmongOthers), so the count is its index.
    if (*at > items.size())
        return Patch::NeedsRead;
    items.insert(*at, std::move(*stored));
    return Patch::Done;
}

// An added item is placed by counting the rows before it in the file, which is right only
// when the copy holds every other row of its kind: true unless the same change adds or
// removes another item of that kind.
bool addsAmongOthers(const PlanChange &change)
{
    QHash<QString, int> addedOrRemoved;
    QSet<QString> added;
    for (const PlanChange::Item &item : change.items) {
        if (item.operation == PlanChange::Operation::Updated)
            continue;
        ++addedOrRemoved[item.kind];
        if (item.operation == PlanChange::Operation::Added)
            added.insert(item.kind);
    }
    return std::any_of(added.cbegin(), added.cend(), [&](const QString &kind) {
        return addedOrRemoved.value(kind) > 1;
    });
}

} // namespace

PlanDocument::PlanDocument(std::unique_ptr<Database> db, PlanSnapshot plan)
    : m_db(std::move(db))
    , m_plan(std::move(plan))
    , m_undoStack(new UndoStack(
          [this](PlanCommand &command, UndoStack::Direction direction) {
              return run(command, direction == UndoStack::Direction::Undo);
          },
          this))
{}

/** The background quick check of a plan that was not closed cleanly. */
struct QuickCheckRun
{
    std::atomic_bool stop = false;
    QString problem; // written by the thread, read once it has finished
    std::unique_ptr<QThread> thread;
};

PlanDocument::~PlanDocument()
{
    if (m_quickCheck && m_quickCheck->thread) {
        m_quickCheck->stop = true;
        m_quickCheck->thread->wait();
    }
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path,
                                                 Database::OpenMode mode,
                                                 QString *error,
                                                 Database::QuickCheck quickCheck)
{
    auto db = Database::open(path, mode, error, quickCheck);
    if (!db)
        return nullptr;
    return fromDatabase(std::move(db), error);
}

std::unique_ptr<PlanDocument> PlanDocument::fromDatabase(std::unique_ptr<Database> db,
                                                         QString *error)
{
    if (!db)
        return nullptr;
    auto plan = PlanReader::read(*db, error);
    if (!plan)
        return nullptr;
    db->takeChanges();
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(db), std::move(*plan)));
}

bool PlanDocument::push(std::unique_ptr<PlanCommand> command, QString *error)
{
    if (!command)
        return false;
    if (isReadOnly()) {
        if (error) {
            *error = Tr::tr("'%1' is open read-only. Save a copy to make changes.")
                         .arg(QDir::toNativeSeparators(path()));
        }
        return false;
    }
    m_lastError.clear();
    if (m_undoStack->push(std::move(command)))
        return true;
    if (error)
        *error = m_lastError;
    return false;
}

bool PlanDocument::reload(QString *error)
{
    if (!readAll(error))
        return false;
    PlanChange change;
    change.everything = true;
    Q_EMIT changed(change);
    return true;
}

void PlanDocument::setBackupPolicy(std::unique_ptr<BackupPolicy> policy)
{
    const bool inMemory = path().isEmpty() || path() == QLatin1String(":memory:");
    m_backups = isReadOnly() || inMemory ? nullptr : std::move(policy);
    if (m_backups)
        m_backups->prepare(); // written in the background, ready for the first change
}

bool PlanDocument::checkInBackground()
{
    if (!m_db->isQuickCheckDue() || m_quickCheck)
        return false;
    m_quickCheck = std::make_unique<QuickCheckRun>();
    QuickCheckRun *run = m_quickCheck.get();
    const QString file = path();
    run->thread.reset(
        QThread::create([run, file] { run->problem = Database::quickCheck(file, &run->stop); }));
    // Told on this object's thread, once the check's thread has finished.
    connect(run->thread.get(), &QThread::finished, this, [this, run] {
        if (!run->stop)
            Q_EMIT quickChecked(run->problem);
    });
    run->thread->start(QThread::LowPriority);
    return true;
}

bool PlanDocument::run(PlanCommand &command, bool undo)
{
    // Every redo and undo comes here: the one place a change reaches the file.
    if (m_backups) {
        QString backupError;
        if (m_backups->beforeChange(*m_db, &backupError) == BackupPolicy::Result::Failed)
            Q_EMIT backupFailed(backupError);
    }
    m_db->takeChanges(); // nothing from before this command
    QString error;
    // The snapshot matches the file until the command writes, so its checks can use it.
    m_db->setPlanCache(m_current ? &m_plan : nullptr);
    const bool done = undo ? command.undo(*m_db, &error) : command.redo(*m_db, &error);
    m_db->setPlanCache(nullptr);
    PlanChange change = m_db->takeChanges();
    if (!done) {
        // The command's transaction was rolled back: the file and the snapshot are as before.
        m_lastError = error.isEmpty() ? Tr::tr("The plan file refused the change.") : error;
        Q_EMIT failed(m_lastError);
        return false;
    }
    QString readError;
    if (!update(change, &readError)) {
        // The change is in the file, but the plan could not be read back: say so, and show
        // what could be read.
        m_lastError = readError;
        m_current = false;
        Q_EMIT failed(
            Tr::tr("The change was made, but the plan could not be read again: %1").arg(readError));
        change.everything = true;
    }
    Q_EMIT changed(change);
    return true;
}

bool PlanDocument::update(const PlanChange &change, QString *error)
{
    bool readWhole
        = change.everything || change.items.size() > rowByRowLimit || addsAmongOthers(change);
    for (qsizetype i = 0; !readWhole && i < change.items.size(); ++i) {
        switch (updateItem(change.items.at(i), error)) {
        case Patch::Done:
            break;
        case Patch::NeedsRead:
            readWhole = true;
            break;
        case Patch::Failed:
            return false;
        }
    }
    return !readWhole || readAll(error);
}

PlanDocument::Patch PlanDocument::updateItem(const PlanChange::Item &item, QString *error)
{
    using Operation = PlanChange::Operation;
    if (item.kind == "annotation"_L1)
        return updateAnnotation(item, error);
    if (item.operation == Operation::Removed) {
        // Leaves go on their own, an indicator with its series; a programme takes what lies
        // beneath it. One already gone went with its programme earlier in the same change.
        if (item.kind == "milestone"_L1)
            eraseById(m_plan.milestones, item.id);
        else if (item.kind == "progress_update"_L1)
            eraseById(m_plan.progressUpdates, item.id);
        else if (item.kind == "indicator"_L1)
            eraseById(m_plan.indicators, item.id);
        else if (item.kind == "programme"_L1)
            eraseProgramme(item.id);
        else
            return Patch::NeedsRead; // an area: rare, and it takes everything beneath it
        return Patch::Done;
    }
    if (item.operation == Operation::Added)
        return insertItem(item, error);
    // A moved item's place among its siblings comes from a whole read.
    if (item.movesItem())
        return Patch::NeedsRead;
    if (item.kind == "area"_L1)
        return replaceRow<AreaRepository, Area, Patch>(*m_db, m_plan.areas, item.id, error);
    if (item.kind == "programme"_L1) {
        return replaceRow<ProgrammeRepository, Programme, Patch>(
            *m_db, m_plan.programmes, item.id, error);
    }
    if (item.kind == "milestone"_L1) {
        return replaceRow<MilestoneRepository, Milestone, Patch>(
            *m_db, m_plan.milestones, item.id, error);
    }
    if (item.kind == "progress_update"_L1) {
        return replaceRow<ProgressUpdateRepository, ProgressUpdate, Patch>(
            *m_db, m_plan.progressUpdates, item.id, error);
    }
    if (item.kind == "indicator"_L1)
        return updateIndicator(item.id, error);
    return Patch::NeedsRead; // the plan's details, frameworks, benchmarks: rare, read it all
}

void PlanDocument::eraseProgramme(Id id)
{
    // The programme and its sub-programmes, found in one pass over a parent → children index.
    QMultiHash<Id, Id> children;
    for (const Programme &p : std::as_const(m_plan.programmes))
        children.insert(p.parentId, p.id);
    QSet<Id> gone{id};
    QList<Id> pending{id};
    while (!pending.isEmpty()) {
        const Id parent = pending.takeLast();
        for (auto it = children.constFind(parent); it != children.cend() && it.key() == parent;
             ++it) {
            if (!gone.contains(it.value())) {
                gone.insert(it.value());
                pending.append(it.value());
            }
        }
    }
    const auto within = [&gone](Id programmeId) { return gone.contains(programmeId); };
    m_plan.programmes.removeIf([&](const Programme &p) { return within(p.id); });
    m_plan.milestones.removeIf([&](const Milestone &m) { return within(m.programmeId); });
    m_plan.indicators.removeIf([&](const Indicator &i) { return within(i.programmeId); });
    m_plan.progressUpdates.removeIf([&](const ProgressUpdate &u) { return within(u.programmeId); });
}

PlanDocument::Patch PlanDocument::insertItem(const PlanChange::Item &item, QString *error)
{
    if (item.kind == "area"_L1 || item.kind == "programme"_L1) {
        // A new one holds nothing yet; one put back by an undo comes back with what lay
        // beneath it, which a whole read brings in.
        QString holdsError;
        const std::optional<bool> holds
            = PlanReader::holdsItems(*m_db, item.kind, item.id, &holdsError);
        if (!holds) {
            if (error)
                *error = holdsError;
            return Patch::Failed;
        }
        if (*holds)
            return Patch::NeedsRead;
    }
    if (item.kind == "area"_L1)
        return insertRow<AreaRepository, Area, Patch>(*m_db, m_plan.areas, u"area", item.id, error);
    if (item.kind == "programme"_L1) {
        return insertRow<ProgrammeRepository, Programme, Patch>(
            *m_db, m_plan.programmes, u"programme", item.id, error);
    }
    if (item.kind == "milestone"_L1) {
        return insertRow<MilestoneRepository, Milestone, Patch>(
            *m_db, m_plan.milestones, u"milestone", item.id, error);
    }
    if (item.kind == "progress_update"_L1) {
        return insertRow<ProgressUpdateRepository, ProgressUpdate, Patch>(
            *m_db, m_plan.progressUpdates, u"progress_update", item.id, error);
    }
    if (item.kind == "indicator"_L1) {
        const Patch added = insertRow<IndicatorRepository, Indicator, Patch>(
            *m_db, m_plan.indicators, u"indicator", item.id, error);
        // Then its series, annotations and links, as for an edit.
        return added == Patch::Done ? readIndicatorSeries(item.id, error) : added;
    }
    return Patch::NeedsRead; // the plan's details, frameworks, benchmarks: rare, read it all
}

PlanDocument::Patch PlanDocument::updateIndicator(Id id, QString *error)
{
    Indicator *held = findById(m_plan.indicators, id);
    if (!held)
        return Patch::NeedsRead;
    QString findError;
    auto stored = IndicatorRepository(*m_db).find(id, &findError);
    if (!stored) {
        if (error)
            *error = findError;
        return findError.isEmpty() ? Patch::NeedsRead : Patch::Failed;
    }
    // The indicator's own fields, then everything an edit or an import may have changed
    // beneath it: its series (trajectory, actuals, benchmarks), annotations, SPC settings and
    // links, read for this indicator alone.
    *held = std::move(*stored);
    return readIndicatorSeries(id, error);
}

PlanDocument::Patch PlanDocument::readIndicatorSeries(Id id, QString *error)
{
    if (!PlanReader::readSeries(*m_db, m_plan, {id}, error)
        || !SeriesRepository(*m_db).readLinks(id, &findById(m_plan.indicators, id)->links, error))
        return Patch::Failed;
    return Patch::Done;
}

PlanDocument::Patch PlanDocument::updateAnnotation(const PlanChange::Item &item, QString *error)
{
    for (Indicator &i : m_plan.indicators)
        eraseById(i.annotations, item.id);
    if (item.operation == PlanChange::Operation::Removed)
        return Patch::Done;
    QString findError;
    auto stored = AnnotationRepository(*m_db).find(item.id, &findError);
    if (!stored) {
        if (error)
            *error = findError;
        return findError.isEmpty() ? Patch::NeedsRead : Patch::Failed;
    }
    Indicator *indicator = findById(m_plan.indicators, stored->indicatorId);
    if (!indicator)
        return Patch::NeedsRead;
    // Annotations keep the order they were added in, which is their id order.
    auto at = std::find_if(indicator->annotations.begin(),
                           indicator->annotations.end(),
                           [&](const Annotation &a) { return a.id > stored->id; });
    indicator->annotations.insert(at, *stored);
    return Patch::Done;
}

bool PlanDocument::readAll(QString *error)
{
    auto plan = PlanReader::read(*m_db, error);
    if (!plan)
        return false;
    m_plan = std::move(*plan);
    m_current = true;
    ++m_fullReads;
    return true;
}

} // namespace Jfp
