// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "validation.h"

#include "coretr.h"
#include "domain/period.h"
#include "domain/rag.h"

#include <QSet>

#include <cmath>
#include <type_traits>

namespace Jfp::Validation {

namespace {

using namespace Qt::StringLiterals;

QString dateText(const QDate &date)
{
    return date.toString(u"d MMMM yyyy"_s);
}

class Checker
{
public:
    explicit Checker(const PlanSnapshot &plan)
        : m_plan(plan)
    {}

    void add(const QString &field, const QString &message) { m_messages.append({field, message}); }

    void required(const QString &field, const QString &value, const QString &what)
    {
        if (value.trimmed().isEmpty())
            add(field, Tr::tr("Give the %1.").arg(what));
    }

    // A date outside the plan horizon is an error naming the horizon.
    void insideHorizon(const QString &field, const QDate &date, const QString &what)
    {
        if (!date.isValid())
            return;
        const Period start = Period::parse(m_plan.info.horizonStart);
        const Period end = Period::parse(m_plan.info.horizonEnd);
        if (!start.isValid() || !end.isValid())
            return;
        if (date < start.start() || date > end.end()) {
            add(field,
                Tr::tr("The %1 %2 is outside the plan horizon %3 to %4 (%5 to %6).")
                    .arg(what,
                         dateText(date),
                         m_plan.info.horizonStart,
                         m_plan.info.horizonEnd,
                         dateText(start.start()),
                         dateText(end.end())));
        }
    }

    // `what` names the field in a message: a text, or a function making it, for the checks an
    // import runs on every value (the text is made only if there is something to say).
    template<typename What>
    static QString named(const What &what)
    {
        if constexpr (std::is_invocable_v<What>)
            return what();
        else
            return what;
    }

    template<typename What>
    Period period(const QString &field, const QString &text, const What &what)
    {
        if (text.isEmpty())
            return {};
        QString error;
        const Period p = Period::parse(text, &error);
        if (!p.isValid())
            add(field, Tr::tr("The %1 '%2' is not a period: %3").arg(named(what), text, error));
        return p;
    }

    template<typename What>
    void value(const QString &field,
               const Indicator &indicator,
               const OptionalValue &value,
               const What &whatOf)
    {
        if (!value)
            return;
        const auto what = [&whatOf] { return named(whatOf); };
        if (!std::isfinite(*value)) {
            add(field, Tr::tr("The %1 is not a number.").arg(what()));
            return;
        }
        switch (indicator.unit) {
        case Unit::Percentage:
            if (*value < 0 || *value > 100)
                add(field,
                    Tr::tr("The %1 %2 is not a percentage between 0 and 100.")
                        .arg(what(), QString::number(*value, 'g', 15)));
            break;
        case Unit::Count:
        case Unit::RatePer100000:
        case Unit::Days:
        case Unit::Years:
            if (*value < 0)
                add(field,
                    Tr::tr("The %1 %2 cannot be negative.")
                        .arg(what(), QString::number(*value, 'g', 15)));
            break;
        case Unit::Ratio:
        case Unit::Money:
        case Unit::Score:
            break;
        }
    }

    const Programme *programme(const QString &field, Id id)
    {
        const Programme *p = m_plan.programme(id);
        if (!p)
            add(field, Tr::tr("Choose the programme it belongs to."));
        return p;
    }

    // True when `id` is `ancestor` or beneath it, in the programme tree.
    bool programmeWithin(Id id, Id ancestor) const
    {
        for (int guard = 0; id && guard < 1000; ++guard) {
            if (id == ancestor)
                return true;
            const Programme *p = m_plan.programme(id);
            id = p ? p->parentId : 0;
        }
        return false;
    }

    bool areaWithin(Id id, Id ancestor) const
    {
        for (int guard = 0; id && guard < 1000; ++guard) {
            if (id == ancestor)
                return true;
            const Area *a = m_plan.area(id);
            id = a ? a->parentId : 0;
        }
        return false;
    }

    void areaLevel(AreaLevel level, Id parentId)
    {
        const Area *parent = parentId ? m_plan.area(parentId) : nullptr;
        if (parentId && !parent) {
            add(u"parentId"_s, Tr::tr("The parent area does not exist."));
            return;
        }
        switch (level) {
        case AreaLevel::System:
            if (parent)
                add(u"parentId"_s, Tr::tr("A system cannot sit beneath another area."));
            break;
        case AreaLevel::Place:
            if (!parent || parent->level != AreaLevel::System)
                add(u"parentId"_s, Tr::tr("A place must sit beneath a system."));
            break;
        case AreaLevel::Locality:
            if (!parent || parent->level != AreaLevel::Place)
                add(u"parentId"_s, Tr::tr("A locality must sit beneath a place."));
            break;
        }
    }

    const PlanSnapshot &m_plan;
    Messages m_messages;
};

} // namespace

QString messageFor(const Messages &messages, const QString &field)
{
    QStringList lines;
    for (const FieldMessage &m : messages) {
        if (m.field == field)
            lines << m.message;
    }
    return lines.join(QLatin1Char('\n'));
}

QString summary(const Messages &messages)
{
    QStringList lines;
    for (const FieldMessage &m : messages)
        lines << m.message;
    return lines.join(QLatin1Char('\n'));
}

Messages area(const Area &area, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.required(u"name"_s, area.name, Tr::tr("area's name"));
    c.areaLevel(area.level, area.parentId);
    for (const Area &other : plan.areas) {
        if (other.id == area.id)
            continue;
        if (!area.onsCode.isEmpty()
            && other.onsCode.compare(area.onsCode, Qt::CaseInsensitive) == 0)
            c.add(u"onsCode"_s,
                  Tr::tr("The ONS code %1 is already used by %2.").arg(area.onsCode, other.name));
        if (!area.odsCode.isEmpty()
            && other.odsCode.compare(area.odsCode, Qt::CaseInsensitive) == 0)
            c.add(u"odsCode"_s,
                  Tr::tr("The ODS code %1 is already used by %2.").arg(area.odsCode, other.name));
    }
    if (area.population && *area.population < 0)
        c.add(u"population"_s, Tr::tr("The population cannot be negative."));
    return c.m_messages;
}

Messages programme(const Programme &programme, const PlanSnapshot &plan, const Programme *before)
{
    Checker c(plan);
    c.required(u"name"_s, programme.name, Tr::tr("programme's name"));
    if (!plan.area(programme.areaId))
        c.add(u"areaId"_s, Tr::tr("Choose the area the programme belongs to."));
    if (programme.parentId) {
        const Programme *parent = plan.programme(programme.parentId);
        if (!parent)
            c.add(u"parentId"_s, Tr::tr("The parent programme does not exist."));
        else if (parent->areaId != programme.areaId)
            c.add(u"parentId"_s,
                  Tr::tr("A sub-programme belongs to the same area as its parent programme."));
    }
    if (!before || before->start != programme.start)
        c.insideHorizon(u"start"_s, programme.start, Tr::tr("start date"));
    if (!before || before->end != programme.end)
        c.insideHorizon(u"end"_s, programme.end, Tr::tr("end date"));
    if (programme.start.isValid() && programme.end.isValid() && programme.end < programme.start)
        c.add(u"end"_s,
              Tr::tr("The end date %1 is before the start date %2.")
                  .arg(dateText(programme.end), dateText(programme.start)));
    return c.m_messages;
}

Messages milestone(const Milestone &milestone, const PlanSnapshot &plan, const Milestone *before)
{
    Checker c(plan);
    c.required(u"title"_s, milestone.title, Tr::tr("milestone's title"));
    c.programme(u"programmeId"_s, milestone.programmeId);
    if (!before || before->baselineDate != milestone.baselineDate)
        c.insideHorizon(u"baselineDate"_s, milestone.baselineDate, Tr::tr("baseline date"));
    if (!before || before->forecastDate != milestone.forecastDate)
        c.insideHorizon(u"forecastDate"_s, milestone.forecastDate, Tr::tr("forecast date"));
    if (!before || before->completionDate != milestone.completionDate)
        c.insideHorizon(u"completionDate"_s, milestone.completionDate, Tr::tr("completion date"));
    if (milestone.baselineDate.isValid() && milestone.forecastDate.isValid()
        && milestone.forecastDate < milestone.baselineDate) {
        c.add(u"forecastDate"_s,
              Tr::tr("The forecast date %1 is before the baseline date %2.")
                  .arg(dateText(milestone.forecastDate), dateText(milestone.baselineDate)));
    }
    if (milestone.completionDate.isValid() && milestone.status != MilestoneStatus::Complete)
        c.add(u"completionDate"_s,
              Tr::tr("Only a complete milestone has a completion date; set its status to %1.")
                  .arg(Enums::label(MilestoneStatus::Complete)));
    return c.m_messages;
}

Messages indicator(const Indicator &indicator, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.required(u"name"_s, indicator.name, Tr::tr("indicator's name"));
    c.programme(u"programmeId"_s, indicator.programmeId);
    if (indicator.decimals < 0 || indicator.decimals > 6)
        c.add(u"decimals"_s, Tr::tr("Decimal places must be 0 to 6."));
    const Period baseline
        = c.period(u"baselinePeriod"_s, indicator.baselinePeriod, Tr::tr("baseline period"));
    const Period target
        = c.period(u"targetPeriod"_s, indicator.targetPeriod, Tr::tr("target period"));
    if (baseline.isValid() && target.isValid() && !(baseline.end() < target.end()))
        c.add(u"targetPeriod"_s,
              Tr::tr("The target period %1 is not after the baseline period %2.")
                  .arg(indicator.targetPeriod, indicator.baselinePeriod));
    c.value(u"baselineValue"_s, indicator, indicator.baselineValue, Tr::tr("baseline"));
    if (indicator.targetKind != TargetKind::RelativePerYear)
        c.value(u"targetValue"_s, indicator, indicator.targetValue, Tr::tr("target"));
    if (indicator.tolerance && (*indicator.tolerance < 0 || !std::isfinite(*indicator.tolerance)))
        c.add(u"tolerance"_s, Tr::tr("The tolerance cannot be negative."));
    return c.m_messages;
}

Messages progressUpdate(const ProgressUpdate &update, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.programme(u"programmeId"_s, update.programmeId);
    if (update.period.isEmpty()) {
        c.add(u"period"_s, Tr::tr("Give the quarter, such as Q2 2025/26."));
    } else {
        const Period period = c.period(u"period"_s, update.period, Tr::tr("quarter"));
        if (period.isValid() && period.kind() != Period::Kind::FinancialQuarter) {
            c.add(u"period"_s,
                  Tr::tr("A progress update is for a quarter, such as Q2 2025/26, not '%1'.")
                      .arg(update.period));
        } else if (period.isValid()) {
            c.insideHorizon(u"period"_s, period.start(), Tr::tr("quarter starting"));
            for (const ProgressUpdate &other : plan.progressUpdates) {
                if (other.id != update.id && other.programmeId == update.programmeId
                    && Period::parse(other.period) == period) {
                    c.add(u"period"_s,
                          Tr::tr("The programme already has an update for %1.")
                              .arg(period.toString()));
                }
            }
        }
    }
    if (!Rags::fromKey(update.rag))
        c.add(u"rag"_s, Tr::tr("Choose a RAG status: red, amber or green."));
    return c.m_messages;
}

Messages planInfo(const PlanInfo &info)
{
    static const PlanSnapshot noPlan;
    Checker c(noPlan);
    const Period start = c.period(u"horizonStart"_s, info.horizonStart, Tr::tr("horizon start"));
    const Period end = c.period(u"horizonEnd"_s, info.horizonEnd, Tr::tr("horizon end"));
    if (start.isValid() && end.isValid() && end.end() < start.start())
        c.add(u"horizonEnd"_s,
              Tr::tr("The horizon ends (%1) before it starts (%2).")
                  .arg(info.horizonEnd, info.horizonStart));
    if (info.milestoneSlipToleranceDays < 0
        || info.milestoneSlipToleranceDays > PlanInfo::maxSlipToleranceDays)
        c.add(u"milestoneSlipToleranceDays"_s,
              Tr::tr("Milestones slip after 0 to %1 days, not %2.")
                  .arg(PlanInfo::maxSlipToleranceDays)
                  .arg(info.milestoneSlipToleranceDays));
    return c.m_messages;
}

Messages framework(const Framework &framework, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.required(u"key"_s, framework.key, Tr::tr("framework's key"));
    c.required(u"name"_s, framework.name, Tr::tr("framework's name"));
    for (const Framework &other : plan.frameworks) {
        if (other.id != framework.id && !framework.key.isEmpty() && other.key == framework.key)
            c.add(u"key"_s,
                  Tr::tr("The framework '%1' already has the key %2.").arg(other.name, other.key));
    }
    if (framework.areaId != 0 && !plan.area(framework.areaId))
        c.add(u"areaId"_s, Tr::tr("The framework's area does not exist."));
    return c.m_messages;
}

Messages theme(const Theme &theme, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.required(u"key"_s, theme.key, Tr::tr("theme's key"));
    c.required(u"name"_s, theme.name, Tr::tr("theme's name"));
    bool frameworkFound = false;
    for (const Framework &framework : plan.frameworks) {
        frameworkFound = frameworkFound || framework.id == theme.frameworkId;
        for (const Theme &other : framework.themes) {
            if (other.id != theme.id && !theme.key.isEmpty() && other.key == theme.key)
                c.add(u"key"_s,
                      Tr::tr("The theme '%1' of %2 already has the key %3.")
                          .arg(other.name, framework.name, other.key));
        }
    }
    if (!frameworkFound)
        c.add(u"frameworkId"_s, Tr::tr("Choose the framework the theme belongs to."));
    return c.m_messages;
}

Messages annotation(const Annotation &annotation)
{
    static const PlanSnapshot noPlan;
    Checker c(noPlan);
    if (annotation.label.trimmed().isEmpty())
        c.add(u"label"_s, Tr::tr("Give the annotation a label."));
    if (annotation.period.isEmpty() && !annotation.date.isValid())
        c.add(u"period"_s, Tr::tr("Give the annotation a period (such as 2024/25) or a date."));
    if (!annotation.period.isEmpty()) {
        QString error;
        if (!Period::parse(annotation.period, &error).isValid())
            c.add(u"period"_s, error);
    }
    if (annotation.indicatorId == 0)
        c.add(u"indicatorId"_s, Tr::tr("The annotation belongs to no indicator."));
    return c.m_messages;
}

Messages trajectoryValues(const Indicator &indicator, const QList<PeriodValue> &values)
{
    static const PlanSnapshot noPlan;
    Checker c(noPlan);
    QSet<QString> seen;
    for (const PeriodValue &v : values) {
        const QString field = u"trajectory:"_s + v.period;
        const Period p = c.period(field, v.period, [] { return Tr::tr("period"); });
        if (v.period.isEmpty())
            c.add(field, Tr::tr("Give each value a period."));
        if (p.isValid() && seen.contains(p.toString()))
            c.add(field, Tr::tr("The period %1 is given twice.").arg(p.toString()));
        if (p.isValid())
            seen.insert(p.toString());
        c.value(field, indicator, v.value, [&v] { return Tr::tr("value for %1").arg(v.period); });
    }
    return c.m_messages;
}

Messages actualValues(const Indicator &indicator, const QList<ActualValue> &values)
{
    static const PlanSnapshot noPlan;
    Checker c(noPlan);
    QSet<QString> seen;
    for (const ActualValue &v : values) {
        const QString field = u"actual:"_s + v.period;
        const Period p = c.period(field, v.period, [] { return Tr::tr("period"); });
        if (v.period.isEmpty())
            c.add(field, Tr::tr("Give each value a period."));
        if (p.isValid() && seen.contains(p.toString()))
            c.add(field, Tr::tr("The period %1 is given twice.").arg(p.toString()));
        if (p.isValid())
            seen.insert(p.toString());
        c.value(field, indicator, v.value, [&v] { return Tr::tr("value for %1").arg(v.period); });
        c.value(
            field, indicator, v.lower, [&v] { return Tr::tr("lower limit for %1").arg(v.period); });
        c.value(
            field, indicator, v.upper, [&v] { return Tr::tr("upper limit for %1").arg(v.period); });
        if (v.lower && v.upper && *v.lower > *v.upper)
            c.add(field,
                  Tr::tr("For %1 the lower confidence limit is above the upper.").arg(v.period));
        if (v.count && *v.count < 0)
            c.add(field, Tr::tr("For %1 the count cannot be negative.").arg(v.period));
        if (v.denominator && *v.denominator < 0)
            c.add(field, Tr::tr("For %1 the denominator cannot be negative.").arg(v.period));
    }
    return c.m_messages;
}

Messages areaMove(const Area &area, const Placement &to, const PlanSnapshot &plan)
{
    Checker c(plan);
    if (to.parentId && c.areaWithin(to.parentId, area.id))
        c.add(u"parentId"_s, Tr::tr("An area cannot move beneath itself."));
    else
        c.areaLevel(area.level, to.parentId);
    return c.m_messages;
}

Messages programmeMove(const Programme &programme, const Placement &to, const PlanSnapshot &plan)
{
    Checker c(plan);
    if (!plan.area(to.areaId))
        c.add(u"areaId"_s, Tr::tr("Choose the area the programme belongs to."));
    if (to.parentId) {
        const Programme *parent = plan.programme(to.parentId);
        if (!parent)
            c.add(u"parentId"_s, Tr::tr("The parent programme does not exist."));
        else if (c.programmeWithin(to.parentId, programme.id))
            c.add(u"parentId"_s, Tr::tr("A programme cannot move beneath itself."));
        else if (parent->areaId != to.areaId)
            c.add(u"parentId"_s,
                  Tr::tr("A sub-programme belongs to the same area as its parent programme."));
    }
    return c.m_messages;
}

Messages programmeItemMove(const Placement &to, const PlanSnapshot &plan)
{
    Checker c(plan);
    c.programme(u"parentId"_s, to.parentId);
    return c.m_messages;
}

} // namespace Jfp::Validation
