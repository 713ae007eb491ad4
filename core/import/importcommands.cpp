// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importcommands.h"

#include "commands/commandsupport.h"
#include "commands/itemcommands.h"
#include "commands/itemtraits.h"
#include "commands/validation.h"
#include "coretr.h"
#include "import/importsteps.h"
#include "import/importtesthook.h"
#include "import/workingplan.h"
#include "storage/annotationrepository.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/frameworkrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/milestonerepository.h"
#include "storage/planreader.h"
#include "storage/planwriter.h"
#include "storage/programmerepository.h"
#include "storage/progressupdaterepository.h"
#include "storage/seriesrepository.h"
#include "storage/spcsettingsrepository.h"
#include "storage/themerepository.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Jfp::Commands {

namespace {

using namespace Qt::StringLiterals;
using namespace Internal;
using namespace ImportSteps;

const QString indicatorKind = u"indicator"_s;

QString benchmarkKey(Id indicatorId, const QString &name, const QString &code)
{
    return QString::number(indicatorId) + u'|' + (code.isEmpty() ? u'#' + name : code);
}

/** For the item kinds that need nothing written beside the item itself. */
constexpr auto nothingElse = [](const auto &, const auto &, QString *) { return true; };

class ImportValues : public PlanCommand
{
public:
    ImportValues(const ImportPlan &plan, const QList<ImportPlan::Link> &forgetLinks);

    QString text() const override { return m_text; }
    bool redo(Database &db, QString *error) override;
    bool undo(Database &db, QString *error) override;

private:
    // item.id is the stored indicator; `indicator` what the preview names (a placeholder for
    // an indicator the import adds).
    struct PlannedStep
    {
        ItemRef item;
        PeriodValue value;
        std::optional<PeriodValue> before;
        Id indicator = 0;
        QString where;
    };
    struct ActualStep
    {
        ItemRef item;
        ActualValue value;
        std::optional<ActualValue> before;
        Id indicator = 0;
        QString where;
    };
    struct BenchmarkStep
    {
        ItemRef item;
        Id indicator = 0;
        QString name;
        QString code;
        PeriodValue value;
        Id benchmarkId = 0; // 0 until the first redo found or created it
        std::optional<PeriodValue> before;
        QString where;
    };
    struct LinkStep
    {
        ItemRef item;
        Id indicator = 0;
        QString externalId;
        bool add = true;     // false: forget it
        bool before = false; // whether the file held it before the first redo
        QString source;      // e.g. fingertips
    };

    bool capture(Database &db, QString *error);
    bool hasItems() const;
    /**
     * Runs each item's command in turn, each checked against `plan` as the steps before it
     * left it; `fix` resolves an item's references first, `also` writes what goes with a
     * stored item (its GP practices, its SPC settings).
     */
    template<typename T, typename Fix, typename Also>
    bool writeItems(Database &db,
                    QList<ItemStep<T>> &steps,
                    PlanSnapshot *plan,
                    IdMap *ids,
                    Fix fix,
                    Also also,
                    QString *error);
    /** Undoes each item's command, last first, `also` putting back what goes with it. */
    template<typename T, typename Also>
    bool restoreItems(Database &db, const QList<ItemStep<T>> &steps, Also also, QString *error);
    bool
    writeSpc(Database &db, const ItemStep<Indicator> &step, const Indicator &item, QString *error);
    /** The values' own checks, as when typed, against the indicator each belongs to. */
    bool checkValues(Database &db, QString *error) const;
    bool write(Database &db, QString *error);
    bool restore(Database &db, QString *error);
    QString benchmarkField(const BenchmarkStep &b) const
    {
        return u"benchmark %1 %2"_s.arg(b.name, b.value.period);
    }
    static QString linkField(const LinkStep &l) { return u"link "_s + l.source; }

    QString m_text;
    std::optional<PlanInfo> m_info; // the plan info to write, if it changes
    std::optional<PlanInfo> m_infoBefore;
    QStringList m_infoFields;
    QList<ItemStep<Area>> m_areas;
    QList<ItemStep<Framework>> m_frameworks;
    QList<ItemStep<Theme>> m_themes;
    QList<ItemStep<Programme>> m_programmes;
    QList<ItemStep<Milestone>> m_milestones;
    QList<ItemStep<ProgressUpdate>> m_progressUpdates;
    QList<ItemStep<Indicator>> m_indicators;
    QList<ItemStep<Annotation>> m_annotations;
    QList<LinkStep> m_links;
    QList<PlannedStep> m_planned;
    QList<ActualStep> m_actuals;
    QList<BenchmarkStep> m_benchmarks;
    /** Benchmarks the first redo created (key → id), deleted by undo, recreated by redo. */
    QHash<QString, Id> m_createdBenchmarks;
    bool m_captured = false;
};

ImportValues::ImportValues(const ImportPlan &plan, const QList<ImportPlan::Link> &forgetLinks)
{
    const QString fileName = QFileInfo(plan.file).fileName();
    m_text = fileName.isEmpty() ? Tr::tr("Import values") : Tr::tr("Import '%1'").arg(fileName);
    for (const auto &c : plan.planInfo) {
        if (c.change != ImportPlan::Change::Same) {
            m_info = c.item;
            m_infoFields = c.fields;
        }
    }
    m_areas = itemSteps(plan.areas);
    m_frameworks = itemSteps(plan.frameworks);
    m_themes = itemSteps(plan.themes);
    m_programmes = itemSteps(plan.programmes);
    m_milestones = itemSteps(plan.milestones);
    m_progressUpdates = itemSteps(plan.progressUpdates);
    m_indicators = itemSteps(plan.indicators);
    m_annotations = itemSteps(plan.annotations);
    const auto sourceOf = [&plan](const ImportPlan::Link &link) {
        return link.source.isEmpty() ? plan.source : link.source;
    };
    for (const ImportPlan::Link &link : plan.links) {
        if (link.isNew)
            m_links.append({{indicatorKind, link.indicatorId, link.indicatorName},
                            link.indicatorId,
                            link.externalId,
                            true,
                            false,
                            sourceOf(link)});
    }
    for (const ImportPlan::Link &link : forgetLinks)
        m_links.append({{indicatorKind, link.indicatorId, link.indicatorName},
                        link.indicatorId,
                        link.externalId,
                        false,
                        true,
                        sourceOf(link)});
    for (const ImportPlan::PlannedChange &p : plan.planned) {
        if (p.change != ImportPlan::Change::Same)
            m_planned.append({{indicatorKind, p.indicatorId, p.indicatorName},
                              p.value,
                              {},
                              p.indicatorId,
                              ImportProblem::where(p.sheet, p.line)});
    }
    for (const ImportPlan::ActualChange &a : plan.actuals) {
        if (a.change != ImportPlan::Change::Same)
            m_actuals.append({{indicatorKind, a.indicatorId, a.indicatorName},
                              a.value,
                              {},
                              a.indicatorId,
                              ImportProblem::where(a.sheet, a.line)});
    }
    for (const ImportPlan::BenchmarkChange &b : plan.benchmarks) {
        if (b.change != ImportPlan::Change::Same)
            m_benchmarks.append({{indicatorKind, b.indicatorId, b.indicatorName},
                                 b.indicatorId,
                                 b.benchmarkName,
                                 b.benchmarkCode,
                                 b.value,
                                 0,
                                 {},
                                 ImportProblem::where(b.sheet, b.line)});
    }
}

bool ImportValues::capture(Database &db, QString *error)
{
    if (m_info) {
        m_infoBefore = PlanReader::readInfo(db, error);
        if (!m_infoBefore)
            return false;
    }
    if (!captureItems<AreaRepository>(db, m_areas, error)
        || !captureItems<FrameworkRepository>(db, m_frameworks, error)
        || !captureItems<ThemeRepository>(db, m_themes, error)
        || !captureItems<ProgrammeRepository>(db, m_programmes, error)
        || !captureItems<MilestoneRepository>(db, m_milestones, error)
        || !captureItems<ProgressUpdateRepository>(db, m_progressUpdates, error)
        || !captureItems<IndicatorRepository>(db, m_indicators, error)
        || !captureItems<AnnotationRepository>(db, m_annotations, error))
        return false;
    SpcSettingsRepository spc(db);
    for (ItemStep<Indicator> &step : m_indicators) {
        if (step.before
            && !spc.read(step.item.id, &step.before->spcOptions, &step.before->spcRebases, error))
            return false;
    }
    // Values of an indicator the import adds (a placeholder id) have nothing before them.
    IndicatorRepository indicators(db);
    SeriesRepository series(db);
    bool ok = true;
    for (LinkStep &l : m_links) {
        l.before
            = l.indicator > 0 && series.hasLink(l.indicator, l.source, l.externalId, &ok, error);
        if (!ok)
            return false;
    }
    // Each indicator's stored values are read once, not one query per value.
    if (!captureBefore<PeriodValue>(m_planned,
                                    [&](Id id, QHash<QString, PeriodValue> *values) {
                                        return indicators.trajectoryValues(id, values, error);
                                    })
        || !captureBefore<ActualValue>(m_actuals, [&](Id id, QHash<QString, ActualValue> *values) {
               return indicators.actualValues(id, values, error);
           }))
        return false;
    for (BenchmarkStep &b : m_benchmarks) {
        if (b.indicator > 0)
            b.benchmarkId = series.findBenchmark(b.indicator, b.name, b.code, &ok, error);
        if (!ok)
            return false;
        if (b.benchmarkId != 0) {
            b.before = series.benchmarkValue(b.benchmarkId, b.value.period, &ok, error);
            if (!ok)
                return false;
        }
    }
    return true;
}

bool ImportValues::hasItems() const
{
    return m_info || !m_areas.isEmpty() || !m_frameworks.isEmpty() || !m_themes.isEmpty()
           || !m_programmes.isEmpty() || !m_milestones.isEmpty() || !m_progressUpdates.isEmpty()
           || !m_indicators.isEmpty() || !m_annotations.isEmpty();
}

template<typename T, typename Fix, typename Also>
bool ImportValues::writeItems(Database &db,
                              QList<ItemStep<T>> &steps,
                              PlanSnapshot *plan,
                              IdMap *ids,
                              Fix fix,
                              Also also,
                              QString *error)
{
    for (ItemStep<T> &step : steps) {
        T item = step.item;
        fix(item);
        if (!step.command) {
            // The first redo: references to new items are known now, and stay.
            if (step.change == ImportPlan::Change::Add) {
                item.id = 0;
                step.add = std::make_shared<AddItem<T>>(item, AddItem<T>::Dates::AsRecorded);
                step.command = step.add;
            } else {
                step.command = std::make_shared<EditItem<T>>(*step.before, item);
            }
        }
        if (!step.command->redo(db, error))
            return failed(error, u"'%1'"_s.arg(importItemName(item)), step.where);
        if (step.add) {
            step.id = step.add->id();
            if (ids && step.item.id < 0)
                ids->insert(step.item.id, step.id);
        }
        item.id = step.id;
        if (!also(step, item, error))
            return failed(error, u"'%1'"_s.arg(importItemName(item)), step.where);
        if (plan)
            WorkingPlan::remember(*plan, item);
    }
    return true;
}

bool ImportValues::writeSpc(Database &db,
                            const ItemStep<Indicator> &step,
                            const Indicator &item,
                            QString *error)
{
    // An added indicator has no settings yet; a changed one only those the import names.
    const bool add = step.change == ImportPlan::Change::Add;
    SpcSettingsRepository spc(db);
    return ((add ? item.spcOptions.isEmpty() : !step.fields.contains(u"spcOptions"_s))
            || spc.setOptions(item.id, item.spcOptions, error))
           && ((add ? item.spcRebases.isEmpty() : !step.fields.contains(u"spcRebases"_s))
               || spc.setRebases(item.id, item.spcRebases, error));
}

bool ImportValues::checkValues(Database &db, QString *error) const
{
    if (m_planned.isEmpty() && m_actuals.isEmpty())
        return true;
    // The indicators, from the plan lent to the commands (it holds those just added) or else
    // read one by one: an import of values names few of them.
    QHash<Id, const Indicator *> lent;
    if (const PlanSnapshot *plan = db.planCache()) {
        lent.reserve(plan->indicators.size());
        for (const Indicator &i : plan->indicators)
            lent.insert(i.id, &i);
    }
    QHash<Id, std::optional<Indicator>> read;
    IndicatorRepository repository(db);
    const auto indicatorOf = [&](Id id) -> const Indicator * {
        if (const Indicator *i = lent.value(id))
            return i;
        auto it = read.find(id);
        if (it == read.end())
            it = read.insert(id, repository.find(id, nullptr));
        return *it ? &**it : nullptr;
    };
    QStringList problems;
    const auto check
        = [&](Id id, const QString &name, const QString &where, const auto &validate) -> bool {
        const Indicator *indicator = indicatorOf(id);
        const Validation::Messages messages
            = indicator ? validate(*indicator)
                        : Validation::Messages{
                            {QString(), Tr::tr("The indicator '%1' no longer exists.").arg(name)}};
        for (const Validation::FieldMessage &m : messages)
            problems << u"%1: %2"_s.arg(where, m.message);
        return problems.size() < 20; // enough to act on
    };
    for (const PlannedStep &p : m_planned) {
        if (!check(p.item.id, p.item.name, p.where, [&p](const Indicator &i) {
                return Validation::trajectoryValues(i, {p.value});
            }))
            break;
    }
    for (const ActualStep &a : m_actuals) {
        if (problems.size() >= 20
            || !check(a.item.id, a.item.name, a.where, [&a](const Indicator &i) {
                   return Validation::actualValues(i, {a.value});
               }))
            break;
    }
    if (problems.isEmpty())
        return true;
    if (error)
        *error = Tr::tr("The import was not written; these values are refused:\n%1")
                     .arg(problems.join(u'\n'));
    return false;
}

bool ImportValues::write(Database &db, QString *error)
{
    // The items are checked as each item command checks them, against the plan as the
    // steps before left it: read once, kept up to date here, lent to the commands.
    std::optional<PlanSnapshot> working;
    if (hasItems()) {
        working = PlanReader::read(db, error, PlanReader::Contents::Structure);
        if (!working)
            return false;
    }
    const LentPlan lent(db, working ? &*working : db.planCache());
    if (m_info) {
        const Validation::Messages messages = Validation::planInfo(*m_info);
        if (!messages.isEmpty()) {
            if (error)
                *error = Validation::summary(messages);
            return failed(error, Tr::tr("the plan's name and horizon"), u"Plan"_s);
        }
        if (!PlanWriter(db).setPlanInfo(*m_info, error))
            return failed(error, Tr::tr("the plan's name and horizon"), u"Plan"_s);
        ChangeLog log(text(), false);
        log.diff(
            {u"plan"_s, 0, m_info->name}, planInfoFields(*m_infoBefore), planInfoFields(*m_info));
        if (!log.write(db, error))
            return false;
        working->info = *m_info;
    }
    PlanSnapshot *plan = working ? &*working : nullptr;
    IdMap areaIds;
    IdMap frameworkIds;
    IdMap themeIds;
    IdMap programmeIds;
    IdMap indicatorIds;
    const auto practices = [&db](const ItemStep<Area> &step, const Area &area, QString *e) {
        return step.change != ImportPlan::Change::Replace || !step.fields.contains(u"practices"_s)
               || AreaRepository(db).setPractices(area.id, area.practices, e);
    };
    const auto spc
        = [this, &db](const ItemStep<Indicator> &step, const Indicator &item, QString *e) {
              return writeSpc(db, step, item, e);
          };
    const bool items
        = writeItems(
              db,
              m_areas,
              plan,
              &areaIds,
              [&](Area &a) { a.parentId = resolved(areaIds, a.parentId); },
              practices,
              error)
          && writeItems(
              db,
              m_frameworks,
              plan,
              &frameworkIds,
              [&](Framework &f) { f.areaId = resolved(areaIds, f.areaId); },
              nothingElse,
              error)
          && writeItems(
              db,
              m_themes,
              plan,
              &themeIds,
              [&](Theme &t) { t.frameworkId = resolved(frameworkIds, t.frameworkId); },
              nothingElse,
              error)
          && writeItems(
              db,
              m_programmes,
              plan,
              &programmeIds,
              [&](Programme &p) {
                  p.areaId = resolved(areaIds, p.areaId);
                  p.parentId = resolved(programmeIds, p.parentId);
                  for (Id &theme : p.themeIds)
                      theme = resolved(themeIds, theme);
              },
              nothingElse,
              error)
          && writeItems(
              db,
              m_milestones,
              plan,
              nullptr,
              [&](Milestone &m) { m.programmeId = resolved(programmeIds, m.programmeId); },
              nothingElse,
              error)
          && writeItems(
              db,
              m_progressUpdates,
              plan,
              nullptr,
              [&](ProgressUpdate &u) { u.programmeId = resolved(programmeIds, u.programmeId); },
              nothingElse,
              error)
          && writeItems(
              db,
              m_indicators,
              plan,
              &indicatorIds,
              [&](Indicator &i) { i.programmeId = resolved(programmeIds, i.programmeId); },
              spc,
              error)
          && writeItems(
              db,
              m_annotations,
              plan,
              nullptr,
              [&](Annotation &a) { a.indicatorId = resolved(indicatorIds, a.indicatorId); },
              nothingElse,
              error);
    if (!items)
        return false;
    for (LinkStep &l : m_links)
        l.item.id = resolved(indicatorIds, l.indicator);
    for (PlannedStep &p : m_planned)
        p.item.id = resolved(indicatorIds, p.indicator);
    for (ActualStep &a : m_actuals)
        a.item.id = resolved(indicatorIds, a.indicator);
    for (BenchmarkStep &b : m_benchmarks)
        b.item.id = resolved(indicatorIds, b.indicator);
    if (!checkValues(db, error))
        return false;

    ChangeLog log(text(), false);
    IndicatorRepository indicators(db);
    SeriesRepository series(db);
    for (const LinkStep &l : std::as_const(m_links)) {
        if (l.add ? !series.addLink(l.item.id, l.source, l.externalId, error)
                  : !series.removeLink(l.item.id, l.source, l.externalId, error))
            return false;
        if (l.add != l.before)
            log.changed(l.item,
                        linkField(l),
                        l.add ? QString() : l.externalId,
                        l.add ? l.externalId : QString());
    }
    ImportTestHook hook; // JFP_TEST_IMPORT_PAUSE_AFTER, documented in importcommands.h
    // A value with no row before it is only inserted, unless the import wrote its period
    // already (a period given twice).
    QSet<QPair<Id, QString>> written;
    const auto existing = [&written](bool before, Id id, const QString &period) {
        const bool again = written.contains({id, period});
        written.insert({id, period});
        return before || again ? IndicatorRepository::Existing::Maybe
                               : IndicatorRepository::Existing::None;
    };
    for (const PlannedStep &p : std::as_const(m_planned)) {
        if (!indicators.setTrajectoryValue(
                p.item.id,
                p.value.period,
                p.value,
                error,
                existing(p.before.has_value(), p.item.id, p.value.period)))
            return failed(error,
                          Tr::tr("the planned value of %1 %2").arg(p.item.name, p.value.period),
                          p.where);
        log.changed(p.item,
                    u"trajectory "_s + p.value.period,
                    p.before ? numberText(p.before->value) : QString(),
                    numberText(p.value.value));
        hook.wroteValue();
    }
    written.clear();
    for (const ActualStep &a : std::as_const(m_actuals)) {
        if (!indicators.setActualValue(a.item.id,
                                       a.value.period,
                                       a.value,
                                       error,
                                       existing(a.before.has_value(), a.item.id, a.value.period)))
            return false;
        log.changed(
            a.item, u"actual "_s + a.value.period, actualText(a.before), actualText(a.value));
        hook.wroteValue();
    }
    QHash<QString, Id> ids; // benchmarks found or created in this run
    for (BenchmarkStep &b : m_benchmarks) {
        const QString key = benchmarkKey(b.item.id, b.name, b.code);
        Id id = b.benchmarkId;
        if (id == 0)
            id = ids.value(key);
        if (id == 0) {
            id = series.ensureBenchmark(
                b.item.id, b.name, b.code, m_createdBenchmarks.value(key), error);
            if (id == 0)
                return false;
            m_createdBenchmarks.insert(key, id);
        }
        ids.insert(key, id);
        if (!series.upsertBenchmarkValue(id, b.value, error))
            return failed(
                error, Tr::tr("the benchmark value %1 %2").arg(b.name, b.value.period), b.where);
        log.changed(b.item,
                    benchmarkField(b),
                    b.before ? numberText(b.before->value) : QString(),
                    numberText(b.value.value));
        hook.wroteValue();
    }
    return log.write(db, error);
}

template<typename T, typename Also>
bool ImportValues::restoreItems(Database &db,
                                const QList<ItemStep<T>> &steps,
                                Also also,
                                QString *error)
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!it->command
            || (it->change == ImportPlan::Change::Replace && !also(*it, *it->before, error))
            || !it->command->undo(db, error))
            return false;
    }
    return true;
}

bool ImportValues::restore(Database &db, QString *error)
{
    IndicatorRepository indicators(db);
    SeriesRepository series(db);
    // Rows are put back in reverse, so that two changes to one row end with what the first
    // found; the history lists them in the order redo did.
    for (auto it = m_benchmarks.crbegin(); it != m_benchmarks.crend(); ++it) {
        const Id id
            = it->benchmarkId
                  ? it->benchmarkId
                  : m_createdBenchmarks.value(benchmarkKey(it->item.id, it->name, it->code));
        if (it->before ? !series.upsertBenchmarkValue(id, *it->before, error)
                       : !series.removeBenchmarkValue(id, it->value.period, error))
            return false;
    }
    for (auto it = m_createdBenchmarks.cbegin(); it != m_createdBenchmarks.cend(); ++it) {
        if (!series.removeBenchmark(it.value(), error))
            return false;
    }
    for (auto it = m_actuals.crbegin(); it != m_actuals.crend(); ++it) {
        if (!indicators.setActualValue(it->item.id, it->value.period, it->before, error))
            return false;
    }
    for (auto it = m_planned.crbegin(); it != m_planned.crend(); ++it) {
        if (!indicators.setTrajectoryValue(it->item.id, it->value.period, it->before, error))
            return false;
    }
    for (const LinkStep &l : std::as_const(m_links)) {
        if (l.before ? !series.addLink(l.item.id, l.source, l.externalId, error)
                     : !series.removeLink(l.item.id, l.source, l.externalId, error))
            return false;
    }
    // Items last, children before parents: an added indicator takes its values with it.
    const auto practices = [&db](const ItemStep<Area> &step, const Area &before, QString *e) {
        return !step.fields.contains(u"practices"_s)
               || AreaRepository(db).setPractices(before.id, before.practices, e);
    };
    const auto spc = [&db](const ItemStep<Indicator> &step, const Indicator &before, QString *e) {
        SpcSettingsRepository settings(db);
        return (!step.fields.contains(u"spcOptions"_s)
                || settings.setOptions(before.id, before.spcOptions, e))
               && (!step.fields.contains(u"spcRebases"_s)
                   || settings.setRebases(before.id, before.spcRebases, e));
    };
    if (!restoreItems(db, m_annotations, nothingElse, error)
        || !restoreItems(db, m_indicators, spc, error)
        || !restoreItems(db, m_progressUpdates, nothingElse, error)
        || !restoreItems(db, m_milestones, nothingElse, error)
        || !restoreItems(db, m_programmes, nothingElse, error)
        || !restoreItems(db, m_themes, nothingElse, error)
        || !restoreItems(db, m_frameworks, nothingElse, error)
        || !restoreItems(db, m_areas, practices, error))
        return false;
    if (m_info) {
        if (!PlanWriter(db).setPlanInfo(*m_infoBefore, error))
            return false;
        ChangeLog info(text(), true);
        info.diff(
            {u"plan"_s, 0, m_info->name}, planInfoFields(*m_info), planInfoFields(*m_infoBefore));
        if (!info.write(db, error))
            return false;
    }
    ChangeLog log(text(), true);
    for (const LinkStep &l : std::as_const(m_links)) {
        if (l.add != l.before)
            log.changed(l.item,
                        linkField(l),
                        l.add ? l.externalId : QString(),
                        l.add ? QString() : l.externalId);
    }
    for (const PlannedStep &p : std::as_const(m_planned))
        log.changed(p.item,
                    u"trajectory "_s + p.value.period,
                    numberText(p.value.value),
                    p.before ? numberText(p.before->value) : QString());
    for (const ActualStep &a : std::as_const(m_actuals))
        log.changed(
            a.item, u"actual "_s + a.value.period, actualText(a.value), actualText(a.before));
    for (const BenchmarkStep &b : std::as_const(m_benchmarks))
        log.changed(b.item,
                    benchmarkField(b),
                    numberText(b.value.value),
                    b.before ? numberText(b.before->value) : QString());
    return log.write(db, error);
}

bool ImportValues::redo(Database &db, QString *error)
{
    return inTransaction(db, error, [&] {
        const HistoryLabel label(db, text(), false);
        const bool firstRun = !m_captured;
        if (firstRun && !capture(db, error))
            return false;
        m_captured = true;
        if (write(db, error))
            return true;
        if (firstRun) { // rolled back: start afresh if it is run again
            m_captured = false;
            m_createdBenchmarks.clear();
            forgetCommands(m_areas);
            forgetCommands(m_frameworks);
            forgetCommands(m_themes);
            forgetCommands(m_programmes);
            forgetCommands(m_milestones);
            forgetCommands(m_progressUpdates);
            forgetCommands(m_indicators);
            forgetCommands(m_annotations);
        }
        return false;
    });
}

bool ImportValues::undo(Database &db, QString *error)
{
    return inTransaction(db, error, [&] {
        const HistoryLabel label(db, text(), true);
        return restore(db, error);
    });
}

} // namespace

std::unique_ptr<PlanCommand> importValues(const ImportPlan &plan,
                                          const QList<ImportPlan::Link> &forgetLinks)
{
    return std::make_unique<ImportValues>(plan, forgetLinks);
}

} // namespace Jfp::Commands
