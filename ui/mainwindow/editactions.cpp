// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "editactions.h"

#include "commands/commands.h"
#include "commands/deletescope.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/gotodialog.h"
#include "dialogs/itemdialog.h"
#include "editors/areaform.h"
#include "editors/indicatorform.h"
#include "editors/milestoneform.h"
#include "editors/programmeform.h"
#include "mainwindow.h"
#include "models/indicatortablemodel.h"
#include "models/milestonetablemodel.h"
#include "views/detailspane.h"
#include "views/itemviewkeys.h"
#include "views/milestonesview.h"
#include "views/plannavigator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTreeView>

namespace Jfp {

namespace {

using TreeKind = PlanTreeModel::ItemKind;
using ListKind = PlanItemListModel::ItemKind;
using Confirmation = DeleteConfirmation::Kind;

template<typename T>
QSet<Id> idsOf(const QList<T> &items)
{
    QSet<Id> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

template<typename T>
const T *findIn(const QList<T> &items, Id id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

/**
 * Runs the add dialog for a new `item` on `form`; on OK pushes `make(value)`. Returns the id
 * the plan gave the new item, or 0.
 */
template<typename T>
Id runAdd(MainWindow *window,
          ItemFormOf<T> *form,
          const T &item,
          const QString &title,
          std::unique_ptr<PlanCommand> (*make)(const T &),
          QList<T> PlanSnapshot::*list)
{
    form->setItem(item, window->plan(), true);
    ItemDialog dialog(form, title, window);
    Id added = 0;
    dialog.setStore([&] {
        const QSet<Id> before = idsOf(window->plan().*list);
        if (!window->push(make(form->value())))
            return false;
        for (const T &x : window->plan().*list) {
            if (!before.contains(x.id))
                added = x.id;
        }
        return true;
    });
    dialog.exec();
    return added;
}

/** Runs the edit dialog for `stored`; on OK pushes `make(stored, value)` if anything changed. */
template<typename T>
bool runEdit(MainWindow *window,
             ItemFormOf<T> *form,
             const T &stored,
             const QString &title,
             std::unique_ptr<PlanCommand> (*make)(const T &, const T &))
{
    form->setItem(stored, window->plan());
    ItemDialog dialog(form, title, window);
    bool changed = false;
    dialog.setStore([&] {
        bool modified = false;
        for (const QString &key : form->fieldKeys())
            modified = modified || form->isModified(key);
        if (!modified)
            return true;
        changed = window->push(make(stored, form->value()));
        return changed;
    });
    dialog.exec();
    return changed;
}

template<typename T>
QString nameOf(const T &item)
{
    if constexpr (requires { item.title; })
        return item.title;
    else
        return item.name;
}

/** Adds a milestone or an indicator to `programmeId`, or to one chosen within `areaId`. */
template<typename Form, typename T>
Id addToProgramme(MainWindow *window,
                  Id areaId,
                  Id programmeId,
                  const QString &title,
                  std::unique_ptr<PlanCommand> (*make)(const T &),
                  QList<T> PlanSnapshot::*list)
{
    auto *form = new Form(ItemForm::CommitMode::Whole);
    form->setAreaScope(areaId);
    T item;
    item.programmeId = window->plan().programme(programmeId) ? programmeId : 0;
    return runAdd<T>(window, form, item, title, make, list);
}

/** Edits the milestone or indicator `id` in its dialog; `title` has %1 for its name. */
template<typename Form, typename T>
bool editInDialog(MainWindow *window,
                  Id id,
                  QList<T> PlanSnapshot::*list,
                  const QString &title,
                  std::unique_ptr<PlanCommand> (*make)(const T &, const T &))
{
    const T *found = findIn(window->plan().*list, id);
    if (!found)
        return false;
    const T stored = *found; // the plan is re-read when the edit is pushed
    return runEdit<T>(
        window, new Form(ItemForm::CommitMode::Whole), stored, title.arg(nameOf(stored)), make);
}

/** Deletes `found` after `ask` agrees to the confirmation of what goes with it. */
template<typename T>
bool confirmAndDelete(MainWindow *window,
                      const T *found,
                      Confirmation kind,
                      const DeleteScope &scope,
                      std::unique_ptr<PlanCommand> (*make)(const T &),
                      const std::function<bool(const QString &, const QString &)> &ask)
{
    if (!found)
        return false;
    const T item = *found;
    if (!ask(DeleteConfirmation::question(kind, nameOf(item)),
             DeleteConfirmation::details(kind, scope))) {
        return false;
    }
    return window->push(make(item));
}

/** The siblings an area or programme is ordered among, in order. */
QList<Id> siblingsOf(const PlanSnapshot &plan, TreeKind kind, Id id)
{
    QList<Id> ids;
    if (kind == TreeKind::Area) {
        const Area *area = plan.area(id);
        for (const Area &a : plan.areas) {
            if (area && a.parentId == area->parentId)
                ids << a.id;
        }
    } else {
        const Programme *programme = plan.programme(id);
        for (const Programme &p : plan.programmes) {
            if (programme && p.areaId == programme->areaId && p.parentId == programme->parentId)
                ids << p.id;
        }
    }
    return ids;
}

} // namespace

EditActions::EditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    PlanNavigator *navigator = m_window->navigator();
    // The drop is finished before the plan is changed and the tree rebuilt.
    connect(navigator->model(),
            &PlanTreeModel::moveRequested,
            this,
            &EditActions::onMoveRequested,
            Qt::QueuedConnection);
    connect(navigator, &PlanNavigator::currentItemChanged, this, &EditActions::updateActions);
    QTreeView *tree = navigator->treeView();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &EditActions::showTreeMenu);
    tree->setDragDropMode(QAbstractItemView::InternalMove);
    tree->setDragEnabled(true);
    tree->setAcceptDrops(true);
    tree->setDropIndicatorShown(true);
    tree->setDefaultDropAction(Qt::MoveAction);

    DetailsPane *details = m_window->details();
    // The Milestones tab asks for edits itself (Enter or a double click in its table or
    // timeline, Insert, Delete); F2 in its table is added here.
    MilestonesView *milestones = details->milestonesView();
    connect(milestones, &MilestonesView::editRequested, this, &EditActions::editMilestone);
    connect(milestones, &MilestonesView::addRequested, this, &EditActions::addMilestoneHere);
    connect(milestones, &MilestonesView::deleteRequested, this, &EditActions::deleteMilestone);
    attachMilestoneView(
        details->milestoneTable(), MilestoneTableModel::MilestoneIdRole, ItemViewKeys::F2);
    attachIndicatorView(details->indicatorTable(), IndicatorTableModel::IndicatorIdRole);
}

void EditActions::populate(QMenu *edit)
{
    QTreeView *tree = m_window->navigator()->treeView();
    const auto add = [&](Action which,
                         const QString &text,
                         void (EditActions::*slot)(),
                         const QKeySequence &keys = {},
                         bool treeOnly = false) {
        QAction *a = edit->addAction(text, this, slot);
        a->setShortcut(keys);
        if (treeOnly) {
            // Del, F2 and the moves act on the tree when it has the focus; elsewhere they
            // keep their usual meaning (deleting text, a table's own keys).
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            tree->addAction(a);
        }
        m_actions[int(which)] = a;
        return a;
    };
    m_actions.resize(int(Action::GoTo) + 1);
    edit->addSeparator();
    add(Action::AddArea, tr("Add &Area Below…"), &EditActions::addAreaHere);
    add(Action::AddProgramme,
        tr("Add &Programme…"),
        &EditActions::addProgrammeHere,
        QKeySequence(Qt::Key_Insert),
        true);
    add(Action::AddSubProgramme,
        tr("Add Su&b-programme…"),
        &EditActions::addSubProgrammeHere,
        QKeySequence(Qt::SHIFT | Qt::Key_Insert),
        true);
    add(Action::AddMilestone, tr("Add &Milestone…"), &EditActions::addMilestoneHere);
    add(Action::AddIndicator, tr("Add &Indicator…"), &EditActions::addIndicatorHere);
    edit->addSeparator();
    add(Action::Rename, tr("Re&name"), &EditActions::renameCurrent, QKeySequence(Qt::Key_F2), true);
    add(Action::Delete,
        tr("&Delete…"),
        &EditActions::deleteCurrent,
        QKeySequence(QKeySequence::Delete),
        true);
    QAction *up = edit->addAction(tr("Mo&ve Up"), this, [this] { moveCurrent(-1); });
    QAction *down = edit->addAction(tr("Move Do&wn"), this, [this] { moveCurrent(1); });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *a : {up, down}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree->addAction(a);
    }
    m_actions[int(Action::MoveUp)] = up;
    m_actions[int(Action::MoveDown)] = down;
    edit->addSeparator();
    add(Action::GoTo, tr("&Go To…"), &EditActions::goTo, QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(edit, &QMenu::aboutToShow, this, &EditActions::updateActions);
    updateActions();
}

std::optional<std::pair<TreeKind, Id>> EditActions::current() const
{
    return m_window->navigator()->currentItem();
}

std::pair<Id, Id> EditActions::context() const
{
    const auto item = current();
    if (!item)
        return {0, 0};
    if (item->first == TreeKind::Area)
        return {item->second, 0};
    const Programme *p = m_window->plan().programme(item->second);
    return {p ? p->areaId : 0, item->second};
}

bool EditActions::canChange() const
{
    return m_window->hasPlan() && !m_window->isReadOnly();
}

void EditActions::updateActions()
{
    if (m_actions.isEmpty())
        return;
    const PlanSnapshot &plan = m_window->plan();
    const bool change = canChange();
    const auto item = current();
    const auto [areaId, programmeId] = context();
    const Area *area = plan.area(areaId);
    bool programmesHere = programmeId != 0;
    for (const Programme &p : plan.programmes)
        programmesHere = programmesHere || (area && plan.isAreaWithin(p.areaId, areaId));
    const bool areaSelected = item && item->first == TreeKind::Area;
    action(Action::AddArea)
        ->setEnabled(change
                     && (plan.areas.isEmpty()
                         || (areaSelected && area && area->level != AreaLevel::Locality)));
    action(Action::AddArea)
        ->setText(plan.areas.isEmpty() ? tr("Add &System…") : tr("Add &Area Below…"));
    action(Action::AddProgramme)->setEnabled(change && area);
    action(Action::AddSubProgramme)->setEnabled(change && programmeId);
    action(Action::AddMilestone)->setEnabled(change && programmesHere);
    action(Action::AddIndicator)->setEnabled(change && programmesHere);
    action(Action::Rename)->setEnabled(change && item);
    action(Action::Delete)->setEnabled(change && item);
    int index = -1;
    qsizetype count = 0;
    if (item) {
        const QList<Id> siblings = siblingsOf(plan, item->first, item->second);
        index = int(siblings.indexOf(item->second));
        count = siblings.size();
    }
    action(Action::MoveUp)->setEnabled(change && index > 0);
    action(Action::MoveDown)->setEnabled(change && index >= 0 && index + 1 < count);
    action(Action::GoTo)->setEnabled(m_window->hasPlan());
    m_window->navigator()->model()->setMovable(change);
}

void EditActions::showTreeMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu;
    for (Action a : {Action::AddArea,
                     Action::AddProgramme,
                     Action::AddSubProgramme,
                     Action::AddMilestone,
                     Action::AddIndicator}) {
        menu.addAction(action(a));
    }
    menu.addSeparator();
    for (Action a : {Action::Rename, Action::Delete, Action::MoveUp, Action::MoveDown})
        menu.addAction(action(a));
    menu.addSeparator();
    menu.addAction(action(Action::GoTo));
    menu.exec(m_window->navigator()->treeView()->viewport()->mapToGlobal(pos));
}

bool EditActions::confirm(const QString &question, const QString &details)
{
    if (m_confirm)
        return m_confirm(question, details);
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, m_window);
    box.setInformativeText(details);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

// --- Adding and editing -------------------------------------------------------------------

Id EditActions::addArea(Id parentAreaId)
{
    if (!canChange())
        return 0;
    const Area *parent = m_window->plan().area(parentAreaId);
    Area area;
    area.parentId = parent ? parent->id : 0;
    area.level = !parent                              ? AreaLevel::System
                 : parent->level == AreaLevel::System ? AreaLevel::Place
                                                      : AreaLevel::Locality;
    const QString title = parent ? tr("Add %1 to '%2'").arg(Enums::label(area.level), parent->name)
                                 : tr("Add %1").arg(Enums::label(area.level));
    const Id id = runAdd<Area>(m_window,
                               new AreaForm(ItemForm::CommitMode::Whole),
                               area,
                               title,
                               &Commands::addArea,
                               &PlanSnapshot::areas);
    if (id)
        m_window->navigator()->select(TreeKind::Area, id);
    return id;
}

Id EditActions::addProgramme(Id areaId, Id parentProgrammeId)
{
    const PlanSnapshot &plan = m_window->plan();
    const Programme *parent = plan.programme(parentProgrammeId);
    const Area *area = plan.area(parent ? parent->areaId : areaId);
    if (!canChange() || !area)
        return 0;
    Programme programme;
    programme.areaId = area->id;
    programme.parentId = parent ? parent->id : 0;
    const QString title = parent ? tr("Add Sub-programme to '%1'").arg(parent->name)
                                 : tr("Add Programme to '%1'").arg(area->name);
    const Id id = runAdd<Programme>(m_window,
                                    new ProgrammeForm(ItemForm::CommitMode::Whole),
                                    programme,
                                    title,
                                    &Commands::addProgramme,
                                    &PlanSnapshot::programmes);
    if (id)
        m_window->navigator()->select(TreeKind::Programme, id);
    return id;
}

Id EditActions::addMilestone(Id areaId, Id programmeId)
{
    if (!canChange())
        return 0;
    const Id id = addToProgramme<MilestoneForm>(m_window,
                                                areaId,
                                                programmeId,
                                                tr("Add Milestone"),
                                                &Commands::addMilestone,
                                                &PlanSnapshot::milestones);
    if (id)
        showItem(ListKind::Milestone, id);
    return id;
}

Id EditActions::addIndicator(Id areaId, Id programmeId)
{
    if (!canChange())
        return 0;
    const Id id = addToProgramme<IndicatorForm>(m_window,
                                                areaId,
                                                programmeId,
                                                tr("Add Indicator"),
                                                &Commands::addIndicator,
                                                &PlanSnapshot::indicators);
    if (id)
        showItem(ListKind::Indicator, id);
    return id;
}

bool EditActions::editMilestone(Id milestoneId)
{
    return canChange()
           && editInDialog<MilestoneForm>(m_window,
                                          milestoneId,
                                          &PlanSnapshot::milestones,
                                          tr("Edit Milestone '%1'"),
                                          &Commands::editMilestone);
}

bool EditActions::editIndicator(Id indicatorId)
{
    return canChange()
           && editInDialog<IndicatorForm>(m_window,
                                          indicatorId,
                                          &PlanSnapshot::indicators,
                                          tr("Edit Indicator '%1'"),
                                          &Commands::editIndicator);
}

void EditActions::addAreaHere()
{
    addArea(context().first);
}

void EditActions::addProgrammeHere()
{
    addProgramme(context().first, 0);
}

void EditActions::addSubProgrammeHere()
{
    if (const Id programmeId = context().second)
        addProgramme(0, programmeId);
}

void EditActions::addMilestoneHere()
{
    const auto [areaId, programmeId] = context();
    addMilestone(areaId, programmeId);
}

void EditActions::addIndicatorHere()
{
    const auto [areaId, programmeId] = context();
    addIndicator(areaId, programmeId);
}

void EditActions::renameCurrent()
{
    if (!canChange() || !current())
        return;
    if (ItemForm *form = m_window->details()->currentForm())
        form->focusField(QStringLiteral("name"));
}

// --- Deleting -----------------------------------------------------------------------------

bool EditActions::deleteArea(Id areaId)
{
    const PlanSnapshot &plan = m_window->plan();
    return canChange()
           && confirmAndDelete(m_window,
                               plan.area(areaId),
                               Confirmation::Area,
                               DeleteScope::ofArea(plan, areaId),
                               &Commands::deleteArea,
                               std::bind_front(&EditActions::confirm, this));
}

bool EditActions::deleteProgramme(Id programmeId)
{
    const PlanSnapshot &plan = m_window->plan();
    return canChange()
           && confirmAndDelete(m_window,
                               plan.programme(programmeId),
                               Confirmation::Programme,
                               DeleteScope::ofProgramme(plan, programmeId),
                               &Commands::deleteProgramme,
                               std::bind_front(&EditActions::confirm, this));
}

bool EditActions::deleteMilestone(Id milestoneId)
{
    return canChange()
           && confirmAndDelete(m_window,
                               findIn(m_window->plan().milestones, milestoneId),
                               Confirmation::Milestone,
                               {},
                               &Commands::deleteMilestone,
                               std::bind_front(&EditActions::confirm, this));
}

bool EditActions::deleteIndicator(Id indicatorId)
{
    const PlanSnapshot &plan = m_window->plan();
    return canChange()
           && confirmAndDelete(m_window,
                               findIn(plan.indicators, indicatorId),
                               Confirmation::Indicator,
                               DeleteScope::ofIndicator(plan, indicatorId),
                               &Commands::deleteIndicator,
                               std::bind_front(&EditActions::confirm, this));
}

void EditActions::deleteCurrent()
{
    const auto item = current();
    if (!item)
        return;
    if (item->first == TreeKind::Area)
        deleteArea(item->second);
    else
        deleteProgramme(item->second);
}

// --- Moving -------------------------------------------------------------------------------

bool EditActions::moveArea(Id areaId, Id parentAreaId, int position)
{
    const Area *a = m_window->plan().area(areaId);
    if (!canChange() || !a)
        return false;
    const Area area = *a;
    if (!m_window->push(Commands::moveArea(area, parentAreaId, position)))
        return false;
    m_window->navigator()->select(TreeKind::Area, areaId);
    return true;
}

bool EditActions::moveProgramme(Id programmeId, Id areaId, Id parentProgrammeId, int position)
{
    const Programme *p = m_window->plan().programme(programmeId);
    if (!canChange() || !p)
        return false;
    const Programme programme = *p;
    if (!m_window->push(Commands::moveProgramme(programme, areaId, parentProgrammeId, position)))
        return false;
    m_window->navigator()->select(TreeKind::Programme, programmeId);
    return true;
}

void EditActions::onMoveRequested(const PlanTreeModel::Move &move)
{
    if (move.kind == TreeKind::Area)
        moveArea(move.id, move.parentId, move.position);
    else
        moveProgramme(move.id, move.areaId, move.parentId, move.position);
}

bool EditActions::moveCurrent(int step)
{
    const auto item = current();
    if (!item)
        return false;
    const PlanSnapshot &plan = m_window->plan();
    const QList<Id> siblings = siblingsOf(plan, item->first, item->second);
    const int position = int(siblings.indexOf(item->second)) + step;
    if (position < 0 || position >= siblings.size())
        return false;
    if (item->first == TreeKind::Area)
        return moveArea(item->second, plan.area(item->second)->parentId, position);
    const Programme *p = plan.programme(item->second);
    return moveProgramme(p->id, p->areaId, p->parentId, position);
}

// --- Finding ------------------------------------------------------------------------------

void EditActions::goTo()
{
    if (!m_window->hasPlan())
        return;
    GoToDialog dialog(m_window->plan(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto item = dialog.chosen())
        showItem(item->first, item->second);
}

bool EditActions::showItem(ListKind kind, Id id)
{
    const PlanSnapshot &plan = m_window->plan();
    PlanNavigator *navigator = m_window->navigator();
    DetailsPane *details = m_window->details();
    switch (kind) {
    case ListKind::Area:
        return navigator->select(TreeKind::Area, id);
    case ListKind::Programme:
        return navigator->select(TreeKind::Programme, id);
    case ListKind::Milestone: {
        const Milestone *m = findIn(plan.milestones, id);
        if (!m || !navigator->select(TreeKind::Programme, m->programmeId))
            return false;
        details->showMilestonesTab();
        details->milestoneTable()->setFocus(Qt::OtherFocusReason);
        return details->selectMilestone(id);
    }
    case ListKind::Indicator: {
        const Indicator *i = findIn(plan.indicators, id);
        if (!i || !navigator->select(TreeKind::Programme, i->programmeId))
            return false;
        details->showIndicatorsTab();
        details->indicatorTable()->setFocus(Qt::OtherFocusReason);
        return details->selectIndicator(id);
    }
    }
    return false;
}

// --- Views that list milestones and indicators --------------------------------------------

void EditActions::attachMilestoneView(QAbstractItemView *view, int idRole, ItemViewKeys::Keys keys)
{
    new ItemViewKeys(
        view,
        idRole,
        keys,
        [this](Id id) { editMilestone(id); },
        [this] { addMilestoneHere(); },
        [this](Id id) { deleteMilestone(id); });
}

void EditActions::attachIndicatorView(QAbstractItemView *view, int idRole)
{
    // Enter is left to the table: it shows the indicator's chart.
    new ItemViewKeys(
        view,
        idRole,
        ItemViewKeys::Insert | ItemViewKeys::Delete | ItemViewKeys::F2 | ItemViewKeys::DoubleClick,
        [this](Id id) { editIndicator(id); },
        [this] { addIndicatorHere(); },
        [this](Id id) { deleteIndicator(id); });
}

} // namespace Jfp
