// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plandescription.h"

#include <algorithm>
#include <cmath>

namespace Jfp::PlanDescription {

using namespace Qt::StringLiterals;

namespace {

QString number(const OptionalValue &v)
{
    return v ? QString::number(*v, 'g', 17) : u"-"_s;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u"-"_s;
}

} // namespace

QStringList describe(const PlanSnapshot &plan)
{
    // Blocks keyed by kind and parent, so that only the order among siblings counts (the
    // order across parents follows sort orders that an import numbers afresh).
    QList<std::pair<QString, QStringList>> blocks;
    QStringList lines;
    const auto endBlock = [&blocks, &lines](const QString &key) {
        blocks.append({key, lines});
        lines.clear();
    };
    const auto areaPath = [&plan](Id id) -> QString {
        QStringList names;
        for (const Area *a = plan.area(id); a; a = plan.area(a->parentId))
            names.prepend(a->name);
        return names.join(u" > "_s);
    };
    const auto programmePath = [&plan, &areaPath](Id id) -> QString {
        QStringList names;
        const Programme *p = plan.programme(id);
        const QString area = p ? areaPath(p->areaId) : QString();
        for (; p; p = plan.programme(p->parentId))
            names.prepend(p->name);
        return area + u" :: "_s + names.join(u" > "_s);
    };
    for (const Area &a : plan.areas) {
        lines << u"area %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(
                     areaPath(a.id),
                     Enums::key(a.level),
                     a.shortName,
                     a.onsCode,
                     a.odsCode,
                     a.population ? QString::number(*a.population) : u"-"_s,
                     a.populationYear,
                     a.populationSource,
                     a.description)
                     + u" | "_s + a.source;
        endBlock(u"1 "_s + areaPath(a.parentId));
    }
    for (const Programme &p : plan.programmes) {
        lines << u"programme %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(
            programmePath(p.id),
            p.ambition,
            p.description,
            p.sro,
            p.manager,
            p.status ? Enums::key(*p.status) : u"-"_s,
            date(p.start),
            date(p.end),
            p.source);
        endBlock(u"2 "_s + (p.parentId ? programmePath(p.parentId) : areaPath(p.areaId)));
    }
    for (const Milestone &m : plan.milestones) {
        lines << u"milestone %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(
            programmePath(m.programmeId),
            m.title,
            m.owner,
            date(m.baselineDate),
            date(m.forecastDate),
            date(m.completionDate),
            Enums::key(m.status),
            m.notes,
            m.source);
        endBlock(u"3 "_s + programmePath(m.programmeId));
    }
    for (const Indicator &i : plan.indicators) {
        const QString name = programmePath(i.programmeId) + u" :: "_s + i.name;
        lines << u"indicator %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(
                     name,
                     i.code,
                     i.definition,
                     Enums::key(i.unit),
                     QString::number(i.decimals),
                     Enums::key(i.polarity),
                     i.source,
                     number(i.baselineValue),
                     i.baselinePeriod)
                     + u" | "_s
                     + QStringList{i.baselineNote,
                                   Enums::key(i.targetKind),
                                   number(i.targetValue),
                                   i.targetPeriod,
                                   i.targetBenchmark,
                                   i.targetNote,
                                   number(i.tolerance)}
                           .join(u" | "_s);
        for (const PeriodValue &p : i.trajectory)
            lines << u"  planned %1 %2 %3"_s.arg(name, p.period, number(p.value));
        for (const ActualValue &a : i.actuals) {
            lines << u"  actual %1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(name,
                                                                  a.period,
                                                                  number(a.value),
                                                                  number(a.lower),
                                                                  number(a.upper),
                                                                  number(a.count),
                                                                  number(a.denominator),
                                                                  a.note,
                                                                  a.synthetic ? u"synthetic"_s
                                                                              : u"published"_s);
        }
        for (const Benchmark &b : i.benchmarks) {
            for (const PeriodValue &v : b.values)
                lines << u"  benchmark %1 %2 %3 %4 %5"_s.arg(
                    name, b.name, b.code, v.period, number(v.value));
        }
        endBlock(u"4 "_s + programmePath(i.programmeId));
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    for (const auto &block : std::as_const(blocks))
        lines << block.second;
    return lines;
}

bool sameLine(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QStringList left = a.split(u' ');
    const QStringList right = b.split(u' ');
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i) {
        if (left.at(i) == right.at(i))
            continue;
        bool leftOk = false;
        bool rightOk = false;
        const double x = left.at(i).toDouble(&leftOk);
        const double y = right.at(i).toDouble(&rightOk);
        if (!leftOk || !rightOk || std::abs(x - y) > 1e-15 * std::max(std::abs(x), std::abs(y)))
            return false;
    }
    return true;
}

} // namespace Jfp::PlanDescription
