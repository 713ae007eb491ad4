// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressupdatetablemodel.h"

#include "coretr.h"
#include "domain/period.h"
#include "domain/rag.h"

#include <QLocale>

namespace Jfp {

namespace {

using namespace Qt::StringLiterals;

// The narrative on one line, for the list.
QString preview(const ProgressUpdate &u)
{
    QStringList parts;
    if (!u.wentWell.isEmpty())
        parts << Tr::tr("Went well: %1").arg(u.wentWell);
    if (!u.didNot.isEmpty())
        parts << Tr::tr("Did not: %1").arg(u.didNot);
    if (!u.nextSteps.isEmpty())
        parts << Tr::tr("Next: %1").arg(u.nextSteps);
    QString text = parts.join(u" · "_s).simplified();
    return text.isEmpty() ? Tr::tr("(no narrative)") : text;
}

} // namespace

ProgressUpdateTableModel::ProgressUpdateTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void ProgressUpdateTableModel::showProgramme(const PlanSnapshot &plan, Id programmeId)
{
    QList<ProgressUpdate> rows;
    for (const ProgressUpdate &u : plan.progressUpdates) {
        if (u.programmeId == programmeId)
            rows.append(u);
    }
    // Newest quarter first; within a quarter, the latest recorded first.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const Period pa = Period::parse(a.period);
        const Period pb = Period::parse(b.period);
        if (!(pa == pb))
            return pb < pa;
        return a.recordedAt > b.recordedAt;
    });
    // The same programme again (after a change) updates by rows; another one resets.
    m_programmeId = programmeId;
    showRows(std::move(rows), u"programme:%1"_s.arg(programmeId));
}

void ProgressUpdateTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_scope.clear();
    m_programmeId = 0;
    endResetModel();
}

const ProgressUpdate *ProgressUpdateTableModel::updateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProgressUpdateTableModel::rowOf(Id updateId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == updateId)
            return r;
    }
    return -1;
}

QString ProgressUpdateTableModel::narrative(const ProgressUpdate &u)
{
    const auto part = [](const QString &heading, const QString &text) {
        return Tr::tr("%1:\n%2").arg(heading, text.isEmpty() ? Tr::tr("(not written)") : text);
    };
    return QStringList{part(Tr::tr("What went well"), u.wentWell),
                       part(Tr::tr("What did not go well"), u.didNot),
                       part(Tr::tr("Next steps"), u.nextSteps)}
        .join(u"\n\n"_s);
}

int ProgressUpdateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressUpdateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressUpdateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressUpdate &u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuarterColumn:
            return u.period;
        case RagColumn:
            return Rags::label(u.rag);
        case AuthorColumn:
            return u.recordedBy.isEmpty() ? Tr::tr("not recorded") : u.recordedBy;
        case RecordedColumn:
            return u.recordedAt.isValid()
                       ? QLocale().toString(u.recordedAt.toLocalTime(), QLocale::ShortFormat)
                       : Tr::tr("not recorded");
        case NarrativeColumn:
            return preview(u);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NarrativeColumn)
            return narrative(u);
        if (index.column() == RecordedColumn && u.recordedAt.isValid())
            return QLocale().toString(u.recordedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case UpdateIdRole:
        return u.id;
    case RagRole:
        return index.column() == RagColumn ? u.rag : QString();
    default:
        break;
    }
    return {};
}

QVariant
ProgressUpdateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuarterColumn:
        return Tr::tr("Quarter");
    case RagColumn:
        return Tr::tr("RAG");
    case AuthorColumn:
        return Tr::tr("Recorded by");
    case RecordedColumn:
        return Tr::tr("Recorded");
    case NarrativeColumn:
        return Tr::tr("Narrative");
    default:
        break;
    }
    return {};
}

} // namespace Jfp
