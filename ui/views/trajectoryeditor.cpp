// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "trajectoryeditor.h"

#include "delegates/checkingdelegate.h"
#include "delegates/ragbadge.h"
#include "dialogs/filltrajectorydialog.h"
#include "domain/valueformat.h"
#include "models/trajectorytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Jfp {

using namespace Qt::StringLiterals;

TrajectoryEditor::TrajectoryEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrajectoryTableModel(this))
    , m_granularity(new QComboBox(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tolerance(new QLabel(this))
    , m_hidden(new QLabel(this))
    , m_fill(new QPushButton(tr("Fill Tra&jectory…"), this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_placeholder(new QLabel(this))
{
    using G = TrajectoryTableModel::Granularity;
    m_granularity->addItem(tr("Annual"), int(G::Annual));
    m_granularity->addItem(tr("Quarterly"), int(G::Quarterly));
    m_granularity->addItem(tr("Monthly"), int(G::Monthly));
    m_granularity->setAccessibleName(tr("Periods shown"));
    auto *granularityLabel = new QLabel(tr("&Periods:"), this);
    granularityLabel->setBuddy(m_granularity);
    connect(m_granularity, &QComboBox::activated, this, [this] {
        m_model->setGranularity(
            TrajectoryTableModel::Granularity(m_granularity->currentData().toInt()));
        updateHeader();
    });

    m_statusIcon->setAccessibleName(tr("Status shape"));
    m_status->setAccessibleName(tr("Status against trajectory"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tolerance->setAccessibleName(tr("Tolerance"));
    m_tolerance->setWordWrap(true);
    m_hidden->setAccessibleName(tr("Values at another granularity"));
    m_hidden->setWordWrap(true);
    m_fill->setAccessibleName(tr("Fill trajectory"));
    m_fill->setToolTip(tr("Planned values from the baseline to the target: a straight line or a"
                          " constant percentage change, previewed first"));
    connect(m_fill, &QPushButton::clicked, this, &TrajectoryEditor::fill);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Trajectory"));
    m_table->setAccessibleDescription(
        tr("Planned and actual values by period. Type to edit a cell; Enter stores it. Ctrl+V"
           " pastes cells copied from a spreadsheet, Delete clears the selected cells."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->installEventFilter(this);
    m_table->setItemDelegateForColumn(TrajectoryTableModel::StatusColumn,
                                      new RagDelegate(TrajectoryTableModel::RagRole, this));
    m_delegate
        = new CheckingDelegate([this](const QModelIndex &index,
                                      const QString &text) { return m_model->check(index, text); },
                               this);
    for (int c = TrajectoryTableModel::PlannedColumn; c <= TrajectoryTableModel::NoteColumn; ++c)
        m_table->setItemDelegateForColumn(c, m_delegate);
    connect(m_delegate, &CheckingDelegate::refused, this, &TrajectoryEditor::showMessage);
    connect(m_delegate, &CheckingDelegate::accepted, this, [this] { showMessage({}); });
    connect(m_delegate, &CheckingDelegate::advance, this, [this](int row, int column) {
        const QModelIndex below
            = m_model->index(std::min(row + 1, m_model->rowCount() - 1), column);
        if (below.isValid())
            m_table->setCurrentIndex(below);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &TrajectoryTableModel::editRefused, this, &TrajectoryEditor::showMessage);

    const auto addAction = [this](const QString &text, QKeySequence keys, auto slot) {
        auto *action = new QAction(text, m_table);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    addAction(tr("&Copy"), QKeySequence::Copy, &TrajectoryEditor::copy);
    addAction(tr("&Paste"), QKeySequence::Paste, &TrajectoryEditor::paste);
    addAction(tr("C&lear"), QKeySequence::Delete, &TrajectoryEditor::clearSelectedCells);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Not stored"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(u"QLabel { color: #8A1538; }"_s); // NHS dark red, with words
    m_message->hide();

    m_placeholder->setText(tr("Select an indicator in the Indicators tab to see and edit its"
                              " trajectory."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_statusIcon);
    header->addWidget(m_status, 1);
    header->addWidget(granularityLabel);
    header->addWidget(m_granularity);
    header->addWidget(m_fill);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tolerance);
    layout->addWidget(m_hidden);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_placeholder, 1);
    clear();
}

void TrajectoryEditor::setCommandSink(CommandSink sink)
{
    m_sink = std::move(sink);
    if (!m_readOnly)
        m_model->setSink(m_sink);
}

void TrajectoryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setSink(readOnly ? CommandSink() : m_sink);
    updateHeader();
}

void TrajectoryEditor::clear()
{
    m_model->clear();
    showMessage({});
    updateHeader();
}

void TrajectoryEditor::showIndicator(const PlanSnapshot *plan, Id indicatorId)
{
    if (!plan || indicatorId == 0) {
        clear();
        return;
    }
    // Keep the user's place: the same cell, selection and scroll after the plan is re-read.
    const bool same = m_model->indicator().id == indicatorId;
    const QModelIndex current = m_table->currentIndex();
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    QList<std::pair<int, int>> cells;
    for (const QModelIndex &index : selected)
        cells.append({index.row(), index.column()});
    const int scroll = m_table->verticalScrollBar()->value();
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && (focus == m_table || m_table->isAncestorOf(focus));

    m_model->setIndicator(*plan, indicatorId);
    if (!same)
        showMessage({});
    updateHeader();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 80, 320));

    if (same && current.isValid()) {
        m_table->setCurrentIndex(
            m_model->index(std::min(current.row(), m_model->rowCount() - 1), current.column()));
        QItemSelection selection;
        for (const auto &[row, column] : std::as_const(cells)) {
            const QModelIndex index = m_model->index(row, column);
            if (index.isValid())
                selection.select(index, index);
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_table->verticalScrollBar()->setValue(scroll);
    } else if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, TrajectoryTableModel::PlannedColumn));
    }
    if (hadFocus)
        m_table->setFocus(Qt::OtherFocusReason);
}

void TrajectoryEditor::updateHeader()
{
    const bool shown = m_model->hasIndicator();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_statusIcon, m_status, m_granularity, m_fill, m_table, m_tolerance})
        w->setVisible(shown);
    m_placeholder->setVisible(!shown);
    if (!shown) {
        m_hidden->hide();
        m_statusKey.clear();
        return;
    }
    const Indicator &indicator = m_model->indicator();
    m_granularity->setCurrentIndex(m_granularity->findData(int(m_model->granularity())));
    m_fill->setEnabled(!m_readOnly);

    const TrajectoryStatus status = m_model->status();
    m_statusKey = TrajectoryTableModel::ragKey(status.state);
    const int side = fontMetrics().height();
    m_statusIcon->setPixmap(RagBadge::pixmap(m_statusKey, side, devicePixelRatioF()));
    m_statusIcon->setFixedWidth(m_statusKey.isEmpty() ? 0 : side + 2);
    const QString words
        = status.detail.isEmpty() ? status.label : tr("%1: %2").arg(status.label, status.detail);
    m_status->setText(tr("<b>%1</b> · %2")
                          .arg(indicator.name.toHtmlEscaped(),
                               tr("Latest actual: %1").arg(words).toHtmlEscaped()));
    m_statusIcon->setAccessibleDescription(status.label);

    const auto value = [&](const OptionalValue &v) {
        return ValueFormat::withUnit(v, indicator.unit, indicator.decimals);
    };
    QStringList facts;
    facts << (indicator.baselinePeriod.isEmpty()
                  ? tr("Baseline %1 (period not stated)").arg(value(indicator.baselineValue))
                  : tr("Baseline %1 in %2")
                        .arg(value(indicator.baselineValue), indicator.baselinePeriod));
    if (indicator.targetKind == TargetKind::Absolute) {
        facts << (indicator.targetPeriod.isEmpty()
                      ? tr("target %1").arg(value(indicator.targetValue))
                      : tr("target %1 by %2")
                            .arg(value(indicator.targetValue), indicator.targetPeriod));
    } else {
        facts << tr("target: %1").arg(Enums::label(indicator.targetKind));
    }
    facts << Enums::label(indicator.polarity).toLower();
    facts << (indicator.tolerance
                  ? tr("tolerance %1 (within it of the plan counts as on track)")
                        .arg(value(indicator.tolerance))
                  : tr("tolerance: none (any shortfall against the plan is off track)"));
    m_tolerance->setText(facts.join(QStringLiteral(" · ")));
    const int hidden = m_model->otherGranularityCount();
    m_hidden->setText(
        tr("%n value(s) of this indicator are stored for other periods (years, quarters or"
           " months): choose them under Periods to see them.",
           "",
           hidden));
    m_hidden->setVisible(hidden > 0);
}

QString TrajectoryEditor::statusText() const
{
    return m_status->text();
}

QString TrajectoryEditor::toleranceText() const
{
    return m_tolerance->text();
}

bool TrajectoryEditor::isEditing() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_table && m_table->isAncestorOf(focus);
}

QString TrajectoryEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TrajectoryEditor::showMessage(const QString &message)
{
    m_message->setText(message.isEmpty() ? QString()
                                         : tr("Not stored; nothing was changed:\n%1").arg(message));
    m_message->setVisible(!message.isEmpty());
}

QModelIndexList TrajectoryEditor::selectedCells() const
{
    QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_table->currentIndex().isValid())
        cells << m_table->currentIndex();
    return cells;
}

void TrajectoryEditor::paste()
{
    if (!m_model->hasIndicator())
        return;
    const QModelIndexList target = selectedCells();
    const QString text = QApplication::clipboard()->text();
    QStringList problems;
    if (!m_model->paste(target, text, &problems)) {
        showMessage(problems.join(QLatin1Char('\n')));
        return;
    }
    showMessage({});
    // Select what was pasted, as a spreadsheet does (one value into several cells: those).
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().trimmed().isEmpty())
        lines.removeLast();
    qsizetype columns = 0;
    for (const QString &line : std::as_const(lines))
        columns = std::max(columns, line.count(QLatin1Char('\t')) + 1);
    if (target.size() > 1 && lines.size() == 1 && columns == 1)
        return; // the selection stays as it was
    int top = INT_MAX, left = INT_MAX;
    for (const QModelIndex &index : target) {
        top = std::min(top, index.row());
        left = std::min(left, index.column());
    }
    const QModelIndex first = m_model->index(top, left);
    const QModelIndex last
        = m_model->index(std::min<int>(top + int(lines.size()), m_model->rowCount()) - 1,
                         std::min<int>(left + int(columns), m_model->columnCount()) - 1);
    if (first.isValid() && last.isValid())
        m_table->selectionModel()->select(QItemSelection(first, last),
                                          QItemSelectionModel::ClearAndSelect);
}

void TrajectoryEditor::copy()
{
    const QString text = m_model->copy(selectedCells());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TrajectoryEditor::clearSelectedCells()
{
    QStringList problems;
    if (m_model->clearCells(selectedCells(), &problems))
        showMessage({});
    else
        showMessage(problems.join(QLatin1Char('\n')));
}

bool TrajectoryEditor::fill()
{
    if (!m_model->hasIndicator() || m_readOnly)
        return false;
    FillTrajectoryDialog dialog(m_model->indicator(), m_model->fillRequest(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.values().isEmpty())
        return false;
    const TrajectoryTableModel::Granularity step = dialog.request().step;
    const QList<PeriodValue> values = dialog.values();
    QStringList problems;
    if (!m_model->setPlanned(values, &problems)) {
        showMessage(problems.join(QLatin1Char('\n')));
        return false;
    }
    if (step != m_model->granularity()) {
        m_model->setGranularity(step); // show the periods that were filled
        updateHeader();
    }
    showMessage({});
    return true;
}

bool TrajectoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Backspace clears as Delete does (the Delete action has the platform's key).
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace) {
        clearSelectedCells();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Jfp
