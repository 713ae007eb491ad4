// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "undo/commandsink.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;
class QFormLayout;

namespace Jfp {

class AreaForm;
class ChartPanel;
class ProgressPanel;
class TrajectoryEditor;
class ItemForm;
class ProgrammeForm;
class IndicatorsView;
class MilestonesView;

/**
 * What the user selected in the plan tree: its fields, then its milestones and indicators
 * (with baseline, target and latest value) including those of the items beneath it.
 *
 * An area's or programme's own fields are an editable form (AreaForm, ProgrammeForm): a
 * changed field is stored as one undoable command when it loses focus or on Enter, and Esc
 * puts the stored value back (see ItemForm). What is not edited here (level, where it sits,
 * other codes, GP practices, themes) is listed beneath the form.
 */
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showArea(const PlanSnapshot &plan, Id areaId);
    void showProgramme(const PlanSnapshot &plan, Id programmeId);
    void showNothing();
    /** Where the pane's editors send their changes (the main window's undo stack). */
    void setCommandSink(CommandSink sink);
    /** A read-only plan: the form's fields cannot be changed. */
    void setReadOnly(bool readOnly);
    /** The form of the area or programme shown, or nullptr. */
    ItemForm *currentForm() const;
    AreaForm *areaForm() const { return m_areaForm; }
    ProgrammeForm *programmeForm() const { return m_programmeForm; }

    /** The milestones table of the Milestones tab (View > Go to Milestones). */
    QTableView *milestoneTable() const;
    MilestonesView *milestonesView() const { return m_milestonesView; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    /** Selects an indicator in the table and shows its chart; false if it is not listed. */
    bool selectIndicator(Id indicatorId);
    Id currentIndicatorId() const;
    void showChartTab();
    /** The Trajectory tab: the selected indicator's planned and actual values, to edit. */
    TrajectoryEditor *trajectoryEditor() const { return m_trajectoryEditor; }
    void showTrajectoryTab();
    /** The Progress tab, shown while a programme is: its quarterly progress updates. */
    ProgressPanel *progressPanel() const { return m_progressPanel; }
    void showProgressTab();
    bool isProgressTabShown() const;
    QTableView *indicatorTable() const { return m_indicatorTable; }
    IndicatorsView *indicatorsView() const { return m_indicatorsView; }
    /** Selects a milestone in its table and timeline; false if it is not listed. */
    bool selectMilestone(Id milestoneId);
    Id currentMilestoneId() const;
    void showIndicatorsTab();
    void showMilestonesTab();
    QString title() const;

private:
    void resetFields(const QString &title, const QString &subtitle);
    void addField(const QString &label, const QString &value);
    void updateTabTitles();
    void showCurrentChart();

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_fieldsWidget;
    AreaForm *m_areaForm;
    ProgrammeForm *m_programmeForm;
    QWidget *m_infoWidget = nullptr;
    QFormLayout *m_form = nullptr;
    QScrollArea *m_scroll;
    QTabWidget *m_tabs;
    QTableView *m_indicatorTable;
    ChartPanel *m_chartPanel;
    MilestonesView *m_milestonesView;
    TrajectoryEditor *m_trajectoryEditor;
    ProgressPanel *m_progressPanel;
    const PlanSnapshot *m_plan = nullptr;
    IndicatorsView *m_indicatorsView;
    CommandSink m_sink;
};

} // namespace Jfp
