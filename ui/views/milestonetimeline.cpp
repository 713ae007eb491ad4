// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonetimeline.h"

#include "charts/chartstyle.h"
#include "domain/milestoneschedule.h"
#include "models/milestonetablemodel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Jfp {

namespace {

using Model = MilestoneTableModel;

constexpr double minPixelsPerDay = 0.05;
constexpr double maxPixelsPerDay = 16;
constexpr int leftPadding = 10; // room for a marker on the axis' first day
constexpr int rightPadding = 12;

} // namespace

MilestoneTimeline::MilestoneTimeline(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Milestone timeline"));
    const QFontMetrics metrics(font());
    m_tierHeight = metrics.height() + 5;
    m_headerHeight = 3 * m_tierHeight;
    m_rowHeight = metrics.height() + 11;
    relayout();
}

void MilestoneTimeline::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    if (m_model) {
        // Filtering, sorting and re-reading the plan all end in one of these.
        connect(m_model, &QAbstractItemModel::modelReset, this, &MilestoneTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &MilestoneTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &MilestoneTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MilestoneTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &MilestoneTimeline::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &MilestoneTimeline::rebuild);
    }
    if (m_selection) {
        connect(m_selection,
                &QItemSelectionModel::currentRowChanged,
                this,
                &MilestoneTimeline::currentChanged);
    }
    rebuild();
}

void MilestoneTimeline::setHorizon(const QDate &first, const QDate &last)
{
    m_horizonFirst = first;
    m_horizonLast = last;
    relayout();
}

void MilestoneTimeline::setToday(const QDate &today)
{
    m_today = today;
    relayout();
}

void MilestoneTimeline::rebuild()
{
    m_rows.clear();
    if (m_model) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return m_model->index(r, column).data(role);
            };
            Row row;
            row.id = cell(0, Model::MilestoneIdRole).toLongLong();
            row.title = cell(Model::TitleColumn).toString();
            row.baseline = cell(Model::BaselineDateColumn, Model::DateRole).toDate();
            row.forecast = cell(Model::ForecastDateColumn, Model::DateRole).toDate();
            row.completion = cell(Model::CompletionDateColumn, Model::DateRole).toDate();
            row.status = MilestoneStatus(cell(Model::StatusColumn, Model::StatusRole).toInt());
            row.shown = MilestoneStatus(cell(Model::StatusColumn, Model::ShownStatusRole).toInt());
            row.statusText = cell(Model::StatusColumn).toString();
            row.daysOverdue = cell(0, Model::DaysOverdueRole).toInt();
            row.due = cell(Model::DueColumn).toString();
            m_rows.append(row);
        }
    }
    // A change that arrives while a date is being chosen (the plan was re-read) ends the choice.
    if (m_pending) {
        const int row = m_pending->row;
        if (row >= rowCount() || m_rows.at(row).id != m_pending->id)
            m_pending.reset();
    }
    relayout();
    currentChanged();
}

void MilestoneTimeline::relayout()
{
    QDate first = m_horizonFirst;
    QDate last = m_horizonLast;
    const auto include = [&](const QDate &date) {
        if (!date.isValid())
            return;
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    };
    include(m_today);
    for (const Row &row : std::as_const(m_rows)) {
        include(row.baseline);
        include(row.forecast);
        include(row.completion);
    }
    if (m_pending)
        include(m_pending->date);
    if (!first.isValid())
        first = last = QDate::currentDate();
    const TimelineScale whole(first, last, 1.0);
    if (m_fit) {
        const double room
            = std::max(100, m_viewportWidth - m_gutterWidth - leftPadding - rightPadding);
        m_pixelsPerDay = std::clamp(room / double(whole.days()), minPixelsPerDay, maxPixelsPerDay);
    }
    m_scale = TimelineScale(first, last, m_pixelsPerDay, m_gutterWidth + leftPadding);
    const QSize size = sizeHint();
    if (size != this->size())
        resize(size);
    update();
}

QSize MilestoneTimeline::sizeHint() const
{
    const int width = m_gutterWidth + leftPadding + int(std::ceil(m_scale.width())) + rightPadding;
    const int height = m_headerHeight + std::max(1, rowCount()) * m_rowHeight + 2;
    return {m_fit ? std::max(width, m_viewportWidth) : width, height};
}

void MilestoneTimeline::setViewportWidth(int width)
{
    // The titles take up to a third of the width, between 140 and 260 pixels.
    m_gutterWidth = std::clamp(width / 3, 140, 260);
    if (width == m_viewportWidth)
        return;
    m_viewportWidth = width;
    relayout();
}

void MilestoneTimeline::setPixelsPerDay(double pixelsPerDay)
{
    // The date in the middle of what is seen stays in the middle.
    const QRect before = visibleArea();
    const QDate centre = m_scale.date((before.left() + m_gutterWidth + before.right()) / 2.0);
    m_fit = false;
    m_pixelsPerDay = std::clamp(pixelsPerDay, minPixelsPerDay, maxPixelsPerDay);
    relayout();
    const QRect after = visibleArea();
    const int dx = int(m_scale.x(centre)) - (after.left() + m_gutterWidth + after.right()) / 2;
    if (dx != 0)
        Q_EMIT scrollRequested(dx, 0);
    Q_EMIT zoomChanged();
}

void MilestoneTimeline::zoomBy(double factor)
{
    setPixelsPerDay(m_pixelsPerDay * factor);
}

void MilestoneTimeline::zoomIn()
{
    zoomBy(1.5);
}

void MilestoneTimeline::zoomOut()
{
    // Never narrower than the view: zooming out that far is "fit".
    const double fitted
        = std::max(100, m_viewportWidth - m_gutterWidth - leftPadding - rightPadding)
          / double(std::max<qint64>(1, m_scale.days()));
    if (m_pixelsPerDay / 1.5 <= fitted)
        zoomToFit();
    else
        zoomBy(1 / 1.5);
}

void MilestoneTimeline::zoomToFit()
{
    m_fit = true;
    relayout();
    Q_EMIT zoomChanged();
}

QRect MilestoneTimeline::visibleArea() const
{
    // In a scroll area the parent is its viewport: the part of us it shows.
    const QWidget *viewport = parentWidget();
    if (!viewport)
        return rect();
    const QRect seen(mapFrom(viewport, QPoint(0, 0)), viewport->size());
    const QRect visible = seen.intersected(rect());
    return visible.isEmpty() ? rect() : visible;
}

int MilestoneTimeline::currentRow() const
{
    if (!m_selection)
        return -1;
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() && current.row() < rowCount() ? current.row() : -1;
}

int MilestoneTimeline::rowAt(int y) const
{
    if (y < m_headerHeight)
        return -1;
    const int row = (y - m_headerHeight) / m_rowHeight;
    return row < rowCount() ? row : -1;
}

QRect MilestoneTimeline::rowRect(int row) const
{
    return QRect(0, rowTop(row), width(), m_rowHeight);
}

QString MilestoneTimeline::rowTitle(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).title : QString();
}

QPoint MilestoneTimeline::markerPosition(int row, Marker marker) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &r = m_rows.at(row);
    QDate date;
    switch (marker) {
    case Marker::Baseline:
        date = r.baseline;
        break;
    case Marker::Forecast:
        date = m_pending && m_pending->row == row ? m_pending->date : r.forecast;
        break;
    case Marker::Completed:
        date = r.completion;
        break;
    }
    if (!date.isValid())
        return {};
    return QPoint(qRound(m_scale.x(date)), rowTop(row) + m_rowHeight / 2);
}

void MilestoneTimeline::setCurrentRow(int row)
{
    if (!m_selection || !m_model || row < 0 || row >= rowCount())
        return;
    // Our own choice of row does not scroll: the user is pointing at what they see.
    const QScopedValueRollback guard(m_choosingRow, true);
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MilestoneTimeline::currentChanged()
{
    const int row = currentRow();
    setAccessibleDescription(row >= 0
                                 ? rowSummary(m_rows.at(row)) + QLatin1Char(' ')
                                       + tr("Shift+Left or Right moves its forecast date by a day, "
                                            "Ctrl+Shift+Left or Right by a month.")
                                 : tr("No milestone selected."));
    if (!m_choosingRow)
        scrollToCurrent();
    update();
}

void MilestoneTimeline::scrollToCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Row &r = m_rows.at(row);
    QDate date = m_pending && m_pending->row == row ? m_pending->date : r.forecast;
    for (const QDate &d : {r.completion, r.baseline, m_today})
        date = date.isValid() ? date : d;
    const int x = int(m_scale.x(date));
    reveal(QRect(x - 60, rowTop(row), 120, m_rowHeight));
}

void MilestoneTimeline::reveal(const QRect &area)
{
    const QRect plot = visibleArea().adjusted(m_gutterWidth, m_headerHeight, 0, 0);
    const auto shift = [](int low, int high, int from, int to) {
        if (high - low > to - from || low < from)
            return low - from;
        return high > to ? high - to : 0;
    };
    const int dx = shift(area.left(), area.right(), plot.left(), plot.right());
    const int dy = shift(area.top(), area.bottom(), plot.top(), plot.bottom());
    if (dx != 0 || dy != 0)
        Q_EMIT scrollRequested(dx, dy);
}

bool MilestoneTimeline::hitsForecast(int row, const QPoint &pos) const
{
    const QPoint marker = markerPosition(row, Marker::Forecast);
    if (m_readOnly || marker.isNull() || pos.x() < visibleArea().left() + m_gutterWidth)
        return false;
    const int reach = std::max(markerSize / 2 + 2, int(m_scale.pixelsPerDay() / 2));
    return std::abs(pos.x() - marker.x()) <= reach && std::abs(pos.y() - marker.y()) <= reach;
}

void MilestoneTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row < 0 || pos.y() < visibleArea().top() + m_headerHeight)
        return;
    setCurrentRow(row);
    if (hitsForecast(row, pos)) {
        const Row &r = m_rows.at(row);
        m_pending = Pending{row,
                            r.id,
                            r.forecast,
                            r.forecast,
                            true,
                            pos.x() - markerPosition(row, Marker::Forecast).x()};
        update();
    }
}

void MilestoneTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pending && m_pending->byMouse) {
        const QDate date = m_scale.date(pos.x() - m_pending->grabOffset);
        if (date != m_pending->date) {
            m_pending->date = date;
            update();
        }
        return;
    }
    const int row = rowAt(pos.y());
    setCursor(row >= 0 && hitsForecast(row, pos) ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void MilestoneTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pending && m_pending->byMouse)
        finishPending();
}

void MilestoneTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (event->button() == Qt::LeftButton && row >= 0)
        Q_EMIT activated(m_rows.at(row).id);
}

void MilestoneTimeline::finishPending()
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    update();
    // Emitted last: storing the change re-reads the plan and rebuilds these rows.
    if (pending.date.isValid() && pending.date != pending.original)
        Q_EMIT forecastDateChosen(pending.id, pending.date);
}

void MilestoneTimeline::cancelPending()
{
    if (!m_pending)
        return;
    m_pending.reset();
    relayout();
}

void MilestoneTimeline::nudge(int row, int days, int months)
{
    if (m_pending && (m_pending->byMouse || m_pending->row != row))
        return;
    const Row &r = m_rows.at(row);
    if (m_readOnly) {
        Q_EMIT refused(tr("The plan is open read-only: save a copy to move forecast dates."));
        return;
    }
    if (!m_pending) {
        QDate start = r.forecast;
        if (!start.isValid() && MilestoneSchedule::isClosed(r.status)) {
            Q_EMIT refused(tr("'%1' is %2 and has no forecast date to move.")
                               .arg(r.title, Enums::label(r.status).toLower()));
            return;
        }
        for (const QDate &d : {r.baseline, m_today})
            start = start.isValid() ? start : d;
        m_pending = Pending{row, r.id, r.forecast, start, false, 0};
    }
    m_pending->date = MilestoneSchedule::addMonths(m_pending->date, months).addDays(days);
    relayout();
    scrollToCurrent();
}

void MilestoneTimeline::keyPressEvent(QKeyEvent *event)
{
    const int row = currentRow();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    const int sign = event->key() == Qt::Key_Left ? -1 : 1;
    if (horizontal && mods == Qt::ShiftModifier && row >= 0) {
        nudge(row, sign, 0);
        return;
    }
    if (horizontal && mods == (Qt::ShiftModifier | Qt::ControlModifier) && row >= 0) {
        nudge(row, 0, sign);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_pending) {
        cancelPending();
        return;
    }
    if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            zoomToFit();
            return;
        default:
            break;
        }
    }
    const int page = std::max(1, visibleArea().height() / m_rowHeight - 2);
    int target = -1;
    switch (event->key()) {
    case Qt::Key_Up:
        target = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        target = row < 0 ? 0 : std::min(rowCount() - 1, row + 1);
        break;
    case Qt::Key_PageUp:
        target = std::max(0, row - page);
        break;
    case Qt::Key_PageDown:
        target = std::min(rowCount() - 1, std::max(0, row) + page);
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = rowCount() - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row >= 0) {
            Q_EMIT activated(m_rows.at(row).id);
            return;
        }
        break;
    default:
        break;
    }
    if (target >= 0 && rowCount() > 0 && !m_pending) {
        setCurrentRow(target);
        scrollToCurrent();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MilestoneTimeline::keyReleaseEvent(QKeyEvent *event)
{
    // A held key repeats press and release; the change is made when it is let go.
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    if (horizontal && !event->isAutoRepeat() && m_pending && !m_pending->byMouse) {
        finishPending();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void MilestoneTimeline::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps > 0)
            zoomIn();
        else if (steps < 0)
            zoomOut();
        event->accept();
        return;
    }
    event->ignore(); // the scroll area scrolls
}

void MilestoneTimeline::focusOutEvent(QFocusEvent *event)
{
    // Nothing is stored unless the drag or key press ends here.
    cancelPending();
    QWidget::focusOutEvent(event);
}

QString MilestoneTimeline::markerText(const Row &row, Marker marker) const
{
    switch (marker) {
    case Marker::Baseline:
        return tr("Baseline date: %1").arg(QLocale().toString(row.baseline, QLocale::LongFormat));
    case Marker::Forecast:
        return tr("Forecast date: %1 (drag to move it)")
            .arg(QLocale().toString(row.forecast, QLocale::LongFormat));
    case Marker::Completed:
        return tr("Completed: %1").arg(QLocale().toString(row.completion, QLocale::LongFormat));
    }
    return {};
}

QString MilestoneTimeline::rowSummary(const Row &row) const
{
    QStringList parts{row.title, row.statusText};
    if (row.baseline.isValid())
        parts << markerText(row, Marker::Baseline);
    if (row.forecast.isValid())
        parts << tr("Forecast date: %1").arg(QLocale().toString(row.forecast, QLocale::LongFormat));
    if (row.completion.isValid())
        parts << markerText(row, Marker::Completed);
    else
        parts << row.due;
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

bool MilestoneTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row < 0 || help->pos().y() < visibleArea().top() + m_headerHeight) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Row &r = m_rows.at(row);
        QString text = rowSummary(r);
        for (const Marker marker : {Marker::Forecast, Marker::Completed, Marker::Baseline}) {
            const QPoint at = markerPosition(row, marker);
            if (!at.isNull() && std::abs(help->pos().x() - at.x()) <= markerSize / 2 + 2
                && help->pos().x() > visibleArea().left() + m_gutterWidth) {
                text = r.title + QLatin1Char('\n') + markerText(r, marker);
                break;
            }
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Jfp
