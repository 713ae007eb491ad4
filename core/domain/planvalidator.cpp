// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planvalidator.h"

#include "coretr.h"
#include "period.h"

#include <QHash>
#include <QSet>

namespace Jfp::PlanValidator {

using namespace Qt::StringLiterals;

namespace {

class Checker
{
public:
    explicit Checker(const PlanSnapshot &plan)
        : m_plan(plan)
    {}

    QList<Finding> run()
    {
        checkPeriod(Tr::tr("the plan"), Tr::tr("horizon start"), m_plan.info.horizonStart);
        checkPeriod(Tr::tr("the plan"), Tr::tr("horizon end"), m_plan.info.horizonEnd);
        checkSlipTolerance();
        for (const Area &a : m_plan.areas)
            checkArea(a);
        for (const Programme &p : m_plan.programmes)
            checkProgramme(p);
        for (const Milestone &m : m_plan.milestones)
            checkMilestone(m);
        for (const Indicator &i : m_plan.indicators)
            checkIndicator(i);
        checkTree();
        return m_findings;
    }

    QList<Finding> tree()
    {
        checkTree();
        return m_findings;
    }

private:
    void checkTree()
    {
        checkCycles<Area>(m_plan.areas, Tr::tr("areas"), [this](Id id) { return m_plan.area(id); });
        checkCycles<Programme>(m_plan.programmes, Tr::tr("programmes"), [this](Id id) {
            return m_plan.programme(id);
        });
    }

    /**
     * Items whose parents lead back to themselves: beneath no root, so the tree and every
     * export would leave them out. Each circle is named once (its first members, and how many
     * more). Each item is walked once, however deep the tree: a walk stops at an item an
     * earlier walk has finished.
     */
    template<typename T, typename Find>
    void checkCycles(const QList<T> &items, const QString &what, Find find)
    {
        constexpr int onPath = -1;
        QHash<Id, int> depths; // onPath during a walk, then how deep the item is (1: at the top)
        depths.reserve(items.size());
        QList<const T *> path;
        for (const T &start : items) {
            path.clear();
            const T *at = &start;
            while (at && !depths.contains(at->id)) {
                depths.insert(at->id, onPath);
                path.append(at);
                at = at->parentId != 0 ? find(at->parentId) : nullptr;
            }
            // Back at an item of this walk: `at` is on a circle (never one reported before,
            // whose items all have their depths).
            if (at && depths.value(at->id) == onPath)
                reportCycle(at, what, find);
            const int above = at ? std::max(depths.value(at->id), 0) : 0;
            for (qsizetype i = 0; i < path.size(); ++i)
                depths.insert(path.at(i)->id, above + int(path.size() - i));
        }
        // Only the deepest is named: one finding, however many are too deep.
        const T *deepest = nullptr;
        int deepestDepth = 0;
        for (const T &item : items) {
            if (const int depth = depths.value(item.id); depth > deepestDepth) {
                deepest = &item;
                deepestDepth = depth;
            }
        }
        if (deepest && deepestDepth > maxNesting) {
            add(Finding::Severity::Error,
                u"'%1' (id %2)"_s.arg(deepest->name).arg(deepest->id),
                Tr::tr("%1 are nested %2 levels deep here, more than the %3 a plan may have: "
                       "move the items beneath it higher up")
                    .arg(what)
                    .arg(deepestDepth)
                    .arg(maxNesting));
        }
    }

    template<typename T, typename Find>
    void reportCycle(const T *at, const QString &what, Find find)
    {
        constexpr int named = 10;
        QStringList names;
        int members = 0;
        const T *member = at;
        do {
            if (members < named)
                names << u"'%1' (id %2)"_s.arg(member->name).arg(member->id);
            ++members;
            member = find(member->parentId);
        } while (member && member != at);
        if (members > named)
            names << Tr::tr("and %1 more").arg(members - named);
        add(Finding::Severity::Error,
            names.constFirst(),
            Tr::tr("the %1 %2 are each beneath the next, in a circle, so none of them is "
                   "in the plan's tree: give one of them a parent outside the circle")
                .arg(what, names.join(u", "_s)));
    }

    void add(Finding::Severity severity, const QString &item, const QString &message)
    {
        m_findings.append({severity, item, message});
    }

    Period checkPeriod(const QString &item, const QString &field, const QString &text)
    {
        if (text.isEmpty())
            return {};
        QString error;
        const Period period = Period::parse(text, &error);
        if (!period.isValid())
            add(Finding::Severity::Error, item, Tr::tr("%1: %2").arg(field, error));
        return period;
    }

    /** A stored tolerance the plan could not use: it reads as the default until it is set. */
    void checkSlipTolerance()
    {
        if (!m_plan.info.unusableSlipTolerance)
            return;
        add(Finding::Severity::Warning,
            Tr::tr("the plan"),
            Tr::tr("its milestone slip tolerance (plan_info key '%1') is '%2', which is not a "
                   "whole number of days from 0 to %3, so milestones slip after %4 days: set "
                   "it in File > Plan Properties")
                .arg(u"milestone_slip_tolerance_days"_s, *m_plan.info.unusableSlipTolerance)
                .arg(PlanInfo::maxSlipToleranceDays)
                .arg(PlanInfo::defaultSlipToleranceDays));
    }

    void checkArea(const Area &a)
    {
        const QString item = Tr::tr("area '%1'").arg(a.name);
        const Area *parent = a.parentId ? m_plan.area(a.parentId) : nullptr;
        if (a.parentId && !parent) {
            add(Finding::Severity::Error, item, Tr::tr("its parent area is missing"));
            return;
        }
        const auto expectParent = [&](AreaLevel level) {
            if (!parent || parent->level != level) {
                add(Finding::Severity::Error,
                    item,
                    Tr::tr("a %1 must sit beneath a %2")
                        .arg(Enums::label(a.level).toLower(), Enums::label(level).toLower()));
            }
        };
        switch (a.level) {
        case AreaLevel::System:
            if (parent)
                add(Finding::Severity::Error,
                    item,
                    Tr::tr("a system cannot sit beneath another area"));
            break;
        case AreaLevel::Place:
            expectParent(AreaLevel::System);
            break;
        case AreaLevel::Locality:
            expectParent(AreaLevel::Place);
            break;
        }
        if (a.population && *a.population < 0)
            add(Finding::Severity::Error, item, Tr::tr("the population cannot be negative"));
    }

    void checkProgramme(const Programme &p)
    {
        const QString item = Tr::tr("programme '%1'").arg(p.name);
        if (!m_plan.area(p.areaId))
            add(Finding::Severity::Error, item, Tr::tr("its area is missing"));
        if (p.parentId) {
            const Programme *parent = m_plan.programme(p.parentId);
            if (!parent)
                add(Finding::Severity::Error, item, Tr::tr("its parent programme is missing"));
            else if (parent->areaId != p.areaId)
                add(Finding::Severity::Error,
                    item,
                    Tr::tr("it belongs to a different area from its parent programme"));
        }
        if (p.start.isValid() && p.end.isValid() && p.end < p.start)
            add(Finding::Severity::Error, item, Tr::tr("it ends before it starts"));
    }

    void checkMilestone(const Milestone &m)
    {
        const QString item = Tr::tr("milestone '%1'").arg(m.title);
        if (!m_plan.programme(m.programmeId))
            add(Finding::Severity::Error, item, Tr::tr("its programme is missing"));
        if (m.status == MilestoneStatus::Complete && !m.completionDate.isValid())
            add(Finding::Severity::Warning,
                item,
                Tr::tr("it is complete but has no completion date"));
        if (m.completionDate.isValid() && m.status != MilestoneStatus::Complete)
            add(Finding::Severity::Warning,
                item,
                Tr::tr("it has a completion date but its status is %1")
                    .arg(Enums::label(m.status)));
    }

    void checkValue(const QString &item,
                    const QString &field,
                    const Indicator &i,
                    const OptionalValue &value)
    {
        if (!value)
            return;
        if (i.unit == Unit::Percentage && (*value < 0 || *value > 100))
            add(Finding::Severity::Error,
                item,
                Tr::tr("%1: %2 is not a percentage between 0 and 100").arg(field).arg(*value));
        if ((i.unit == Unit::Count || i.unit == Unit::RatePer100000 || i.unit == Unit::Days
             || i.unit == Unit::Years)
            && *value < 0 && i.targetKind != TargetKind::RelativePerYear)
            add(Finding::Severity::Error,
                item,
                Tr::tr("%1: %2 cannot be negative").arg(field).arg(*value));
    }

    void checkIndicator(const Indicator &i)
    {
        const QString item = Tr::tr("indicator '%1'").arg(i.name);
        if (!m_plan.programme(i.programmeId))
            add(Finding::Severity::Error, item, Tr::tr("its programme is missing"));
        if (i.decimals < 0 || i.decimals > 6)
            add(Finding::Severity::Error, item, Tr::tr("decimal places must be 0 to 6"));
        const Period baseline = checkPeriod(item, Tr::tr("baseline period"), i.baselinePeriod);
        const Period target = checkPeriod(item, Tr::tr("target period"), i.targetPeriod);
        if (baseline.isValid() && target.isValid() && !(baseline.start() < target.start()))
            add(Finding::Severity::Error,
                item,
                Tr::tr("the target period %1 is not after the baseline period %2")
                    .arg(i.targetPeriod, i.baselinePeriod));
        checkValue(item, Tr::tr("baseline"), i, i.baselineValue);
        if (i.targetKind != TargetKind::RelativePerYear)
            checkValue(item, Tr::tr("target"), i, i.targetValue);
        for (const PeriodValue &v : i.trajectory) {
            checkPeriod(item, Tr::tr("trajectory period"), v.period);
            checkValue(item, Tr::tr("trajectory %1").arg(v.period), i, v.value);
        }
        for (const ActualValue &v : i.actuals) {
            checkPeriod(item, Tr::tr("actual period"), v.period);
            checkValue(item, Tr::tr("actual %1").arg(v.period), i, v.value);
            if (v.lower && v.upper && *v.lower > *v.upper)
                add(Finding::Severity::Error,
                    item,
                    Tr::tr("actual %1: the lower confidence limit is above the upper")
                        .arg(v.period));
        }
    }

    const PlanSnapshot &m_plan;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> validate(const PlanSnapshot &plan)
{
    return Checker(plan).run();
}

QList<Finding> treeProblems(const PlanSnapshot &plan)
{
    return Checker(plan).tree();
}

} // namespace Jfp::PlanValidator
