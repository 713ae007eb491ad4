// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "reporting/chartdata.h"
#include "reporting/spcchartdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QListWidget;

namespace Jfp {

class TrajectoryChart;

/**
 * The Chart tab: the trajectory chart of one indicator with its caption and annotations, and
 * buttons to export it or copy it. Hovering over a point shows its period, value and note.
 */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void showIndicator(const PlanSnapshot *plan, Id indicatorId);
    void clear();

    Id indicatorId() const { return m_indicatorId; }
    const ChartData &chartData() const { return m_data; }
    TrajectoryChart *chart() const { return m_chart; }
    /** The chart drawn: the trajectory chart, or the SPC (XmR) chart. */
    enum class Kind { Trajectory, Spc };
    Kind kind() const;
    void setKind(Kind kind);
    const SpcChartData &spcData() const { return m_spcData; }
    QChartView *view() const { return m_view; }
    /** The selected annotation's id, or 0. */
    Id currentAnnotationId() const;

Q_SIGNALS:
    void exportRequested();
    void copyRequested();
    void addAnnotationRequested();
    void editAnnotationRequested(Jfp::Id annotationId);
    void removeAnnotationRequested(Jfp::Id annotationId);
    void spcSettingsRequested();
    /** The chart now shows this indicator; 0 when none. */
    void indicatorChanged(Jfp::Id indicatorId);

private:
    void replaceChart(QChart *chart);
    void connectHover(QChart *chart);
    void redraw();

    QChartView *m_view;
    QLabel *m_caption;
    QComboBox *m_kind;
    QPushButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_spcSettings;
    QListWidget *m_annotations;
    QPushButton *m_addAnnotation;
    QPushButton *m_editAnnotation;
    QPushButton *m_removeAnnotation;
    TrajectoryChart *m_chart = nullptr;
    ChartData m_data;
    SpcChartData m_spcData;
    const PlanSnapshot *m_plan = nullptr;
    Id m_indicatorId = 0;
};

} // namespace Jfp
