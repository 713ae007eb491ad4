// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "itemtraits.h"

#include "coretr.h"
#include "domain/domainenums.h"

namespace Jfp::Commands::Internal {

using namespace Qt::StringLiterals;

namespace {

QString idText(Id id)
{
    return id ? QString::number(id) : QString();
}

FieldTexts programmeItemPlacement(const Placement &p)
{
    return {{u"programmeId"_s, QString::number(p.parentId)},
            {u"position"_s, QString::number(p.position)}};
}

} // namespace

FieldTexts planInfoFields(const PlanInfo &info)
{
    return {{u"name"_s, info.name},
            {u"description"_s, info.description},
            {u"horizonStart"_s, info.horizonStart},
            {u"horizonEnd"_s, info.horizonEnd},
            {u"milestoneSlipToleranceDays"_s, QString::number(info.milestoneSlipToleranceDays)}};
}

// Areas

QString ItemTraits<Area>::kind()
{
    return u"area"_s;
}

QString ItemTraits<Area>::noun()
{
    return Tr::tr("area");
}

FieldTexts ItemTraits<Area>::fields(const Area &a)
{
    QStringList codes;
    for (const AreaCode &c : a.extraCodes)
        codes << u"%1: %2%3"_s.arg(
            c.scheme, c.code, c.name.isEmpty() ? QString() : u" (%1)"_s.arg(c.name));
    return {{u"name"_s, a.name},
            {u"shortName"_s, a.shortName},
            {u"level"_s, Enums::key(a.level)},
            {u"onsCode"_s, a.onsCode},
            {u"odsCode"_s, a.odsCode},
            {u"population"_s, a.population ? QString::number(*a.population) : QString()},
            {u"populationYear"_s, a.populationYear},
            {u"populationSource"_s, a.populationSource},
            {u"description"_s, a.description},
            {u"source"_s, a.source},
            {u"extraCodes"_s, codes.join(u"; "_s)}};
}

Validation::Messages
ItemTraits<Area>::validate(const Area &a, const Area *, const PlanSnapshot &plan)
{
    return Validation::area(a, plan);
}

Validation::Messages
ItemTraits<Area>::validateMove(const Area &a, const Placement &to, const PlanSnapshot &plan)
{
    return Validation::areaMove(a, to, plan);
}

FieldTexts ItemTraits<Area>::placementFields(const Placement &p)
{
    return {{u"parentId"_s, idText(p.parentId)}, {u"position"_s, QString::number(p.position)}};
}

// Frameworks and their themes

QString ItemTraits<Framework>::kind()
{
    return u"framework"_s;
}

QString ItemTraits<Framework>::noun()
{
    return Tr::tr("framework");
}

FieldTexts ItemTraits<Framework>::fields(const Framework &f)
{
    return {{u"key"_s, f.key},
            {u"name"_s, f.name},
            {u"areaId"_s, idText(f.areaId)},
            {u"description"_s, f.description},
            {u"source"_s, f.source}};
}

Validation::Messages
ItemTraits<Framework>::validate(const Framework &f, const Framework *, const PlanSnapshot &plan)
{
    return Validation::framework(f, plan);
}

QString ItemTraits<Theme>::kind()
{
    return u"theme"_s;
}

QString ItemTraits<Theme>::noun()
{
    return Tr::tr("theme");
}

FieldTexts ItemTraits<Theme>::fields(const Theme &t)
{
    return {{u"frameworkId"_s, idText(t.frameworkId)},
            {u"key"_s, t.key},
            {u"code"_s, t.code},
            {u"name"_s, t.name},
            {u"description"_s, t.description}};
}

Validation::Messages
ItemTraits<Theme>::validate(const Theme &t, const Theme *, const PlanSnapshot &plan)
{
    return Validation::theme(t, plan);
}

// Programmes

QString ItemTraits<Programme>::kind()
{
    return u"programme"_s;
}

QString ItemTraits<Programme>::noun()
{
    return Tr::tr("programme");
}

FieldTexts ItemTraits<Programme>::fields(const Programme &p)
{
    QStringList themes;
    for (const Id id : p.themeIds)
        themes << QString::number(id);
    return {{u"name"_s, p.name},
            {u"ambition"_s, p.ambition},
            {u"description"_s, p.description},
            {u"sro"_s, p.sro},
            {u"manager"_s, p.manager},
            {u"status"_s, p.status ? Enums::key(*p.status) : QString()},
            {u"start"_s, dateText(p.start)},
            {u"end"_s, dateText(p.end)},
            {u"source"_s, p.source},
            {u"themeIds"_s, themes.join(u", "_s)}};
}

Validation::Messages ItemTraits<Programme>::validate(const Programme &p,
                                                     const Programme *before,
                                                     const PlanSnapshot &plan)
{
    return Validation::programme(p, plan, before);
}

Validation::Messages ItemTraits<Programme>::validateMove(const Programme &p,
                                                         const Placement &to,
                                                         const PlanSnapshot &plan)
{
    return Validation::programmeMove(p, to, plan);
}

FieldTexts ItemTraits<Programme>::placementFields(const Placement &p)
{
    return {{u"areaId"_s, QString::number(p.areaId)},
            {u"parentId"_s, idText(p.parentId)},
            {u"position"_s, QString::number(p.position)}};
}

// Milestones

QString ItemTraits<Milestone>::kind()
{
    return u"milestone"_s;
}

QString ItemTraits<Milestone>::noun()
{
    return Tr::tr("milestone");
}

FieldTexts ItemTraits<Milestone>::fields(const Milestone &m)
{
    return {{u"title"_s, m.title},
            {u"owner"_s, m.owner},
            {u"baselineDate"_s, dateText(m.baselineDate)},
            {u"forecastDate"_s, dateText(m.forecastDate)},
            {u"completionDate"_s, dateText(m.completionDate)},
            {u"status"_s, Enums::key(m.status)},
            {u"notes"_s, m.notes},
            {u"source"_s, m.source}};
}

Validation::Messages ItemTraits<Milestone>::validate(const Milestone &m,
                                                     const Milestone *before,
                                                     const PlanSnapshot &plan)
{
    return Validation::milestone(m, plan, before);
}

Validation::Messages ItemTraits<Milestone>::validateMove(const Milestone &,
                                                         const Placement &to,
                                                         const PlanSnapshot &plan)
{
    return Validation::programmeItemMove(to, plan);
}

FieldTexts ItemTraits<Milestone>::placementFields(const Placement &p)
{
    return programmeItemPlacement(p);
}

// Progress updates

QString ItemTraits<ProgressUpdate>::kind()
{
    return u"progress_update"_s;
}

QString ItemTraits<ProgressUpdate>::noun()
{
    return Tr::tr("progress update");
}

FieldTexts ItemTraits<ProgressUpdate>::fields(const ProgressUpdate &u)
{
    return {{u"period"_s, u.period},
            {u"rag"_s, u.rag},
            {u"wentWell"_s, u.wentWell},
            {u"didNot"_s, u.didNot},
            {u"nextSteps"_s, u.nextSteps}};
}

Validation::Messages ItemTraits<ProgressUpdate>::validate(const ProgressUpdate &u,
                                                          const ProgressUpdate *,
                                                          const PlanSnapshot &plan)
{
    return Validation::progressUpdate(u, plan);
}

// Indicators

QString ItemTraits<Indicator>::kind()
{
    return u"indicator"_s;
}

QString ItemTraits<Indicator>::noun()
{
    return Tr::tr("indicator");
}

FieldTexts ItemTraits<Indicator>::fields(const Indicator &i)
{
    return {{u"code"_s, i.code},
            {u"name"_s, i.name},
            {u"definition"_s, i.definition},
            {u"unit"_s, Enums::key(i.unit)},
            {u"decimals"_s, QString::number(i.decimals)},
            {u"polarity"_s, Enums::key(i.polarity)},
            {u"source"_s, i.source},
            {u"baselineValue"_s, numberText(i.baselineValue)},
            {u"baselinePeriod"_s, i.baselinePeriod},
            {u"baselineNote"_s, i.baselineNote},
            {u"targetKind"_s, Enums::key(i.targetKind)},
            {u"targetValue"_s, numberText(i.targetValue)},
            {u"targetPeriod"_s, i.targetPeriod},
            {u"targetBenchmark"_s, i.targetBenchmark},
            {u"targetNote"_s, i.targetNote},
            {u"tolerance"_s, numberText(i.tolerance)}};
}

Validation::Messages ItemTraits<Indicator>::validate(const Indicator &i,
                                                     const Indicator *before,
                                                     const PlanSnapshot &plan)
{
    if (before)
        return Validation::indicator(i, plan);
    return Validation::indicator(i, plan) + Validation::trajectoryValues(i, i.trajectory)
           + Validation::actualValues(i, i.actuals);
}

Validation::Messages ItemTraits<Indicator>::validateMove(const Indicator &,
                                                         const Placement &to,
                                                         const PlanSnapshot &plan)
{
    return Validation::programmeItemMove(to, plan);
}

FieldTexts ItemTraits<Indicator>::placementFields(const Placement &p)
{
    return programmeItemPlacement(p);
}

// Annotations

QString ItemTraits<Annotation>::kind()
{
    return u"annotation"_s;
}

QString ItemTraits<Annotation>::noun()
{
    return Tr::tr("annotation");
}

FieldTexts ItemTraits<Annotation>::fields(const Annotation &a)
{
    return {{u"label"_s, a.label},
            {u"period"_s, a.period},
            {u"date"_s, dateText(a.date)},
            {u"note"_s, a.note}};
}

Validation::Messages
ItemTraits<Annotation>::validate(const Annotation &a, const Annotation *, const PlanSnapshot &)
{
    return Validation::annotation(a);
}

} // namespace Jfp::Commands::Internal
