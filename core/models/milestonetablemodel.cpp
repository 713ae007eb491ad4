// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "milestonetablemodel.h"

#include "coretr.h"
#include "domain/milestoneschedule.h"

#include <QLocale>

namespace Jfp {

MilestoneTableModel::MilestoneTableModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_today(QDate::currentDate())
{}

void MilestoneTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MilestoneTableModel::setSlipToleranceDays(int days)
{
    if (days == m_slipToleranceDays)
        return;
    m_slipToleranceDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MilestoneTableModel::showArea(const PlanSnapshot *plan, Id areaId)
{
    QList<Row> rows;
    if (plan) {
        setSlipToleranceDays(plan->info.milestoneSlipToleranceDays);
        for (const Milestone &m : plan->milestones) {
            const Programme *p = plan->programme(m.programmeId);
            if (p && (areaId == 0 || plan->isAreaWithin(p->areaId, areaId)))
                rows.append({m, p->name});
        }
    }
    showRows(rows, plan ? QStringLiteral("area:%1").arg(areaId) : QString());
}

void MilestoneTableModel::showProgramme(const PlanSnapshot *plan, Id programmeId)
{
    QList<Row> rows;
    if (plan) {
        setSlipToleranceDays(plan->info.milestoneSlipToleranceDays);
        for (const Milestone &m : plan->milestones) {
            if (plan->isProgrammeWithin(m.programmeId, programmeId)) {
                const Programme *p = plan->programme(m.programmeId);
                rows.append({m, p ? p->name : QString()});
            }
        }
    }
    showRows(rows, plan ? QStringLiteral("programme:%1").arg(programmeId) : QString());
}

void MilestoneTableModel::clear()
{
    showRows({}, {});
}

int MilestoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MilestoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Milestone &m = row.milestone;
    const auto dateOf = [&m](int column) {
        switch (column) {
        case BaselineDateColumn:
            return m.baselineDate;
        case ForecastDateColumn:
            return m.forecastDate;
        case CompletionDateColumn:
            return m.completionDate;
        case DueColumn:
            return MilestoneSchedule::dueDate(m);
        default:
            return QDate();
        }
    };
    switch (role) {
    case MilestoneIdRole:
        return m.id;
    case StatusKeyRole:
        return Enums::key(m.status);
    case DateRole:
        return dateOf(index.column());
    case StatusRole:
        return int(m.status);
    case DaysOverdueRole:
        return MilestoneSchedule::daysOverdue(m, m_today);
    case ShownStatusRole:
        return int(MilestoneSchedule::shownStatus(m, m_today, m_slipToleranceDays));
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn
            && MilestoneSchedule::statusText(m, m_today, m_slipToleranceDays)
                   != Enums::label(m.status)) {
            // What the dates say, and the status as set, which the plan keeps.
            // Slipped: by how much, and by how much the plan lets a forecast run late.
            const QString why
                = MilestoneSchedule::dateState(m, m_today, m_slipToleranceDays)
                          == MilestoneSchedule::DateState::Overdue
                      ? MilestoneSchedule::dueText(m, m_today)
                      : Tr::tr("Forecast %n day(s) after its baseline date, more than the %1 "
                               "the plan allows",
                               "",
                               int(m.baselineDate.daysTo(m.forecastDate)))
                            .arg(Tr::tr("%n day(s)", "", m_slipToleranceDays));
            return Tr::tr("%1. Status as set: %2").arg(why, Enums::label(m.status));
        }
        return m.notes;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return m.title;
    case ProgrammeColumn:
        return row.programmeName;
    case OwnerColumn:
        return m.owner;
    case BaselineDateColumn:
    case ForecastDateColumn:
    case CompletionDateColumn: {
        const QDate date = dateOf(index.column());
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    case StatusColumn:
        return MilestoneSchedule::statusText(m, m_today, m_slipToleranceDays);
    case DueColumn:
        return MilestoneSchedule::dueText(m, m_today);
    default:
        return {};
    }
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return Tr::tr("Milestone");
    case ProgrammeColumn:
        return Tr::tr("Programme");
    case OwnerColumn:
        return Tr::tr("Owner");
    case BaselineDateColumn:
        return Tr::tr("Baseline date");
    case ForecastDateColumn:
        return Tr::tr("Forecast date");
    case CompletionDateColumn:
        return Tr::tr("Completion date");
    case StatusColumn:
        return Tr::tr("Status");
    case DueColumn:
        return Tr::tr("Due");
    default:
        return {};
    }
}

} // namespace Jfp
