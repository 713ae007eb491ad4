// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartpanel.h"

#include "spcchart.h"
#include "trajectorychart.h"

#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace Jfp {

namespace {
constexpr int AnnotationIdRole = Qt::UserRole + 1;
}

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport Chart…"), this))
    , m_copy(new QPushButton(tr("Cop&y Chart"), this))
    , m_spcSettings(new QPushButton(tr("SPC &Settings…"), this))
    , m_annotations(new QListWidget(this))
    , m_addAnnotation(new QPushButton(tr("&Add Annotation…"), this))
    , m_editAnnotation(new QPushButton(tr("Edi&t…"), this))
    , m_removeAnnotation(new QPushButton(tr("&Remove"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Trajectory chart"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(220);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setAccessibleName(tr("Chart caption"));
    m_kind->addItems({tr("Trajectory chart"), tr("SPC chart (XmR)")});
    m_kind->setAccessibleName(tr("Kind of chart"));
    m_kind->setToolTip(tr("The trajectory against baseline and target, or a Making Data Count "
                          "statistical process control chart"));
    m_export->setAccessibleName(tr("Export chart"));
    m_copy->setAccessibleName(tr("Copy chart to the clipboard"));
    m_spcSettings->setAccessibleName(tr("SPC settings and rebase points of this indicator"));
    m_annotations->setAccessibleName(tr("Annotations"));
    m_annotations->setMaximumHeight(90);
    m_addAnnotation->setAccessibleName(tr("Add annotation"));
    m_editAnnotation->setAccessibleName(tr("Edit annotation"));
    m_removeAnnotation->setAccessibleName(tr("Remove annotation"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kind);
    buttons->addWidget(m_export);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_spcSettings);
    buttons->addStretch();
    buttons->addWidget(m_addAnnotation);
    buttons->addWidget(m_editAnnotation);
    buttons->addWidget(m_removeAnnotation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_annotations);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportRequested);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyRequested);
    connect(m_spcSettings, &QPushButton::clicked, this, &ChartPanel::spcSettingsRequested);
    connect(m_addAnnotation, &QPushButton::clicked, this, &ChartPanel::addAnnotationRequested);
    connect(m_editAnnotation, &QPushButton::clicked, this, [this] {
        if (const Id id = currentAnnotationId())
            Q_EMIT editAnnotationRequested(id);
    });
    connect(m_annotations, &QListWidget::itemActivated, this, [this] {
        if (const Id id = currentAnnotationId())
            Q_EMIT editAnnotationRequested(id);
    });
    connect(m_removeAnnotation, &QPushButton::clicked, this, [this] {
        if (const Id id = currentAnnotationId())
            Q_EMIT removeAnnotationRequested(id);
    });
    clear();
}

Id ChartPanel::currentAnnotationId() const
{
    const QListWidgetItem *item = m_annotations->currentItem();
    return item ? item->data(AnnotationIdRole).toLongLong() : 0;
}

ChartPanel::Kind ChartPanel::kind() const
{
    return m_kind->currentIndex() == 1 ? Kind::Spc : Kind::Trajectory;
}

void ChartPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::Spc ? 1 : 0);
}

void ChartPanel::clear()
{
    m_indicatorId = 0;
    m_plan = nullptr;
    m_data = {};
    m_spcData = {};
    m_chart = nullptr;
    auto *placeholder = new QChart;
    placeholder->setTitle(tr("Select an indicator to see its chart"));
    replaceChart(placeholder);
    m_caption->clear();
    m_annotations->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_export),
                       static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_addAnnotation),
                       static_cast<QWidget *>(m_editAnnotation),
                       static_cast<QWidget *>(m_removeAnnotation)})
        w->setEnabled(false);
    Q_EMIT indicatorChanged(0);
}

void ChartPanel::showIndicator(const PlanSnapshot *plan, Id indicatorId)
{
    const Indicator *indicator = nullptr;
    if (plan) {
        for (const Indicator &i : plan->indicators) {
            if (i.id == indicatorId)
                indicator = &i;
        }
    }
    if (!indicator) {
        clear();
        return;
    }
    const Id previousAnnotation = m_indicatorId == indicatorId ? currentAnnotationId() : 0;
    m_indicatorId = indicatorId;
    m_plan = plan;
    m_data = ChartDataBuilder::trajectory(*plan, *indicator);
    m_spcData = SpcChartBuilder::build(*plan, *indicator);
    redraw();

    m_annotations->clear();
    int number = 1;
    for (const Annotation &a : indicator->annotations) {
        const QString when = a.date.isValid() ? a.date.toString(Qt::ISODate) : a.period;
        auto *item = new QListWidgetItem(
            tr("%1. %2 (%3)%4")
                .arg(number++)
                .arg(a.label, when, a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note),
            m_annotations);
        item->setData(AnnotationIdRole, a.id);
        if (a.id == previousAnnotation)
            m_annotations->setCurrentItem(item);
    }
    if (!m_annotations->currentItem() && m_annotations->count() > 0)
        m_annotations->setCurrentRow(0);
    m_annotations->setVisible(m_annotations->count() > 0);
    for (QWidget *w : {static_cast<QWidget *>(m_export),
                       static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_addAnnotation)})
        w->setEnabled(true);
    m_editAnnotation->setEnabled(m_annotations->count() > 0);
    m_removeAnnotation->setEnabled(m_annotations->count() > 0);
    Q_EMIT indicatorChanged(m_indicatorId);
}

void ChartPanel::redraw()
{
    if (m_indicatorId == 0)
        return;
    if (kind() == Kind::Spc) {
        m_chart = nullptr;
        auto *spc = new SpcChart(m_spcData);
        replaceChart(spc);
        spc->updateOverlays();
        connectHover(spc);
        m_caption->setText(m_spcData.isEmpty()
                               ? tr("No actual values yet, so there is no SPC chart.")
                               : m_spcData.caption.join(QLatin1Char('\n')));
    } else {
        m_chart = new TrajectoryChart(m_data);
        replaceChart(m_chart);
        m_chart->updateOverlays();
        connectHover(m_chart);
        m_caption->setText(m_data.caption.join(QLatin1Char('\n')));
    }
}

void ChartPanel::replaceChart(QChart *chart)
{
    // QChartView releases the chart it showed without deleting it (Qt's documentation: "the
    // previous chart must be deleted"), and a chart left so leaks with its whole scene.
    QChart *previous = m_view->chart();
    m_view->setChart(chart);
    delete previous;
}

void ChartPanel::connectHover(QChart *chart)
{
    const auto seriesList = chart->series();
    for (QAbstractSeries *series : seriesList) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy)
            continue;
        connect(xy, &QXYSeries::hovered, this, [this, xy, chart](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QString text;
            if (auto *trajectory = qobject_cast<TrajectoryChart *>(chart))
                text = trajectory->describe(xy, point);
            else if (auto *spc = qobject_cast<SpcChart *>(chart))
                text = spc->describe(xy, point);
            if (!text.isEmpty())
                QToolTip::showText(QCursor::pos(), text, m_view);
        });
    }
}

} // namespace Jfp
