// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "changehistorymodel.h"

#include "coretr.h"
#include "domain/rag.h"
#include "domain/valueformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Jfp {

using namespace Qt::StringLiterals;

ChangeHistoryModel::ChangeHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ChangeHistoryModel::load(Database &db, QString *error)
{
    const auto rows = HistoryRepository(db).query({}, error);
    if (!rows)
        return false;
    beginResetModel();
    m_all = *rows;
    std::reverse(m_all.begin(), m_all.end()); // the repository gives oldest first
    // Rows of one change share its time; keep the newest change first, its rows in order.
    std::stable_sort(m_all.begin(), m_all.end(), [](const auto &a, const auto &b) {
        return a.changedAt > b.changedAt;
    });
    QList<ChangeRecord> ordered;
    ordered.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size();) {
        qsizetype j = i;
        while (j < m_all.size() && m_all.at(j).changedAt == m_all.at(i).changedAt
               && m_all.at(j).command == m_all.at(i).command)
            ++j;
        for (qsizetype k = j - 1; k >= i; --k)
            ordered.append(m_all.at(k));
        i = j;
    }
    m_all = ordered;
    applyFilters();
    endResetModel();
    return true;
}

void ChangeHistoryModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
}

void ChangeHistoryModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    beginResetModel();
    m_text = text;
    applyFilters();
    endResetModel();
}

void ChangeHistoryModel::setItemFilter(const QString &kind, Id id)
{
    if (kind == m_kind && id == m_itemId)
        return;
    beginResetModel();
    m_kind = kind;
    m_itemId = id;
    applyFilters();
    endResetModel();
}

void ChangeHistoryModel::setUserFilter(const QString &user)
{
    if (user == m_user)
        return;
    beginResetModel();
    m_user = user;
    applyFilters();
    endResetModel();
}

QStringList ChangeHistoryModel::users() const
{
    QSet<QString> set;
    for (const ChangeRecord &r : m_all) {
        if (!r.changedBy.isEmpty())
            set.insert(r.changedBy);
    }
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

const ChangeRecord *ChangeHistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

bool ChangeHistoryModel::matches(const ChangeRecord &r) const
{
    if (!m_kind.isEmpty() && (r.itemKind != m_kind || r.itemId != m_itemId))
        return false;
    if (!m_user.isEmpty() && r.changedBy != m_user)
        return false;
    const QString text = m_text.trimmed();
    if (!text.isEmpty() && !r.itemName.contains(text, Qt::CaseInsensitive)
        && !kindLabel(r.itemKind).contains(text, Qt::CaseInsensitive)
        && !r.field.contains(text, Qt::CaseInsensitive)
        && !fieldLabel(r.field).contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

void ChangeHistoryModel::applyFilters()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_shown.append(i);
    }
}

QString ChangeHistoryModel::kindLabel(const QString &kind)
{
    if (kind == u"area"_s)
        return Tr::tr("Area");
    if (kind == u"programme"_s)
        return Tr::tr("Programme");
    if (kind == u"milestone"_s)
        return Tr::tr("Milestone");
    if (kind == u"indicator"_s)
        return Tr::tr("Indicator");
    if (kind == u"progress_update"_s)
        return Tr::tr("Progress update");
    if (kind == u"annotation"_s)
        return Tr::tr("Annotation");
    return kind;
}

void ChangeHistoryModel::setIndicatorDecimals(const QHash<Id, int> &decimals)
{
    m_decimals = decimals;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, OldValueColumn), index(rowCount() - 1, NewValueColumn));
}

QString ChangeHistoryModel::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"name"_s, QT_TRANSLATE_NOOP("Jfp", "Name")},
        {u"shortName"_s, QT_TRANSLATE_NOOP("Jfp", "Short name")},
        {u"level"_s, QT_TRANSLATE_NOOP("Jfp", "Level")},
        {u"onsCode"_s, QT_TRANSLATE_NOOP("Jfp", "ONS code")},
        {u"odsCode"_s, QT_TRANSLATE_NOOP("Jfp", "ODS code")},
        {u"population"_s, QT_TRANSLATE_NOOP("Jfp", "Population")},
        {u"populationYear"_s, QT_TRANSLATE_NOOP("Jfp", "Population year")},
        {u"populationSource"_s, QT_TRANSLATE_NOOP("Jfp", "Population source")},
        {u"description"_s, QT_TRANSLATE_NOOP("Jfp", "Description")},
        {u"source"_s, QT_TRANSLATE_NOOP("Jfp", "Source")},
        {u"extraCodes"_s, QT_TRANSLATE_NOOP("Jfp", "Other codes")},
        {u"ambition"_s, QT_TRANSLATE_NOOP("Jfp", "Ambition")},
        {u"sro"_s, QT_TRANSLATE_NOOP("Jfp", "Senior responsible owner")},
        {u"manager"_s, QT_TRANSLATE_NOOP("Jfp", "Programme manager")},
        {u"status"_s, QT_TRANSLATE_NOOP("Jfp", "Status")},
        {u"start"_s, QT_TRANSLATE_NOOP("Jfp", "Start date")},
        {u"end"_s, QT_TRANSLATE_NOOP("Jfp", "End date")},
        {u"themeIds"_s, QT_TRANSLATE_NOOP("Jfp", "Themes")},
        {u"title"_s, QT_TRANSLATE_NOOP("Jfp", "Title")},
        {u"owner"_s, QT_TRANSLATE_NOOP("Jfp", "Owner")},
        {u"baselineDate"_s, QT_TRANSLATE_NOOP("Jfp", "Baseline date")},
        {u"forecastDate"_s, QT_TRANSLATE_NOOP("Jfp", "Forecast date")},
        {u"completionDate"_s, QT_TRANSLATE_NOOP("Jfp", "Completion date")},
        {u"notes"_s, QT_TRANSLATE_NOOP("Jfp", "Notes")},
        {u"period"_s, QT_TRANSLATE_NOOP("Jfp", "Period")},
        {u"rag"_s, QT_TRANSLATE_NOOP("Jfp", "RAG status")},
        {u"wentWell"_s, QT_TRANSLATE_NOOP("Jfp", "What went well")},
        {u"didNot"_s, QT_TRANSLATE_NOOP("Jfp", "What did not go well")},
        {u"nextSteps"_s, QT_TRANSLATE_NOOP("Jfp", "Next steps")},
        {u"code"_s, QT_TRANSLATE_NOOP("Jfp", "Code")},
        {u"definition"_s, QT_TRANSLATE_NOOP("Jfp", "Definition")},
        {u"unit"_s, QT_TRANSLATE_NOOP("Jfp", "Unit")},
        {u"decimals"_s, QT_TRANSLATE_NOOP("Jfp", "Decimal places")},
        {u"polarity"_s, QT_TRANSLATE_NOOP("Jfp", "Polarity")},
        {u"baselineValue"_s, QT_TRANSLATE_NOOP("Jfp", "Baseline")},
        {u"baselinePeriod"_s, QT_TRANSLATE_NOOP("Jfp", "Baseline period")},
        {u"baselineNote"_s, QT_TRANSLATE_NOOP("Jfp", "Baseline note")},
        {u"targetKind"_s, QT_TRANSLATE_NOOP("Jfp", "Target kind")},
        {u"targetValue"_s, QT_TRANSLATE_NOOP("Jfp", "Target")},
        {u"targetPeriod"_s, QT_TRANSLATE_NOOP("Jfp", "Target period")},
        {u"targetBenchmark"_s, QT_TRANSLATE_NOOP("Jfp", "Target benchmark")},
        {u"targetNote"_s, QT_TRANSLATE_NOOP("Jfp", "Target note")},
        {u"tolerance"_s, QT_TRANSLATE_NOOP("Jfp", "Tolerance")},
        {u"spcOptions"_s, QT_TRANSLATE_NOOP("Jfp", "SPC settings")},
        {u"spcRebases"_s, QT_TRANSLATE_NOOP("Jfp", "SPC limits recalculated from")},
        {u"label"_s, QT_TRANSLATE_NOOP("Jfp", "Label")},
        {u"date"_s, QT_TRANSLATE_NOOP("Jfp", "Date")},
        {u"note"_s, QT_TRANSLATE_NOOP("Jfp", "Note")},
        {u"key"_s, QT_TRANSLATE_NOOP("Jfp", "Key")},
        {u"frameworkId"_s, QT_TRANSLATE_NOOP("Jfp", "Framework")},
        {u"areaId"_s, QT_TRANSLATE_NOOP("Jfp", "Area")},
        {u"parentId"_s, QT_TRANSLATE_NOOP("Jfp", "Parent")},
        {u"programmeId"_s, QT_TRANSLATE_NOOP("Jfp", "Programme")},
        {u"position"_s, QT_TRANSLATE_NOOP("Jfp", "Position")},
        {u"horizonStart"_s, QT_TRANSLATE_NOOP("Jfp", "Plan starts")},
        {u"horizonEnd"_s, QT_TRANSLATE_NOOP("Jfp", "Plan ends")},
        {u"milestoneSlipToleranceDays"_s, QT_TRANSLATE_NOOP("Jfp", "Milestone slip tolerance")},
    };
    if (const auto found = labels.constFind(field); found != labels.cend())
        return Tr::tr(*found);
    // The values of a series carry their period (and a benchmark its name).
    const qsizetype space = field.indexOf(u' ');
    const QString rest = field.mid(space + 1);
    if (space > 0) {
        const QStringView head = QStringView(field).left(space);
        if (head == u"trajectory")
            return Tr::tr("Planned %1").arg(rest);
        if (head == u"actual")
            return Tr::tr("Actual %1").arg(rest);
        if (head == u"benchmark")
            return Tr::tr("Benchmark %1").arg(rest);
        if (head == u"link")
            return Tr::tr("Link to %1").arg(rest == u"fingertips" ? Tr::tr("Fingertips") : rest);
    }
    return field;
}

namespace {

/** Every number in `text` with `decimals` places (6 significant digits without). */
QString roundFigures(const QString &text, std::optional<int> decimals)
{
    static const QRegularExpression figure(
        u"(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![\\w.])"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = figure.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const double value = m.captured().toDouble(&ok);
        if (!ok)
            continue;
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += decimals ? ValueFormat::number(value, *decimals) : QLocale().toString(value, 'g', 6);
        from = m.capturedEnd();
    }
    return out + QStringView(text).mid(from);
}

} // namespace

QString ChangeHistoryModel::valueText(const QString &kind,
                                      const QString &field,
                                      const QString &value,
                                      std::optional<int> decimals)
{
    if (value.isEmpty())
        return value;
    const auto label = [&value](auto parsed) { return parsed ? Enums::label(*parsed) : value; };
    if (field == u"status"_s) {
        if (kind == u"milestone"_s)
            return label(Enums::fromKey<MilestoneStatus>(value));
        if (kind == u"programme"_s)
            return label(Enums::fromKey<DeliveryStatus>(value));
    }
    if (kind == u"area"_s && field == u"level"_s)
        return label(Enums::fromKey<AreaLevel>(value));
    if (kind == u"progress_update"_s && field == u"rag"_s)
        return Rags::label(value);
    if (kind != u"indicator"_s)
        return value;
    if (field == u"unit"_s)
        return label(Enums::fromKey<Unit>(value));
    if (field == u"polarity"_s)
        return label(Enums::fromKey<Polarity>(value));
    if (field == u"targetKind"_s)
        return label(Enums::fromKey<TargetKind>(value));
    if (field == u"baselineValue"_s || field == u"targetValue"_s || field == u"tolerance"_s
        || field.startsWith(u"trajectory "_s) || field.startsWith(u"benchmark "_s))
        return roundFigures(value, decimals);
    if (field.startsWith(u"actual "_s)) {
        // "126.08220559805 (110.1447 to 143.6777) [225/178455] note: …": the figures before
        // the count; the count, denominator and note as stored.
        qsizetype end = value.indexOf(u" ["_s);
        if (end < 0)
            end = value.indexOf(u" note: "_s);
        if (end < 0)
            end = value.size();
        return roundFigures(value.left(end), decimals) + value.mid(end);
    }
    return value;
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord &r = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.changedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case UserColumn:
            return r.changedBy.isEmpty() ? Tr::tr("unknown") : r.changedBy;
        case ItemColumn:
            return Tr::tr("%1: %2").arg(kindLabel(r.itemKind), r.itemName);
        case FieldColumn:
            return fieldLabel(r.field);
        case OldValueColumn:
        case NewValueColumn: {
            const QString &value = index.column() == OldValueColumn ? r.oldValue : r.newValue;
            const auto decimals = m_decimals.constFind(r.itemId);
            return valueText(r.itemKind,
                             r.field,
                             value,
                             r.itemKind == u"indicator"_s && decimals != m_decimals.cend()
                                 ? std::optional<int>(*decimals)
                                 : std::nullopt)
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        case CommandColumn:
            return r.command;
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if ((index.column() == OldValueColumn && r.oldValue.isEmpty())
            || (index.column() == NewValueColumn && r.newValue.isEmpty()))
            return Tr::tr("empty");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OldValueColumn:
            return r.oldValue;
        case NewValueColumn:
            return r.newValue;
        default:
            return Tr::tr("%1\n%2 (UTC)").arg(r.command, HistoryRepository::toText(r.changedAt));
        }
    case ItemKindRole:
        return r.itemKind;
    case ItemIdRole:
        return r.itemId;
    case CommandRole:
        return r.command;
    default:
        break;
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return Tr::tr("Changed at");
    case UserColumn:
        return Tr::tr("By");
    case ItemColumn:
        return Tr::tr("Item");
    case FieldColumn:
        return Tr::tr("Field");
    case OldValueColumn:
        return Tr::tr("Old value");
    case NewValueColumn:
        return Tr::tr("New value");
    case CommandColumn:
        return Tr::tr("Change");
    default:
        break;
    }
    return {};
}

} // namespace Jfp
