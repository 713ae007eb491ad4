// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "models/planitemlistmodel.h"
#include "models/plantreemodel.h"
#include "views/itemviewkeys.h"

#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;

namespace Jfp {

class MainWindow;

/**
 * Adding, editing, moving and deleting plan items, and "Go to": the Edit menu's actions, the
 * plan tree's context menu, keys and drag and drop, and dialogs for milestones and indicators.
 * Every change is an undoable command pushed through MainWindow::push.
 *
 * Views that list milestones or indicators call the public slots, or attach themselves
 * (attachMilestoneView / attachIndicatorView) to get the keys: Enter, F2 or a double click
 * edits, Insert adds, Delete deletes (after a confirmation that says what goes with it).
 */
class EditActions : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        AddArea,
        AddProgramme,
        AddSubProgramme,
        AddMilestone,
        AddIndicator,
        Rename,
        Delete,
        MoveUp,
        MoveDown,
        GoTo,
    };

    explicit EditActions(MainWindow *window);

    /** Adds the actions to the Edit menu, and the plan tree's context menu and keys. */
    void populate(QMenu *edit);
    QAction *action(Action which) const { return m_actions.value(int(which)); }
    /** Enables the actions for the item selected in the tree, and a plan that can change. */
    void updateActions();

    /**
     * `idRole` gives each row's milestone id; `keys` are the keys the view leaves to
     * EditActions (Enter, F2, double click: edit; Insert: add; Delete: delete).
     */
    void attachMilestoneView(QAbstractItemView *view,
                             int idRole,
                             ItemViewKeys::Keys keys = ItemViewKeys::Keys(0x1f));
    /** The same for indicators, except Enter (left to the view: it shows the chart). */
    void attachIndicatorView(QAbstractItemView *view, int idRole);

    /**
     * Asks before a delete; true to go ahead. By default a message box saying what goes with
     * the item; tests may answer that box, or replace it.
     */
    using Confirm = std::function<bool(const QString &question, const QString &details)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    /** The add dialogs; each returns the new item's id, or 0 when nothing was added. */
    Id addArea(Id parentAreaId);
    Id addProgramme(Id areaId, Id parentProgrammeId);
    /** Adds to `programmeId`, or (0) to a programme the user chooses within `areaId`. */
    Id addMilestone(Id areaId, Id programmeId);
    Id addIndicator(Id areaId, Id programmeId);
    /** The edit dialogs; true when the item was changed. */
    bool editMilestone(Id milestoneId);
    bool editIndicator(Id indicatorId);
    /** Deletes after confirming; true when deleted. */
    bool deleteArea(Id areaId);
    bool deleteProgramme(Id programmeId);
    bool deleteMilestone(Id milestoneId);
    bool deleteIndicator(Id indicatorId);
    /** Moves; `position` among the new siblings, -1 = last. True when moved. */
    bool moveArea(Id areaId, Id parentAreaId, int position);
    bool moveProgramme(Id programmeId, Id areaId, Id parentProgrammeId, int position);

    /** The same, for what is selected in the tree (and what the details pane shows). */
    void addAreaHere();
    void addProgrammeHere();
    void addSubProgrammeHere();
    void addMilestoneHere();
    void addIndicatorHere();
    void renameCurrent();
    void deleteCurrent();
    bool moveCurrent(int step);

    /** Opens "Go to"; shows the chosen item. */
    void goTo();
    /** Selects the item in the tree; a milestone or indicator also in its table. */
    bool showItem(PlanItemListModel::ItemKind kind, Id id);

private:
    std::optional<std::pair<PlanTreeModel::ItemKind, Id>> current() const;
    /** The area and programme the selection stands for (programme 0 for an area). */
    std::pair<Id, Id> context() const;
    bool canChange() const;
    bool confirm(const QString &question, const QString &details);
    void onMoveRequested(const PlanTreeModel::Move &move);
    void showTreeMenu(const QPoint &pos);

    MainWindow *m_window;
    QList<QAction *> m_actions; // by Action
    Confirm m_confirm;
};

} // namespace Jfp
