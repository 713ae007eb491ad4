// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "fingertipsreader.h"
#include "domain/regularfile.h"

#include "coretr.h"
#include "formats/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Jfp {

using namespace Qt::StringLiterals;

bool FingertipsData::hasErrors() const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.isError(); });
}

QStringList FingertipsData::errorMessages() const
{
    QStringList messages;
    for (const ImportProblem &p : problems) {
        if (p.isError())
            messages << p.toString();
    }
    return messages;
}

const FingertipsData::IndicatorInFile *FingertipsData::indicator(const QString &id) const
{
    const auto it = std::find_if(indicators.cbegin(),
                                 indicators.cend(),
                                 [&id](const IndicatorInFile &i) { return i.id == id; });
    return it == indicators.cend() ? nullptr : &*it;
}

namespace FingertipsReader {

QSet<QString> Options::defaultFinancialYearIndicators()
{
    // 241 Diabetes: QOF prevalence (17+) is published per financial year (QOF year).
    return {u"241"_s};
}

namespace {

enum class Field {
    IndicatorId,
    IndicatorName,
    ParentCode,
    ParentName,
    AreaCode,
    AreaName,
    AreaType,
    Sex,
    Age,
    CategoryType,
    Category,
    TimePeriod,
    Value,
    LowerCi95,
    UpperCi95,
    LowerCi998,
    UpperCi998,
    Count,
    Denominator,
    ValueNote,
    RecentTrend,
    ComparedToEngland,
    ComparedToParent,
    TimePeriodSortable,
    NewData,
    ComparedToGoal,
    TimePeriodRange,
    Year, // FingertipsNext healthdata
    Count_
};

// Trim, case-fold and drop white space, so "Lower CI 95.0 limit" and fingertipsR's
// "LowerCI95.0limit" are the same heading.
QString normalised(const QString &heading)
{
    QString out;
    out.reserve(heading.size());
    for (const QChar c : heading) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

std::optional<Field> fieldForHeading(const QString &key, bool healthData)
{
    static const QHash<QString, Field> exact = {
        {u"indicatorid"_s, Field::IndicatorId},
        {u"indicatorname"_s, Field::IndicatorName},
        {u"parentcode"_s, Field::ParentCode},
        {u"parentname"_s, Field::ParentName},
        {u"areacode"_s, Field::AreaCode},
        {u"areaname"_s, Field::AreaName},
        {u"areatype"_s, Field::AreaType},
        {u"sex"_s, Field::Sex},
        {u"age"_s, Field::Age},
        {u"categorytype"_s, Field::CategoryType},
        {u"category"_s, Field::Category},
        {u"timeperiod"_s, Field::TimePeriod},
        {u"value"_s, Field::Value},
        {u"lowerci95.0limit"_s, Field::LowerCi95},
        {u"upperci95.0limit"_s, Field::UpperCi95},
        {u"lowerci99.8limit"_s, Field::LowerCi998},
        {u"upperci99.8limit"_s, Field::UpperCi998},
        {u"count"_s, Field::Count},
        {u"denominator"_s, Field::Denominator},
        {u"valuenote"_s, Field::ValueNote},
        {u"recenttrend"_s, Field::RecentTrend},
        {u"comparedtoenglandvalueorpercentiles"_s, Field::ComparedToEngland},
        {u"timeperiodsortable"_s, Field::TimePeriodSortable},
        {u"newdata"_s, Field::NewData},
        {u"comparedtogoal"_s, Field::ComparedToGoal},
        {u"targetdata"_s, Field::ComparedToGoal}, // its name in older exports
        {u"timeperiodrange"_s, Field::TimePeriodRange},
    };
    static const QHash<QString, Field> nextHealthData = {
        {u"year"_s, Field::Year},
        {u"lowerci"_s, Field::LowerCi95},
        {u"upperci"_s, Field::UpperCi95},
        {u"trend"_s, Field::RecentTrend},
    };
    if (const auto it = exact.constFind(key); it != exact.cend())
        return *it;
    if (healthData) {
        if (const auto it = nextHealthData.constFind(key); it != nextHealthData.cend())
            return *it;
    }
    // The parent comparison: "Compared to <parent type> value or percentiles", or exactly
    // "Compared to percentiles" when the parent is England (fingertips.md §1.2).
    if (key == u"comparedtopercentiles"_s
        || (key.startsWith(u"comparedto"_s) && key.endsWith(u"valueorpercentiles"_s)
            && key.size() > 28))
        return Field::ComparedToParent;
    return std::nullopt;
}

// A plain decimal number (what Fingertips writes) read the quick way, as C's strtod would;
// nullopt for anything else, which QLocale then reads as before.
std::optional<double> quickNumber(QStringView text)
{
#if defined(__cpp_lib_to_chars)
    char buffer[64];
    if (text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.unicode() > 127)
            return std::nullopt;
        buffer[n++] = char(c.unicode());
    }
    double value = 0;
    const auto [end, status] = std::from_chars(buffer, buffer + n, value);
    if (status == std::errc() && end == buffer + n && std::isfinite(value))
        return value;
#else
    Q_UNUSED(text);
#endif
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (const std::optional<double> quick = quickNumber(trimmed))
        return quick;
    bool parsed = false;
    const double value = QLocale::c().toDouble(trimmed, &parsed);
    if (!parsed || !std::isfinite(value)) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

class Reader
{
public:
    Reader(const QString &fileName, const Options &options)
        : m_options(options)
    {
        m_data.fileName = fileName;
    }

    FingertipsData read(QIODevice *device) &&; // once: it hands over its result

private:
    void problem(qint64 line, Field field, const QString &message)
    {
        m_data.problems.append({ImportProblem::Severity::Error,
                                m_data.fileName,
                                line,
                                field == Field::Count_ ? QString() : heading(field),
                                message});
    }
    void fileError(const QString &message, qint64 line = 0)
    {
        m_data.problems.append(
            {ImportProblem::Severity::Error, m_data.fileName, line, QString(), message});
    }
    void notice(qint64 line, const QString &message)
    {
        m_data.problems.append(
            {ImportProblem::Severity::Notice, m_data.fileName, line, QString(), message});
    }
    QString heading(Field field) const { return m_headings.value(int(field)); }
    /**
     * The one copy of a text the file repeats (area names, sexes, periods…), shared by every
     * row that holds it, so that a row costs little more than its numbers.
     */
    QString pooled(const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (const auto it = m_pool.constFind(text); it != m_pool.cend())
            return *it;
        if (m_pool.size() < maxPooled)
            m_pool.insert(text);
        return text;
    }
    QString text(const QStringList &fields, Field field) const
    {
        const int index = m_columns.value(int(field), -1);
        return index >= 0 && index < fields.size() ? fields.at(index) : QString();
    }
    bool readHeader(const QStringList &header);
    void readRow(const QStringList &fields, qint64 line);
    std::optional<double> number(const QStringList &fields, Field field, qint64 line, bool *ok);
    QString duplicateKey(const FingertipsRow &row) const;
    bool isRepeat(const FingertipsRow &row, bool kept);
    void accept(FingertipsRow &&row);
    void finish();

    const Options &m_options;
    FingertipsData m_data;
    QList<int> m_columns;   // index by Field → column in the file, -1 when absent
    QStringList m_headings; // index by Field → heading as written
    qsizetype m_headerSize = 0;
    QList<FingertipsRow> m_all;                           // the rows kept, in file order
    QHash<QString, std::pair<Period, QString>> m_periods; // label → period, house style
    static constexpr qsizetype maxPooled = 100000;
    QSet<QString> m_pool;
    QHash<QString, qsizetype> m_indicatorIndex; // id → FingertipsData::indicators
    QHash<QString, qsizetype> m_seen;           // duplicate key → m_all, kept rows
    struct Seen // 8 bytes: a million rows fit in a few tens of megabytes
    {
        quint32 line = 0;
        quint32 figures = 0;
    };
    // Rows that are not kept are remembered by a 64-bit hash of their key and figures only,
    // so that a file of a million rows is checked for repeats in a few tens of megabytes.
    QHash<size_t, Seen> m_seenDropped;
};

bool Reader::readHeader(const QStringList &header)
{
    m_headerSize = header.size();
    m_columns = QList<int>(int(Field::Count_), -1);
    m_headings = QStringList(int(Field::Count_));
    QStringList keys;
    for (const QString &h : header)
        keys << normalised(h);
    const bool healthData = keys.contains(u"year"_s) && keys.contains(u"indicatorid"_s)
                            && !keys.contains(u"timeperiod"_s);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto field = fieldForHeading(keys.at(i), healthData);
        if (!field || m_columns.at(int(*field)) >= 0)
            continue; // unknown or repeated heading: the first one counts
        m_columns[int(*field)] = int(i);
        m_headings[int(*field)] = header.at(i).trimmed();
    }
    // Headings for messages about columns the file does not have.
    const QHash<Field, QString> defaults = {{Field::IndicatorId, u"Indicator ID"_s},
                                            {Field::AreaCode, u"Area Code"_s},
                                            {Field::TimePeriod, u"Time period"_s},
                                            {Field::Value, u"Value"_s},
                                            {Field::Year, u"Year"_s}};
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (m_headings.at(int(it.key())).isEmpty())
            m_headings[int(it.key())] = it.value();
    }

    QList<Field> required = {Field::IndicatorId, Field::AreaCode, Field::Value};
    required << (healthData ? Field::Year : Field::TimePeriod);
    QStringList missing;
    for (const Field f : std::as_const(required)) {
        if (m_columns.at(int(f)) < 0)
            missing << heading(f);
    }
    if (!missing.isEmpty()) {
        fileError(Tr::tr("this is not a Fingertips data export: its first line has no %1 "
                         "column(s). A Fingertips export starts 'Indicator ID,Indicator Name,"
                         "Parent Code,Parent Name,Area Code,Area Name,…'.")
                      .arg(missing.join(u", "_s)),
                  1);
        return false;
    }
    if (healthData)
        m_data.layout = FingertipsData::Layout::NextHealthData;
    else if (m_columns.at(int(Field::TimePeriodRange)) >= 0)
        m_data.layout = FingertipsData::Layout::Export27;
    else
        m_data.layout = FingertipsData::Layout::Export26;
    m_data.parentComparisonColumn = m_headings.at(int(Field::ComparedToParent));
    return true;
}

std::optional<double> Reader::number(const QStringList &fields, Field field, qint64 line, bool *ok)
{
    const QString raw = text(fields, field);
    bool valid = true;
    const auto value = parseNumber(raw, &valid);
    if (!valid) {
        problem(line, field, Tr::tr("'%1' is not a number").arg(raw.trimmed()));
        *ok = false;
    }
    return value;
}

void Reader::readRow(const QStringList &fields, qint64 line)
{
    FingertipsRow row;
    row.line = line;
    bool ok = true;

    row.indicatorId = text(fields, Field::IndicatorId).trimmed();
    bool isInteger = false;
    const qlonglong id = row.indicatorId.toLongLong(&isInteger);
    if (row.indicatorId.isEmpty()) {
        problem(line, Field::IndicatorId, Tr::tr("is empty"));
        ok = false;
    } else if (!isInteger || id <= 0) {
        problem(line,
                Field::IndicatorId,
                Tr::tr("'%1' is not an indicator id (a whole number)").arg(row.indicatorId));
        ok = false;
    } else {
        row.indicatorId = pooled(QString::number(id));
    }
    row.indicatorName = pooled(text(fields, Field::IndicatorName).trimmed());
    row.parentCode = pooled(text(fields, Field::ParentCode).trimmed());
    row.parentName = pooled(text(fields, Field::ParentName).trimmed());
    row.areaCode = pooled(text(fields, Field::AreaCode).trimmed());
    if (row.areaCode.isEmpty()) {
        problem(line, Field::AreaCode, Tr::tr("is empty"));
        ok = false;
    }
    row.areaName = pooled(text(fields, Field::AreaName).trimmed());
    row.areaType = pooled(text(fields, Field::AreaType).trimmed());
    row.sex = pooled(text(fields, Field::Sex).trimmed());
    row.age = pooled(text(fields, Field::Age).trimmed());
    row.categoryType = pooled(text(fields, Field::CategoryType).trimmed());
    row.category = pooled(text(fields, Field::Category).trimmed());

    if (m_data.layout == FingertipsData::Layout::NextHealthData) {
        const QString yearText = text(fields, Field::Year).trimmed();
        bool yearOk = false;
        const int year = yearText.toInt(&yearOk);
        if (!yearOk || year < 1900 || year > 2200) {
            problem(line, Field::Year, Tr::tr("'%1' is not a year").arg(yearText));
            ok = false;
        } else {
            row.period = m_options.financialYearIndicators.contains(row.indicatorId)
                             ? Period::financialYear(year)
                             : Period::calendarYear(year);
            row.timePeriod = row.period.toString();
            row.sortable = qint64(year) * 10000;
        }
    } else {
        row.timePeriod = pooled(text(fields, Field::TimePeriod).trimmed());
        // A file repeats a handful of period labels many times: parse each once.
        auto cached = m_periods.constFind(row.timePeriod);
        if (cached == m_periods.cend()) {
            const Period parsed = Period::parse(row.timePeriod);
            cached = m_periods.insert(row.timePeriod, {parsed, parsed.toString()});
        }
        row.period = cached->first;
        if (row.timePeriod.isEmpty()) {
            problem(line, Field::TimePeriod, Tr::tr("is empty"));
            ok = false;
        } else if (!row.period.isValid()) {
            problem(line,
                    Field::TimePeriod,
                    Tr::tr("'%1' is not a time period Fingertips writes").arg(row.timePeriod));
            ok = false;
        }
        const QString sortable = text(fields, Field::TimePeriodSortable).trimmed();
        if (!sortable.isEmpty()) {
            bool sortableOk = false;
            row.sortable = sortable.toLongLong(&sortableOk);
            if (!sortableOk || row.sortable <= 0) {
                problem(line,
                        Field::TimePeriodSortable,
                        Tr::tr("'%1' is not a sortable period (YYYYQQMM)").arg(sortable));
                ok = false;
            }
        } else if (row.period.isValid()) {
            row.sortable = qint64(row.period.start().year()) * 10000;
        }
    }

    row.value = number(fields, Field::Value, line, &ok);
    row.lowerCi95 = number(fields, Field::LowerCi95, line, &ok);
    row.upperCi95 = number(fields, Field::UpperCi95, line, &ok);
    row.lowerCi998 = number(fields, Field::LowerCi998, line, &ok);
    row.upperCi998 = number(fields, Field::UpperCi998, line, &ok);
    row.count = number(fields, Field::Count, line, &ok);
    row.denominator = number(fields, Field::Denominator, line, &ok);
    row.valueNote = pooled(text(fields, Field::ValueNote).trimmed());
    row.recentTrend = pooled(text(fields, Field::RecentTrend).trimmed());
    row.comparedToEngland = pooled(text(fields, Field::ComparedToEngland).trimmed());
    row.comparedToParent = pooled(text(fields, Field::ComparedToParent).trimmed());
    row.newData = pooled(text(fields, Field::NewData).trimmed());
    row.comparedToGoal = pooled(text(fields, Field::ComparedToGoal).trimmed());
    row.timePeriodRange = pooled(text(fields, Field::TimePeriodRange).trimmed());
    if (ok)
        accept(std::move(row));
}

bool sameFigures(const FingertipsRow &a, const FingertipsRow &b)
{
    return a.value == b.value && a.lowerCi95 == b.lowerCi95 && a.upperCi95 == b.upperCi95
           && a.lowerCi998 == b.lowerCi998 && a.upperCi998 == b.upperCi998 && a.count == b.count
           && a.denominator == b.denominator && a.valueNote == b.valueNote
           && a.timePeriod == b.timePeriod;
}

size_t figuresHash(const FingertipsRow &row)
{
    size_t h = qHash(row.timePeriod, size_t(0x4A465031));
    for (const OptionalValue &v : {row.value,
                                   row.lowerCi95,
                                   row.upperCi95,
                                   row.lowerCi998,
                                   row.upperCi998,
                                   row.count,
                                   row.denominator})
        h = qHashMulti(h, int(v.has_value()), v.value_or(0.0));
    return qHashMulti(h, row.valueNote);
}

// (indicator, area, sex, age, category type, category, period): a row's identity.
QString Reader::duplicateKey(const FingertipsRow &row) const
{
    return QStringList{row.indicatorId,
                       row.areaCode,
                       row.sex,
                       row.age,
                       row.categoryType,
                       row.category,
                       QString::number(row.sortable),
                       m_periods.value(row.timePeriod, {row.period, row.timePeriod}).second}
        .join(QChar(0x1F));
}

// True (with a notice or an error) when the row repeats the key of an earlier row.
bool Reader::isRepeat(const FingertipsRow &row, bool kept)
{
    const QString key = duplicateKey(row);
    qint64 firstLine = 0;
    bool same = false;
    if (kept) {
        const auto it = m_seen.constFind(key);
        if (it == m_seen.cend()) {
            m_seen.insert(key, m_all.size());
            return false;
        }
        const FingertipsRow &first = m_all.at(*it);
        firstLine = first.line;
        same = sameFigures(first, row);
    } else {
        const size_t hash = qHash(key, size_t(0x4A465031));
        const auto it = m_seenDropped.constFind(hash);
        if (it == m_seenDropped.cend()) {
            m_seenDropped.insert(
                hash, {quint32(std::min<qint64>(row.line, UINT32_MAX)), quint32(figuresHash(row))});
            return false;
        }
        firstLine = it->line;
        same = it->figures == quint32(figuresHash(row));
    }
    if (same) {
        ++m_data.duplicatesSkipped;
        notice(row.line,
               Tr::tr("repeats line %1 (same indicator, area, sex, age, category and "
                      "period with the same figures); skipped")
                   .arg(firstLine));
    } else {
        fileError(Tr::tr("conflicts with line %1: the same indicator, area, sex, age, "
                         "category and period with different figures")
                      .arg(firstLine),
                  row.line);
    }
    return true;
}

void Reader::accept(FingertipsRow &&row)
{
    const bool kept
        = !m_options.keepIndicators || m_options.keepIndicators->contains(row.indicatorId);
    if (isRepeat(row, kept))
        return;
    auto index = m_indicatorIndex.constFind(row.indicatorId);
    if (index == m_indicatorIndex.cend()) {
        index = m_indicatorIndex.insert(row.indicatorId, m_data.indicators.size());
        m_data.indicators.append({row.indicatorId, row.indicatorName, row.line, 0, 0, kept});
    }
    FingertipsData::IndicatorInFile &summary = m_data.indicators[*index];
    ++(row.isCategory() ? summary.categoryRows : summary.rows);
    if (kept)
        m_all.append(std::move(row));
}

void Reader::finish()
{
    // Rows are large, so they are sorted and split in place rather than copied around.
    const auto headlineFirst = std::stable_partition(
        m_all.begin(), m_all.end(), [](const FingertipsRow &row) { return !row.isCategory(); });
    const auto byPeriod = [](const FingertipsRow &a, const FingertipsRow &b) {
        if (a.sortable != b.sortable)
            return a.sortable < b.sortable;
        return a.period < b.period;
    };
    std::stable_sort(m_all.begin(), headlineFirst, byPeriod);
    std::stable_sort(headlineFirst, m_all.end(), byPeriod);
    const qsizetype headlineCount = headlineFirst - m_all.begin();
    m_data.categoryRows.reserve(m_all.size() - headlineCount);
    for (qsizetype i = headlineCount; i < m_all.size(); ++i)
        m_data.categoryRows.append(std::move(m_all[i]));
    m_all.resize(headlineCount);
    m_data.rows = std::move(m_all);

    if (m_data.layout == FingertipsData::Layout::NextHealthData) {
        for (const FingertipsData::IndicatorInFile &indicator : std::as_const(m_data.indicators)) {
            const QString &id = indicator.id;
            notice(0,
                   m_options.financialYearIndicators.contains(id)
                       ? Tr::tr("indicator %1: this layout gives only a start year; read as "
                                "financial years (2023 is 2023/24)")
                             .arg(id)
                       : Tr::tr("indicator %1: this layout gives only a start year; read as "
                                "calendar years (2023 is 2023)")
                             .arg(id));
        }
    }
    std::stable_sort(
        m_data.problems.begin(),
        m_data.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

FingertipsData Reader::read(QIODevice *device) &&
{
    CsvReader csv(device);
    QStringList fields;
    if (!csv.readRecord(fields)) {
        if (csv.hasError())
            fileError(csv.errorString(), csv.errorLine());
        else
            fileError(Tr::tr("the file is empty: it has no header line and no rows."));
        return std::move(m_data);
    }
    if (!readHeader(fields))
        return std::move(m_data);
    qint64 rows = 0;
    while (csv.readRecord(fields)) {
        const qint64 line = csv.recordLine();
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) {
                return f.trimmed().isEmpty();
            }))
            continue; // a row of empty cells, as spreadsheets leave at the end
        ++rows;
        if (!csv.recordTerminated() && fields.size() < m_headerSize - 1) {
            fileError(Tr::tr("the file ends in the middle of this row: it has %1 of %2 "
                             "columns and no line end, so the file looks cut short (truncated). "
                             "Download or copy it again.")
                          .arg(fields.size())
                          .arg(m_headerSize),
                      line);
            break;
        }
        readRow(fields, line);
    }
    if (csv.hasError())
        fileError(csv.errorString(), csv.errorLine());
    else if (rows == 0)
        fileError(Tr::tr("the file has a header but no data rows, so there is nothing to "
                         "import."));
    finish();
    return std::move(m_data);
}

} // namespace

FingertipsData read(QIODevice *device, const QString &fileName, const Options &options)
{
    return Reader(fileName, options).read(device);
}

FingertipsData readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (const QString problem = notARegularFile(path); !problem.isEmpty()) {
        FingertipsData data;
        data.fileName = path;
        data.problems.append({ImportProblem::Severity::Error, path, 0, QString(), problem});
        return data;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        FingertipsData data;
        data.fileName = path;
        data.problems.append({ImportProblem::Severity::Error,
                              path,
                              0,
                              QString(),
                              QFileInfo(path).exists()
                                  ? Tr::tr("cannot be read: %1").arg(file.errorString())
                                  : Tr::tr("does not exist. Check the name and folder.")});
        return data;
    }
    return read(&file, path, options);
}

} // namespace FingertipsReader
} // namespace Jfp
