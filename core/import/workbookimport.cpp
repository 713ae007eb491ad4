// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
// The workbook import: sheets in order, areas, programmes, milestones and indicators.
// Their values are read in workbookvalues.cpp.
#include "workbookimporter.h"

#include "coretr.h"

#include "commands/spccommands.h"
#include "reporting/spcchartdata.h"

#include <QSet>

#include <cmath>

namespace Jfp::WorkbookImport {

namespace Internal {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

void keepIfSame(OptionalValue &value, const OptionalValue &stored)
{
    if (value && stored && *value != *stored
        && std::abs(*value - *stored) <= 1e-15 * std::max(std::abs(*value), std::abs(*stored)))
        value = stored;
}

bool sameName(const QString &given, const QString &stored)
{
    return given.isEmpty() || folded(given) == folded(stored);
}

bool Importer::nameAgrees(CellReader &cells,
                          const QString &key,
                          const QString &given,
                          const QString &stored,
                          const QString &what,
                          Id id)
{
    if (given.isEmpty() || folded(given) == folded(stored))
        return true;
    cells.error(key,
                Tr::tr("%1 %2 is called '%3' in the plan, not '%4'. Rename it in the plan, or "
                       "clear the id to add a new %1.")
                    .arg(what, QString::number(id), stored, given));
    return false;
}

void Importer::validate(CellReader &cells, const Validation::Messages &messages)
{
    for (const Validation::FieldMessage &m : messages) {
        const QString key = m.field.section(u':', 0, 0);
        const QString column = key == u"trajectory"_s ? u"planned"_s
                               : key == u"actual"_s   ? u"value"_s
                                                      : key;
        cells.error(cells.hasColumn(column) ? column : QString(), m.message);
    }
}

Id Importer::resolve(CellReader &cells,
                     const QString &key,
                     qint64 reference,
                     const QHash<qint64, Id> &keys,
                     bool known,
                     const QString &what)
{
    if (const auto it = keys.constFind(reference); it != keys.cend())
        return *it;
    if (known)
        return reference;
    cells.error(
        key, Tr::tr("no %1 has the id %2, in the plan or in this file").arg(what).arg(reference));
    return 0;
}

Id Importer::areaReference(CellReader &cells, const QString &key, qint64 reference)
{
    return resolve(
        cells, key, reference, m_areaKeys, m_plan.area(reference) != nullptr, Tr::tr("area"));
}

Id Importer::programmeReference(CellReader &cells, const QString &key, qint64 reference)
{
    return resolve(cells,
                   key,
                   reference,
                   m_programmeKeys,
                   m_plan.programme(reference) != nullptr,
                   Tr::tr("programme"));
}

QList<const SheetData::Row *> Importer::parentsFirst(CellReader &cells, const SheetData &sheet)
{
    QList<const SheetData::Row *> pending;
    QHash<qint64, const SheetData::Row *> byKey;
    QHash<const SheetData::Row *, qint64> parentOf;
    for (const SheetData::Row &row : sheet.rows) {
        cells.setRow(row);
        bool ok = true;
        const auto id = cells.id(u"id"_s, &ok);
        const auto parent = cells.id(u"parentId"_s, &ok);
        if (!ok)
            continue;
        pending << &row;
        if (id)
            byKey.insert(*id, &row);
        if (parent)
            parentOf.insert(&row, *parent);
    }
    QList<const SheetData::Row *> ordered;
    QSet<const SheetData::Row *> done;
    while (!pending.isEmpty()) {
        QList<const SheetData::Row *> waiting;
        for (const SheetData::Row *row : std::as_const(pending)) {
            const auto parent = parentOf.constFind(row);
            const SheetData::Row *parentRow
                = parent == parentOf.cend() ? nullptr : byKey.value(*parent);
            if (!parentRow || parentRow == row || done.contains(parentRow)) {
                ordered << row;
                done.insert(row);
            } else {
                waiting << row;
            }
        }
        if (waiting.size() == pending.size()) {
            for (const SheetData::Row *row : std::as_const(waiting)) {
                cells.setRow(*row);
                cells.error(u"parentId"_s, Tr::tr("the parents form a loop"));
            }
            break;
        }
        pending = waiting;
    }
    return ordered;
}

void Importer::read(const SheetData &sheet, SheetKind kind)
{
    CellReader cells(m_result, sheet, PlanWorkbook::layout(kind));
    if (!cells.readHeader())
        return;
    if (kind == SheetKind::Areas) {
        readAreas(cells, parentsFirst(cells, sheet));
        return;
    }
    if (kind == SheetKind::Programmes) {
        readProgrammes(cells, parentsFirst(cells, sheet));
        return;
    }
    for (const SheetData::Row &row : sheet.rows) {
        cells.setRow(row);
        switch (kind) {
        case SheetKind::Areas:
        case SheetKind::Programmes:
            break; // read above, parents first
        case SheetKind::Milestones:
            readMilestone(cells);
            break;
        case SheetKind::Indicators:
            readIndicator(cells);
            break;
        case SheetKind::Trajectory:
        case SheetKind::Actuals:
        case SheetKind::Benchmarks:
            readValues(cells, kind);
            break;
        case SheetKind::Plan:
            readPlanInfo(cells);
            break;
        case SheetKind::AreaCodes:
            readAreaCode(cells);
            break;
        case SheetKind::Practices:
            readPractice(cells);
            break;
        case SheetKind::Frameworks:
            readFramework(cells);
            break;
        case SheetKind::Themes:
            readTheme(cells);
            break;
        case SheetKind::ProgressUpdates:
            readProgressUpdate(cells);
            break;
        case SheetKind::Annotations:
            readAnnotation(cells);
            break;
        case SheetKind::SpcRebases:
            readRebase(cells);
            break;
        case SheetKind::Links:
            readLink(cells);
            break;
        }
    }
}

void Importer::readAreas(CellReader &cells, const QList<const SheetData::Row *> &rows)
{
    for (const SheetData::Row *row : rows) {
        cells.setRow(*row);
        bool ok = true;
        const auto key = cells.id(u"id"_s, &ok);
        const auto parentKey = cells.id(u"parentId"_s, &ok);
        const auto level = cells.choice<AreaLevel>(u"level"_s, &ok);
        const auto population = cells.integer(u"population"_s, &ok);
        const QString name = cells.text(u"name"_s);
        const QString ons = cells.text(u"onsCode"_s);
        const QString ods = cells.text(u"odsCode"_s);
        if (!ok)
            continue;
        // By id when the names agree; else by code or name (the id may be another plan's).
        const Area *byId = key ? m_plan.area(*key) : nullptr;
        const Area *existing = byId && sameName(name, byId->name) ? byId : nullptr;
        for (const Area &a : m_plan.areas) {
            if (existing)
                break;
            if ((!ons.isEmpty() && a.onsCode.compare(ons, Qt::CaseInsensitive) == 0)
                || (!ods.isEmpty() && a.odsCode.compare(ods, Qt::CaseInsensitive) == 0)
                || (ons.isEmpty() && ods.isEmpty() && level == a.level
                    && folded(a.name) == folded(name)))
                existing = &a;
        }
        if (!existing && byId) {
            nameAgrees(cells, u"name"_s, name, byId->name, Tr::tr("area"), *key);
            continue;
        }
        Id parentId = 0;
        if (parentKey) {
            parentId = areaReference(cells, u"parentId"_s, *parentKey);
            if (parentId == 0)
                continue;
        }
        Area area = existing ? *workItem(m_work.areas, existing->id) : Area();
        QStringList changed;
        take(area.level, level.value_or(area.level), level.has_value(), u"level"_s, changed);
        take(area.name, name, !name.isEmpty(), u"name"_s, changed);
        take(area.shortName,
             cells.text(u"shortName"_s),
             cells.has(u"shortName"_s),
             u"shortName"_s,
             changed);
        take(area.onsCode, ons, !ons.isEmpty(), u"onsCode"_s, changed);
        take(area.odsCode, ods, !ods.isEmpty(), u"odsCode"_s, changed);
        take(area.population, population, population.has_value(), u"population"_s, changed);
        for (const auto &[k, field] : {std::pair{u"populationYear"_s, &Area::populationYear},
                                       std::pair{u"populationSource"_s, &Area::populationSource},
                                       std::pair{u"description"_s, &Area::description},
                                       std::pair{u"source"_s, &Area::source}})
            take(area.*field, cells.text(k), cells.has(k), k, changed);
        if (existing && parentKey && parentId != existing->parentId) {
            cells.notice(u"parentId"_s,
                         Tr::tr("differs from the plan; an import does not move areas"));
        } else if (!existing && !level) {
            cells.error(u"level"_s, Tr::tr("is empty; give system, place or locality"));
            continue;
        } else if (!existing) {
            area.parentId = parentId;
            area.id = m_nextPlaceholder--;
        }
        if (commit(cells,
                   Validation::area(area, m_work),
                   m_work.areas,
                   m_result.areas,
                   area,
                   existing,
                   changed)
            && key)
            m_areaKeys.insert(*key, area.id);
    }
}

void Importer::readProgrammes(CellReader &cells, const QList<const SheetData::Row *> &rows)
{
    for (const SheetData::Row *row : rows) {
        cells.setRow(*row);
        bool ok = true;
        const auto key = cells.id(u"id"_s, &ok);
        const auto areaKey = cells.id(u"areaId"_s, &ok);
        const auto parentKey = cells.id(u"parentId"_s, &ok);
        const auto status = cells.choice<DeliveryStatus>(u"status"_s, &ok);
        const QDate start = cells.date(u"start"_s, &ok);
        const QDate end = cells.date(u"end"_s, &ok);
        const QString name = cells.text(u"name"_s);
        QList<Id> themeIds;
        ok = themesFor(cells, &themeIds) && ok;
        if (!ok)
            continue;
        const Programme *byId = key ? m_plan.programme(*key) : nullptr;
        const Programme *existing = byId && sameName(name, byId->name) ? byId : nullptr;
        Id parentId = 0;
        if (parentKey) {
            parentId = programmeReference(cells, u"parentId"_s, *parentKey);
            if (parentId == 0)
                continue;
        }
        Id areaId = 0;
        if (areaKey) {
            areaId = areaReference(cells, u"areaId"_s, *areaKey);
            if (areaId == 0)
                continue;
        } else if (const Programme *parent = workItem(m_work.programmes, parentId)) {
            areaId = parent->areaId;
        }
        for (const Programme &p : m_plan.programmes) {
            if (existing)
                break;
            if (p.areaId == areaId && p.parentId == parentId && folded(p.name) == folded(name))
                existing = &p;
        }
        if (!existing && byId) {
            nameAgrees(cells, u"name"_s, name, byId->name, Tr::tr("programme"), *key);
            continue;
        }
        Programme programme = existing ? *workItem(m_work.programmes, existing->id) : Programme();
        QStringList changed;
        take(programme.name, name, !name.isEmpty(), u"name"_s, changed);
        for (const auto &[k, field] : {std::pair{u"ambition"_s, &Programme::ambition},
                                       std::pair{u"description"_s, &Programme::description},
                                       std::pair{u"sro"_s, &Programme::sro},
                                       std::pair{u"manager"_s, &Programme::manager},
                                       std::pair{u"source"_s, &Programme::source}})
            take(programme.*field, cells.text(k), cells.has(k), k, changed);
        take(programme.status, status, status.has_value(), u"status"_s, changed);
        take(programme.start, start, start.isValid(), u"start"_s, changed);
        take(programme.end, end, end.isValid(), u"end"_s, changed);
        QList<Id> sortedThemes = programme.themeIds;
        std::sort(sortedThemes.begin(), sortedThemes.end());
        std::sort(themeIds.begin(), themeIds.end());
        if (cells.has(u"themes"_s) && sortedThemes != themeIds) {
            programme.themeIds = themeIds;
            changed << u"themes"_s;
        }
        if (existing
            && ((parentKey && parentId != existing->parentId)
                || (areaKey && areaId != existing->areaId))) {
            cells.notice(QString(),
                         Tr::tr("its area or parent differs from the plan; an import does not "
                                "move programmes"));
        } else if (!existing && areaId == 0) {
            cells.error(u"areaId"_s, Tr::tr("is empty; give the id of the area that owns it"));
            continue;
        } else if (!existing) {
            programme.areaId = areaId;
            programme.parentId = parentId;
            programme.id = m_nextPlaceholder--;
        }
        if (commit(cells,
                   Validation::programme(programme, m_work, existing ? existing : &programme),
                   m_work.programmes,
                   m_result.programmes,
                   programme,
                   existing,
                   changed)
            && key)
            m_programmeKeys.insert(*key, programme.id);
    }
}

Id Importer::programmeByName(CellReader &cells)
{
    // By name, narrowed by the area's code when the name is not unique.
    const QString name = cells.text(u"programme"_s);
    const QString code = cells.text(u"areaCode"_s);
    QList<Id> found;
    for (const Programme &p : std::as_const(m_work.programmes)) {
        const Area *area = m_work.area(p.areaId);
        if (folded(p.name) == folded(name)
            && (code.isEmpty()
                || (area
                    && (area->onsCode.compare(code, Qt::CaseInsensitive) == 0
                        || area->odsCode.compare(code, Qt::CaseInsensitive) == 0))))
            found << p.id;
    }
    if (found.size() == 1)
        return found.constFirst();
    cells.error(u"programme"_s,
                found.isEmpty()
                    ? Tr::tr("no programme is called '%1'%2")
                          .arg(name, code.isEmpty() ? QString() : Tr::tr(" in area %1").arg(code))
                    : Tr::tr("%1 programmes are called '%2'; give the areaCode or the "
                             "programmeId")
                          .arg(found.size())
                          .arg(name));
    return 0;
}

template<typename T>
const T *Importer::findInProgramme(CellReader &cells,
                                   const QList<T> &items,
                                   const std::optional<qint64> &key,
                                   const QString &nameKey,
                                   const QString &name,
                                   const std::optional<qint64> &programmeKey,
                                   bool byProgrammeName,
                                   Id *programmeId,
                                   bool *stop)
{
    const auto nameOf = [](const T &item) -> QString {
        if constexpr (std::is_same_v<T, Milestone>)
            return item.title;
        else
            return item.name;
    };
    const T *byId = nullptr;
    for (const T &item : items) {
        if (key && item.id == *key)
            byId = &item;
    }
    const T *existing = byId && sameName(name, nameOf(*byId)) ? byId : nullptr;
    *programmeId = existing ? existing->programmeId : 0;
    *stop = false;
    if (programmeKey) {
        *programmeId = programmeReference(cells, u"programmeId"_s, *programmeKey);
        *stop = *programmeId == 0;
    } else if (!existing && byProgrammeName && cells.has(u"programme"_s)) {
        *programmeId = programmeByName(cells);
        *stop = *programmeId == 0;
    }
    for (const T &item : items) {
        if (!*stop && !existing && *programmeId > 0 && item.programmeId == *programmeId
            && folded(nameOf(item)) == folded(name))
            existing = &item;
    }
    if (!*stop && !existing && byId) {
        const QString what
            = std::is_same_v<T, Milestone> ? Tr::tr("milestone") : Tr::tr("indicator");
        nameAgrees(cells, nameKey, name, nameOf(*byId), what, *key);
        *stop = true;
    }
    return existing;
}

void Importer::readMilestone(CellReader &cells)
{
    bool ok = true;
    const auto key = cells.id(u"id"_s, &ok);
    const auto programmeKey = cells.id(u"programmeId"_s, &ok);
    const auto status = cells.choice<MilestoneStatus>(u"status"_s, &ok);
    const QDate baseline = cells.date(u"baselineDate"_s, &ok);
    const QDate forecast = cells.date(u"forecastDate"_s, &ok);
    const QDate completion = cells.date(u"completionDate"_s, &ok);
    const QString title = cells.text(u"title"_s);
    if (!ok)
        return;
    Id programmeId = 0;
    bool stop = false;
    const Milestone *existing = findInProgramme(
        cells, m_plan.milestones, key, u"title"_s, title, programmeKey, true, &programmeId, &stop);
    if (stop)
        return;
    Milestone milestone = existing ? *workItem(m_work.milestones, existing->id) : Milestone();
    QStringList changed;
    take(milestone.title, title, !title.isEmpty(), u"title"_s, changed);
    take(milestone.owner, cells.text(u"owner"_s), cells.has(u"owner"_s), u"owner"_s, changed);
    take(milestone.baselineDate, baseline, baseline.isValid(), u"baselineDate"_s, changed);
    take(milestone.forecastDate, forecast, forecast.isValid(), u"forecastDate"_s, changed);
    take(milestone.completionDate, completion, completion.isValid(), u"completionDate"_s, changed);
    take(milestone.status,
         status.value_or(milestone.status),
         status.has_value(),
         u"status"_s,
         changed);
    take(milestone.notes, cells.text(u"notes"_s), cells.has(u"notes"_s), u"notes"_s, changed);
    take(milestone.source, cells.text(u"source"_s), cells.has(u"source"_s), u"source"_s, changed);
    if (!existing) {
        if (programmeId == 0) {
            cells.error(u"programmeId"_s,
                        Tr::tr("is empty; give the programme's id, or its name in the "
                               "programme column"));
            return;
        }
        milestone.programmeId = programmeId;
        milestone.id = m_nextPlaceholder--;
    } else if (programmeKey && programmeId != existing->programmeId) {
        cells.notice(u"programmeId"_s,
                     Tr::tr("differs from the plan; an import does not move milestones"));
    }
    // As the item commands check them: a new milestone's dates are accepted as recorded (work
    // done before the horizon); a changed date of a stored one must fall inside the horizon,
    // as when typed, and a date it already holds is kept.
    commit(cells,
           Validation::milestone(milestone, m_work, existing ? existing : &milestone),
           m_work.milestones,
           m_result.milestones,
           milestone,
           existing,
           changed);
}

void Importer::readIndicator(CellReader &cells)
{
    bool ok = true;
    const auto key = cells.id(u"id"_s, &ok);
    const auto programmeKey = cells.id(u"programmeId"_s, &ok);
    const auto unit = cells.choice<Unit>(u"unit"_s, &ok);
    const auto polarity = cells.choice<Polarity>(u"polarity"_s, &ok);
    const auto targetKind = cells.choice<TargetKind>(u"targetKind"_s, &ok);
    const auto decimals = cells.integer(u"decimals"_s, &ok);
    OptionalValue baselineValue = cells.number(u"baselineValue"_s, &ok);
    OptionalValue targetValue = cells.number(u"targetValue"_s, &ok);
    OptionalValue tolerance = cells.number(u"tolerance"_s, &ok);
    const QString baselinePeriod = cells.period(u"baselinePeriod"_s, &ok);
    const QString targetPeriod = cells.period(u"targetPeriod"_s, &ok);
    const QString name = cells.text(u"name"_s);
    const QString spcOptions = cells.text(u"spcOptions"_s);
    if (const QString problem = Commands::validateSpcSettings({spcOptions, {}});
        !problem.isEmpty()) {
        cells.error(u"spcOptions"_s, problem);
        ok = false;
    }
    if (!ok)
        return;
    Id programmeId = 0;
    bool stop = false;
    const Indicator *existing = findInProgramme(
        cells, m_plan.indicators, key, u"name"_s, name, programmeKey, false, &programmeId, &stop);
    if (stop)
        return;
    Indicator indicator = existing ? *workItem(m_work.indicators, existing->id) : Indicator();
    keepIfSame(baselineValue, indicator.baselineValue);
    keepIfSame(targetValue, indicator.targetValue);
    keepIfSame(tolerance, indicator.tolerance);
    QStringList changed;
    take(indicator.name, name, !name.isEmpty(), u"name"_s, changed);
    for (const auto &[k, field] : {std::pair{u"code"_s, &Indicator::code},
                                   std::pair{u"definition"_s, &Indicator::definition},
                                   std::pair{u"source"_s, &Indicator::source},
                                   std::pair{u"baselineNote"_s, &Indicator::baselineNote},
                                   std::pair{u"targetBenchmark"_s, &Indicator::targetBenchmark},
                                   std::pair{u"targetNote"_s, &Indicator::targetNote}})
        take(indicator.*field, cells.text(k), cells.has(k), k, changed);
    take(indicator.unit, unit.value_or(indicator.unit), unit.has_value(), u"unit"_s, changed);
    take(indicator.polarity,
         polarity.value_or(indicator.polarity),
         polarity.has_value(),
         u"polarity"_s,
         changed);
    take(indicator.targetKind,
         targetKind.value_or(indicator.targetKind),
         targetKind.has_value(),
         u"targetKind"_s,
         changed);
    take(indicator.decimals,
         int(decimals.value_or(indicator.decimals)),
         decimals.has_value(),
         u"decimals"_s,
         changed);
    take(indicator.baselineValue,
         baselineValue,
         baselineValue.has_value(),
         u"baselineValue"_s,
         changed);
    take(indicator.targetValue, targetValue, targetValue.has_value(), u"targetValue"_s, changed);
    take(indicator.tolerance, tolerance, tolerance.has_value(), u"tolerance"_s, changed);
    take(indicator.baselinePeriod,
         baselinePeriod,
         !baselinePeriod.isEmpty(),
         u"baselinePeriod"_s,
         changed);
    take(indicator.targetPeriod, targetPeriod, !targetPeriod.isEmpty(), u"targetPeriod"_s, changed);
    // The same options in other words (spaces, order, defaults spelt out) change nothing.
    if (!spcOptions.isEmpty()
        && IndicatorSpcSettings::parse(spcOptions).toJson()
               != IndicatorSpcSettings::parse(indicator.spcOptions).toJson()) {
        indicator.spcOptions = spcOptions;
        changed << u"spcOptions"_s;
    }
    if (!existing) {
        if (programmeId == 0) {
            cells.error(u"programmeId"_s, Tr::tr("is empty; give the id of its programme"));
            return;
        }
        indicator.programmeId = programmeId;
        indicator.id = m_nextPlaceholder--;
    } else if (programmeKey && programmeId != existing->programmeId) {
        cells.notice(u"programmeId"_s,
                     Tr::tr("differs from the plan; an import does not move indicators"));
    }
    if (commit(cells,
               Validation::indicator(indicator, m_work),
               m_work.indicators,
               m_result.indicators,
               indicator,
               existing,
               changed)
        && key)
        m_indicatorKeys.insert(*key, indicator.id);
}

} // namespace Internal

using namespace Qt::StringLiterals;
using PlanWorkbook::SheetKind;

ImportPlan plan(const PlanSnapshot &plan, const QList<SheetData> &sheets, const QString &fileName)
{
    // Sheets are read in an order that has what a row refers to read before it: the plan's
    // horizon, areas before their codes and frameworks, themes before the programmes tagged
    // with them, indicators before their values.
    static const SheetKind order[] = {SheetKind::Plan,
                                      SheetKind::Areas,
                                      SheetKind::AreaCodes,
                                      SheetKind::Practices,
                                      SheetKind::Frameworks,
                                      SheetKind::Themes,
                                      SheetKind::Programmes,
                                      SheetKind::Milestones,
                                      SheetKind::ProgressUpdates,
                                      SheetKind::Indicators,
                                      SheetKind::Trajectory,
                                      SheetKind::Actuals,
                                      SheetKind::Benchmarks,
                                      SheetKind::Annotations,
                                      SheetKind::SpcRebases,
                                      SheetKind::Links};
    static_assert(std::size(order) == size_t(SheetKind::Links) + 1, "every sheet is read");
    Internal::Importer importer(plan, fileName);
    for (const SheetKind kind : order) {
        const PlanWorkbook::SheetLayout &layout = PlanWorkbook::layout(kind);
        for (const SheetData &sheet : sheets) {
            // A CSV file has one sheet, without a name: the milestone layout.
            const bool matches = sheet.name.isEmpty()
                                     ? layout.kind == SheetKind::Milestones
                                     : sheet.name.compare(layout.name, Qt::CaseInsensitive) == 0;
            if (matches)
                importer.read(sheet, layout.kind);
        }
    }
    return std::move(importer).result();
}

bool isMilestoneHeader(const QStringList &headings)
{
    return std::any_of(headings.cbegin(), headings.cend(), [](const QString &h) {
        return h.trimmed().compare(u"title"_s, Qt::CaseInsensitive) == 0;
    });
}

} // namespace Jfp::WorkbookImport