// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/plancommand.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/planreader.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/**
 * What the command tests share: a fresh copy of the sample plan on disk, the whole plan read
 * back with PlanReader as canonical text (every field, every id), and the redo → undo → redo
 * round trip every command must pass.
 */
namespace Jfp::CommandTest {

using namespace Qt::StringLiterals;

inline std::unique_ptr<Database> sample(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!SamplePlan::createFile(path, &error))
        qFatal("%s", qPrintable(error));
    auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    return db;
}

inline PlanSnapshot read(Database &db)
{
    QString error;
    const auto plan = PlanReader::read(db, &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    return *plan;
}

inline QString n(const OptionalValue &v)
{
    return v ? QString::number(*v, 'g', 17) : u"-"_s;
}

/** Everything PlanReader returns, as text, so that two reads compare field by field. */
inline QString dump(const PlanSnapshot &p)
{
    QStringList l;
    l << u"plan|%1|%2|%3|%4|%5"_s
             .arg(p.info.name, p.info.description, p.info.horizonStart, p.info.horizonEnd)
             .arg(p.info.milestoneSlipToleranceDays);
    for (const Area &a : p.areas) {
        l << u"area|%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(a.id)
                     .arg(a.parentId)
                     .arg(Enums::key(a.level), a.name, a.shortName, a.onsCode, a.odsCode)
                     .arg(a.population ? QString::number(*a.population) : u"-"_s)
                 + u"|%1|%2|%3|%4"_s.arg(
                     a.populationYear, a.populationSource, a.description, a.source);
        for (const AreaCode &c : a.extraCodes)
            l << u"  code|%1|%2|%3"_s.arg(c.scheme, c.code, c.name);
        for (const GpPractice &g : a.practices)
            l << u"  practice|%1|%2|%3|%4"_s.arg(g.id)
                     .arg(g.name, g.code)
                     .arg(g.mapKey ? QString::number(*g.mapKey) : u"-"_s);
    }
    for (const Framework &f : p.frameworks) {
        l << u"framework|%1|%2|%3|%4"_s.arg(f.id).arg(f.key, f.name).arg(f.areaId);
        for (const Theme &t : f.themes)
            l << u"  theme|%1|%2|%3"_s.arg(t.id).arg(t.key, t.name);
    }
    for (const Programme &g : p.programmes) {
        QStringList themes;
        for (const Id t : g.themeIds)
            themes << QString::number(t);
        l << u"programme|%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(g.id)
                     .arg(g.areaId)
                     .arg(g.parentId)
                     .arg(g.name, g.ambition, g.description, g.sro, g.manager)
                 + u"|%1|%2|%3|%4|%5"_s.arg(g.status ? Enums::key(*g.status) : u"-"_s,
                                            g.start.toString(Qt::ISODate),
                                            g.end.toString(Qt::ISODate),
                                            g.source,
                                            themes.join(u","_s));
    }
    for (const Milestone &m : p.milestones) {
        l << u"milestone|%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(m.id)
                     .arg(m.programmeId)
                     .arg(m.title,
                          m.owner,
                          m.baselineDate.toString(Qt::ISODate),
                          m.forecastDate.toString(Qt::ISODate),
                          m.completionDate.toString(Qt::ISODate),
                          Enums::key(m.status))
                 + u"|%1|%2"_s.arg(m.notes, m.source);
    }
    for (const Indicator &i : p.indicators) {
        l << u"indicator|%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(i.id)
                     .arg(i.programmeId)
                     .arg(i.code, i.name, i.definition, Enums::key(i.unit))
                     .arg(i.decimals)
                     .arg(Enums::key(i.polarity), i.source)
                 + u"|%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(n(i.baselineValue),
                                                        i.baselinePeriod,
                                                        i.baselineNote,
                                                        Enums::key(i.targetKind),
                                                        n(i.targetValue),
                                                        i.targetPeriod,
                                                        i.targetBenchmark,
                                                        i.targetNote,
                                                        n(i.tolerance))
                 + u"|%1"_s.arg(i.spcOptions);
        for (const PeriodValue &v : i.trajectory)
            l << u"  planned|%1|%2"_s.arg(v.period, n(v.value));
        for (const ActualValue &v : i.actuals)
            l << u"  actual|%1|%2|%3|%4|%5|%6|%7|%8"_s
                     .arg(v.period,
                          n(v.value),
                          n(v.lower),
                          n(v.upper),
                          n(v.count),
                          n(v.denominator),
                          v.note)
                     .arg(v.synthetic);
        for (const Benchmark &b : i.benchmarks) {
            l << u"  benchmark|%1|%2|%3"_s.arg(b.id).arg(b.name, b.code);
            for (const PeriodValue &v : b.values)
                l << u"    value|%1|%2"_s.arg(v.period, n(v.value));
        }
        for (const Annotation &a : i.annotations)
            l << u"  annotation|%1|%2|%3|%4|%5"_s.arg(a.id).arg(
                a.period, a.date.toString(Qt::ISODate), a.label, a.note);
        for (const SpcRebase &r : i.spcRebases)
            l << u"  rebase|%1|%2"_s.arg(r.period, r.reason);
        for (const auto &[source, external] : i.links)
            l << u"  link|%1|%2"_s.arg(source, external);
    }
    for (const ProgressUpdate &u : p.progressUpdates) {
        l << u"update|%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(u.id)
                 .arg(u.programmeId)
                 .arg(u.period,
                      u.rag,
                      u.wentWell,
                      u.didNot,
                      u.nextSteps,
                      u.recordedAt.toUTC().toString(Qt::ISODateWithMs),
                      u.recordedBy);
    }
    return l.join(u'\n');
}

inline QList<ChangeRecord> history(Database &db)
{
    QString error;
    const auto rows = HistoryRepository(db).query({}, &error);
    if (!rows)
        qFatal("%s", qPrintable(error));
    return *rows;
}

/** The first line where two dumps differ, for a readable failure. */
inline QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = a.value(i), y = b.value(i);
        if (x != y)
            return u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(x, y);
    }
    return {};
}

struct RoundTrip
{
    QString failure; // empty when the round trip held
    QList<ChangeRecord> redoRows;
    QList<ChangeRecord> undoRows;
    PlanSnapshot before;
    PlanSnapshot after;
};

/**
 * redo → undo → redo, checked against the file: the redo changes the plan; the undo brings
 * back exactly the plan before (same ids, same values, same order); the second redo brings
 * back exactly the plan after. Each redo and undo appends history rows, and the undo's rows
 * are the redo's with old and new swapped.
 */
inline RoundTrip roundTrip(Database &db, PlanCommand &command)
{
    RoundTrip r;
    QString error;
    r.before = read(db);
    const QString before = dump(r.before);
    const qsizetype h0 = history(db).size();
    if (!command.redo(db, &error))
        return r.failure = u"redo failed: "_s + error, r;
    r.after = read(db);
    const QString after = dump(r.after);
    if (after == before)
        return r.failure = u"redo changed nothing"_s, r;
    const QList<ChangeRecord> h1 = history(db);
    r.redoRows = h1.mid(h0);
    if (!command.undo(db, &error))
        return r.failure = u"undo failed: "_s + error, r;
    if (const QString d = firstDifference(before, dump(read(db))); !d.isEmpty())
        return r.failure = u"undo did not restore the plan: "_s + d, r;
    const QList<ChangeRecord> h2 = history(db);
    r.undoRows = h2.mid(h1.size());
    if (r.redoRows.isEmpty())
        return r.failure = u"redo recorded no history"_s, r;
    if (r.undoRows.size() != r.redoRows.size())
        return r.failure
               = u"undo recorded %1 rows, redo %2"_s.arg(r.undoRows.size()).arg(r.redoRows.size()),
               r;
    // Each redo row has its reverse among the undo rows (an undo made of steps, an import,
    // takes them back last first, so the order may differ).
    const auto key = [](const ChangeRecord &c, bool reversed) {
        return QStringList{c.itemKind,
                           QString::number(c.itemId),
                           c.field,
                           reversed ? c.newValue : c.oldValue,
                           reversed ? c.oldValue : c.newValue,
                           reversed ? c.command.mid(6) : c.command}
            .join(u'\x1f');
    };
    QStringList redoKeys;
    QStringList undoKeys;
    for (const ChangeRecord &c : std::as_const(r.redoRows))
        redoKeys << key(c, false);
    for (const ChangeRecord &c : std::as_const(r.undoRows)) {
        if (!c.command.startsWith(u"Undo: "_s))
            return r.failure = u"undo row '%1' is not named Undo: …"_s.arg(c.command), r;
        undoKeys << key(c, true);
    }
    redoKeys.sort();
    undoKeys.sort();
    for (qsizetype i = 0; i < redoKeys.size(); ++i) {
        if (redoKeys.at(i) != undoKeys.at(i)) {
            return r.failure = u"undo rows are not the reverse of the redo rows (%1 / %2)"_s.arg(
                       QString(redoKeys.at(i)).replace(u'\x1f', u'|'),
                       QString(undoKeys.at(i)).replace(u'\x1f', u'|')),
                   r;
        }
    }
    if (!command.redo(db, &error))
        return r.failure = u"second redo failed: "_s + error, r;
    if (const QString d = firstDifference(after, dump(read(db))); !d.isEmpty())
        return r.failure = u"second redo differs from the first: "_s + d, r;
    if (history(db).size() != h2.size() + r.redoRows.size())
        return r.failure = u"second redo recorded a different number of rows"_s, r;
    return r;
}

/** The command is refused with a message containing `expected`, and nothing is written. */
inline QString refused(Database &db, PlanCommand &command, const QString &expected)
{
    const QString before = dump(read(db));
    const qsizetype rows = history(db).size();
    QString error;
    if (command.redo(db, &error))
        return u"the command was accepted"_s;
    if (!error.contains(expected))
        return u"the message '%1' does not say '%2'"_s.arg(error, expected);
    if (const QString d = firstDifference(before, dump(read(db))); !d.isEmpty())
        return u"a refused command changed the plan: "_s + d;
    if (history(db).size() != rows)
        return u"a refused command wrote history"_s;
    return {};
}

/** The fields of `rows`, in order. */
inline QStringList fields(const QList<ChangeRecord> &rows)
{
    QStringList list;
    for (const ChangeRecord &r : rows)
        list << r.field;
    return list;
}

template<typename T>
const T *byName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if constexpr (requires { item.title; }) {
            if (item.title == name)
                return &item;
        } else {
            if (item.name == name)
                return &item;
        }
    }
    return nullptr;
}

template<typename T>
const T *byId(const QList<T> &items, Id id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace Jfp::CommandTest
