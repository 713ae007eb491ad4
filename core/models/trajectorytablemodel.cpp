// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "trajectorytablemodel.h"

#include "commands/indicatorvaluecommands.h"
#include "commands/validation.h"
#include "coretr.h"
#include "domain/valueformat.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace Jfp {

namespace {

using namespace Qt::StringLiterals;

constexpr int maxRows = 2000; // monthly rows over several decades at most

Period::Kind kindOf(TrajectoryTableModel::Granularity granularity)
{
    switch (granularity) {
    case TrajectoryTableModel::Granularity::Annual:
        return Period::Kind::FinancialYear;
    case TrajectoryTableModel::Granularity::Quarterly:
        return Period::Kind::FinancialQuarter;
    case TrajectoryTableModel::Granularity::Monthly:
        return Period::Kind::Month;
    }
    return Period::Kind::FinancialYear;
}

bool isGridKind(Period::Kind kind)
{
    return kind == Period::Kind::FinancialYear || kind == Period::Kind::FinancialQuarter
           || kind == Period::Kind::Month;
}

QString fullNumber(const OptionalValue &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

bool sameValue(const OptionalValue &a, const OptionalValue &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

bool sameActual(const std::optional<ActualValue> &a, const ActualValue &b)
{
    const ActualValue empty;
    const ActualValue &x = a ? *a : empty;
    return sameValue(x.value, b.value) && sameValue(x.lower, b.lower) && sameValue(x.upper, b.upper)
           && x.note == b.note;
}

} // namespace

QString TrajectoryTableModel::ragKey(TrajectoryStatus::State state)
{
    switch (state) {
    case TrajectoryStatus::State::OnTrack:
        return u"green"_s;
    case TrajectoryStatus::State::OffTrack:
        return u"red"_s;
    case TrajectoryStatus::State::NotAssessed:
    case TrajectoryStatus::State::NoTrajectory:
        return u"grey"_s;
    case TrajectoryStatus::State::NoData:
        break;
    }
    return {};
}

TrajectoryTableModel::TrajectoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrajectoryTableModel::setIndicator(const PlanSnapshot &plan, Id indicatorId)
{
    const Indicator *found = nullptr;
    for (const Indicator &i : plan.indicators) {
        if (i.id == indicatorId)
            found = &i;
    }
    if (!found) {
        clear();
        return;
    }
    beginResetModel();
    const bool same = found->id == m_indicator.id;
    m_indicator = *found; // a copy: the snapshot is replaced after every change
    m_horizonStart = plan.info.horizonStart;
    m_horizonEnd = plan.info.horizonEnd.isEmpty() ? u"2028/29"_s : plan.info.horizonEnd;
    if (!same)
        m_granularity = naturalGranularity(m_indicator);
    rebuild();
    endResetModel();
}

void TrajectoryTableModel::clear()
{
    beginResetModel();
    m_indicator = {};
    m_rows.clear();
    m_otherGranularity = 0;
    endResetModel();
}

void TrajectoryTableModel::setGranularity(Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    beginResetModel();
    m_granularity = granularity;
    if (hasIndicator())
        rebuild();
    endResetModel();
}

TrajectoryTableModel::Granularity
TrajectoryTableModel::naturalGranularity(const Indicator &indicator)
{
    bool quarters = false;
    const auto look = [&](const QString &text) {
        const Period::Kind kind = Period::parse(text).kind();
        if (kind == Period::Kind::Month || kind == Period::Kind::MonthRange)
            return true;
        quarters = quarters || kind == Period::Kind::FinancialQuarter
                   || kind == Period::Kind::CalendarQuarter;
        return false;
    };
    for (const PeriodValue &v : indicator.trajectory) {
        if (look(v.period))
            return Granularity::Monthly;
    }
    for (const ActualValue &v : indicator.actuals) {
        if (look(v.period))
            return Granularity::Monthly;
    }
    return quarters ? Granularity::Quarterly : Granularity::Annual;
}

void TrajectoryTableModel::rebuild()
{
    m_rows.clear();
    m_otherGranularity = 0;
    const Period::Kind grid = kindOf(m_granularity);

    // Every stored period, by its house-style label.
    QMap<QString, Row> stored;
    QList<Period> order;
    const auto rowFor = [&](const QString &text) -> Row * {
        const Period p = Period::parse(text);
        if (!p.isValid())
            return nullptr;
        if (isGridKind(p.kind()) && p.kind() != grid) {
            ++m_otherGranularity;
            return nullptr;
        }
        const QString key = p.toString();
        if (!stored.contains(key)) {
            stored.insert(key, Row{p, {}, {}, {}});
            order.append(p);
        }
        return &stored[key];
    };
    for (const PeriodValue &v : std::as_const(m_indicator.trajectory)) {
        if (Row *row = rowFor(v.period))
            row->planned = v;
    }
    for (const ActualValue &v : std::as_const(m_indicator.actuals)) {
        if (Row *row = rowFor(v.period))
            row->actual = v;
    }

    // The grid: from the baseline period (or the earliest value) to the horizon's end.
    const Period baseline = Period::parse(m_indicator.baselinePeriod);
    const Period target = Period::parse(m_indicator.targetPeriod);
    std::optional<Period> first;
    std::optional<Period> last;
    const auto widen = [&](const Period &p) {
        if (!first || p < *first)
            first = p;
        if (!last || *last < p)
            last = p;
    };
    if (baseline.isValid())
        widen(TrajectoryFill::periodContaining(baseline.end(), m_granularity));
    const Period horizonEnd = Period::parse(m_horizonEnd);
    if (horizonEnd.isValid())
        widen(TrajectoryFill::periodContaining(horizonEnd.end(), m_granularity));
    if (!baseline.isValid()) {
        const Period horizonStart = Period::parse(m_horizonStart);
        if (horizonStart.isValid())
            widen(TrajectoryFill::periodContaining(horizonStart.start(), m_granularity));
    }
    for (const Period &p : std::as_const(order)) {
        if (p.kind() == grid)
            widen(p);
    }
    QList<Period> periods;
    if (first && last) {
        for (Period p = *first; p.isValid() && !(*last < p) && periods.size() < maxRows;
             p = p.next())
            periods.append(p);
    }
    for (const Period &p : std::as_const(order)) {
        if (p.kind() != grid)
            periods.append(p);
    }
    std::stable_sort(periods.begin(), periods.end());

    // The baseline and target rows: that period itself, else the row that contains its end.
    const auto markRow = [&](const Period &p) -> QString {
        if (!p.isValid())
            return {};
        for (const Period &candidate : std::as_const(periods)) {
            if (candidate == p)
                return candidate.toString();
        }
        return TrajectoryFill::periodContaining(p.end(), m_granularity).toString();
    };
    const QString baselineRow = markRow(baseline);
    const QString targetRow = markRow(target);
    const auto withPeriod = [](const QString &text, const Period &own, const QString &row) {
        return own.toString() == row ? text : Tr::tr("%1 for %2").arg(text, own.toString());
    };

    for (const Period &p : std::as_const(periods)) {
        Row row = stored.value(p.toString(), Row{p, {}, {}, {}});
        const QString key = p.toString();
        QStringList markers;
        if (key == baselineRow) {
            markers << withPeriod(Tr::tr("baseline %1")
                                      .arg(ValueFormat::withUnit(m_indicator.baselineValue,
                                                                 m_indicator.unit,
                                                                 m_indicator.decimals)),
                                  baseline,
                                  key);
        }
        if (key == targetRow) {
            markers << withPeriod(m_indicator.targetKind == TargetKind::Absolute
                                      ? Tr::tr("target %1")
                                            .arg(ValueFormat::withUnit(m_indicator.targetValue,
                                                                       m_indicator.unit,
                                                                       m_indicator.decimals))
                                      : Tr::tr("target"),
                                  target,
                                  key);
        }
        row.marker = markers.join(u"; "_s);
        m_rows.append(row);
    }
}

TrajectoryStatus TrajectoryTableModel::status() const
{
    return IndicatorSummaries::statusAgainstTrajectory(m_indicator);
}

int TrajectoryTableModel::rowOf(const QString &period) const
{
    const Period wanted = Period::parse(period);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).period == wanted)
            return r;
    }
    return -1;
}

int TrajectoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrajectoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TrajectoryTableModel::isEditable(int column)
{
    return column == PlannedColumn || column == ActualColumn || column == LowerColumn
           || column == UpperColumn || column == NoteColumn;
}

Qt::ItemFlags TrajectoryTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.column()) && m_sink)
        f |= Qt::ItemIsEditable;
    return f;
}

QString TrajectoryTableModel::columnName(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString TrajectoryTableModel::cellText(const Row &row, int column, int role) const
{
    const bool edit = role == Qt::EditRole;
    const auto number = [&](const OptionalValue &v) {
        if (!v)
            return QString();
        return edit ? fullNumber(v) : ValueFormat::number(*v, m_indicator.decimals);
    };
    switch (column) {
    case PeriodColumn:
        if (edit || row.marker.isEmpty())
            return row.period.toString();
        return Tr::tr("%1 (%2)").arg(row.period.toString(), row.marker);
    case PlannedColumn:
        return row.planned ? number(row.planned->value) : QString();
    case ActualColumn: {
        if (!row.actual)
            return {};
        const QString text = number(row.actual->value);
        return !edit && row.actual->synthetic && !text.isEmpty()
                   ? Tr::tr("%1 (illustrative)").arg(text)
                   : text;
    }
    case LowerColumn:
        return row.actual ? number(row.actual->lower) : QString();
    case UpperColumn:
        return row.actual ? number(row.actual->upper) : QString();
    case NoteColumn:
        return row.actual ? row.actual->note : QString();
    case StatusColumn:
        if (!row.actual || !row.actual->value)
            return {};
        return IndicatorSummaries::statusOfActual(m_indicator, *row.actual).label;
    default:
        break;
    }
    return {};
}

QVariant TrajectoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(row, column, role);
    case Qt::AccessibleTextRole: {
        const QString text = cellText(row, column, Qt::DisplayRole);
        return text.isEmpty() && column != PeriodColumn ? Tr::tr("empty") : text;
    }
    case Qt::ToolTipRole:
        if (column == StatusColumn && row.actual && row.actual->value)
            return IndicatorSummaries::statusOfActual(m_indicator, *row.actual).detail;
        if (column == ActualColumn && row.actual && row.actual->synthetic)
            return Tr::tr("Illustrative data, not a published figure");
        if (column == PeriodColumn && !row.marker.isEmpty())
            return row.marker;
        return {};
    case Qt::TextAlignmentRole:
        if (column == PlannedColumn || column == ActualColumn || column == LowerColumn
            || column == UpperColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PeriodRole:
        return row.period.toString();
    case RagRole:
        if (column != StatusColumn || !row.actual || !row.actual->value)
            return QString();
        return ragKey(IndicatorSummaries::statusOfActual(m_indicator, *row.actual).state);
    case StatusStateRole:
        if (!row.actual || !row.actual->value)
            return -1;
        return int(IndicatorSummaries::statusOfActual(m_indicator, *row.actual).state);
    default:
        break;
    }
    return {};
}

QVariant TrajectoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PeriodColumn:
            return Tr::tr("Period");
        case PlannedColumn:
            return Tr::tr("Planned");
        case ActualColumn:
            return Tr::tr("Actual");
        case LowerColumn:
            return Tr::tr("Lower 95% limit");
        case UpperColumn:
            return Tr::tr("Upper 95% limit");
        case NoteColumn:
            return Tr::tr("Note");
        case StatusColumn:
            return Tr::tr("Status");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PlannedColumn:
            return Tr::tr("The trajectory: the value planned for the period");
        case ActualColumn:
            return Tr::tr("The observed value for the period");
        case StatusColumn:
            return Tr::tr("The actual against the planned value, using the indicator's polarity"
                          " and tolerance");
        default:
            break;
        }
    }
    return {};
}

std::optional<double> TrajectoryTableModel::parseNumber(const QString &input, Unit unit, bool *ok)
{
    QString text = input.trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    if (unit == Unit::Percentage && text.endsWith(QLatin1Char('%')))
        text.chop(1);
    if (unit == Unit::Money && text.startsWith(QChar(0x00A3)))
        text.remove(0, 1);
    text = text.trimmed();
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    if (!*ok || !std::isfinite(value)) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

bool TrajectoryTableModel::collect(const QList<CellEdit> &edits,
                                   Pending *pending,
                                   QStringList *problems) const
{
    QStringList found;
    QMap<int, ActualValue> actuals; // by row
    QMap<int, QString> actualWhere;
    QHash<int, PeriodValue> planned;
    for (const CellEdit &e : edits) {
        if (e.row < 0 || e.row >= m_rows.size() || !isEditable(e.column))
            continue;
        const Row &row = m_rows.at(e.row);
        const QString period = row.period.toString();
        const QString where
            = e.where.isEmpty() ? Tr::tr("%1, %2").arg(period, columnName(e.column)) : e.where;
        bool ok = true;
        OptionalValue value;
        if (e.column != NoteColumn) {
            value = parseNumber(e.text, m_indicator.unit, &ok);
            if (!ok) {
                found << Tr::tr("%1: '%2' is not a number. Type a number such as 12.5, or"
                                " leave the cell empty to clear it.")
                             .arg(where, e.text.trimmed());
                continue;
            }
        }
        if (e.column == PlannedColumn) {
            const PeriodValue v{period, value};
            const Validation::Messages messages = Validation::trajectoryValues(m_indicator, {v});
            if (!messages.isEmpty()) {
                found << Tr::tr("%1: %2").arg(where, Validation::summary(messages));
                continue;
            }
            planned.insert(e.row, v);
            continue;
        }
        if (!actuals.contains(e.row)) {
            ActualValue start = row.actual.value_or(ActualValue{});
            start.period = period;
            actuals.insert(e.row, start);
        }
        ActualValue &a = actuals[e.row];
        switch (e.column) {
        case ActualColumn:
            a.value = value;
            a.synthetic = false; // a value typed in is a real figure
            break;
        case LowerColumn:
            a.lower = value;
            break;
        case UpperColumn:
            a.upper = value;
            break;
        case NoteColumn:
            a.note = e.text.trimmed();
            break;
        default:
            break;
        }
        actualWhere[e.row] = where;
    }
    for (auto it = actuals.cbegin(); it != actuals.cend(); ++it) {
        const Validation::Messages messages = Validation::actualValues(m_indicator, {it.value()});
        if (!messages.isEmpty()) {
            found << Tr::tr("%1: %2").arg(actualWhere.value(it.key()),
                                          Validation::summary(messages));
        }
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems << found;
        return false;
    }
    // Only what changes goes into the command.
    QList<int> rows = planned.keys();
    std::sort(rows.begin(), rows.end());
    for (const int r : std::as_const(rows)) {
        const Row &row = m_rows.at(r);
        const PeriodValue &v = planned.value(r);
        if (!sameValue(row.planned ? row.planned->value : OptionalValue{}, v.value))
            pending->planned.append(v);
    }
    for (auto it = actuals.cbegin(); it != actuals.cend(); ++it) {
        if (!sameActual(m_rows.at(it.key()).actual, it.value()))
            pending->actuals.append(it.value());
    }
    return true;
}

bool TrajectoryTableModel::send(const Pending &pending, QStringList *problems)
{
    if (pending.planned.isEmpty() && pending.actuals.isEmpty())
        return true; // nothing changes
    if (!m_sink) {
        if (problems)
            *problems << Tr::tr("This plan cannot be changed here.");
        return false;
    }
    std::unique_ptr<PlanCommand> command;
    if (pending.actuals.isEmpty())
        command = Commands::setTrajectoryValues(m_indicator, pending.planned);
    else if (pending.planned.isEmpty())
        command = Commands::setActualValues(m_indicator, pending.actuals);
    else
        command = Commands::setIndicatorValues(m_indicator, pending.planned, pending.actuals);
    // The sink re-shows the plan: this model is reset before it returns.
    if (!m_sink(std::move(command))) {
        if (problems)
            *problems << Tr::tr("The change was not made.");
        return false;
    }
    return true;
}

bool TrajectoryTableModel::applyEdits(const QList<CellEdit> &edits, QStringList *problems)
{
    Pending pending;
    if (!collect(edits, &pending, problems))
        return false;
    return send(pending, problems);
}

QStringList TrajectoryTableModel::check(const QModelIndex &index, const QString &text) const
{
    Pending pending;
    QStringList problems;
    if (index.isValid())
        collect({{index.row(), index.column(), text, {}}}, &pending, &problems);
    return problems;
}

bool TrajectoryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !isEditable(index.column()))
        return false;
    QStringList problems;
    if (applyEdits({{index.row(), index.column(), value.toString(), {}}}, &problems))
        return true;
    if (!problems.isEmpty())
        Q_EMIT editRefused(problems.join(QLatin1Char('\n')));
    return false;
}

bool TrajectoryTableModel::clearCells(const QModelIndexList &cells, QStringList *problems)
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : cells) {
        if (index.isValid() && isEditable(index.column()))
            edits.append({index.row(), index.column(), QString(), {}});
    }
    return applyEdits(edits, problems);
}

bool TrajectoryTableModel::paste(const QModelIndexList &selection,
                                 const QString &text,
                                 QStringList *problems)
{
    const auto refuse = [problems](const QString &message) {
        if (problems)
            *problems << message;
        return false;
    };
    if (selection.isEmpty())
        return refuse(Tr::tr("Select the cell to paste into first."));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // a spreadsheet ends the copied block with a newline
    if (lines.isEmpty() || (lines.size() == 1 && lines.first().isEmpty() && text.isEmpty()))
        return refuse(Tr::tr("There is nothing to paste: copy cells from a spreadsheet first."));

    QList<CellEdit> edits;
    QStringList found;
    QString overflow; // lines past the last row: reported after the bad cells above them
    const bool oneValue = lines.size() == 1 && !lines.first().contains(QLatin1Char('\t'));
    if (oneValue && selection.size() > 1) {
        // One value fills every selected cell, as in a spreadsheet.
        for (const QModelIndex &index : selection) {
            if (isEditable(index.column()))
                edits.append({index.row(), index.column(), lines.first(), {}});
        }
    } else {
        int top = INT_MAX;
        int left = INT_MAX;
        for (const QModelIndex &index : selection) {
            top = std::min(top, index.row());
            left = std::min(left, index.column());
        }
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
            const int row = top + i;
            if (row >= m_rows.size()) {
                overflow = Tr::tr("Line %1 of the pasted text: there is no period below %2. The"
                                  " pasted text has %3 lines; %4 fit from the selected cell.")
                               .arg(i + 1)
                               .arg(m_rows.constLast().period.toString())
                               .arg(lines.size())
                               .arg(m_rows.size() - top);
                break;
            }
            for (int j = 0; j < cells.size(); ++j) {
                const int column = left + j;
                const QString period = m_rows.at(row).period.toString();
                if (!isEditable(column)) {
                    found << Tr::tr("Line %1 of the pasted text (%2): value %3 would go into the"
                                    " %4 column, which cannot be edited.")
                                 .arg(i + 1)
                                 .arg(period)
                                 .arg(j + 1)
                                 .arg(column < ColumnCount ? columnName(column)
                                                           : Tr::tr("(past the last)"));
                    continue;
                }
                edits.append({row,
                              column,
                              cells.at(j),
                              Tr::tr("Line %1 of the pasted text (%2, %3)")
                                  .arg(i + 1)
                                  .arg(period, columnName(column))});
            }
        }
    }
    Pending pending;
    const bool ok = collect(edits, &pending, &found);
    if (!overflow.isEmpty())
        found << overflow;
    if (!ok || !found.isEmpty()) {
        if (problems)
            *problems << found;
        return false;
    }
    return send(pending, problems);
}

QString TrajectoryTableModel::copy(const QModelIndexList &selection) const
{
    if (selection.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &index : selection) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = index(r, c);
            cells << (selection.contains(i) ? cellText(m_rows.at(r), c, Qt::EditRole) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

TrajectoryFill::Request TrajectoryTableModel::fillRequest() const
{
    TrajectoryFill::Request request;
    request.baseline = m_indicator.baselineValue.value_or(0);
    request.baselinePeriod = m_indicator.baselinePeriod;
    request.target
        = m_indicator.targetKind == TargetKind::Absolute ? m_indicator.targetValue.value_or(0) : 0;
    request.targetPeriod = m_indicator.targetPeriod;
    request.step = m_granularity;
    request.afterTarget = TrajectoryFill::AfterTarget::Hold;
    request.lastPeriod = m_horizonEnd;
    request.decimals = m_indicator.decimals;
    return request;
}

bool TrajectoryTableModel::setPlanned(const QList<PeriodValue> &values, QStringList *problems)
{
    const Validation::Messages messages = Validation::trajectoryValues(m_indicator, values);
    if (!messages.isEmpty()) {
        if (problems)
            *problems << Validation::summary(messages);
        return false;
    }
    Pending pending;
    for (const PeriodValue &v : values) {
        const Period p = Period::parse(v.period);
        const auto stored
            = std::find_if(m_indicator.trajectory.cbegin(),
                           m_indicator.trajectory.cend(),
                           [&](const PeriodValue &s) { return Period::parse(s.period) == p; });
        if (stored == m_indicator.trajectory.cend() || !sameValue(stored->value, v.value))
            pending.planned.append(v);
    }
    return send(pending, problems);
}

} // namespace Jfp
