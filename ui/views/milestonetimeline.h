// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "charts/milestoneglyphs.h"
#include "domain/plan.h"
#include "reporting/timelinescale.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QItemSelectionModel;

namespace Jfp {

/**
 * The milestone timeline (Gantt-style): one row per row of a milestones model (so it follows
 * the table's filter and sort), a shared selection, a financial-year axis up to the plan
 * horizon and a "Today" line. Meant to sit in a QScrollArea: the axis and the titles stay in
 * view while it scrolls.
 *
 * Moving a forecast date: drag its marker (snaps to days, shows the date; Esc cancels), or
 * select a milestone and press Shift+Left/Right (a day) or Ctrl+Shift+Left/Right (a month).
 * A drag ends in one change on release; a key press ends in one change on its release, so a
 * held key moves the marker while it repeats and makes one change when let go. The timeline
 * only proposes the date (forecastDateChosen); the owner checks and stores it.
 */
class MilestoneTimeline : public QWidget
{
    Q_OBJECT

public:
    using Marker = MilestoneGlyphs::Marker;
    /** Why `date` cannot be the milestone's forecast date, or empty when it can. */
    using ForecastCheck = std::function<QString(Id milestoneId, const QDate &date)>;

    explicit MilestoneTimeline(QWidget *parent = nullptr);

    /** The rows come from `model` (a MilestoneTableModel or a proxy of one). */
    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    /** The plan horizon: the axis reaches at least from `first` to `last`. */
    void setHorizon(const QDate &first, const QDate &last);
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setForecastCheck(ForecastCheck check) { m_check = std::move(check); }
    /** Read-only: forecast markers cannot be dragged or moved by keys. */
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    double pixelsPerDay() const { return m_scale.pixelsPerDay(); }
    bool fitsWidth() const { return m_fit; }
    /** Leaves "fit to width". */
    void setPixelsPerDay(double pixelsPerDay);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    /** The width the timeline is seen at (its scroll area's viewport), for fitting. */
    void setViewportWidth(int width);

    int rowCount() const { return int(m_rows.size()); }
    int currentRow() const;
    int rowAt(int y) const;
    QRect rowRect(int row) const;
    /** Where a marker of `row` is drawn; a null point when the row has no such date. */
    QPoint markerPosition(int row, Marker marker) const;
    QDate dateAt(int x) const { return m_scale.date(x); }
    const TimelineScale &scale() const { return m_scale; }
    /** The forecast date being chosen by a drag or held key, or an invalid date. */
    QDate pendingDate() const { return m_pending ? m_pending->date : QDate(); }
    /** The titles of the rows in order, as drawn (for tests and screen readers). */
    QString rowTitle(int row) const;
    /** Scrolls so the current milestone's row and its forecast (or other) date are in view. */
    void scrollToCurrent();

    QSize sizeHint() const override;

Q_SIGNALS:
    void forecastDateChosen(Id milestoneId, const QDate &date);
    void activated(Id milestoneId);
    /** A change the timeline refuses itself, e.g. moving a forecast date there is none of. */
    void refused(const QString &message);
    /** Asks the scroll area to scroll by this many pixels. */
    void scrollRequested(int dx, int dy);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Row
    {
        Id id = 0;
        QString title;
        QDate baseline;
        QDate forecast;
        QDate completion;
        MilestoneStatus status = MilestoneStatus::NotStarted;
        MilestoneStatus shown = MilestoneStatus::NotStarted; // drawn: At risk when slipped…
        QString statusText; // "Slipped", "Overdue" or the status as set
        int daysOverdue = 0;
        QString due;
    };
    struct Pending
    {
        int row = -1;
        Id id = 0;
        QDate original; // invalid when the milestone had no forecast date
        QDate date;
        bool byMouse = false;
        int grabOffset = 0;
    };

    static constexpr int markerSize = 14;

    void rebuild();
    void relayout();
    QRect visibleArea() const;
    /** Scrolls the least needed to show `area` clear of the titles and the axis. */
    void reveal(const QRect &area);
    int rowTop(int row) const { return m_headerHeight + row * m_rowHeight; }
    void setCurrentRow(int row);
    void currentChanged();
    bool hitsForecast(int row, const QPoint &pos) const;
    void nudge(int row, int days, int months);
    void finishPending();
    void cancelPending();
    void zoomBy(double factor);
    QString markerText(const Row &row, Marker marker) const;
    QString rowSummary(const Row &row) const;

    void paintBackground(QPainter &painter, const QRect &visible) const;
    void paintRow(QPainter &painter, int row, const QRect &visible) const;
    void paintGutter(QPainter &painter, const QRect &visible) const;
    void paintHeader(QPainter &painter, const QRect &visible) const;
    void paintPendingLabel(QPainter &painter, const QRect &visible) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<Row> m_rows;
    QDate m_horizonFirst;
    QDate m_horizonLast;
    QDate m_today;
    TimelineScale m_scale;
    ForecastCheck m_check;
    std::optional<Pending> m_pending;
    bool m_fit = true;
    bool m_choosingRow = false;
    bool m_readOnly = false;
    double m_pixelsPerDay = 1;
    int m_viewportWidth = 600;
    int m_gutterWidth = 240;
    int m_headerHeight = 60;
    int m_tierHeight = 20;
    int m_rowHeight = 28;
};

} // namespace Jfp
