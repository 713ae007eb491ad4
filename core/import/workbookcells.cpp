// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "workbookcells.h"

#include "coretr.h"

#include "domain/period.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Jfp::WorkbookImport {

using namespace Qt::StringLiterals;

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/** Excel's serial day number in the 1900 date system. */
QDate serialDate(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465 || serial != std::floor(serial))
        return {};
    const QDate epoch = serial < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(qint64(serial));
}

} // namespace

CellReader::CellReader(ImportPlan &result,
                       const SheetData &sheet,
                       const PlanWorkbook::SheetLayout &layout)
    : m_result(result)
    , m_sheet(sheet)
    , m_layout(layout)
{}

bool CellReader::readHeader()
{
    bool ok = true;
    const QStringList keys = m_layout.keys();
    for (int i = 0; i < m_sheet.headings.size(); ++i) {
        const QString heading = m_sheet.headings.at(i).trimmed();
        if (heading.isEmpty())
            continue;
        const auto it = std::find_if(keys.cbegin(), keys.cend(), [&](const QString &k) {
            return k.compare(heading, Qt::CaseInsensitive) == 0;
        });
        if (it == keys.cend()) {
            m_result.problems.append({ImportProblem::Severity::Error,
                                      m_result.file,
                                      1,
                                      heading,
                                      Tr::tr("is not a column of the %1 layout (%2)")
                                          .arg(m_layout.name, keys.join(u", "_s)),
                                      m_sheet.name,
                                      i});
            ok = false;
        } else if (!m_index.contains(*it)) {
            m_index.insert(*it, i);
            m_heading.insert(*it, heading);
        }
    }
    QStringList missing;
    for (const PlanWorkbook::Column &column : m_layout.columns) {
        if (column.required && !m_index.contains(column.key))
            missing << column.key;
    }
    if (!missing.isEmpty()) {
        m_result.problems.append(
            {ImportProblem::Severity::Error,
             m_result.file,
             1,
             QString(),
             Tr::tr("the first row has no %1 column, so this is not the %2 layout. Run 'jfp "
                    "template FILE.xlsx' for a blank workbook.")
                 .arg(missing.join(u", "_s), m_layout.name),
             m_sheet.name,
             -1});
        ok = false;
    }
    return ok;
}

QVariant CellReader::raw(const QString &key) const
{
    const int index = m_index.value(key, -1);
    if (!m_row || index < 0 || index >= m_row->cells.size())
        return {};
    const QVariant &value = m_row->cells.at(index);
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return value;
}

void CellReader::report(ImportProblem::Severity severity,
                        const QString &key,
                        const QString &message)
{
    m_result.problems.append({severity,
                              m_result.file,
                              line(),
                              key.isEmpty() ? QString() : m_heading.value(key, key),
                              message,
                              m_sheet.name,
                              key.isEmpty() ? -1 : m_index.value(key, -1)});
}

void CellReader::error(const QString &key, const QString &message)
{
    report(ImportProblem::Severity::Error, key, message);
}

void CellReader::notice(const QString &key, const QString &message)
{
    report(ImportProblem::Severity::Notice, key, message);
}

QString CellReader::text(const QString &key) const
{
    const QVariant value = raw(key);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return numberText(value.toDouble());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? u"TRUE"_s : u"FALSE"_s;
    default:
        return value.toString();
    }
}

OptionalValue CellReader::number(const QString &key, bool *ok)
{
    const QVariant value = raw(key);
    if (!value.isValid())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toDouble();
    default:
        break;
    }
    bool parsed = false;
    const double number = value.typeId() == QMetaType::QString
                              ? QLocale::c().toDouble(value.toString(), &parsed)
                              : 0.0;
    if (!parsed || !std::isfinite(number)) {
        error(key, Tr::tr("'%1' is not a number").arg(text(key)));
        *ok = false;
        return std::nullopt;
    }
    return number;
}

std::optional<qint64> CellReader::integer(const QString &key, bool *ok)
{
    bool fine = true;
    const OptionalValue value = number(key, &fine);
    if (!fine) {
        *ok = false;
        return std::nullopt;
    }
    if (!value)
        return std::nullopt;
    if (*value != std::floor(*value) || std::abs(*value) > 9.0e15) {
        error(key, Tr::tr("'%1' is not a whole number").arg(text(key)));
        *ok = false;
        return std::nullopt;
    }
    return qint64(*value);
}

std::optional<qint64> CellReader::id(const QString &key, bool *ok)
{
    bool fine = true;
    const std::optional<qint64> value = integer(key, &fine);
    if (fine && value && *value <= 0) {
        error(key, Tr::tr("'%1' is not an id: ids are whole numbers from 1").arg(text(key)));
        fine = false;
    }
    if (!fine) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QDate CellReader::date(const QString &key, bool *ok)
{
    const QVariant value = raw(key);
    QDate date;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        date = value.toDateTime().date();
        break;
    case QMetaType::Double:
        date = serialDate(value.toDouble());
        break;
    case QMetaType::QString: {
        const QString s = value.toString();
        date = QDate::fromString(s, Qt::ISODate);
        for (const QString &format : {u"d/M/yyyy"_s, u"d.M.yyyy"_s, u"d MMM yyyy"_s}) {
            if (!date.isValid())
                date = QLocale::c().toDate(s, format);
        }
        break;
    }
    default:
        break;
    }
    if (!date.isValid()) {
        error(key,
              Tr::tr("'%1' is not a date; write it as 2026-03-31 or 31/03/2026").arg(text(key)));
        *ok = false;
    }
    return date;
}

QDateTime CellReader::dateTime(const QString &key, bool *ok)
{
    const QVariant value = raw(key);
    QDateTime when;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
    case QMetaType::QDateTime: {
        const QDateTime cell = value.toDateTime();
        return QDateTime(cell.date(), cell.time(), Qt::UTC); // a cell holds the UTC wall time
    }
    case QMetaType::Double: {
        const double serial = value.toDouble();
        const QDate day = std::isfinite(serial) ? serialDate(std::floor(serial)) : QDate();
        if (day.isValid()) {
            const qint64 ms = std::llround((serial - std::floor(serial)) * 86400000.0);
            when = QDateTime(day, QTime(0, 0), Qt::UTC).addMSecs(ms);
        }
        break;
    }
    case QMetaType::QString: {
        QString s = value.toString();
        if (s.size() > 10 && s.at(10) == u' ')
            s[10] = u'T';
        when = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (when.isValid() && when.timeSpec() == Qt::LocalTime)
            when = QDateTime(when.date(), when.time(), Qt::UTC);
        break;
    }
    default:
        break;
    }
    if (!when.isValid()) {
        error(key,
              Tr::tr("'%1' is not a date and time; write it as 2026-03-31 14:05:00 (UTC)")
                  .arg(text(key)));
        *ok = false;
    }
    return when.toUTC();
}

QString CellReader::period(const QString &key, bool *ok)
{
    const QString label = text(key);
    if (label.isEmpty())
        return {};
    QString why;
    if (!Period::parse(label, &why).isValid()) {
        error(key, Tr::tr("'%1' is not a period (%2)").arg(label, why));
        *ok = false;
        return {};
    }
    return label;
}

std::optional<bool> CellReader::boolean(const QString &key, bool *ok)
{
    const QVariant value = raw(key);
    if (!value.isValid())
        return std::nullopt;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString t = text(key).toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    error(key, Tr::tr("'%1' is not TRUE or FALSE").arg(text(key)));
    *ok = false;
    return std::nullopt;
}

template<typename E>
std::optional<E> CellReader::choice(const QString &key, bool *ok)
{
    const QString t = text(key);
    if (t.isEmpty())
        return std::nullopt;
    const QStringList keys = Enums::allKeys<E>();
    for (const QString &k : keys) {
        const E value = *Enums::fromKey<E>(k);
        if (t.compare(k, Qt::CaseInsensitive) == 0
            || t.compare(Enums::label(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    error(key, Tr::tr("'%1' is not one of %2").arg(t, keys.join(u", "_s)));
    *ok = false;
    return std::nullopt;
}

template std::optional<AreaLevel> CellReader::choice<AreaLevel>(const QString &, bool *);
template std::optional<MilestoneStatus> CellReader::choice<MilestoneStatus>(const QString &,
                                                                            bool *);
template std::optional<DeliveryStatus> CellReader::choice<DeliveryStatus>(const QString &, bool *);
template std::optional<Unit> CellReader::choice<Unit>(const QString &, bool *);
template std::optional<Polarity> CellReader::choice<Polarity>(const QString &, bool *);
template std::optional<TargetKind> CellReader::choice<TargetKind>(const QString &, bool *);

} // namespace Jfp::WorkbookImport
