// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
// The workbook import: the rest of a plan — its name and horizon, extra area codes, GP
// practices, frameworks and themes, progress updates, annotations, SPC rebases and links.
#include "workbookimporter.h"

#include "coretr.h"

#include "commands/annotationcommands.h"
#include "commands/spccommands.h"
#include "domain/period.h"

#include <limits>

namespace Jfp::WorkbookImport::Internal {

namespace {

/** The period in house style, or empty for an empty label. */
QString houseStyle(const QString &label)
{
    return label.isEmpty() ? QString() : Period::parse(label).toString();
}

bool samePeriod(const QString &a, const QString &b)
{
    return a.isEmpty() ? b.isEmpty() : !b.isEmpty() && Period::parse(a) == Period::parse(b);
}

Theme *findTheme(QList<Framework> &frameworks, const QString &key, Framework **owner = nullptr)
{
    for (Framework &f : frameworks) {
        for (Theme &t : f.themes) {
            if (t.key == key) {
                if (owner)
                    *owner = &f;
                return &t;
            }
        }
    }
    return nullptr;
}

} // namespace

bool Importer::firstRowFor(CellReader &cells, const QString &column, const QString &key)
{
    const QString seenKey = cells.sheetName() + u'|' + key;
    if (const auto it = m_seenValues.constFind(seenKey); it != m_seenValues.cend()) {
        cells.error(column, Tr::tr("repeats row %1; give each item one row").arg(*it));
        return false;
    }
    m_seenValues.insert(seenKey, cells.line());
    return true;
}

void Importer::readPlanInfo(CellReader &cells)
{
    if (m_planInfoRow != 0) {
        cells.error(QString(),
                    Tr::tr("the Plan sheet has one row, and row %1 is already the plan's")
                        .arg(m_planInfoRow));
        return;
    }
    m_planInfoRow = cells.line();
    bool ok = true;
    const QString start = houseStyle(cells.period(u"horizonStart"_s, &ok));
    const QString end = houseStyle(cells.period(u"horizonEnd"_s, &ok));
    if (!ok)
        return;
    // The workbook fills in what the plan does not have; what it has, it keeps.
    PlanInfo info = m_work.info;
    QStringList changed;
    const std::pair<QString, QString PlanInfo::*> fields[] = {
        {u"name"_s, &PlanInfo::name},
        {u"description"_s, &PlanInfo::description},
        {u"horizonStart"_s, &PlanInfo::horizonStart},
        {u"horizonEnd"_s, &PlanInfo::horizonEnd},
    };
    for (const auto &[key, field] : fields) {
        const bool period = key.startsWith(u"horizon"_s);
        const QString given = key == u"horizonStart"_s ? start
                              : key == u"horizonEnd"_s ? end
                                                       : cells.text(key);
        QString &stored = info.*field;
        if (given.isEmpty() || (period ? samePeriod(given, stored) : given == stored))
            continue;
        if (stored.isEmpty()) {
            stored = given;
            changed << key;
        } else {
            cells.notice(key,
                         Tr::tr("the plan's %1 is '%2' and an import keeps it (the workbook has "
                                "'%3')")
                             .arg(key, stored, given));
        }
    }
    const Validation::Messages messages = Validation::planInfo(info);
    validate(cells, messages);
    if (!messages.isEmpty())
        return;
    m_work.info = info;
    m_result.planInfo.append({changed.isEmpty() ? Change::Same : Change::Replace,
                              cells.sheetName(),
                              cells.line(),
                              info,
                              changed});
}

Area *Importer::areaFor(CellReader &cells)
{
    bool ok = true;
    const auto key = cells.id(u"areaId"_s, &ok);
    if (!ok)
        return nullptr;
    if (!key) {
        cells.error(u"areaId"_s,
                    Tr::tr("is empty; give the id of the area, as in the Areas sheet"));
        return nullptr;
    }
    const Id id = areaReference(cells, u"areaId"_s, *key);
    return id != 0 ? workItem(m_work.areas, id) : nullptr;
}

void Importer::readAreaCode(CellReader &cells)
{
    Area *area = areaFor(cells);
    const QString scheme = cells.text(u"scheme"_s);
    const QString code = cells.text(u"code"_s);
    const QString name = cells.text(u"name"_s);
    if (scheme.isEmpty())
        cells.error(u"scheme"_s, Tr::tr("is empty; give the kind of code, e.g. Sub-ICB location"));
    if (code.isEmpty())
        cells.error(u"code"_s, Tr::tr("is empty; give the code"));
    if (!area || scheme.isEmpty() || code.isEmpty()
        || !firstRowFor(
            cells, u"code"_s, u"%1|%2|%3"_s.arg(area->id).arg(folded(scheme), folded(code))))
        return;
    const auto it
        = std::find_if(area->extraCodes.begin(), area->extraCodes.end(), [&](const AreaCode &c) {
              return folded(c.scheme) == folded(scheme) && folded(c.code) == folded(code);
          });
    if (it == area->extraCodes.end())
        area->extraCodes.append({scheme, code, name});
    else if (!name.isEmpty() && it->name != name)
        it->name = name;
    else
        return; // the plan has it
    amend(m_result.areas, cells, *area, u"extraCodes"_s);
}

void Importer::readPractice(CellReader &cells)
{
    Area *area = areaFor(cells);
    bool ok = area != nullptr;
    const auto mapKey = cells.integer(u"mapKey"_s, &ok);
    const QString name = cells.text(u"name"_s);
    const QString code = cells.text(u"code"_s);
    if (mapKey && (*mapKey < 0 || *mapKey > std::numeric_limits<int>::max())) {
        cells.error(u"mapKey"_s, Tr::tr("'%1' is not a number on the map").arg(*mapKey));
        ok = false;
    }
    if (name.isEmpty()) {
        cells.error(u"name"_s, Tr::tr("is empty; give the GP practice's name"));
        ok = false;
    }
    // A practice is found by its code, or without one by its name.
    const QString key = code.isEmpty() ? u"name|"_s + folded(name) : u"code|"_s + folded(code);
    if (!ok || !firstRowFor(cells, u"name"_s, QString::number(area->id) + u'|' + key))
        return;
    const auto it = std::find_if(
        area->practices.begin(), area->practices.end(), [&](const GpPractice &p) {
            return code.isEmpty() ? folded(p.name) == folded(name) : folded(p.code) == folded(code);
        });
    if (it == area->practices.end()) {
        area->practices.append(
            {0, area->id, name, code, mapKey ? std::optional<int>(*mapKey) : std::nullopt});
    } else {
        QStringList changed;
        take(it->name, name, true, u"name"_s, changed);
        take(it->code, code, !code.isEmpty(), u"code"_s, changed);
        take(it->mapKey,
             mapKey ? std::optional<int>(int(*mapKey)) : std::nullopt,
             mapKey.has_value(),
             u"mapKey"_s,
             changed);
        if (changed.isEmpty())
            return;
    }
    amend(m_result.areas, cells, *area, u"practices"_s);
}

void Importer::readFramework(CellReader &cells)
{
    bool ok = true;
    const auto areaKey = cells.id(u"areaId"_s, &ok);
    const QString key = cells.text(u"key"_s);
    const QString name = cells.text(u"name"_s);
    if (key.isEmpty()) {
        cells.error(u"key"_s, Tr::tr("is empty; give the framework a short key, e.g. atf"));
        ok = false;
    }
    if (!ok || !firstRowFor(cells, u"key"_s, key))
        return;
    Id areaId = 0;
    if (areaKey) {
        areaId = areaReference(cells, u"areaId"_s, *areaKey);
        if (areaId == 0)
            return;
    }
    const auto found = std::find_if(m_plan.frameworks.cbegin(),
                                    m_plan.frameworks.cend(),
                                    [&key](const Framework &f) { return f.key == key; });
    const Framework *existing = found == m_plan.frameworks.cend() ? nullptr : &*found;
    Framework framework = existing ? *workItem(m_work.frameworks, existing->id) : Framework();
    QStringList changed;
    take(framework.name, name, !name.isEmpty(), u"name"_s, changed);
    for (const auto &[k, field] : {std::pair{u"description"_s, &Framework::description},
                                   std::pair{u"source"_s, &Framework::source}})
        take(framework.*field, cells.text(k), cells.has(k), k, changed);
    take(framework.areaId, areaId, areaKey.has_value(), u"areaId"_s, changed);
    if (!existing) {
        framework.key = key;
        framework.id = m_nextPlaceholder--;
    }
    commit(cells,
           Validation::framework(framework, m_work),
           m_work.frameworks,
           m_result.frameworks,
           framework,
           existing,
           changed);
}

void Importer::readTheme(CellReader &cells)
{
    const QString frameworkKey = cells.text(u"framework"_s);
    const QString key = cells.text(u"key"_s);
    const QString name = cells.text(u"name"_s);
    const auto framework = std::find_if(m_work.frameworks.begin(),
                                        m_work.frameworks.end(),
                                        [&](const Framework &f) { return f.key == frameworkKey; });
    if (framework == m_work.frameworks.end()) {
        cells.error(u"framework"_s,
                    frameworkKey.isEmpty()
                        ? Tr::tr("is empty; give the key of the theme's framework")
                        : Tr::tr("no framework has the key '%1', in the plan or in this file")
                              .arg(frameworkKey));
        return;
    }
    if (key.isEmpty()) {
        cells.error(u"key"_s, Tr::tr("is empty; give the theme a short key, e.g. atf-1"));
        return;
    }
    if (!firstRowFor(cells, u"key"_s, key))
        return;
    Framework *owner = nullptr;
    Theme *stored = findTheme(m_work.frameworks, key, &owner);
    const bool existing = stored && stored->id > 0;
    if (existing && owner != &*framework) {
        cells.notice(
            u"framework"_s,
            Tr::tr("differs from the plan (%1); an import does not move themes").arg(owner->key));
    }
    Theme theme = existing ? *stored : Theme();
    QStringList changed;
    take(theme.name, name, !name.isEmpty(), u"name"_s, changed);
    for (const auto &[k, field] :
         {std::pair{u"code"_s, &Theme::code}, std::pair{u"description"_s, &Theme::description}})
        take(theme.*field, cells.text(k), cells.has(k), k, changed);
    if (!existing) {
        theme.key = key;
        theme.frameworkId = framework->id;
        theme.id = m_nextPlaceholder--;
    }
    const Validation::Messages messages = Validation::theme(theme, m_work);
    validate(cells, messages);
    if (!messages.isEmpty())
        return;
    commitPart(
        cells, framework->themes, existing ? stored : nullptr, theme, m_result.themes, changed);
}

bool Importer::themesFor(CellReader &cells, QList<Id> *themeIds)
{
    themeIds->clear();
    const QStringList keys = cells.text(u"themes"_s).split(u',', Qt::SkipEmptyParts);
    bool ok = true;
    for (const QString &k : keys) {
        const QString key = k.trimmed();
        if (key.isEmpty())
            continue;
        if (const Theme *theme = findTheme(m_work.frameworks, key)) {
            if (!themeIds->contains(theme->id))
                themeIds->append(theme->id);
        } else {
            cells.error(u"themes"_s,
                        Tr::tr("no theme has the key '%1', in the plan or in this file").arg(key));
            ok = false;
        }
    }
    return ok;
}

void Importer::readProgressUpdate(CellReader &cells)
{
    bool ok = true;
    const auto programmeKey = cells.id(u"programmeId"_s, &ok);
    const QString label = cells.period(u"period"_s, &ok);
    const QDateTime recordedAt = cells.dateTime(u"recordedAt"_s, &ok);
    const QString rag = cells.text(u"rag"_s).toLower();
    if (!programmeKey && ok) {
        cells.error(u"programmeId"_s, Tr::tr("is empty; give the id of its programme"));
        ok = false;
    }
    if (label.isEmpty() && ok) {
        cells.error(u"period"_s, Tr::tr("is empty; give the quarter, e.g. Q2 2025/26"));
        ok = false;
    }
    if (!ok)
        return;
    const Id programmeId = programmeReference(cells, u"programmeId"_s, *programmeKey);
    if (programmeId == 0)
        return;
    const auto found
        = std::find_if(m_plan.progressUpdates.cbegin(),
                       m_plan.progressUpdates.cend(),
                       [&](const ProgressUpdate &u) {
                           return u.programmeId == programmeId && samePeriod(u.period, label);
                       });
    const ProgressUpdate *existing = found == m_plan.progressUpdates.cend() ? nullptr : &*found;
    ProgressUpdate update
        = existing ? *workItem(m_work.progressUpdates, existing->id) : ProgressUpdate();
    QStringList changed;
    take(update.rag, rag, !rag.isEmpty(), u"rag"_s, changed);
    for (const auto &[k, field] : {std::pair{u"wentWell"_s, &ProgressUpdate::wentWell},
                                   std::pair{u"didNot"_s, &ProgressUpdate::didNot},
                                   std::pair{u"nextSteps"_s, &ProgressUpdate::nextSteps},
                                   std::pair{u"recordedBy"_s, &ProgressUpdate::recordedBy}})
        take(update.*field, cells.text(k), cells.has(k), k, changed);
    take(update.recordedAt, recordedAt, recordedAt.isValid(), u"recordedAt"_s, changed);
    if (!existing) {
        update.programmeId = programmeId;
        update.period = houseStyle(label);
        update.id = m_nextPlaceholder--;
    }
    // As for other dates, a quarter outside the plan horizon is accepted from a file.
    const PlanInfo info = m_work.info;
    m_work.info.horizonStart.clear();
    m_work.info.horizonEnd.clear();
    const Validation::Messages messages = Validation::progressUpdate(update, m_work);
    m_work.info = info;
    commit(cells,
           messages,
           m_work.progressUpdates,
           m_result.progressUpdates,
           update,
           existing,
           changed);
}

void Importer::readAnnotation(CellReader &cells)
{
    const Indicator *indicator = indicatorFor(cells);
    bool ok = indicator != nullptr;
    const QString period = houseStyle(cells.period(u"period"_s, &ok));
    const QDate date = cells.date(u"date"_s, &ok);
    const QString label = cells.text(u"label"_s);
    if (!ok)
        return;
    Indicator *work = workItem(m_work.indicators, indicator->id);
    // Found by its indicator, label, and period or date.
    const auto found = std::find_if(
        work->annotations.begin(), work->annotations.end(), [&](const Annotation &a) {
            return folded(a.label) == folded(label) && samePeriod(a.period, period)
                   && a.date == date;
        });
    const bool existing = found != work->annotations.end() && found->id > 0;
    if (!firstRowFor(cells,
                     u"label"_s,
                     u"%1|%2|%3|%4"_s.arg(indicator->id)
                         .arg(folded(label), period, date.toString(Qt::ISODate))))
        return;
    Annotation annotation = existing ? *found : Annotation();
    QStringList changed;
    take(annotation.label, label, !label.isEmpty(), u"label"_s, changed);
    take(annotation.note, cells.text(u"note"_s), cells.has(u"note"_s), u"note"_s, changed);
    if (!existing) {
        annotation.indicatorId = indicator->id;
        annotation.period = period;
        annotation.date = date;
        annotation.id = m_nextPlaceholder--;
    }
    if (const QString problem = Commands::validateAnnotation(annotation); !problem.isEmpty()) {
        cells.error(label.isEmpty() ? u"label"_s : QString(), problem);
        return;
    }
    commitPart(cells,
               work->annotations,
               existing ? &*found : nullptr,
               annotation,
               m_result.annotations,
               changed);
}

void Importer::readRebase(CellReader &cells)
{
    const Indicator *indicator = indicatorFor(cells);
    bool ok = indicator != nullptr;
    const QString period = houseStyle(cells.period(u"period"_s, &ok));
    const QString reason = cells.text(u"reason"_s);
    if (ok && period.isEmpty()) {
        cells.error(u"period"_s, Tr::tr("is empty; give the first period of the new segment"));
        ok = false;
    }
    if (!ok || !firstRowFor(cells, u"period"_s, QString::number(indicator->id) + u'|' + period))
        return;
    Indicator *work = workItem(m_work.indicators, indicator->id);
    QList<SpcRebase> rebases = work->spcRebases;
    const auto found = std::find_if(rebases.begin(), rebases.end(), [&](const SpcRebase &r) {
        return samePeriod(r.period, period);
    });
    if (found == rebases.end())
        rebases.append({period, reason});
    else if (!reason.isEmpty() && found->reason != reason)
        found->reason = reason;
    else
        return; // the plan has it
    if (const QString problem = Commands::validateSpcSettings({work->spcOptions, rebases});
        !problem.isEmpty()) {
        cells.error(u"period"_s, problem);
        return;
    }
    work->spcRebases = rebases;
    amend(m_result.indicators, cells, *work, u"spcRebases"_s);
}

void Importer::readLink(CellReader &cells)
{
    const Indicator *indicator = indicatorFor(cells);
    const QString source = cells.text(u"source"_s);
    const QString externalId = cells.text(u"externalId"_s);
    if (source.isEmpty())
        cells.error(u"source"_s, Tr::tr("is empty; give where the id is from, e.g. fingertips"));
    if (externalId.isEmpty())
        cells.error(u"externalId"_s, Tr::tr("is empty; give the indicator's id there"));
    if (!indicator || source.isEmpty() || externalId.isEmpty()
        || !firstRowFor(
            cells, u"externalId"_s, u"%1|%2|%3"_s.arg(indicator->id).arg(source, externalId)))
        return;
    const Programme *programme = m_work.programme(indicator->programmeId);
    const Area *area = programme ? m_work.owningArea(*programme) : nullptr;
    const bool known = indicator->links.contains({source, externalId});
    m_result.links.append({externalId,
                           indicator->id,
                           indicator->name,
                           area ? area->name : QString(),
                           !known,
                           source});
}

} // namespace Jfp::WorkbookImport::Internal
