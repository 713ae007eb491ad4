// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planworkbook.h"

#include "coretr.h"
#include "domain/rag.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Jfp::PlanWorkbook {

using namespace Qt::StringLiterals;

namespace {

Column column(const QString &key,
              CellKind kind,
              const QString &meaning,
              bool required = false,
              QStringList choices = {})
{
    return {key, kind, meaning, std::move(choices), required, false};
}

Column readOnly(const QString &key, const QString &meaning)
{
    return {key, CellKind::Text, meaning, {}, false, true};
}

QList<SheetLayout> makeLayouts()
{
    const QString idMeaning = Tr::tr(
        "The item's id in the plan. Leave it empty for a new item; other rows may refer to a new "
        "item by any whole number not used by the plan.");
    const QString source = Tr::tr("Where the item comes from (document, page, web address)");
    const QString indicatorId = Tr::tr(
        "The indicator: its id, as in the Indicators sheet. Empty: found by the indicator column");
    const QString indicatorName = Tr::tr(
        "The indicator's name: finds the indicator when indicatorId is empty, and is checked "
        "against it when both are given");
    const QString period = Tr::tr("The period, e.g. 2024/25, Q1 2024/25, Apr 2024, 2021");
    const QString areaId = Tr::tr("The id of the area, as in the Areas sheet");
    return {
        {SheetKind::Areas,
         u"Areas"_s,
         Tr::tr("The system, its places and their localities (PCNs), parents before children"),
         {column(u"id"_s, CellKind::Id, idMeaning),
          column(u"parentId"_s,
                 CellKind::Id,
                 Tr::tr("The id of the area it belongs to; empty for the system")),
          column(u"level"_s,
                 CellKind::Choice,
                 Tr::tr("system, place or locality"),
                 true,
                 Enums::allKeys<AreaLevel>()),
          column(u"name"_s, CellKind::Text, Tr::tr("The area's name"), true),
          column(u"shortName"_s, CellKind::Text, Tr::tr("A shorter name for tight spaces")),
          column(u"onsCode"_s, CellKind::Text, Tr::tr("ONS code, e.g. E08000013")),
          column(u"odsCode"_s, CellKind::Text, Tr::tr("ODS code, e.g. QYG or U67149")),
          column(u"population"_s, CellKind::Integer, Tr::tr("Number of people")),
          column(u"populationYear"_s, CellKind::Text, Tr::tr("The year of the population")),
          column(u"populationSource"_s, CellKind::Text, Tr::tr("Where the population comes from")),
          column(u"description"_s, CellKind::Text, Tr::tr("A description")),
          column(u"source"_s, CellKind::Text, source)}},
        {SheetKind::Programmes,
         u"Programmes"_s,
         Tr::tr("Programmes and their sub-programmes (objectives), parents before children"),
         {column(u"id"_s, CellKind::Id, idMeaning),
          column(u"areaId"_s,
                 CellKind::Id,
                 Tr::tr("The id of the area that owns it (a sub-programme: its parent's area)")),
          column(u"parentId"_s,
                 CellKind::Id,
                 Tr::tr("The id of the programme it belongs to; empty for a top programme")),
          readOnly(u"area"_s, Tr::tr("The owning area's name (for reading)")),
          column(u"name"_s, CellKind::Text, Tr::tr("The programme's name"), true),
          column(u"ambition"_s, CellKind::Text, Tr::tr("What it sets out to achieve")),
          column(u"description"_s, CellKind::Text, Tr::tr("A description")),
          column(u"sro"_s, CellKind::Text, Tr::tr("Senior responsible owner")),
          column(u"manager"_s, CellKind::Text, Tr::tr("Programme manager")),
          column(u"status"_s,
                 CellKind::Choice,
                 Tr::tr("Delivery status"),
                 false,
                 Enums::allKeys<DeliveryStatus>()),
          column(u"start"_s, CellKind::Date, Tr::tr("Start date")),
          column(u"end"_s, CellKind::Date, Tr::tr("End date")),
          column(u"source"_s, CellKind::Text, source),
          column(u"themes"_s,
                 CellKind::Text,
                 Tr::tr("The themes it is tagged with: their keys (Themes sheet), separated by "
                        "commas"))}},
        {SheetKind::Milestones,
         u"Milestones"_s,
         Tr::tr("Dated deliverables of programmes"),
         {column(u"id"_s, CellKind::Id, idMeaning),
          column(u"programmeId"_s,
                 CellKind::Id,
                 Tr::tr("The id of its programme. Empty: found by programme (and areaCode)")),
          readOnly(u"area"_s, Tr::tr("The programme's area (for reading)")),
          column(u"areaCode"_s,
                 CellKind::Text,
                 Tr::tr("ONS or ODS code of the programme's area: tells apart programmes of the "
                        "same name")),
          column(u"programme"_s,
                 CellKind::Text,
                 Tr::tr("The programme's name: finds it when programmeId is empty")),
          column(u"title"_s, CellKind::Text, Tr::tr("What is to be delivered"), true),
          column(u"owner"_s, CellKind::Text, Tr::tr("Who delivers it")),
          column(u"baselineDate"_s, CellKind::Date, Tr::tr("The date first planned")),
          column(u"forecastDate"_s, CellKind::Date, Tr::tr("The date now expected")),
          column(u"completionDate"_s, CellKind::Date, Tr::tr("The date it was done")),
          column(u"status"_s,
                 CellKind::Choice,
                 Tr::tr("Milestone status (empty: not_started for a new milestone)"),
                 false,
                 Enums::allKeys<MilestoneStatus>()),
          column(u"notes"_s, CellKind::Text, Tr::tr("Notes")),
          column(u"source"_s, CellKind::Text, source)}},
        {SheetKind::Indicators,
         u"Indicators"_s,
         Tr::tr("Measures with their baseline and target"),
         {column(u"id"_s, CellKind::Id, idMeaning),
          column(u"programmeId"_s,
                 CellKind::Id,
                 Tr::tr("The id of its programme, as in the Programmes sheet"),
                 true),
          readOnly(u"area"_s, Tr::tr("The programme's area (for reading)")),
          readOnly(u"programme"_s, Tr::tr("The programme's name (for reading)")),
          column(u"code"_s, CellKind::Text, Tr::tr("A code, e.g. ASC-17 or a Fingertips id")),
          column(u"name"_s, CellKind::Text, Tr::tr("The indicator's name"), true),
          column(u"definition"_s, CellKind::Text, Tr::tr("What is measured, and how")),
          column(u"unit"_s,
                 CellKind::Choice,
                 Tr::tr("The unit (empty: count for a new indicator)"),
                 false,
                 Enums::allKeys<Unit>()),
          column(u"decimals"_s, CellKind::Integer, Tr::tr("Decimal places shown (0 to 6)")),
          column(u"polarity"_s,
                 CellKind::Choice,
                 Tr::tr("Which way is better (empty: neutral for a new indicator)"),
                 false,
                 Enums::allKeys<Polarity>()),
          column(u"source"_s, CellKind::Text, Tr::tr("Where the figures come from")),
          column(u"baselineValue"_s, CellKind::Number, Tr::tr("The starting value")),
          column(u"baselinePeriod"_s, CellKind::Period, Tr::tr("The baseline's period")),
          column(u"baselineNote"_s, CellKind::Text, Tr::tr("A note on the baseline")),
          column(u"targetKind"_s,
                 CellKind::Choice,
                 Tr::tr("How the target is set (empty: absolute for a new indicator)"),
                 false,
                 Enums::allKeys<TargetKind>()),
          column(u"targetValue"_s, CellKind::Number, Tr::tr("The value to reach")),
          column(u"targetPeriod"_s, CellKind::Period, Tr::tr("The period to reach it by")),
          column(u"targetBenchmark"_s,
                 CellKind::Text,
                 Tr::tr("The benchmark to beat, for better_than_benchmark")),
          column(u"targetNote"_s, CellKind::Text, Tr::tr("A note on the target")),
          column(u"tolerance"_s,
                 CellKind::Number,
                 Tr::tr("How far from the trajectory still counts as on track")),
          column(u"spcOptions"_s,
                 CellKind::Text,
                 Tr::tr("The SPC chart's options that differ from the default, as JSON, e.g. "
                        "{\"shiftLength\":6}; empty: the defaults"))}},
        {SheetKind::Trajectory,
         u"Trajectory"_s,
         Tr::tr("The planned value of each indicator for each period"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(u"period"_s, CellKind::Period, period, true),
          column(u"planned"_s, CellKind::Number, Tr::tr("The planned value"))}},
        {SheetKind::Actuals,
         u"Actuals"_s,
         Tr::tr("Observed values of each indicator for each period"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(u"period"_s, CellKind::Period, period, true),
          column(u"value"_s, CellKind::Number, Tr::tr("The value")),
          column(u"lower"_s, CellKind::Number, Tr::tr("Lower 95% confidence limit")),
          column(u"upper"_s, CellKind::Number, Tr::tr("Upper 95% confidence limit")),
          column(u"count"_s, CellKind::Number, Tr::tr("The count (numerator)")),
          column(u"denominator"_s, CellKind::Number, Tr::tr("The denominator")),
          column(u"note"_s, CellKind::Text, Tr::tr("A note on the value")),
          column(u"synthetic"_s,
                 CellKind::Boolean,
                 Tr::tr("TRUE for illustrative data, not a published figure"))}},
        {SheetKind::Benchmarks,
         u"Benchmarks"_s,
         Tr::tr("Comparator series of each indicator (e.g. North West region, England)"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(u"benchmark"_s, CellKind::Text, Tr::tr("The benchmark's name"), true),
          column(u"code"_s, CellKind::Text, Tr::tr("Its area code, e.g. E92000001")),
          column(u"period"_s, CellKind::Period, period, true),
          column(u"value"_s, CellKind::Number, Tr::tr("The benchmark's value"))}},
        {SheetKind::Plan,
         u"Plan"_s,
         Tr::tr("The plan's name and horizon: one row"),
         {column(u"name"_s, CellKind::Text, Tr::tr("The plan's name")),
          column(u"description"_s, CellKind::Text, Tr::tr("A description")),
          column(u"horizonStart"_s,
                 CellKind::Period,
                 Tr::tr("The first financial year of the plan, e.g. 2024/25")),
          column(u"horizonEnd"_s,
                 CellKind::Period,
                 Tr::tr("The last financial year of the plan, e.g. 2028/29"))}},
        {SheetKind::AreaCodes,
         u"AreaCodes"_s,
         Tr::tr("More codes of an area, e.g. its Sub-ICB locations (old CCG codes)"),
         {column(u"areaId"_s, CellKind::Id, areaId, true),
          readOnly(u"area"_s, Tr::tr("The area's name (for reading)")),
          column(
              u"scheme"_s, CellKind::Text, Tr::tr("The kind of code, e.g. Sub-ICB location"), true),
          column(u"code"_s, CellKind::Text, Tr::tr("The code, e.g. 01X"), true),
          column(u"name"_s, CellKind::Text, Tr::tr("What the code stands for"))}},
        {SheetKind::Practices,
         u"Practices"_s,
         Tr::tr("The GP practices of each locality (PCN), in order"),
         {column(u"areaId"_s, CellKind::Id, areaId, true),
          readOnly(u"area"_s, Tr::tr("The area's name (for reading)")),
          column(u"name"_s, CellKind::Text, Tr::tr("The GP practice's name"), true),
          column(u"code"_s, CellKind::Text, Tr::tr("Its ODS code, e.g. N83017")),
          column(u"mapKey"_s,
                 CellKind::Integer,
                 Tr::tr("Its number on the plan's map of practices"))}},
        {SheetKind::Frameworks,
         u"Frameworks"_s,
         Tr::tr("Named lists of themes that programmes are tagged with"),
         {column(u"key"_s,
                 CellKind::Text,
                 Tr::tr("A short key, unique in the plan, e.g. atf; the Themes sheet refers to it"),
                 true),
          column(u"name"_s, CellKind::Text, Tr::tr("The framework's name"), true),
          column(u"areaId"_s,
                 CellKind::Id,
                 Tr::tr("The id of the area whose framework it is; empty for the whole plan")),
          readOnly(u"area"_s, Tr::tr("The area's name (for reading)")),
          column(u"description"_s, CellKind::Text, Tr::tr("A description")),
          column(u"source"_s, CellKind::Text, source)}},
        {SheetKind::Themes,
         u"Themes"_s,
         Tr::tr("The themes of each framework, in order"),
         {column(u"framework"_s,
                 CellKind::Text,
                 Tr::tr("The key of its framework, as in the Frameworks sheet"),
                 true),
          column(u"key"_s,
                 CellKind::Text,
                 Tr::tr("A short key, unique in the plan, e.g. atf-1; programmes list it in "
                        "their themes column"),
                 true),
          column(u"code"_s, CellKind::Text, Tr::tr("Its number or code in the framework")),
          column(u"name"_s, CellKind::Text, Tr::tr("The theme's name"), true),
          column(u"description"_s, CellKind::Text, Tr::tr("A description"))}},
        {SheetKind::ProgressUpdates,
         u"ProgressUpdates"_s,
         Tr::tr("Each programme's quarterly status and narrative for the board"),
         {column(u"programmeId"_s,
                 CellKind::Id,
                 Tr::tr("The id of its programme, as in the Programmes sheet"),
                 true),
          readOnly(u"area"_s, Tr::tr("The programme's area (for reading)")),
          readOnly(u"programme"_s, Tr::tr("The programme's name (for reading)")),
          column(u"period"_s, CellKind::Period, Tr::tr("The quarter, e.g. Q2 2025/26"), true),
          column(u"rag"_s,
                 CellKind::Choice,
                 Tr::tr("The RAG status (needed for a new update)"),
                 false,
                 Rags::keys()),
          column(u"wentWell"_s, CellKind::Text, Tr::tr("What went well")),
          column(u"didNot"_s, CellKind::Text, Tr::tr("What did not go well")),
          column(u"nextSteps"_s, CellKind::Text, Tr::tr("The next steps")),
          column(u"recordedAt"_s, CellKind::DateTime, Tr::tr("When it was recorded, in UTC")),
          column(u"recordedBy"_s, CellKind::Text, Tr::tr("Who recorded it"))}},
        {SheetKind::Annotations,
         u"Annotations"_s,
         Tr::tr("Dated notes drawn on an indicator's charts"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(u"period"_s, CellKind::Period, Tr::tr("The period it marks (or give a date)")),
          column(u"date"_s, CellKind::Date, Tr::tr("The day it marks (or give a period)")),
          column(u"label"_s, CellKind::Text, Tr::tr("The label on the chart"), true),
          column(u"note"_s, CellKind::Text, Tr::tr("A longer note"))}},
        {SheetKind::SpcRebases,
         u"SpcRebases"_s,
         Tr::tr("Periods from which an indicator's SPC chart starts a new segment"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(
              u"period"_s, CellKind::Period, Tr::tr("The first period of the new segment"), true),
          column(u"reason"_s, CellKind::Text, Tr::tr("Why the process changed"))}},
        {SheetKind::Links,
         u"Links"_s,
         Tr::tr("External indicator ids that feed an indicator's values"),
         {column(u"indicatorId"_s, CellKind::Id, indicatorId),
          column(u"indicator"_s, CellKind::Text, indicatorName),
          column(u"source"_s, CellKind::Text, Tr::tr("Where, e.g. fingertips"), true),
          column(u"externalId"_s,
                 CellKind::Text,
                 Tr::tr("The indicator's id there, e.g. 93356"),
                 true)}},
    };
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant id(Id value)
{
    return value > 0 ? QVariant(qlonglong(value)) : QVariant();
}

template<typename T>
QVariant optional(const std::optional<T> &value)
{
    if (!value)
        return {};
    if constexpr (std::is_floating_point_v<T>)
        return QVariant(double(*value));
    else
        return QVariant(qlonglong(*value));
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

/** Walks the plan in tree order and collects what lies in scope. */
class ScopeWalk
{
public:
    ScopeWalk(const PlanSnapshot &plan, const ExportScope &scope)
        : m_plan(plan)
    {
        for (const Area &a : plan.areas)
            m_childAreas[a.parentId] << &a;
        for (const Programme &p : plan.programmes)
            m_childProgrammes[p.parentId != 0 ? -p.parentId : p.areaId] << &p;
        if (scope.programmeId != 0) {
            if (const Programme *top = plan.programme(scope.programmeId)) {
                if (const Area *area = plan.owningArea(*top))
                    areas << area;
                addProgramme(top);
            }
            m_topAreaId = areas.isEmpty() ? 0 : areas.constFirst()->id;
            m_topProgrammeId = scope.programmeId;
        } else {
            if (scope.areaId != 0) {
                if (const Area *top = plan.area(scope.areaId))
                    addArea(top);
            } else {
                for (const Area *root : m_childAreas.value(0))
                    addArea(root);
            }
            m_topAreaId = scope.areaId;
            for (const Area *area : std::as_const(areas)) {
                for (const Programme *p : m_childProgrammes.value(area->id))
                    addProgramme(p);
            }
        }
        QHash<Id, int> order;
        for (int i = 0; i < programmes.size(); ++i)
            order.insert(programmes.at(i)->id, i);
        const auto byProgramme = [&order](auto &list, const auto &items) {
            for (const auto &item : items) {
                if (order.contains(item.programmeId))
                    list << &item;
            }
            std::stable_sort(list.begin(), list.end(), [&order](const auto *a, const auto *b) {
                return order.value(a->programmeId) < order.value(b->programmeId);
            });
        };
        byProgramme(milestones, plan.milestones);
        byProgramme(indicators, plan.indicators);
    }

    /** The parent written for an area: none for the top of a scoped export. */
    Id areaParent(const Area &area) const
    {
        return m_topAreaId != 0 && area.id == m_topAreaId ? 0 : area.parentId;
    }
    Id programmeParent(const Programme &programme) const
    {
        return m_topProgrammeId != 0 && programme.id == m_topProgrammeId ? 0 : programme.parentId;
    }

    QList<const Area *> areas;
    QList<const Programme *> programmes;
    QList<const Milestone *> milestones;
    QList<const Indicator *> indicators;

private:
    void addArea(const Area *area)
    {
        if (areas.contains(area) || areas.size() > m_plan.areas.size())
            return; // a parent cycle in a damaged file
        areas << area;
        for (const Area *child : m_childAreas.value(area->id))
            addArea(child);
    }
    void addProgramme(const Programme *programme)
    {
        if (programmes.contains(programme))
            return;
        programmes << programme;
        for (const Programme *child : m_childProgrammes.value(-programme->id))
            addProgramme(child);
    }

    const PlanSnapshot &m_plan;
    // Children by parent: areas by parent id; programmes by area id (top programmes) or by
    // minus the parent programme's id (sub-programmes).
    QHash<Id, QList<const Area *>> m_childAreas;
    QHash<Id, QList<const Programme *>> m_childProgrammes;
    Id m_topAreaId = 0;
    Id m_topProgrammeId = 0;
};

QString areaName(const PlanSnapshot &plan, Id programmeId)
{
    const Programme *programme = plan.programme(programmeId);
    const Area *area = programme ? plan.owningArea(*programme) : nullptr;
    return area ? area->name : QString();
}

/** The keys of the programme's themes, in the plan's order, separated by commas. */
QString themeKeys(const PlanSnapshot &plan, const Programme &programme)
{
    QStringList keys;
    for (const Id id : programme.themeIds) {
        if (const Theme *theme = plan.theme(id))
            keys << theme->key;
    }
    return keys.join(u", "_s);
}

Table planTable(const PlanInfo &info)
{
    Table table{SheetKind::Plan, {}};
    const Row row{
        text(info.name), text(info.description), text(info.horizonStart), text(info.horizonEnd)};
    if (std::any_of(row.cbegin(), row.cend(), [](const QVariant &v) { return v.isValid(); }))
        table.rows << row;
    return table;
}

void appendAreaTables(QList<Table> &result, const ScopeWalk &walk)
{
    Table codes{SheetKind::AreaCodes, {}};
    Table practices{SheetKind::Practices, {}};
    for (const Area *a : walk.areas) {
        for (const AreaCode &c : a->extraCodes)
            codes.rows << Row{id(a->id), text(a->name), text(c.scheme), text(c.code), text(c.name)};
        for (const GpPractice &p : a->practices)
            practices.rows << Row{
                id(a->id), text(a->name), text(p.name), text(p.code), optional(p.mapKey)};
    }
    result << codes << practices;
}

/**
 * The frameworks of a whole-plan export are all of them; a scoped export has those of its
 * areas and those its programmes are tagged with (the area left empty when it is outside).
 */
void appendFrameworkTables(QList<Table> &result,
                           const PlanSnapshot &plan,
                           const ScopeWalk &walk,
                           const ExportScope &scope)
{
    const bool whole = scope.areaId == 0 && scope.programmeId == 0;
    QSet<Id> areas;
    for (const Area *a : walk.areas)
        areas.insert(a->id);
    QSet<Id> tagged;
    for (const Programme *p : walk.programmes) {
        for (const Id themeId : p->themeIds) {
            if (const Theme *theme = plan.theme(themeId))
                tagged.insert(theme->frameworkId);
        }
    }
    Table frameworks{SheetKind::Frameworks, {}};
    Table themes{SheetKind::Themes, {}};
    for (const Framework &f : plan.frameworks) {
        if (!whole && !areas.contains(f.areaId) && !tagged.contains(f.id))
            continue;
        const Area *area = areas.contains(f.areaId) ? plan.area(f.areaId) : nullptr;
        frameworks.rows << Row{text(f.key),
                               text(f.name),
                               id(area ? area->id : 0),
                               text(area ? area->name : QString()),
                               text(f.description),
                               text(f.source)};
        for (const Theme &t : f.themes)
            themes.rows << Row{
                text(f.key), text(t.key), text(t.code), text(t.name), text(t.description)};
    }
    result << frameworks << themes;
}

void appendProgrammeItemTables(QList<Table> &result,
                               const PlanSnapshot &plan,
                               const ScopeWalk &walk)
{
    Table updates{SheetKind::ProgressUpdates, {}};
    for (const Programme *p : walk.programmes) {
        for (const ProgressUpdate &u : plan.progressUpdates) {
            if (u.programmeId != p->id)
                continue;
            updates.rows << Row{id(p->id),
                                text(areaName(plan, p->id)),
                                text(p->name),
                                text(u.period),
                                text(u.rag),
                                text(u.wentWell),
                                text(u.didNot),
                                text(u.nextSteps),
                                u.recordedAt.isValid() ? QVariant(u.recordedAt.toUTC())
                                                       : QVariant(),
                                text(u.recordedBy)};
        }
    }
    Table annotations{SheetKind::Annotations, {}};
    Table rebases{SheetKind::SpcRebases, {}};
    Table links{SheetKind::Links, {}};
    for (const Indicator *i : walk.indicators) {
        for (const Annotation &a : i->annotations)
            annotations.rows << Row{id(i->id),
                                    text(i->name),
                                    text(a.period),
                                    date(a.date),
                                    text(a.label),
                                    text(a.note)};
        for (const SpcRebase &r : i->spcRebases)
            rebases.rows << Row{id(i->id), text(i->name), text(r.period), text(r.reason)};
        for (const auto &[source, externalId] : i->links)
            links.rows << Row{id(i->id), text(i->name), text(source), text(externalId)};
    }
    result << updates << annotations << rebases << links;
}

} // namespace

int SheetLayout::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList SheetLayout::keys() const
{
    QStringList result;
    for (const Column &c : columns)
        result << c.key;
    return result;
}

const QList<SheetLayout> &layouts()
{
    // Built on first use, after the translators are installed.
    static const QList<SheetLayout> all = makeLayouts();
    return all;
}

const SheetLayout &layout(SheetKind kind)
{
    return layouts().at(int(kind));
}

QList<Table> tables(const PlanSnapshot &plan, const ExportScope &scope)
{
    const ScopeWalk walk(plan, scope);
    QList<Table> result;
    Table areas{SheetKind::Areas, {}};
    for (const Area *a : walk.areas) {
        areas.rows << Row{id(a->id),
                          id(walk.areaParent(*a)),
                          Enums::key(a->level),
                          text(a->name),
                          text(a->shortName),
                          text(a->onsCode),
                          text(a->odsCode),
                          optional(a->population),
                          text(a->populationYear),
                          text(a->populationSource),
                          text(a->description),
                          text(a->source)};
    }
    result << areas;

    Table programmes{SheetKind::Programmes, {}};
    for (const Programme *p : walk.programmes) {
        const Area *area = plan.owningArea(*p);
        programmes.rows << Row{id(p->id),
                               id(p->areaId),
                               id(walk.programmeParent(*p)),
                               text(area ? area->name : QString()),
                               text(p->name),
                               text(p->ambition),
                               text(p->description),
                               text(p->sro),
                               text(p->manager),
                               p->status ? QVariant(Enums::key(*p->status)) : QVariant(),
                               date(p->start),
                               date(p->end),
                               text(p->source),
                               text(themeKeys(plan, *p))};
    }
    result << programmes;

    Table milestones{SheetKind::Milestones, {}};
    for (const Milestone *m : walk.milestones) {
        const Programme *programme = plan.programme(m->programmeId);
        const Area *area = programme ? plan.owningArea(*programme) : nullptr;
        milestones.rows << Row{id(m->id),
                               id(m->programmeId),
                               text(area ? area->name : QString()),
                               text(area ? area->code() : QString()),
                               text(programme ? programme->name : QString()),
                               text(m->title),
                               text(m->owner),
                               date(m->baselineDate),
                               date(m->forecastDate),
                               date(m->completionDate),
                               Enums::key(m->status),
                               text(m->notes),
                               text(m->source)};
    }
    result << milestones;

    Table indicators{SheetKind::Indicators, {}};
    Table trajectory{SheetKind::Trajectory, {}};
    Table actuals{SheetKind::Actuals, {}};
    Table benchmarks{SheetKind::Benchmarks, {}};
    for (const Indicator *i : walk.indicators) {
        const Programme *programme = plan.programme(i->programmeId);
        indicators.rows << Row{id(i->id),
                               id(i->programmeId),
                               text(areaName(plan, i->programmeId)),
                               text(programme ? programme->name : QString()),
                               text(i->code),
                               text(i->name),
                               text(i->definition),
                               Enums::key(i->unit),
                               QVariant(qlonglong(i->decimals)),
                               Enums::key(i->polarity),
                               text(i->source),
                               optional(i->baselineValue),
                               text(i->baselinePeriod),
                               text(i->baselineNote),
                               Enums::key(i->targetKind),
                               optional(i->targetValue),
                               text(i->targetPeriod),
                               text(i->targetBenchmark),
                               text(i->targetNote),
                               optional(i->tolerance),
                               text(i->spcOptions)};
        for (const PeriodValue &p : i->trajectory)
            trajectory.rows << Row{id(i->id), text(i->name), text(p.period), optional(p.value)};
        for (const ActualValue &a : i->actuals) {
            actuals.rows << Row{id(i->id),
                                text(i->name),
                                text(a.period),
                                optional(a.value),
                                optional(a.lower),
                                optional(a.upper),
                                optional(a.count),
                                optional(a.denominator),
                                text(a.note),
                                QVariant(a.synthetic)};
        }
        for (const Benchmark &b : i->benchmarks) {
            for (const PeriodValue &v : b.values) {
                benchmarks.rows << Row{id(i->id),
                                       text(i->name),
                                       text(b.name),
                                       text(b.code),
                                       text(v.period),
                                       optional(v.value)};
            }
        }
    }
    result << indicators << trajectory << actuals << benchmarks;
    result << planTable(plan.info);
    appendAreaTables(result, walk);
    appendFrameworkTables(result, plan, walk, scope);
    appendProgrammeItemTables(result, plan, walk);
    return result;
}

QStringList instructions()
{
    return {
        Tr::tr("JFP Planner plan workbook"),
        Tr::tr("Fill in the sheets, then import the workbook into a plan with: jfp import PLAN "
               "FILE.xlsx --format template. You see everything it will change before anything "
               "is written, and it is written all at once or not at all."),
        Tr::tr("Keep the first row of each sheet (the column keys) as it is. Sheets and columns "
               "you do not need may be left empty or deleted. Empty cells are missing values, "
               "never 0, and an import never deletes: an empty cell leaves what the plan has."),
        Tr::tr("Rows find their item by id; a row without an id adds a new item (a milestone "
               "with the same programme and title, or an indicator with the same programme "
               "and name, is the same item). Other sheets refer to an item by its id: to add an "
               "area, programme or indicator and fill in its rows at once, give it a new whole "
               "number as its id."),
        Tr::tr("The other sheets are found by their natural keys: frameworks and themes by "
               "key (programmes list their themes' keys in the themes column), extra area codes "
               "by area, scheme and code, GP practices by area and code (or name), progress "
               "updates by programme and quarter, annotations by indicator, label and period or "
               "date, SPC rebases by indicator and period, links by indicator, source and id."),
        Tr::tr("The Plan sheet holds the plan's name, description and horizon. An import fills "
               "in only what the plan does not have yet: a plan keeps its own name, description "
               "and horizon, and the preview notes any the workbook gives differently."),
        Tr::tr("Dates are Excel dates, or text as 2026-03-31 or 31/03/2026; recordedAt is a date "
               "and time in UTC (or text as 2026-03-31T14:05:00Z). Numbers are numbers, with a "
               "full stop for decimals."),
        Tr::tr("Periods: financial year 2024/25, quarter Q1 2024/25 (or 2024/25 Q1), month Apr "
               "2024, calendar year 2021, and ranges 2017 - 19, 2006/07 - 08/09, 2006/07 Q1-Q3, "
               "Aug 2006 - Jul 2007. Financial years run 1 April to 31 March."),
        Tr::tr("Units: %1. Polarity: %2. Target kinds: %3.")
            .arg(Enums::allKeys<Unit>().join(u", "_s),
                 Enums::allKeys<Polarity>().join(u", "_s),
                 Enums::allKeys<TargetKind>().join(u", "_s)),
        Tr::tr("Milestone status: %1. Programme status: %2.")
            .arg(Enums::allKeys<MilestoneStatus>().join(u", "_s),
                 Enums::allKeys<DeliveryStatus>().join(u", "_s)),
    };
}

} // namespace Jfp::PlanWorkbook
