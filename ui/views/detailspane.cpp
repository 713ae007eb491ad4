// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "detailspane.h"

#include "charts/chartpanel.h"
#include "domain/valueformat.h"
#include "editors/areaform.h"
#include "editors/programmeform.h"
#include "indicatorsview.h"
#include "milestonesview.h"
#include "models/indicatortablemodel.h"
#include "models/progressupdatetablemodel.h"
#include "views/progresspanel.h"
#include "views/tablesetup.h"
#include "views/trajectoryeditor.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Jfp {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_fieldsWidget(new QWidget)
    , m_areaForm(new AreaForm(ItemForm::CommitMode::PerField, m_fieldsWidget))
    , m_programmeForm(new ProgrammeForm(ItemForm::CommitMode::PerField, m_fieldsWidget))
    , m_scroll(new QScrollArea(this))
    , m_tabs(new QTabWidget(this))
    , m_chartPanel(new ChartPanel(this))
    , m_milestonesView(new MilestonesView(this))
    , m_trajectoryEditor(new TrajectoryEditor(this))
    , m_progressPanel(new ProgressPanel(this))
    , m_indicatorsView(new IndicatorsView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Selected item"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setAccessibleName(tr("Kind and codes of the selected item"));

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Details"));
    m_areaForm->setAccessibleName(tr("Area's fields"));
    m_programmeForm->setAccessibleName(tr("Programme's fields"));
    auto *fieldsLayout = new QVBoxLayout(m_fieldsWidget);
    fieldsLayout->addWidget(m_areaForm);
    fieldsLayout->addWidget(m_programmeForm);
    fieldsLayout->addStretch(1); // the facts beneath the form go before this
    m_scroll->setWidget(m_fieldsWidget);

    m_indicatorTable = m_indicatorsView->table();
    m_tabs->addTab(m_indicatorsView, tr("Indicators"));
    m_tabs->addTab(m_chartPanel, tr("Chart"));
    m_tabs->addTab(m_trajectoryEditor, tr("Trajectory"));
    m_tabs->addTab(m_milestonesView, tr("Milestones"));
    m_tabs->addTab(m_progressPanel, tr("Progress")); // shown for programmes
    connect(m_indicatorsView, &IndicatorsView::currentIndicatorChanged, this, [this] {
        showCurrentChart();
    });
    // Enter or a double click on an indicator opens its chart.
    connect(
        m_indicatorsView, &IndicatorsView::indicatorActivated, this, [this] { showChartTab(); });
    m_tabs->setAccessibleName(tr("Indicators and milestones"));
    // A click on a tab moves the keys there too (a tab bar takes no focus from a click), so
    // Insert, Delete and Ctrl+C act on what is shown, not on the tree left behind.
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        QWidget *target = page;
        if (page == m_progressPanel)
            target = m_progressPanel->table();
        else if (page == m_milestonesView)
            target = m_milestonesView->table();
        else if (page == m_trajectoryEditor)
            target = m_trajectoryEditor->table();
        else if (page == m_indicatorsView)
            target = m_indicatorTable;
        QTimer::singleShot(0, page, [page, target] {
            // An empty list is hidden: then the first control of the page that takes a click.
            QWidget *focus = target;
            for (QWidget *w = page;
                 !focus->isVisible() || !(focus->focusPolicy() & Qt::ClickFocus);) {
                w = w->nextInFocusChain();
                if (w == page)
                    return;
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled())
                    focus = w;
            }
            focus->setFocus(Qt::MouseFocusReason);
        });
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_subtitle);
    topLayout->addWidget(m_scroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    showNothing();
}

QTableView *DetailsPane::milestoneTable() const
{
    return m_milestonesView->table();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

void DetailsPane::setCommandSink(CommandSink sink)
{
    m_sink = sink;
    m_areaForm->setCommandSink(sink);
    m_programmeForm->setCommandSink(sink);
    m_milestonesView->setCommandSink(sink);
    m_trajectoryEditor->setCommandSink(sink);
    m_progressPanel->setCommandSink(sink);
}

void DetailsPane::setReadOnly(bool readOnly)
{
    m_areaForm->setReadOnly(readOnly);
    m_programmeForm->setReadOnly(readOnly);
    m_milestonesView->setReadOnly(readOnly);
    m_trajectoryEditor->setReadOnly(readOnly);
    m_progressPanel->setReadOnly(readOnly);
}

ItemForm *DetailsPane::currentForm() const
{
    if (!m_areaForm->isHidden())
        return m_areaForm;
    if (!m_programmeForm->isHidden())
        return m_programmeForm;
    return nullptr;
}

void DetailsPane::resetFields(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    // The forms stay (keeping focus and what the user is typing); the facts beneath them are
    // made again.
    delete m_infoWidget;
    m_infoWidget = new QWidget(m_fieldsWidget);
    m_form = new QFormLayout(m_infoWidget);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    static_cast<QVBoxLayout *>(m_fieldsWidget->layout())->insertWidget(2, m_infoWidget);
}

void DetailsPane::addField(const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(m_infoWidget);
    if (value.isEmpty()) {
        // Missing is said in words, and styled as secondary, not only greyed.
        valueLabel->setText(
            QStringLiteral("<i>%1</i>").arg(ValueFormat::missing().toHtmlEscaped()));
    } else {
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setText(value);
    }
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setAccessibleName(label);
    valueLabel->setFocusPolicy(Qt::NoFocus);
    auto *name = new QLabel(label + QLatin1Char(':'), m_infoWidget);
    name->setBuddy(valueLabel);
    m_form->addRow(name, valueLabel);
}

Id DetailsPane::currentIndicatorId() const
{
    return m_indicatorsView->currentIndicatorId();
}

bool DetailsPane::selectIndicator(Id indicatorId)
{
    if (!m_indicatorsView->selectIndicator(indicatorId))
        return false;
    showCurrentChart();
    return true;
}

Id DetailsPane::currentMilestoneId() const
{
    return m_milestonesView->currentMilestoneId();
}

bool DetailsPane::selectMilestone(Id milestoneId)
{
    return m_milestonesView->selectMilestone(milestoneId);
}

void DetailsPane::showIndicatorsTab()
{
    m_tabs->setCurrentWidget(m_indicatorsView);
}

void DetailsPane::showMilestonesTab()
{
    m_tabs->setCurrentWidget(m_milestonesView);
}

void DetailsPane::showChartTab()
{
    m_tabs->setCurrentWidget(m_chartPanel);
}

void DetailsPane::showProgressTab()
{
    m_tabs->setCurrentWidget(m_progressPanel);
}

bool DetailsPane::isProgressTabShown() const
{
    return m_tabs->isTabVisible(m_tabs->indexOf(m_progressPanel));
}

void DetailsPane::showTrajectoryTab()
{
    m_tabs->setCurrentWidget(m_trajectoryEditor);
}

void DetailsPane::showCurrentChart()
{
    const Id id = currentIndicatorId();
    if (id == 0 || !m_plan)
        m_chartPanel->clear();
    else
        m_chartPanel->showIndicator(m_plan, id);
    // The Trajectory tab follows the selected indicator too.
    m_trajectoryEditor->showIndicator(m_plan, id);
}

void DetailsPane::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Indicators (%1)").arg(m_indicatorsView->indicatorCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_milestonesView),
                       tr("Milestones (%1)").arg(m_milestonesView->milestoneCount()));
    const int progress = m_tabs->indexOf(m_progressPanel);
    m_tabs->setTabText(progress, tr("Progress (%1)").arg(m_progressPanel->model()->rowCount()));
    m_tabs->setTabVisible(progress, m_progressPanel->model()->programmeId() != 0);
    m_indicatorsView->ensureCurrent();
    showCurrentChart();
    m_indicatorsView->resizeColumns();
}

void DetailsPane::showNothing()
{
    m_areaForm->hide();
    m_programmeForm->hide();
    resetFields(tr("No plan open"),
                tr("Open a plan with File > Open, or create one with File > New."));
    m_plan = nullptr;
    m_indicatorsView->clear();
    m_milestonesView->clear();
    m_progressPanel->clear();
    updateTabTitles();
}

void DetailsPane::showArea(const PlanSnapshot &plan, Id areaId)
{
    const Area *area = plan.area(areaId);
    if (!area) {
        showNothing();
        return;
    }
    QStringList codes;
    if (!area->onsCode.isEmpty())
        codes << tr("ONS %1").arg(area->onsCode);
    if (!area->odsCode.isEmpty())
        codes << tr("ODS %1").arg(area->odsCode);
    resetFields(area->name,
                (QStringList{Enums::label(area->level)} + codes).join(QStringLiteral(" · ")));
    m_programmeForm->hide();
    m_areaForm->setItem(*area, plan);
    m_areaForm->show();
    const Area *parent = plan.area(area->parentId);
    addField(tr("Level"), Enums::label(area->level));
    if (parent)
        addField(tr("Part of"), parent->name);
    if (!area->extraCodes.isEmpty()) {
        QStringList lines;
        for (const AreaCode &c : area->extraCodes) {
            lines << (c.name.isEmpty() ? tr("%1: %2").arg(c.scheme, c.code)
                                       : tr("%1: %2 (%3)").arg(c.scheme, c.code, c.name));
        }
        addField(tr("Other codes"), lines.join(QLatin1Char('\n')));
    }
    if (!area->practices.isEmpty()) {
        QStringList lines;
        for (const GpPractice &p : area->practices)
            lines << (p.code.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.code));
        addField(tr("GP practices (%1)").arg(area->practices.size()),
                 lines.join(QLatin1Char('\n')));
    }
    m_plan = &plan;
    m_indicatorsView->showArea(&plan, areaId);
    m_milestonesView->showArea(plan, areaId);
    m_progressPanel->clear();
    updateTabTitles();
}

void DetailsPane::showProgramme(const PlanSnapshot &plan, Id programmeId)
{
    const Programme *programme = plan.programme(programmeId);
    if (!programme) {
        showNothing();
        return;
    }
    const Area *area = plan.area(programme->areaId);
    const Programme *parent = plan.programme(programme->parentId);
    const QString kind = parent ? tr("Sub-programme") : tr("Programme");
    resetFields(programme->name, area ? tr("%1 · %2").arg(kind, area->name) : kind);
    m_areaForm->hide();
    m_programmeForm->setItem(*programme, plan);
    m_programmeForm->show();
    addField(tr("Area"), area ? area->name : QString());
    if (parent)
        addField(tr("Part of"), parent->name);
    m_plan = &plan;
    m_indicatorsView->showProgramme(&plan, programmeId);
    m_milestonesView->showProgramme(plan, programmeId);
    m_progressPanel->showProgramme(&plan, programmeId);
    updateTabTitles();
}

} // namespace Jfp
