// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "charts/chartexporter.h"
#include "charts/spcchart.h"
#include "charts/spcicons.h"
#include "models/indicatortablemodel.h"
#include "reporting/spcchartdata.h"
#include "reports/boardpack.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

class tst_SpcChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void iconsNeverCoverAPoint_data();
    void iconsNeverCoverAPoint();
    void hoverNamesTheRule();
    void svgHasRealText();
    void iconsDiffer();
    void tableShowsIcons();
    void boardPackUsesSpcFrom13Points();
    void legendAndLabelsAreWhole_data();
    void legendAndLabelsAreWhole();

private:
    PlanSnapshot m_plan;
};

static Indicator makeSeries(int count, double slope, Polarity polarity)
{
    Indicator i;
    i.id = 1;
    i.programmeId = 1;
    i.name = u"Synthetic %1"_s.arg(count);
    i.unit = Unit::Percentage;
    i.polarity = polarity;
    i.targetValue = 60;
    for (int k = 0; k < count; ++k) {
        const int year = 2018 + k / 4;
        i.actuals.append(
            {u"Q%1 %2/%3"_s.arg(k % 4 + 1).arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
             50 + slope * k + ((k * 7) % 5) * 0.6,
             {},
             {},
             {},
             {},
             {},
             true});
    }
    return i;
}

void tst_SpcChart::initTestCase()
{
    m_plan.info.name = u"Test plan"_s;
    m_plan.info.horizonEnd = u"2028/29"_s;
    Area area;
    area.id = 1;
    area.level = AreaLevel::System;
    area.name = u"System"_s;
    m_plan.areas = {area};
    Programme programme;
    programme.id = 1;
    programme.areaId = 1;
    programme.name = u"Programme"_s;
    m_plan.programmes = {programme};
    Indicator longSeries = makeSeries(24, 0.4, Polarity::HigherIsBetter);
    Indicator shortSeries = makeSeries(6, 0.1, Polarity::LowerIsBetter);
    shortSeries.id = 2;
    m_plan.indicators = {longSeries, shortSeries};
}

void tst_SpcChart::iconsNeverCoverAPoint_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("screen") << QSize(900, 520);
    QTest::newRow("small") << QSize(480, 300);
    QTest::newRow("wide") << QSize(1400, 400);
}

void tst_SpcChart::iconsNeverCoverAPoint()
{
    QFETCH(QSize, size);
    SpcChart chart(SpcChartBuilder::build(m_plan, m_plan.indicators.first()));
    chart.resize(size);
    chart.layout()->activate();
    chart.updateOverlays();
    const QRectF icons = chart.iconArea();
    QVERIFY(icons.isValid());
    QVERIFY(icons.bottom() <= chart.plotArea().top()); // above the plot, never in it
    for (const SpcChartData::Point &p : chart.data().points) {
        const QPointF at = chart.mapToPosition(QPointF(p.x, p.value));
        QVERIFY(!icons.contains(at));
    }
    const QList<QGraphicsItem *> items = chart.childItems();
    int tips = 0;
    for (const QGraphicsItem *item : items)
        tips += item->toolTip().startsWith(u"Variation:"_s)
                || item->toolTip().startsWith(u"Assurance:"_s);
    QCOMPARE(tips, 2);
}

void tst_SpcChart::hoverNamesTheRule()
{
    SpcChart chart(SpcChartBuilder::build(m_plan, m_plan.indicators.first()));
    const SpcChartData::Point &last = chart.data().points.last();
    const QString text = chart.describe(nullptr, QPointF(last.x, last.value));
    QVERIFY2(text.contains(last.period), qPrintable(text));
    QVERIFY(text.contains(SpcChartBuilder::describe(last.rule)));
}

void tst_SpcChart::svgHasRealText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"spc.svg"_s);
    QString error;
    QVERIFY2(ChartExporter::write(SpcChartBuilder::build(m_plan, m_plan.indicators.first()),
                                  path,
                                  {160, 90, 300},
                                  &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString &text : {u"Synthetic 24"_s, u"Mean"_s, u"Q1 2018/19"_s, u"XmR chart"_s})
        QVERIFY2(svg.contains(text), qPrintable(text));
    const QString png = dir.filePath(u"spc.png"_s);
    QVERIFY(ChartExporter::write(
        SpcChartBuilder::build(m_plan, m_plan.indicators.first()), png, {160, 90, 150}, &error));
    QCOMPARE(QImage(png).size(), QSize(945, 531));
}

void tst_SpcChart::iconsDiffer()
{
    // Every icon is drawn, and no two look the same (they differ by letter or shape, not only
    // colour: compare them in greyscale).
    QList<QImage> images;
    for (const auto v : {Spc::Variation::CommonCause,
                         Spc::Variation::ImprovementHigh,
                         Spc::Variation::ImprovementLow,
                         Spc::Variation::ConcernHigh,
                         Spc::Variation::ConcernLow,
                         Spc::Variation::NeutralHigh}) {
        images << SpcIcons::variationPixmap(v, 48).toImage().convertToFormat(
            QImage::Format_Grayscale8);
    }
    for (const auto a : {Spc::Assurance::Pass, Spc::Assurance::Fail, Spc::Assurance::HitAndMiss})
        images << SpcIcons::assurancePixmap(a, 48).toImage().convertToFormat(
            QImage::Format_Grayscale8);
    for (int i = 0; i < images.size(); ++i) {
        QVERIFY(!images[i].isNull());
        for (int j = i + 1; j < images.size(); ++j) {
            // Concern and improvement of the same direction share their shape on purpose
            // (letter and dots); they differ in colour and in the words beside them.
            if ((i == 1 && j == 3) || (i == 2 && j == 4))
                continue;
            QVERIFY2(images[i] != images[j], qPrintable(u"%1 %2"_s.arg(i).arg(j)));
        }
    }
}

void tst_SpcChart::tableShowsIcons()
{
    IndicatorTableModel model;
    model.showArea(&m_plan, 0);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex variation = model.index(0, IndicatorTableModel::VariationColumn);
    QVERIFY(
        variation.data(IndicatorTableModel::SpcIconRole).toString().startsWith(u"variation:"_s));
    QVERIFY(!variation.data().toString().isEmpty());
    QVERIFY(!variation.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(IndicatorTableModel::AssuranceColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Assurance"_s);
}

void tst_SpcChart::boardPackUsesSpcFrom13Points()
{
    // Page text is compressed in the PDF, so check through the chart choice: with automatic
    // charts the 24-point series gets the SPC chart and the 6-point one the trajectory chart.
    QCOMPARE(SpcChartBuilder::pointCount(m_plan.indicators.at(0)), 24);
    QVERIFY(SpcChartBuilder::pointCount(m_plan.indicators.at(1))
            < SpcChartBuilder::boardPackMinimumPoints);
    QTemporaryDir dir;
    QString error;
    BoardPackResult automatic;
    BoardPackResult spc;
    BoardPackRequest request;
    QVERIFY2(BoardPack::write(m_plan, request, dir.filePath(u"a.pdf"_s), &automatic, &error),
             qPrintable(error));
    request.charts = BoardPackRequest::Charts::Spc;
    QVERIFY2(BoardPack::write(m_plan, request, dir.filePath(u"b.pdf"_s), &spc, &error),
             qPrintable(error));
    QCOMPARE(automatic.pages, spc.pages);
    QCOMPARE(automatic.indicators, 2);
    // The two packs differ only in the second indicator's chart.
    QFile a(dir.filePath(u"a.pdf"_s));
    QFile b(dir.filePath(u"b.pdf"_s));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() != b.readAll());
}

void tst_SpcChart::legendAndLabelsAreWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("points");
    // 160x90 mm and 250x140 mm as exported (96 dpi, less the caption), and the chart tab.
    for (const int points : {24, 8}) {
        QTest::addRow("160x90 mm, %d points", points) << QSize(605, 280) << points;
        QTest::addRow("250x140 mm, %d points", points) << QSize(945, 470) << points;
        QTest::addRow("small, %d points", points) << QSize(480, 300) << points;
        QTest::addRow("screen, %d points", points) << QSize(900, 520) << points;
    }
}

void tst_SpcChart::legendAndLabelsAreWhole()
{
    // Issue 23: the legend read "Planned traje..." (Qt's legend keeps one row and elides). Every
    // entry is shown whole, below the plot, none over another; no period label is elided.
    QFETCH(QSize, size);
    QFETCH(int, points);
    PlanSnapshot plan = m_plan;
    Indicator &indicator = plan.indicators.first();
    indicator.actuals = makeSeries(points, 0, Polarity::HigherIsBetter).actuals;
    // A fall, then a rise: concern and improvement both (every entry of the tester's chart).
    for (int k = 0; k < points; ++k)
        *indicator.actuals[k].value += k < points / 3 ? 0 : k < 2 * points / 3 ? -8 : 8;
    // The trajectory, so that every kind of entry is there.
    for (const ActualValue &a : std::as_const(indicator.actuals))
        indicator.trajectory.append({a.period, 55.0});
    const SpcChartData data = SpcChartBuilder::build(plan, indicator);
    QGraphicsScene scene;
    auto *chart = new SpcChart(data);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->layout()->activate();
    chart->updateOverlays();

    QList<QPair<QString, QRectF>> texts;
    QList<const QGraphicsItem *> pending{chart};
    while (!pending.isEmpty()) {
        const QGraphicsItem *item = pending.takeFirst();
        for (const QGraphicsItem *child : item->childItems())
            pending.append(child);
        QString text;
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        if (item->isVisible() && !text.isEmpty())
            texts.append({text, chart->mapRectFromScene(item->sceneBoundingRect())});
    }
    for (const auto &[text, box] : texts)
        QVERIFY2(!text.contains(u"..."_s) && !text.contains(u'…'), qPrintable(text));

    // Every named series but the grey line joining the points has its entry.
    QSet<QString> names;
    for (const QAbstractSeries *series : chart->series()) {
        if (!series->name().isEmpty() && series->name() != u"Value"_s)
            names.insert(series->name());
    }
    QVERIFY(names.contains(u"Planned trajectory"_s));
    QVERIFY(names.contains(u"Target"_s));
    QVERIFY2(names.size() >= 5, qPrintable(names.values().join(u", "_s)));
    if (points >= 24)
        QVERIFY2(names.contains(u"Concern"_s) && names.contains(u"Improvement"_s),
                 qPrintable(names.values().join(u", "_s)));
    const QRectF whole(QPointF(0, 0), chart->size());
    QList<QRectF> entries;
    for (const QString &name : std::as_const(names)) {
        const auto found = std::find_if(
            texts.begin(), texts.end(), [&](const auto &text) { return text.first == name; });
        QVERIFY2(found != texts.end(), qPrintable(name));
        QVERIFY2(whole.contains(found->second), qPrintable(name));
        QVERIFY2(found->second.top() > chart->plotArea().bottom(), qPrintable(name));
        for (const QRectF &other : std::as_const(entries))
            QVERIFY2(!other.intersects(found->second), qPrintable(name));
        entries.append(found->second);
    }
}

QTEST_MAIN(tst_SpcChart)
#include "tst_spcchart.moc"
