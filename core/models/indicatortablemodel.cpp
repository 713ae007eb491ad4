// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatortablemodel.h"

#include "coretr.h"
#include "domain/period.h"
#include "domain/rag.h"
#include "domain/valueformat.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

QVariant number(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

/** "6 values, 7.1% to 8.5%": what the sparkline shows, in words for a screen reader. */
QString trendText(const IndicatorRow &row)
{
    if (row.trend.isEmpty())
        return Tr::tr("no values");
    const Indicator &i = row.indicator;
    if (row.trend.size() == 1)
        return Tr::tr("1 value, %1")
            .arg(ValueFormat::withUnit(row.trend.first(), i.unit, i.decimals));
    return Tr::tr("%n value(s), %1 to %2", nullptr, int(row.trend.size()))
        .arg(ValueFormat::withUnit(row.trend.first(), i.unit, i.decimals),
             ValueFormat::withUnit(row.trend.last(), i.unit, i.decimals));
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void IndicatorTableModel::setRows(const PlanSnapshot *plan,
                                  const QList<IndicatorSummary> &summaries,
                                  const QString &scope)
{
    // Each programme's latest progress update, found once for every row.
    QHash<Id, const ProgressUpdate *> latestUpdate;
    if (plan) {
        for (const ProgressUpdate &u : plan->progressUpdates) {
            const ProgressUpdate *&latest = latestUpdate[u.programmeId];
            if (!latest || Period::parse(latest->period) < Period::parse(u.period))
                latest = &u;
        }
    }
    QList<IndicatorRow> rows;
    rows.reserve(summaries.size());
    for (const IndicatorSummary &summary : summaries) {
        const Indicator &indicator = *summary.indicator;
        IndicatorRow row{indicator,
                         summary.area ? summary.area->name : QString(),
                         summary.programme ? summary.programme->name : QString(),
                         summary.latest,
                         std::nullopt,
                         IndicatorSummaries::statusAgainstTrajectory(indicator),
                         {},
                         {},
                         {}};
        row.trend = IndicatorSummaries::trend(indicator);
        // The indicator's programme's update, else the nearest programme above with one.
        Id programmeId = indicator.programmeId;
        for (int guard = 0; plan && programmeId != 0 && guard <= plan->programmes.size(); ++guard) {
            if (const ProgressUpdate *u = latestUpdate.value(programmeId)) {
                row.rag = u->rag;
                row.ragPeriod = u->period;
                break;
            }
            const Programme *p = plan->programme(programmeId);
            programmeId = p ? p->parentId : 0;
        }
        rows.append(std::move(row));
    }
    showRows(std::move(rows), scope);
}

void IndicatorTableModel::showArea(const PlanSnapshot *plan, Id areaId)
{
    setRows(plan,
            plan ? IndicatorSummaries::forArea(*plan, areaId) : QList<IndicatorSummary>(),
            plan ? u"area:%1"_s.arg(areaId) : QString());
}

void IndicatorTableModel::showProgramme(const PlanSnapshot *plan, Id programmeId)
{
    setRows(plan,
            plan ? IndicatorSummaries::forProgramme(*plan, programmeId) : QList<IndicatorSummary>(),
            plan ? u"programme:%1"_s.arg(programmeId) : QString());
}

void IndicatorTableModel::clear()
{
    setRows(nullptr, {}, {});
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorRow &row = m_rows.at(index.row());
    const Indicator &i = row.indicator;
    if (role == IndicatorIdRole)
        return i.id;
    if (role == StatusStateRole)
        return int(row.status.state);
    if (role == SortRole)
        return sortValue(index);
    if (index.column() == TrendColumn) {
        switch (role) {
        case SparklineRole:
            return QVariant::fromValue(row.trend);
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return trendText(row);
        default:
            return {};
        }
    }
    if (index.column() == RagColumn) {
        switch (role) {
        case RagRole:
            return row.rag;
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (row.ragPeriod.isEmpty())
                return Tr::tr("No update yet");
            return Tr::tr("%1 (%2)").arg(
                row.rag.isEmpty() ? Tr::tr("RAG not given") : Rags::label(row.rag), row.ragPeriod);
        case Qt::ToolTipRole:
            return Tr::tr("The RAG rating of the latest progress update of the indicator's "
                          "programme (or the nearest programme above it with one).");
        default:
            return {};
        }
    }
    if (index.column() == VariationColumn || index.column() == AssuranceColumn) {
        if (!row.spc) {
            static const PlanSnapshot none; // the indicator's own series are all it needs
            row.spc = SpcChartBuilder::build(none, i);
        }
        const SpcChartData &spc = *row.spc;
        const bool variation = index.column() == VariationColumn;
        const bool shown = spc.iconsShown && (variation || spc.assurance != Spc::Assurance::None);
        switch (role) {
        case SpcIconRole:
            if (!shown)
                return QString();
            return variation ? QString(QStringLiteral("variation:") + Spc::key(spc.variation))
                             : QString(QStringLiteral("assurance:") + Spc::key(spc.assurance));
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (!spc.iconsShown)
                return SpcChartBuilder::tooFewPoints(spc);
            return variation ? SpcChartBuilder::label(spc.variation)
                             : SpcChartBuilder::label(spc.assurance);
        case Qt::ToolTipRole:
            if (!spc.iconsShown) {
                return Tr::tr("Making Data Count shows variation and assurance from %1 points "
                              "in the latest segment.")
                    .arg(SpcChartData::minimumPointsForIcons);
            }
            return variation ? SpcChartBuilder::describe(spc.variation)
                             : SpcChartBuilder::describe(spc.assurance);
        default:
            return {};
        }
    }
    if (role == ValueRole) {
        const auto value
            = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
        switch (index.column()) {
        case BaselineColumn:
            return value(i.baselineValue);
        case TargetColumn:
            return value(i.targetValue);
        case LatestColumn:
            return row.latest ? value(row.latest->value) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return i.definition.isEmpty() ? i.name : i.definition;
        case BaselineColumn:
            return i.baselineNote;
        case TargetColumn:
            return i.targetNote;
        case LatestColumn:
            return row.latest ? row.latest->note : QString();
        case StatusColumn:
            return row.status.detail;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return i.name;
    case AreaColumn:
        return row.areaName;
    case ProgrammeColumn:
        return row.programmeName;
    case UnitColumn:
        return Enums::label(i.unit);
    case PolarityColumn:
        return Enums::label(i.polarity);
    case BaselineColumn:
        return ValueFormat::withPeriod(i.baselineValue, i.unit, i.decimals, i.baselinePeriod);
    case TargetColumn:
        if (i.targetKind == TargetKind::RelativePerYear && i.targetValue) {
            return Tr::tr("%1 a year")
                .arg(ValueFormat::withUnit(i.targetValue, Unit::Percentage, i.decimals));
        }
        return ValueFormat::withPeriod(i.targetValue, i.unit, i.decimals, i.targetPeriod);
    case LatestColumn:
        if (!row.latest)
            return Tr::tr("no data yet");
        return ValueFormat::withPeriod(row.latest->value, i.unit, i.decimals, row.latest->period);
    case StatusColumn:
        return IndicatorSummaries::statusText(row.status);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::sortValue(const QModelIndex &index) const
{
    const IndicatorRow &row = m_rows.at(index.row());
    switch (index.column()) {
    case BaselineColumn:
        return number(row.indicator.baselineValue);
    case TargetColumn:
        return number(row.indicator.targetValue);
    case LatestColumn:
        return row.latest ? number(row.latest->value) : QVariant();
    case TrendColumn:
        return row.trend.isEmpty() ? QVariant() : QVariant(row.trend.last());
    case StatusColumn:
        return IndicatorSummaries::statusRank(row.status.state);
    case RagColumn:
        return Rags::rank(row.rag);
    default:
        return data(index, Qt::DisplayRole);
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Indicator");
    case AreaColumn:
        return Tr::tr("Area");
    case ProgrammeColumn:
        return Tr::tr("Programme");
    case UnitColumn:
        return Tr::tr("Unit");
    case PolarityColumn:
        return Tr::tr("Polarity");
    case BaselineColumn:
        return Tr::tr("Baseline");
    case TargetColumn:
        return Tr::tr("Target");
    case LatestColumn:
        return Tr::tr("Latest");
    case TrendColumn:
        return Tr::tr("Trend");
    case StatusColumn:
        return Tr::tr("Status against trajectory");
    case VariationColumn:
        return Tr::tr("Variation");
    case AssuranceColumn:
        return Tr::tr("Assurance");
    case RagColumn:
        return Tr::tr("Programme RAG");
    default:
        return {};
    }
}

} // namespace Jfp
