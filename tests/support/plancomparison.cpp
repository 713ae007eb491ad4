// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plancomparison.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Jfp::PlanComparison {

using namespace Qt::StringLiterals;

namespace {

QString show(const QString &v)
{
    return u'\'' + v + u'\'';
}
QString show(const QDate &v)
{
    return v.isValid() ? v.toString(Qt::ISODate) : u"none"_s;
}
QString show(const QDateTime &v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : u"none"_s;
}
QString show(const OptionalValue &v)
{
    return v ? QString::number(*v, 'g', 17) : u"none"_s;
}
template<typename I>
QString show(const std::optional<I> &v)
{
    return v ? QString::number(*v) : u"none"_s;
}
QString show(int v)
{
    return QString::number(v);
}
QString show(qsizetype v)
{
    return QString::number(v);
}
QString show(bool v)
{
    return v ? u"true"_s : u"false"_s;
}
QString show(const QStringList &v)
{
    return u'[' + v.join(u", "_s) + u']';
}

/** The natural keys of one plan's items, by id. */
struct Keys
{
    QHash<Id, QString> areas;
    QHash<Id, QString> programmes;
    QHash<Id, QString> themes;

    explicit Keys(const PlanSnapshot &plan)
    {
        // Siblings of the same name are told apart by their order: "Name #2".
        const auto nth = [](const auto &list, const auto &item, const auto &sameGroup) {
            int n = 0;
            for (const auto &other : list) {
                if (&other == &item)
                    break;
                n += sameGroup(other) ? 1 : 0;
            }
            return n == 0 ? QString() : u" #"_s + QString::number(n + 1);
        };
        std::function<QString(Id, int)> area = [&](Id id, int depth) -> QString {
            if (const auto it = areas.constFind(id); it != areas.cend())
                return *it;
            const auto a = std::find_if(
                plan.areas.cbegin(), plan.areas.cend(), [id](const Area &x) { return x.id == id; });
            if (a == plan.areas.cend() || depth > plan.areas.size())
                return u"?"_s;
            const QString key = (a->parentId ? area(a->parentId, depth + 1) + u" > "_s : QString())
                                + a->name + nth(plan.areas, *a, [&a](const Area &o) {
                                      return o.parentId == a->parentId && o.name == a->name;
                                  });
            areas.insert(id, key);
            return key;
        };
        for (const Area &a : plan.areas)
            area(a.id, 0);
        std::function<QString(Id, int)> programme = [&](Id id, int depth) -> QString {
            if (const auto it = programmes.constFind(id); it != programmes.cend())
                return *it;
            const auto p = std::find_if(plan.programmes.cbegin(),
                                        plan.programmes.cend(),
                                        [id](const Programme &x) { return x.id == id; });
            if (p == plan.programmes.cend() || depth > plan.programmes.size())
                return u"?"_s;
            const QString key = (p->parentId ? programme(p->parentId, depth + 1) + u" > "_s
                                             : areas.value(p->areaId, u"?"_s) + u" :: "_s)
                                + p->name + nth(plan.programmes, *p, [&p](const Programme &o) {
                                      return o.areaId == p->areaId && o.parentId == p->parentId
                                             && o.name == p->name;
                                  });
            programmes.insert(id, key);
            return key;
        };
        for (const Programme &p : plan.programmes)
            programme(p.id, 0);
        for (const Framework &f : plan.frameworks) {
            for (const Theme &t : f.themes)
                themes.insert(t.id, t.key);
        }
    }

    QString area(Id id) const { return id ? areas.value(id, u"?"_s) : QString(); }
    QString programme(Id id) const { return id ? programmes.value(id, u"?"_s) : QString(); }
};

/** Items of one kind with their keys, in the plan's order. */
template<typename T>
QList<std::pair<QString, const T *>> keyed(const QList<T> &items,
                                           const std::function<QString(const T &)> &keyOf)
{
    QList<std::pair<QString, const T *>> result;
    QHash<QString, int> seen;
    for (const T &item : items) {
        QString key = keyOf(item);
        const int n = ++seen[key];
        if (n > 1)
            key += u" #"_s + QString::number(n);
        result.append({key, &item});
    }
    return result;
}

class Comparer
{
public:
    Comparer(const PlanSnapshot &expected, const PlanSnapshot &actual, double tolerance)
        : m_expected(expected)
        , m_actual(actual)
        , m_e(expected)
        , m_a(actual)
        , m_tolerance(tolerance)
    {}

    QString run()
    {
        info();
        areas();
        frameworks();
        programmes();
        milestones();
        progressUpdates();
        indicators();
        return m_difference;
    }

private:
    bool same(const OptionalValue &e, const OptionalValue &a) const
    {
        if (!e || !a)
            return e.has_value() == a.has_value();
        return *e == *a || std::abs(*e - *a) <= m_tolerance * std::max(std::abs(*e), std::abs(*a));
    }
    template<typename T>
    bool same(const T &e, const T &a) const
    {
        return e == a;
    }

    /** Records the difference when the values differ; false once any difference is found. */
    template<typename T>
    bool check(const QString &item, const QString &field, const T &e, const T &a)
    {
        if (!m_difference.isEmpty())
            return false;
        if (!same(e, a))
            m_difference = u"%1, %2: expected %3, actual %4"_s.arg(item, field, show(e), show(a));
        return m_difference.isEmpty();
    }

    /** Compares two keyed lists: the same keys in the same order, then each pair. */
    template<typename T, typename Compare>
    void compareLists(const QString &what,
                      const QList<std::pair<QString, const T *>> &expected,
                      const QList<std::pair<QString, const T *>> &actual,
                      bool ordered,
                      Compare compare)
    {
        QHash<QString, const T *> actualByKey;
        for (const auto &[key, item] : actual)
            actualByKey.insert(key, item);
        for (const auto &[key, item] : expected) {
            if (!m_difference.isEmpty())
                return;
            const T *other = actualByKey.value(key);
            if (!other) {
                m_difference = u"%1 '%2': missing from the actual plan"_s.arg(what, key);
                return;
            }
            compare(u"%1 '%2'"_s.arg(what, key), *item, *other);
        }
        QHash<QString, const T *> expectedByKey;
        for (const auto &[key, item] : expected)
            expectedByKey.insert(key, item);
        for (const auto &[key, item] : actual) {
            if (m_difference.isEmpty() && !expectedByKey.contains(key))
                m_difference = u"%1 '%2': not in the expected plan"_s.arg(what, key);
        }
        if (ordered) {
            QStringList e;
            QStringList a;
            for (const auto &pair : expected)
                e << pair.first;
            for (const auto &pair : actual)
                a << pair.first;
            check(what + u" list"_s, u"order"_s, e, a);
        }
    }

    /**
     * Compares one kind of item: found by `keyOf` in each plan, then field by field with
     * `compare`; with `parentOf`, the order of the items under each parent too.
     */
    template<typename T, typename Compare>
    void compareItems(const QString &what,
                      const QList<T> &expected,
                      const QList<T> &actual,
                      QString (*keyOf)(const Keys &, const T &),
                      QString (*parentOf)(const Keys &, const T &),
                      Compare compare)
    {
        const auto keysOf = [keyOf](const QList<T> &items, const Keys &keys) {
            return keyed(items, std::function<QString(const T &)>([keyOf, &keys](const T &item) {
                             return keyOf(keys, item);
                         }));
        };
        const auto e = keysOf(expected, m_e);
        const auto a = keysOf(actual, m_a);
        compareLists(what, e, a, false, compare);
        if (!parentOf)
            return;
        QHash<QString, QStringList> expectedChildren;
        QHash<QString, QStringList> actualChildren;
        for (const auto &[key, item] : e)
            expectedChildren[parentOf(m_e, *item)] << key;
        for (const auto &[key, item] : a)
            actualChildren[parentOf(m_a, *item)] << key;
        for (auto it = expectedChildren.cbegin(); it != expectedChildren.cend(); ++it)
            check(u"%1s of '%2'"_s.arg(what, it.key()),
                  u"order"_s,
                  *it,
                  actualChildren.value(it.key()));
    }

    void info()
    {
        const PlanInfo &e = m_expected.info;
        const PlanInfo &a = m_actual.info;
        // Fails to compile when PlanInfo gains a field: compare it here.
        [[maybe_unused]] const auto
            &[name, description, horizonStart, horizonEnd, slipTolerance, unusableSlipTolerance]
            = e;
        check(u"plan"_s, u"name"_s, e.name, a.name);
        check(u"plan"_s, u"description"_s, e.description, a.description);
        check(u"plan"_s, u"horizonStart"_s, e.horizonStart, a.horizonStart);
        check(u"plan"_s, u"horizonEnd"_s, e.horizonEnd, a.horizonEnd);
        check(u"plan"_s,
              u"milestoneSlipToleranceDays"_s,
              QString::number(e.milestoneSlipToleranceDays),
              QString::number(a.milestoneSlipToleranceDays));
        check(u"plan"_s,
              u"unusableSlipTolerance"_s,
              e.unusableSlipTolerance.value_or(QString()),
              a.unusableSlipTolerance.value_or(QString()));
    }

    void areas()
    {
        compareItems<Area>(
            u"area"_s,
            m_expected.areas,
            m_actual.areas,
            [](const Keys &k, const Area &x) -> QString { return k.area(x.id); },
            [](const Keys &k, const Area &x) -> QString { return k.area(x.parentId); },
            [this](const QString &item, const Area &x, const Area &y) {
                [[maybe_unused]] const auto &[id,
                                              parentId,
                                              level,
                                              name,
                                              shortName,
                                              onsCode,
                                              odsCode,
                                              population,
                                              populationYear,
                                              populationSource,
                                              description,
                                              source,
                                              extraCodes,
                                              practices]
                    = x;
                check(item, u"parent"_s, m_e.area(x.parentId), m_a.area(y.parentId));
                check(item, u"level"_s, Enums::key(x.level), Enums::key(y.level));
                check(item, u"name"_s, x.name, y.name);
                check(item, u"shortName"_s, x.shortName, y.shortName);
                check(item, u"onsCode"_s, x.onsCode, y.onsCode);
                check(item, u"odsCode"_s, x.odsCode, y.odsCode);
                check(item, u"population"_s, x.population, y.population);
                check(item, u"populationYear"_s, x.populationYear, y.populationYear);
                check(item, u"populationSource"_s, x.populationSource, y.populationSource);
                check(item, u"description"_s, x.description, y.description);
                check(item, u"source"_s, x.source, y.source);
                if (check(item, u"extra codes"_s, x.extraCodes.size(), y.extraCodes.size())) {
                    for (qsizetype i = 0; i < x.extraCodes.size(); ++i) {
                        const AreaCode &c = x.extraCodes.at(i);
                        const AreaCode &d = y.extraCodes.at(i);
                        [[maybe_unused]] const auto &[scheme, code, codeName] = c;
                        const QString where = item + u", extra code "_s + QString::number(i + 1);
                        check(where, u"scheme"_s, c.scheme, d.scheme);
                        check(where, u"code"_s, c.code, d.code);
                        check(where, u"name"_s, c.name, d.name);
                    }
                }
                if (check(item, u"GP practices"_s, x.practices.size(), y.practices.size())) {
                    for (qsizetype i = 0; i < x.practices.size(); ++i) {
                        const GpPractice &p = x.practices.at(i);
                        const GpPractice &q = y.practices.at(i);
                        [[maybe_unused]] const auto &[pid, areaId, pname, code, mapKey] = p;
                        const QString where = item + u", GP practice "_s + QString::number(i + 1);
                        check(where, u"area"_s, m_e.area(p.areaId), m_a.area(q.areaId));
                        check(where, u"name"_s, p.name, q.name);
                        check(where, u"code"_s, p.code, q.code);
                        check(where, u"mapKey"_s, p.mapKey, q.mapKey);
                    }
                }
            });
    }

    void frameworks()
    {
        const std::function<QString(const Framework &)> keyOf
            = [](const Framework &f) { return f.key; };
        compareLists(
            u"framework"_s,
            keyed(m_expected.frameworks, keyOf),
            keyed(m_actual.frameworks, keyOf),
            true,
            [this](const QString &item, const Framework &x, const Framework &y) {
                [[maybe_unused]] const auto &[id, key, name, areaId, description, source, themes]
                    = x;
                check(item, u"name"_s, x.name, y.name);
                check(item, u"area"_s, m_e.area(x.areaId), m_a.area(y.areaId));
                check(item, u"description"_s, x.description, y.description);
                check(item, u"source"_s, x.source, y.source);
                const std::function<QString(const Theme &)> themeKey
                    = [](const Theme &t) { return t.key; };
                compareLists(u"theme"_s,
                             keyed(x.themes, themeKey),
                             keyed(y.themes, themeKey),
                             true,
                             [this](const QString &where, const Theme &t, const Theme &u) {
                                 [[maybe_unused]] const auto
                                     &[tid, frameworkId, tkey, code, tname, tdescription]
                                     = t;
                                 check(where, u"code"_s, t.code, u.code);
                                 check(where, u"name"_s, t.name, u.name);
                                 check(where, u"description"_s, t.description, u.description);
                             });
            });
        // Themes carry their framework by being listed under it.
    }

    QStringList themeKeys(const Programme &p, const Keys &keys) const
    {
        QStringList result;
        for (const Id id : p.themeIds)
            result << keys.themes.value(id, u"?"_s);
        result.sort();
        return result;
    }

    void programmes()
    {
        compareItems<Programme>(
            u"programme"_s,
            m_expected.programmes,
            m_actual.programmes,
            [](const Keys &k, const Programme &x) -> QString { return k.programme(x.id); },
            [](const Keys &k, const Programme &x) -> QString {
                return x.parentId ? k.programme(x.parentId) : k.area(x.areaId);
            },
            [this](const QString &item, const Programme &x, const Programme &y) {
                [[maybe_unused]] const auto &[id,
                                              areaId,
                                              parentId,
                                              name,
                                              ambition,
                                              description,
                                              sro,
                                              manager,
                                              status,
                                              start,
                                              end,
                                              source,
                                              themeIds]
                    = x;
                check(item, u"area"_s, m_e.area(x.areaId), m_a.area(y.areaId));
                check(item, u"parent"_s, m_e.programme(x.parentId), m_a.programme(y.parentId));
                check(item, u"name"_s, x.name, y.name);
                check(item, u"ambition"_s, x.ambition, y.ambition);
                check(item, u"description"_s, x.description, y.description);
                check(item, u"sro"_s, x.sro, y.sro);
                check(item, u"manager"_s, x.manager, y.manager);
                check(item,
                      u"status"_s,
                      x.status ? Enums::key(*x.status) : QString(),
                      y.status ? Enums::key(*y.status) : QString());
                check(item, u"start"_s, x.start, y.start);
                check(item, u"end"_s, x.end, y.end);
                check(item, u"source"_s, x.source, y.source);
                check(item, u"themes"_s, themeKeys(x, m_e), themeKeys(y, m_a));
            });
    }

    void milestones()
    {
        compareItems<Milestone>(
            u"milestone"_s,
            m_expected.milestones,
            m_actual.milestones,
            [](const Keys &k, const Milestone &x) -> QString {
                return k.programme(x.programmeId) + u" :: "_s + x.title;
            },
            [](const Keys &k, const Milestone &x) -> QString { return k.programme(x.programmeId); },
            [this](const QString &item, const Milestone &x, const Milestone &y) {
                [[maybe_unused]] const auto &[id,
                                              programmeId,
                                              title,
                                              owner,
                                              baselineDate,
                                              forecastDate,
                                              completionDate,
                                              status,
                                              notes,
                                              source]
                    = x;
                check(item,
                      u"programme"_s,
                      m_e.programme(x.programmeId),
                      m_a.programme(y.programmeId));
                check(item, u"title"_s, x.title, y.title);
                check(item, u"owner"_s, x.owner, y.owner);
                check(item, u"baselineDate"_s, x.baselineDate, y.baselineDate);
                check(item, u"forecastDate"_s, x.forecastDate, y.forecastDate);
                check(item, u"completionDate"_s, x.completionDate, y.completionDate);
                check(item, u"status"_s, Enums::key(x.status), Enums::key(y.status));
                check(item, u"notes"_s, x.notes, y.notes);
                check(item, u"source"_s, x.source, y.source);
            });
    }

    void progressUpdates()
    {
        compareItems<ProgressUpdate>(
            u"progress update"_s,
            m_expected.progressUpdates,
            m_actual.progressUpdates,
            [](const Keys &k, const ProgressUpdate &x) -> QString {
                return k.programme(x.programmeId) + u" :: "_s + x.period;
            },
            nullptr,
            [this](const QString &item, const ProgressUpdate &x, const ProgressUpdate &y) {
                [[maybe_unused]] const auto &[id,
                                              programmeId,
                                              period,
                                              rag,
                                              wentWell,
                                              didNot,
                                              nextSteps,
                                              recordedAt,
                                              recordedBy]
                    = x;
                check(item,
                      u"programme"_s,
                      m_e.programme(x.programmeId),
                      m_a.programme(y.programmeId));
                check(item, u"period"_s, x.period, y.period);
                check(item, u"rag"_s, x.rag, y.rag);
                check(item, u"wentWell"_s, x.wentWell, y.wentWell);
                check(item, u"didNot"_s, x.didNot, y.didNot);
                check(item, u"nextSteps"_s, x.nextSteps, y.nextSteps);
                check(item, u"recordedAt"_s, x.recordedAt, y.recordedAt);
                check(item, u"recordedBy"_s, x.recordedBy, y.recordedBy);
            });
    }

    void periodValues(const QString &item,
                      const QString &what,
                      const QList<PeriodValue> &x,
                      const QList<PeriodValue> &y)
    {
        if (!check(item, what + u" values"_s, x.size(), y.size()))
            return;
        for (qsizetype i = 0; i < x.size(); ++i) {
            [[maybe_unused]] const auto &[period, value] = x.at(i);
            check(item, u"%1 %2, period"_s.arg(what).arg(i + 1), x.at(i).period, y.at(i).period);
            check(item, u"%1 %2, value"_s.arg(what, x.at(i).period), x.at(i).value, y.at(i).value);
        }
    }

    void series(const QString &item, const Indicator &x, const Indicator &y)
    {
        periodValues(item, u"planned"_s, x.trajectory, y.trajectory);
        if (check(item, u"actual values"_s, x.actuals.size(), y.actuals.size())) {
            for (qsizetype i = 0; i < x.actuals.size(); ++i) {
                const ActualValue &p = x.actuals.at(i);
                const ActualValue &q = y.actuals.at(i);
                [[maybe_unused]] const auto
                    &[period, value, lower, upper, count, denominator, note, synthetic]
                    = p;
                const QString where = item + u", actual "_s + p.period;
                check(where, u"period"_s, p.period, q.period);
                check(where, u"value"_s, p.value, q.value);
                check(where, u"lower"_s, p.lower, q.lower);
                check(where, u"upper"_s, p.upper, q.upper);
                check(where, u"count"_s, p.count, q.count);
                check(where, u"denominator"_s, p.denominator, q.denominator);
                check(where, u"note"_s, p.note, q.note);
                check(where, u"synthetic"_s, p.synthetic, q.synthetic);
            }
        }
        if (check(item, u"benchmarks"_s, x.benchmarks.size(), y.benchmarks.size())) {
            for (qsizetype i = 0; i < x.benchmarks.size(); ++i) {
                const Benchmark &b = x.benchmarks.at(i);
                const Benchmark &c = y.benchmarks.at(i);
                [[maybe_unused]] const auto &[id, name, code, values] = b;
                const QString where = item + u", benchmark "_s + QString::number(i + 1);
                check(where, u"name"_s, b.name, c.name);
                check(where, u"code"_s, b.code, c.code);
                periodValues(where, u"benchmark"_s, b.values, c.values);
            }
        }
        if (check(item, u"annotations"_s, x.annotations.size(), y.annotations.size())) {
            for (qsizetype i = 0; i < x.annotations.size(); ++i) {
                const Annotation &p = x.annotations.at(i);
                const Annotation &q = y.annotations.at(i);
                [[maybe_unused]] const auto &[id, indicatorId, period, date, label, note] = p;
                const QString where = item + u", annotation "_s + QString::number(i + 1);
                check(where, u"period"_s, p.period, q.period);
                check(where, u"date"_s, p.date, q.date);
                check(where, u"label"_s, p.label, q.label);
                check(where, u"note"_s, p.note, q.note);
            }
        }
        if (check(item, u"SPC rebases"_s, x.spcRebases.size(), y.spcRebases.size())) {
            for (qsizetype i = 0; i < x.spcRebases.size(); ++i) {
                [[maybe_unused]] const auto &[period, reason] = x.spcRebases.at(i);
                const QString where = item + u", SPC rebase "_s + QString::number(i + 1);
                check(where, u"period"_s, x.spcRebases.at(i).period, y.spcRebases.at(i).period);
                check(where, u"reason"_s, x.spcRebases.at(i).reason, y.spcRebases.at(i).reason);
            }
        }
        check(item, u"spcOptions"_s, x.spcOptions, y.spcOptions);
        QStringList links;
        QStringList otherLinks;
        for (const auto &[source, externalId] : x.links)
            links << source + u':' + externalId;
        for (const auto &[source, externalId] : y.links)
            otherLinks << source + u':' + externalId;
        check(item, u"links"_s, links, otherLinks);
    }

    void indicators()
    {
        compareItems<Indicator>(
            u"indicator"_s,
            m_expected.indicators,
            m_actual.indicators,
            [](const Keys &k, const Indicator &x) -> QString {
                return k.programme(x.programmeId) + u" :: "_s + x.name;
            },
            [](const Keys &k, const Indicator &x) -> QString { return k.programme(x.programmeId); },
            [this](const QString &item, const Indicator &x, const Indicator &y) {
                [[maybe_unused]] const auto &[id,
                                              programmeId,
                                              code,
                                              name,
                                              definition,
                                              unit,
                                              decimals,
                                              polarity,
                                              source,
                                              baselineValue,
                                              baselinePeriod,
                                              baselineNote,
                                              targetKind,
                                              targetValue,
                                              targetPeriod,
                                              targetBenchmark,
                                              targetNote,
                                              trajectory,
                                              actuals,
                                              benchmarks,
                                              annotations,
                                              spcRebases,
                                              spcOptions,
                                              tolerance,
                                              links]
                    = x;
                check(item,
                      u"programme"_s,
                      m_e.programme(x.programmeId),
                      m_a.programme(y.programmeId));
                check(item, u"code"_s, x.code, y.code);
                check(item, u"name"_s, x.name, y.name);
                check(item, u"definition"_s, x.definition, y.definition);
                check(item, u"unit"_s, Enums::key(x.unit), Enums::key(y.unit));
                check(item, u"decimals"_s, x.decimals, y.decimals);
                check(item, u"polarity"_s, Enums::key(x.polarity), Enums::key(y.polarity));
                check(item, u"source"_s, x.source, y.source);
                check(item, u"baselineValue"_s, x.baselineValue, y.baselineValue);
                check(item, u"baselinePeriod"_s, x.baselinePeriod, y.baselinePeriod);
                check(item, u"baselineNote"_s, x.baselineNote, y.baselineNote);
                check(item, u"targetKind"_s, Enums::key(x.targetKind), Enums::key(y.targetKind));
                check(item, u"targetValue"_s, x.targetValue, y.targetValue);
                check(item, u"targetPeriod"_s, x.targetPeriod, y.targetPeriod);
                check(item, u"targetBenchmark"_s, x.targetBenchmark, y.targetBenchmark);
                check(item, u"targetNote"_s, x.targetNote, y.targetNote);
                check(item, u"tolerance"_s, x.tolerance, y.tolerance);
                series(item, x, y);
            });
    }

    const PlanSnapshot &m_expected;
    const PlanSnapshot &m_actual;
    const Keys m_e;
    const Keys m_a;
    const double m_tolerance;
    QString m_difference;
};

} // namespace

QString
firstDifference(const PlanSnapshot &expected, const PlanSnapshot &actual, double relativeTolerance)
{
    return Comparer(expected, actual, relativeTolerance).run();
}

} // namespace Jfp::PlanComparison
