// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorsview.h"

#include "delegates/ragbadge.h"
#include "delegates/sparklinedelegate.h"
#include "delegates/spcicondelegate.h"
#include "models/indicatorfilterproxymodel.h"
#include "models/indicatortablemodel.h"
#include "sortcontrols.h"
#include "tablesetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Jfp {

namespace {

using Model = IndicatorTableModel;
using State = TrajectoryStatus::State;

// The columns as shown: the dashboard's reading first (how it stands and where it is going),
// then what the indicator is measured against, then where it sits in the plan.
QList<int> columnOrder()
{
    return {Model::NameColumn,
            Model::LatestColumn,
            Model::TrendColumn,
            Model::StatusColumn,
            Model::VariationColumn,
            Model::AssuranceColumn,
            Model::RagColumn,
            Model::BaselineColumn,
            Model::TargetColumn,
            Model::AreaColumn,
            Model::ProgrammeColumn,
            Model::UnitColumn,
            Model::PolarityColumn};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

IndicatorsView::IndicatorsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new IndicatorTableModel(this))
    , m_proxy(new IndicatorFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    setUpRowTable(m_table, tr("Indicators"));
    m_table->setAccessibleDescription(
        tr("Enter opens the indicator's chart. Click a column heading to sort."));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order
    m_table->setSortingEnabled(true);
    auto *icons = new SpcIconDelegate(Model::SpcIconRole, this);
    m_table->setItemDelegateForColumn(Model::VariationColumn, icons);
    m_table->setItemDelegateForColumn(Model::AssuranceColumn, icons);
    m_table->setItemDelegateForColumn(Model::TrendColumn,
                                      new SparklineDelegate(Model::SparklineRole, this));
    m_table->setItemDelegateForColumn(Model::RagColumn, new RagDelegate(Model::RagRole, this));
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> order = columnOrder();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_table, 1);
    setTabOrder(m_sortDescending, m_table);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_table->scrollTo(current);
                Q_EMIT currentIndicatorChanged(currentIndicatorId());
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT indicatorActivated(index.data(Model::IndicatorIdRole).toLongLong());
    });
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            &IndicatorsView::syncSortControls);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &IndicatorsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IndicatorsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IndicatorsView::updateCount);
    updateCount();
}

QWidget *IndicatorsView::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Show indicators with status against trajectory"));
    m_status->addItem(tr("All indicators"), -1);
    for (const State state : {State::OffTrack,
                              State::NotAssessed,
                              State::OnTrack,
                              State::NoTrajectory,
                              State::NoData}) {
        TrajectoryStatus status;
        status.state = state;
        status.label = [state] {
            switch (state) {
            case State::OffTrack:
                return tr("Only off track");
            case State::NotAssessed:
                return tr("Only not assessed");
            case State::OnTrack:
                return tr("Only on track");
            case State::NoTrajectory:
                return tr("Only without a trajectory");
            case State::NoData:
                break;
            }
            return tr("Only without values");
        }();
        m_status->addItem(IndicatorSummaries::statusText(status), int(state));
    }
    m_text = new QLineEdit(bar);
    m_text->setPlaceholderText(tr("Words in any column"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter indicators by words"));
    m_text->setMinimumWidth(120);
    m_sortColumn = new QComboBox(bar);
    m_sortColumn->setAccessibleName(tr("Sort indicators by"));
    SortControls::populate(m_sortColumn, m_table, columnOrder());
    m_sortDescending = new QToolButton(bar);
    m_sortDescending->setCheckable(true);
    m_sortDescending->setFocusPolicy(Qt::StrongFocus);
    m_sortDescending->setText(tr("Ascending"));
    m_sortDescending->setAccessibleName(tr("Sort descending"));
    m_sortDescending->setToolTip(tr("Reverse the order"));
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Indicators shown"));
    // Narrow enough for the window's smallest width; the lists open as wide as their words.
    for (QComboBox *combo : {m_status, m_sortColumn}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    // The same mnemonics as the Milestones tab's filters: only one of them is shown at a time.
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("Sho&w:"), m_status, bar));
    row->addWidget(m_status);
    row->addWidget(buddyLabel(tr("&Keywords:"), m_text, bar));
    row->addWidget(m_text, 1);
    row->addWidget(buddyLabel(tr("Sort &by:"), m_sortColumn, bar));
    row->addWidget(m_sortColumn);
    row->addWidget(m_sortDescending);
    row->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, &IndicatorsView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &IndicatorsView::applyFilters);
    connect(m_sortColumn, &QComboBox::currentIndexChanged, this, &IndicatorsView::sortFromControls);
    connect(m_sortDescending, &QToolButton::toggled, this, &IndicatorsView::sortFromControls);
    return bar;
}

void IndicatorsView::showArea(const PlanSnapshot *plan, Id areaId)
{
    m_model->showArea(plan, areaId);
}

void IndicatorsView::showProgramme(const PlanSnapshot *plan, Id programmeId)
{
    m_model->showProgramme(plan, programmeId);
}

void IndicatorsView::clear()
{
    m_model->clear();
}

int IndicatorsView::indicatorCount() const
{
    return m_model->rowCount();
}

Id IndicatorsView::currentIndicatorId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Model::IndicatorIdRole).toLongLong() : 0;
}

bool IndicatorsView::selectIndicator(Id indicatorId)
{
    int row = m_proxy->rowOf(indicatorId);
    if (row < 0) {
        // Hidden by a filter? Show everything rather than fail to go where the user asked.
        bool present = false;
        for (int r = 0; r < m_model->rowCount() && !present; ++r)
            present = m_model->index(r, 0).data(Model::IndicatorIdRole).toLongLong() == indicatorId;
        if (!present)
            return false;
        m_status->setCurrentIndex(0);
        m_text->clear();
        row = m_proxy->rowOf(indicatorId);
    }
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    return true;
}

void IndicatorsView::ensureCurrent()
{
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void IndicatorsView::resizeColumns()
{
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
}

void IndicatorsView::applyFilters()
{
    const int state = m_status->currentData().toInt();
    m_proxy->setStatusFilter(state < 0 ? std::nullopt : std::optional(State(state)));
    m_proxy->setTextFilter(m_text->text());
    updateCount();
}

void IndicatorsView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n indicator(s)", "", all)
                                  : tr("%1 of %n shown", "", all).arg(shown));
}

void IndicatorsView::syncSortControls()
{
    SortControls::sync(m_table, m_sortColumn, m_sortDescending);
}

void IndicatorsView::sortFromControls()
{
    SortControls::apply(m_table, m_sortColumn, m_sortDescending);
}

} // namespace Jfp
