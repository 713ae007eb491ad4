// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatortablemodel.h"

#include "coretr.h"
#include "domain/valueformat.h"

namespace Jfp {

using namespace Qt::StringLiterals;

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void IndicatorTableModel::setRows(const QList<IndicatorSummary> &summaries, const QString &scope)
{
    QList<IndicatorRow> rows;
    rows.reserve(summaries.size());
    const PlanSnapshot none;
    for (const IndicatorSummary &summary : summaries)
        rows.append({*summary.indicator,
                     summary.area ? summary.area->name : QString(),
                     summary.programme ? summary.programme->name : QString(),
                     summary.latest,
                     SpcChartBuilder::build(none, *summary.indicator),
                     IndicatorSummaries::statusAgainstTrajectory(*summary.indicator)});
    showRows(std::move(rows), scope);
}

void IndicatorTableModel::showArea(const PlanSnapshot *plan, Id areaId)
{
    setRows(plan ? IndicatorSummaries::forArea(*plan, areaId) : QList<IndicatorSummary>(),
            plan ? u"area:%1"_s.arg(areaId) : QString());
}

void IndicatorTableModel::showProgramme(const PlanSnapshot *plan, Id programmeId)
{
    setRows(plan ? IndicatorSummaries::forProgramme(*plan, programmeId) : QList<IndicatorSummary>(),
            plan ? u"programme:%1"_s.arg(programmeId) : QString());
}

void IndicatorTableModel::clear()
{
    setRows({}, {});
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
    const SpcChartData &spc = row.spc;
    if (index.column() == VariationColumn || index.column() == AssuranceColumn) {
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
    case StatusColumn:
        return Tr::tr("Status against trajectory");
    case VariationColumn:
        return Tr::tr("Variation");
    case AssuranceColumn:
        return Tr::tr("Assurance");
    default:
        return {};
    }
}

} // namespace Jfp
