// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonesview.h"
#include "sortcontrols.h"
#include "tablesetup.h"

#include "charts/milestoneglyphs.h"
#include "commands/commands.h"
#include "delegates/milestonedelegate.h"
#include "domain/period.h"
#include "milestonelegend.h"
#include "milestonetimeline.h"
#include "models/milestonefilterproxymodel.h"
#include "models/milestonetablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Jfp {

namespace {

using Model = MilestoneTableModel;

QIcon statusIcon(MilestoneStatus status)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    MilestoneGlyphs::paintStatus(painter, QRectF(1, 1, 14, 14), status);
    return QIcon(pixmap);
}

// The table's columns as shown: what matters most first (status and when it is due).
QList<int> columnOrder()
{
    return {Model::TitleColumn,
            Model::StatusColumn,
            Model::DueColumn,
            Model::ForecastDateColumn,
            Model::BaselineDateColumn,
            Model::CompletionDateColumn,
            Model::OwnerColumn,
            Model::ProgrammeColumn};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MilestonesView::MilestonesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MilestoneTableModel(this))
    , m_proxy(new MilestoneFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Milestones"));
    m_table->setAccessibleDescription(
        tr("Enter edits the milestone, Insert adds one, Delete deletes it. Click a column "
           "heading to sort."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    addRowCopy(m_table); // Ctrl+C copies the milestone's row
    sizeColumnsByFirstRows(m_table);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(Model::StatusColumn,
                                      new MilestoneDelegate(MilestoneDelegate::Kind::Status, this));
    m_table->setItemDelegateForColumn(Model::DueColumn,
                                      new MilestoneDelegate(MilestoneDelegate::Kind::Due, this));
    m_table->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> order = columnOrder();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);

    QWidget *filterBar = createFilterBar();
    QWidget *timelinePanel = createTimelinePanel();
    m_timeline->setModel(m_proxy, m_table->selectionModel());
    m_timeline->installEventFilter(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("milestonesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(timelinePanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({200, 400}); // the timeline gets two thirds
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(filterBar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_text, m_table);
    setTabOrder(m_table, m_timeline);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(Model::MilestoneIdRole).toLongLong());
    });
    connect(m_timeline, &MilestoneTimeline::activated, this, &MilestonesView::editRequested);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_table->scrollTo(current);
            });
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            &MilestonesView::syncSortControls);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MilestonesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MilestonesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MilestonesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MilestonesView::updateCount);
    refillOwners();
    updateCount();
}

MilestonesView::~MilestonesView() = default;

QWidget *MilestonesView::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Show milestones with status"));
    m_status->addItem(tr("All statuses"));
    for (const QString &key : Enums::allKeys<MilestoneStatus>()) {
        const auto status = *Enums::fromKey<MilestoneStatus>(key);
        m_status->addItem(statusIcon(status), Enums::label(status), int(status));
    }
    m_owner = new QComboBox(bar);
    m_owner->setAccessibleName(tr("Show milestones of owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(14);
    m_overdue = new QCheckBox(tr("Overdue on&ly"), bar);
    m_overdue->setAccessibleName(tr("Show only overdue milestones"));
    m_text = new QLineEdit(bar);
    m_text->setPlaceholderText(tr("Words in any column"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter milestones by words"));
    m_text->setMinimumWidth(120);
    m_sortColumn = new QComboBox(bar);
    m_sortColumn->setAccessibleName(tr("Sort milestones by"));
    SortControls::populate(m_sortColumn, m_table, columnOrder());
    m_sortDescending = new QToolButton(bar);
    m_sortDescending->setCheckable(true);
    m_sortDescending->setFocusPolicy(Qt::StrongFocus);
    m_sortDescending->setText(tr("Ascending"));
    m_sortDescending->setAccessibleName(tr("Sort descending"));
    m_sortDescending->setToolTip(tr("Reverse the order"));
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Milestones shown"));

    // Two rows, so the pane stays narrow enough for a 1280-pixel screen with the tree beside it.
    // Mnemonics use letters the menus and the area and programme forms above do not (W, L, K,
    // B); Status has none free and is the first stop after the tabs.
    auto *choices = new QHBoxLayout;
    choices->addWidget(buddyLabel(tr("Status:"), m_status, bar));
    choices->addWidget(m_status);
    choices->addWidget(buddyLabel(tr("O&wner:"), m_owner, bar));
    choices->addWidget(m_owner, 1);
    choices->addWidget(m_overdue);
    choices->addStretch();
    choices->addWidget(m_count);
    auto *words = new QHBoxLayout;
    words->addWidget(buddyLabel(tr("&Keywords:"), m_text, bar));
    words->addWidget(m_text, 1);
    words->addWidget(buddyLabel(tr("Sort &by:"), m_sortColumn, bar));
    words->addWidget(m_sortColumn);
    words->addWidget(m_sortDescending);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addLayout(words);

    connect(m_status, &QComboBox::currentIndexChanged, this, &MilestonesView::applyFilters);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &MilestonesView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &MilestonesView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &MilestonesView::applyFilters);
    connect(m_sortColumn, &QComboBox::currentIndexChanged, this, &MilestonesView::sortFromControls);
    connect(m_sortDescending, &QToolButton::toggled, this, &MilestonesView::sortFromControls);
    return bar;
}

QWidget *MilestonesView::createTimelinePanel()
{
    auto *panel = new QWidget(this);
    m_timeline = new MilestoneTimeline;
    m_scroll = new QScrollArea(panel);
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAccessibleName(tr("Milestone timeline"));
    m_scroll->setFocusPolicy(Qt::NoFocus); // the timeline itself takes the focus
    m_scroll->viewport()->installEventFilter(this);
    // The axis and titles stay in view while scrolling: repaint them where they now are.
    for (QScrollBar *bar : {m_scroll->horizontalScrollBar(), m_scroll->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, m_timeline, qOverload<>(&QWidget::update));
    connect(m_timeline, &MilestoneTimeline::scrollRequested, this, [this](int dx, int dy) {
        QScrollBar *h = m_scroll->horizontalScrollBar();
        QScrollBar *v = m_scroll->verticalScrollBar();
        h->setValue(h->value() + dx);
        v->setValue(v->value() + dy);
    });

    const auto toolButton = [panel](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QToolButton(panel);
        button->setText(text);
        button->setAccessibleName(name);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    QToolButton *zoomOut = toolButton(tr("−"), tr("Zoom out"), tr("Zoom out (Ctrl+Minus)"));
    QToolButton *zoomIn = toolButton(tr("+"), tr("Zoom in"), tr("Zoom in (Ctrl+Plus)"));
    QToolButton *fit = toolButton(
        tr("Fit"), tr("Fit the timeline to the width"), tr("Show the whole timeline (Ctrl+0)"));
    connect(zoomOut, &QToolButton::clicked, m_timeline, &MilestoneTimeline::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_timeline, &MilestoneTimeline::zoomIn);
    connect(fit, &QToolButton::clicked, m_timeline, &MilestoneTimeline::zoomToFit);
    // How to move a forecast date: in the status bar on hover, and for screen readers.
    const QString hint = tr("Drag a forecast date, or select a milestone and press "
                            "Shift+Left/Right (a day) or Ctrl+Shift+Left/Right (a month).");
    m_timeline->setStatusTip(hint);
    m_scroll->setAccessibleDescription(hint);
    auto *showTable = toolButton(
        tr("Table"), tr("Show the table"), tr("Show or hide the table above the timeline"));
    showTable->setCheckable(true);
    showTable->setChecked(true);
    connect(
        showTable, &QToolButton::toggled, this, [this](bool shown) { m_table->setVisible(shown); });

    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Why the forecast date was not moved"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #FDECEA; border-left: 4px solid #DA291C; padding: 4px; }"));
    m_message->hide();

    m_legend = new MilestoneLegend(panel);
    m_timeline->setForecastCheck(
        [this](Id id, const QDate &date) { return checkForecast(id, date); });
    connect(
        m_timeline, &MilestoneTimeline::forecastDateChosen, this, &MilestonesView::changeForecast);
    connect(m_timeline, &MilestoneTimeline::refused, this, &MilestonesView::showMessage);

    // One row for the zoom, the table switch and the legend, to leave the rows the room.
    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Timeline"), panel));
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addWidget(showTable);
    tools->addSpacing(8);
    tools->addWidget(m_legend, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    return panel;
}

bool MilestonesView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_timeline->setViewportWidth(m_scroll->viewport()->width());
    if ((watched == m_table || watched == m_timeline) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Insert) {
                Q_EMIT addRequested();
                return true;
            }
            if (key->key() == Qt::Key_Delete && currentMilestoneId() != 0) {
                Q_EMIT deleteRequested(currentMilestoneId());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MilestonesView::showArea(const PlanSnapshot &plan, Id areaId)
{
    populate(plan, true, areaId);
}

void MilestonesView::showProgramme(const PlanSnapshot &plan, Id programmeId)
{
    populate(plan, false, programmeId);
}

void MilestonesView::populate(const PlanSnapshot &plan, bool isArea, Id id)
{
    // Showing the same item again (the plan was re-read after a change) keeps the user's place.
    const bool same = m_shown == std::pair(isArea, id);
    const Id current = same ? currentMilestoneId() : 0;
    const QList<int> scrolls = {m_table->verticalScrollBar()->value(),
                                m_scroll->horizontalScrollBar()->value(),
                                m_scroll->verticalScrollBar()->value()};
    m_shown = {isArea, id};
    m_plan = &plan;
    if (!same)
        showMessage({});
    if (isArea)
        m_model->showArea(&plan, id);
    else
        m_model->showProgramme(&plan, id);
    const Period start = Period::parse(plan.info.horizonStart);
    const Period end = Period::parse(plan.info.horizonEnd);
    m_timeline->setHorizon(start.start(), end.end());
    refillOwners();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < Model::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    if (current != 0 && selectMilestone(current)) {
        m_table->verticalScrollBar()->setValue(scrolls.at(0));
        m_scroll->horizontalScrollBar()->setValue(scrolls.at(1));
        m_scroll->verticalScrollBar()->setValue(scrolls.at(2));
    } else if (!same) {
        m_table->scrollToTop();
        m_scroll->verticalScrollBar()->setValue(0);
    }
    updateCount();
}

void MilestonesView::clear()
{
    m_plan = nullptr;
    m_shown = {true, -1};
    m_model->clear();
    refillOwners();
    showMessage({});
}

void MilestonesView::setReadOnly(bool readOnly)
{
    m_timeline->setReadOnly(readOnly);
}

void MilestonesView::setToday(const QDate &today)
{
    m_model->setToday(today);
    m_timeline->setToday(today);
}

int MilestonesView::milestoneCount() const
{
    return m_model->rowCount();
}

Id MilestonesView::currentMilestoneId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Model::MilestoneIdRole).toLongLong() : 0;
}

bool MilestonesView::selectMilestone(Id milestoneId)
{
    const int row = m_proxy->rowOf(milestoneId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString MilestonesView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MilestonesView::refillOwners()
{
    const QVariant chosen = m_owner->currentData();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    for (const QString &owner : m_proxy->owners())
        m_owner->addItem(owner, owner);
    if (m_proxy->hasRowsWithoutOwner())
        m_owner->addItem(tr("No owner given"), QStringLiteral(""));
    const int index = chosen.isValid() ? m_owner->findData(chosen) : 0;
    m_owner->setCurrentIndex(std::max(0, index));
    applyFilters();
}

void MilestonesView::applyFilters()
{
    const QVariant status = m_status->currentData();
    m_proxy->setStatusFilter(status.isValid() ? std::optional(MilestoneStatus(status.toInt()))
                                              : std::nullopt);
    const QVariant owner = m_owner->currentData();
    m_proxy->setOwnerFilter(owner.isValid() ? std::optional(owner.toString()) : std::nullopt);
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    m_proxy->setTextFilter(m_text->text());
    updateCount();
}

void MilestonesView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n milestone(s)", "", all)
                                  : tr("%1 of %n shown", "", all).arg(shown));
}

void MilestonesView::syncSortControls()
{
    SortControls::sync(m_table, m_sortColumn, m_sortDescending);
}

void MilestonesView::sortFromControls()
{
    SortControls::apply(m_table, m_sortColumn, m_sortDescending);
}

const Milestone *MilestonesView::findMilestone(Id id) const
{
    if (!m_plan)
        return nullptr;
    for (const Milestone &m : m_plan->milestones) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString MilestonesView::checkForecast(Id id, const QDate &date) const
{
    const Milestone *before = findMilestone(id);
    if (!before)
        return tr("The milestone is no longer in the plan.");
    Milestone after = *before;
    after.forecastDate = date;
    const Validation::Messages messages = Validation::milestone(after, *m_plan, before);
    const QString forecast = Validation::messageFor(messages, QStringLiteral("forecastDate"));
    return forecast.isEmpty() ? Validation::summary(messages) : forecast;
}

void MilestonesView::changeForecast(Id id, const QDate &date)
{
    const QString problem = checkForecast(id, date);
    if (!problem.isEmpty()) {
        showMessage(tr("The forecast date was not moved. %1").arg(problem));
        return;
    }
    // Copies: storing the change re-reads the plan, which replaces *m_plan.
    const Milestone before = *findMilestone(id);
    Milestone after = before;
    after.forecastDate = date;
    showMessage({});
    if (m_sink)
        m_sink(Commands::editMilestone(before, after));
}

void MilestonesView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace Jfp
