// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "workbookimport.h"

#include "coretr.h"
#include "workbookcells.h"

#include "commands/validation.h"
#include "domain/period.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Jfp::WorkbookImport {

using namespace Qt::StringLiterals;
using PlanWorkbook::SheetKind;
using Change = ImportPlan::Change;

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/**
 * libxlsxwriter writes numbers with 16 significant digits (a relative error of at most
 * 5e-16): a value read back that close to the plan's is the plan's value, so importing an
 * unchanged export changes nothing.
 */
void keepIfSame(OptionalValue &value, const OptionalValue &stored)
{
    if (value && stored && *value != *stored
        && std::abs(*value - *stored) <= 1e-15 * std::max(std::abs(*value), std::abs(*stored)))
        value = stored;
}

/** True when a name in a file (empty: not given) is the plan's name, case and spaces aside. */
bool sameName(const QString &given, const QString &stored)
{
    return given.isEmpty() || folded(given) == folded(stored);
}

/** Sets `field` from the cell when the cell has a value that differs; records what changed. */
template<typename T>
void take(T &field, const T &value, bool given, const QString &key, QStringList &changed)
{
    if (given && !(field == value)) {
        field = value;
        changed << key;
    }
}

class Importer
{
public:
    Importer(const PlanSnapshot &plan, const QString &fileName)
        : m_plan(plan)
        , m_work(plan)
    {
        m_result.file = fileName;
        m_result.source = u"template"_s;
    }

    void read(const SheetData &sheet, SheetKind kind);
    ImportPlan result() && { return std::move(m_result); }

private:
    void readAreas(CellReader &cells, const QList<const SheetData::Row *> &rows);
    void readProgrammes(CellReader &cells, const QList<const SheetData::Row *> &rows);
    void readMilestone(CellReader &cells);
    void readIndicator(CellReader &cells);
    void readValues(CellReader &cells, SheetKind kind);

    /** The rows in an order that has each row's parent (by `parentId`) before it. */
    QList<const SheetData::Row *> parentsFirst(CellReader &cells, const SheetData &sheet);
    /** The plan id or placeholder that a reference means, or 0 (reported) when none. */
    Id resolve(CellReader &cells,
               const QString &key,
               qint64 reference,
               const QHash<qint64, Id> &keys,
               bool known,
               const QString &what);
    void validate(CellReader &cells, const Validation::Messages &messages);
    /** The programme named in the `programme` column (and `areaCode`), or 0 (reported). */
    Id programmeByName(CellReader &cells);
    /**
     * The milestone or indicator a row means: by id when the names agree, else by programme
     * and name. Sets the programme it belongs to (0: none given), and `stop` when the row
     * has been reported.
     */
    template<typename T>
    const T *findInProgramme(CellReader &cells,
                             const QList<T> &items,
                             const std::optional<qint64> &key,
                             const QString &nameKey,
                             const QString &name,
                             const std::optional<qint64> &programmeKey,
                             bool byProgrammeName,
                             Id *programmeId,
                             bool *stop);
    const Indicator *indicatorFor(CellReader &cells);
    template<typename T>
    T *workItem(QList<T> &list, Id id)
    {
        const auto it
            = std::find_if(list.begin(), list.end(), [id](const T &item) { return item.id == id; });
        return it == list.end() ? nullptr : &*it;
    }
    template<typename T>
    void record(QList<ImportPlan::ItemChange<T>> &changes,
                CellReader &cells,
                Change change,
                const T &item,
                const QStringList &fields)
    {
        changes.append({change, cells.sheetName(), cells.line(), item, fields});
    }
    bool nameAgrees(CellReader &cells,
                    const QString &key,
                    const QString &given,
                    const QString &stored,
                    const QString &what,
                    Id id);

    const PlanSnapshot &m_plan;
    PlanSnapshot m_work; // the plan as it will be; new items have negative ids
    ImportPlan m_result;
    Id m_nextPlaceholder = -1;
    QHash<qint64, Id> m_areaKeys; // a sheet's id → the plan id or placeholder
    QHash<qint64, Id> m_programmeKeys;
    QHash<qint64, Id> m_indicatorKeys;
    QHash<QString, qint64> m_seenValues; // "sheet|indicator|benchmark|period" → row
};

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
        case SheetKind::Milestones:
            readMilestone(cells);
            break;
        case SheetKind::Indicators:
            readIndicator(cells);
            break;
        default:
            readValues(cells, kind);
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
            parentId = resolve(cells,
                               u"parentId"_s,
                               *parentKey,
                               m_areaKeys,
                               m_plan.area(*parentKey) != nullptr,
                               Tr::tr("area"));
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
        if (existing) {
            if (parentKey && parentId != existing->parentId)
                cells.notice(u"parentId"_s,
                             Tr::tr("differs from the plan; an import does not move areas"));
            const auto messages = Validation::area(area, m_work);
            validate(cells, messages);
            if (!messages.isEmpty())
                continue;
            *workItem(m_work.areas, existing->id) = area;
            record(m_result.areas,
                   cells,
                   changed.isEmpty() ? Change::Same : Change::Replace,
                   area,
                   changed);
            if (key)
                m_areaKeys.insert(*key, existing->id);
            continue;
        }
        if (!level)
            cells.error(u"level"_s, Tr::tr("is empty; give system, place or locality"));
        area.parentId = parentId;
        area.id = m_nextPlaceholder--;
        const auto messages = Validation::area(area, m_work);
        validate(cells, messages);
        if (!level || !messages.isEmpty())
            continue;
        m_work.areas << area;
        record(m_result.areas, cells, Change::Add, area, {});
        if (key)
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
        if (!ok)
            continue;
        const Programme *byId = key ? m_plan.programme(*key) : nullptr;
        const Programme *existing = byId && sameName(name, byId->name) ? byId : nullptr;
        Id parentId = 0;
        if (parentKey) {
            parentId = resolve(cells,
                               u"parentId"_s,
                               *parentKey,
                               m_programmeKeys,
                               m_plan.programme(*parentKey) != nullptr,
                               Tr::tr("programme"));
            if (parentId == 0)
                continue;
        }
        Id areaId = 0;
        if (areaKey) {
            areaId = resolve(cells,
                             u"areaId"_s,
                             *areaKey,
                             m_areaKeys,
                             m_plan.area(*areaKey) != nullptr,
                             Tr::tr("area"));
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
        if (existing) {
            if ((parentKey && parentId != existing->parentId)
                || (areaKey && areaId != existing->areaId))
                cells.notice(QString(),
                             Tr::tr("its area or parent differs from the plan; an import does "
                                    "not move programmes"));
            const auto messages = Validation::programme(programme, m_work, &programme);
            validate(cells, messages);
            if (!messages.isEmpty())
                continue;
            *workItem(m_work.programmes, existing->id) = programme;
            record(m_result.programmes,
                   cells,
                   changed.isEmpty() ? Change::Same : Change::Replace,
                   programme,
                   changed);
            if (key)
                m_programmeKeys.insert(*key, existing->id);
            continue;
        }
        if (areaId == 0) {
            cells.error(u"areaId"_s, Tr::tr("is empty; give the id of the area that owns it"));
            continue;
        }
        programme.areaId = areaId;
        programme.parentId = parentId;
        programme.id = m_nextPlaceholder--;
        const auto messages = Validation::programme(programme, m_work, &programme);
        validate(cells, messages);
        if (!messages.isEmpty())
            continue;
        m_work.programmes << programme;
        record(m_result.programmes, cells, Change::Add, programme, {});
        if (key)
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
        *programmeId = resolve(cells,
                               u"programmeId"_s,
                               *programmeKey,
                               m_programmeKeys,
                               m_plan.programme(*programmeKey) != nullptr,
                               Tr::tr("programme"));
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
    // Dates already in the plan, or of work done before the horizon, are accepted as they are.
    const auto messages = Validation::milestone(milestone, m_work, &milestone);
    validate(cells, messages);
    if (!messages.isEmpty())
        return;
    if (existing) {
        *workItem(m_work.milestones, existing->id) = milestone;
        record(m_result.milestones,
               cells,
               changed.isEmpty() ? Change::Same : Change::Replace,
               milestone,
               changed);
    } else {
        m_work.milestones << milestone;
        record(m_result.milestones, cells, Change::Add, milestone, {});
    }
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
    const auto messages = Validation::indicator(indicator, m_work);
    validate(cells, messages);
    if (!messages.isEmpty())
        return;
    if (existing) {
        *workItem(m_work.indicators, existing->id) = indicator;
        record(m_result.indicators,
               cells,
               changed.isEmpty() ? Change::Same : Change::Replace,
               indicator,
               changed);
    } else {
        m_work.indicators << indicator;
        record(m_result.indicators, cells, Change::Add, indicator, {});
    }
    if (key)
        m_indicatorKeys.insert(*key, indicator.id);
}

const Indicator *Importer::indicatorFor(CellReader &cells)
{
    bool ok = true;
    const auto key = cells.id(u"indicatorId"_s, &ok);
    const QString name = cells.text(u"indicator"_s);
    if (!ok)
        return nullptr;
    if (key) {
        const Id id = resolve(cells,
                              u"indicatorId"_s,
                              *key,
                              m_indicatorKeys,
                              workItem(m_work.indicators, *key) != nullptr,
                              Tr::tr("indicator"));
        const Indicator *indicator = id != 0 ? workItem(m_work.indicators, id) : nullptr;
        if (indicator
            && !nameAgrees(cells, u"indicator"_s, name, indicator->name, Tr::tr("indicator"), *key))
            return nullptr;
        return indicator;
    }
    QList<const Indicator *> found;
    for (const Indicator &i : std::as_const(m_work.indicators)) {
        if (!name.isEmpty() && folded(i.name) == folded(name))
            found << &i;
    }
    if (found.size() == 1)
        return found.constFirst();
    cells.error(name.isEmpty() ? u"indicatorId"_s : u"indicator"_s,
                name.isEmpty()    ? Tr::tr("is empty; give the indicator's id or name")
                : found.isEmpty() ? Tr::tr("no indicator is called '%1'").arg(name)
                                  : Tr::tr("%1 indicators are called '%2'; give the indicatorId")
                                        .arg(found.size())
                                        .arg(name));
    return nullptr;
}

void Importer::readValues(CellReader &cells, SheetKind kind)
{
    const Indicator *indicator = indicatorFor(cells);
    bool ok = indicator != nullptr;
    const QString label = cells.period(u"period"_s, &ok);
    if (!cells.has(u"period"_s)) {
        cells.error(u"period"_s, Tr::tr("is empty"));
        return;
    }
    if (!ok)
        return;
    const Period period = Period::parse(label);
    const Indicator *stored = nullptr;
    for (const Indicator &i : m_plan.indicators) {
        if (i.id == indicator->id)
            stored = &i;
    }
    const QString indicatorLabel = indicator->name;
    const auto samePeriod
        = [&period](const QString &other) { return Period::parse(other) == period; };
    QString seenKey = cells.sheetName() + u'|' + QString::number(indicator->id) + u'|';
    if (kind == SheetKind::Trajectory) {
        OptionalValue planned = cells.number(u"planned"_s, &ok);
        if (!ok)
            return;
        for (const PeriodValue &existing : stored ? stored->trajectory : QList<PeriodValue>()) {
            if (samePeriod(existing.period)) {
                keepIfSame(planned, existing.value);
                if (!planned) // an empty cell changes nothing
                    planned = existing.value;
            }
        }
        const PeriodValue value{period.toString(), planned};
        const auto messages = Validation::trajectoryValues(*indicator, {value});
        validate(cells, messages);
        if (!messages.isEmpty())
            return;
        ImportPlan::PlannedChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.value = value;
        for (const PeriodValue &existing : stored ? stored->trajectory : QList<PeriodValue>()) {
            if (samePeriod(existing.period)) {
                change.previous = existing.value;
                change.value.period = existing.period;
                change.change = existing.value == planned ? Change::Same : Change::Replace;
            }
        }
        seenKey += change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.planned << change;
    } else if (kind == SheetKind::Actuals) {
        ActualValue value;
        value.period = period.toString();
        value.value = cells.number(u"value"_s, &ok);
        value.lower = cells.number(u"lower"_s, &ok);
        value.upper = cells.number(u"upper"_s, &ok);
        value.count = cells.number(u"count"_s, &ok);
        value.denominator = cells.number(u"denominator"_s, &ok);
        value.note = cells.text(u"note"_s);
        const auto synthetic = cells.boolean(u"synthetic"_s, &ok);
        value.synthetic = synthetic.value_or(false);
        if (!ok)
            return;
        // A row with no figures records the period as missing; it never empties a value.
        const bool empty = !value.value && !value.lower && !value.upper && !value.count
                           && !value.denominator && value.note.isEmpty();
        const auto messages = Validation::actualValues(*indicator, {value});
        validate(cells, messages);
        if (!messages.isEmpty())
            return;
        ImportPlan::ActualChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.value = value;
        for (const ActualValue &existing : stored ? stored->actuals : QList<ActualValue>()) {
            if (samePeriod(existing.period)) {
                change.previous = existing;
                change.value.period = existing.period;
                keepIfSame(change.value.value, existing.value);
                keepIfSame(change.value.lower, existing.lower);
                keepIfSame(change.value.upper, existing.upper);
                keepIfSame(change.value.count, existing.count);
                keepIfSame(change.value.denominator, existing.denominator);
                if (empty)
                    change.value = existing;
                if (!synthetic)
                    change.value.synthetic = existing.synthetic;
                change.change
                    = sameActualValue(existing, change.value) ? Change::Same : Change::Replace;
            }
        }
        seenKey += change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.actuals << change;
    } else {
        const QString benchmark = cells.text(u"benchmark"_s);
        const QString code = cells.text(u"code"_s);
        OptionalValue value = cells.number(u"value"_s, &ok);
        if (benchmark.isEmpty()) {
            cells.error(u"benchmark"_s, Tr::tr("is empty; give the benchmark's name"));
            return;
        }
        if (!ok)
            return;
        ImportPlan::BenchmarkChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = cells.line();
        change.sheet = cells.sheetName();
        change.benchmarkName = benchmark;
        change.benchmarkCode = code;
        change.value = {period.toString(), value};
        for (const Benchmark &b : stored ? stored->benchmarks : QList<Benchmark>()) {
            if (code.isEmpty() ? b.code.isEmpty() && folded(b.name) == folded(benchmark)
                               : b.code.compare(code, Qt::CaseInsensitive) == 0) {
                for (const PeriodValue &existing : b.values) {
                    if (samePeriod(existing.period)) {
                        keepIfSame(change.value.value, existing.value);
                        if (!change.value.value) // an empty cell changes nothing
                            change.value.value = existing.value;
                        value = change.value.value;
                        change.previous = existing.value;
                        change.value.period = existing.period;
                        change.change = existing.value == value ? Change::Same : Change::Replace;
                    }
                }
            }
        }
        seenKey += (code.isEmpty() ? benchmark : code) + u'|' + change.value.period;
        if (!m_seenValues.contains(seenKey))
            m_result.benchmarks << change;
    }
    if (const auto it = m_seenValues.constFind(seenKey); it != m_seenValues.cend()) {
        cells.error(u"period"_s,
                    Tr::tr("a second row for %1, %2 (the first is row %3)")
                        .arg(indicatorLabel, period.toString())
                        .arg(*it));
        return;
    }
    m_seenValues.insert(seenKey, cells.line());
}

} // namespace

ImportPlan plan(const PlanSnapshot &plan, const QList<SheetData> &sheets, const QString &fileName)
{
    Importer importer(plan, fileName);
    for (const PlanWorkbook::SheetLayout &layout : PlanWorkbook::layouts()) {
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
