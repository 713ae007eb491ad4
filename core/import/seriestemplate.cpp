// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "seriestemplate.h"
#include "domain/regularfile.h"

#include "coretr.h"
#include "formats/csvreader.h"
#include "formats/seriescsv.h"

#include "domain/domainenums.h"
#include "domain/period.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace Jfp::SeriesTemplate {

using namespace Qt::StringLiterals;

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

namespace {

class Reader
{
public:
    Reader(const PlanSnapshot &plan, const QString &fileName)
        : m_plan(plan)
    {
        m_result.file = fileName;
        m_result.source = u"template"_s;
    }

    ImportPlan read(QIODevice *device) &&; // once: it hands over its result

private:
    void error(qint64 line, int column, const QString &message)
    {
        m_result.problems.append({ImportProblem::Severity::Error,
                                  m_result.file,
                                  line,
                                  column >= 0 ? m_headings.value(column) : QString(),
                                  message});
    }
    QString field(const QStringList &fields, int column) const
    {
        const int index = m_index.value(column, -1);
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    }
    OptionalValue number(const QStringList &fields, int column, qint64 line, bool *ok)
    {
        const QString text = field(fields, column);
        if (text.isEmpty())
            return std::nullopt;
        bool parsed = false;
        const double value = QLocale::c().toDouble(text, &parsed);
        if (!parsed || !std::isfinite(value)) {
            error(line, column, Tr::tr("'%1' is not a number").arg(text));
            *ok = false;
            return std::nullopt;
        }
        return value;
    }
    bool readHeader(const QStringList &header);
    void readRow(const QStringList &fields, qint64 line);
    const Indicator *resolve(const QStringList &fields, qint64 line);

    const PlanSnapshot &m_plan;
    ImportPlan m_result;
    QList<int> m_index; // by Column → position in the file, -1 when absent
    QStringList m_headings;
    QHash<QString, qint64> m_seen; // "indicator|period" → line
};

bool Reader::readHeader(const QStringList &header)
{
    const QStringList known = columns();
    m_index = QList<int>(ColumnCount, -1);
    m_headings = known;
    bool ok = true;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString heading = header.at(i).trimmed();
        const auto it = std::find_if(known.cbegin(), known.cend(), [&](const QString &k) {
            return k.compare(heading, Qt::CaseInsensitive) == 0;
        });
        if (it == known.cend()) {
            if (heading.isEmpty())
                continue;
            m_result.problems.append(
                {ImportProblem::Severity::Error,
                 m_result.file,
                 1,
                 heading,
                 Tr::tr("is not a column of the series template (%1)").arg(known.join(u", "_s))});
            ok = false;
            continue;
        }
        const int column = int(it - known.cbegin());
        if (m_index.at(column) < 0) {
            m_index[column] = int(i);
            m_headings[column] = heading;
        }
    }
    QStringList missing;
    if (m_index.at(PeriodLabel) < 0)
        missing << known.at(PeriodLabel);
    if (m_index.at(IndicatorId) < 0 && m_index.at(IndicatorName) < 0)
        missing << known.at(IndicatorId) + Tr::tr(" or ") + known.at(IndicatorName);
    if (!missing.isEmpty()) {
        m_result.problems.append(
            {ImportProblem::Severity::Error,
             m_result.file,
             1,
             QString(),
             Tr::tr("this is not a series template: its first line has no %1 column. Run 'jfp "
                    "template FILE.csv' or 'jfp export' for one.")
                 .arg(missing.join(u", "_s))});
        ok = false;
    }
    return ok;
}

const Indicator *Reader::resolve(const QStringList &fields, qint64 line)
{
    const QString idText = field(fields, IndicatorId);
    const QString name = field(fields, IndicatorName);
    const Indicator *indicator = nullptr;
    if (!idText.isEmpty()) {
        bool isNumber = false;
        const Id id = idText.toLongLong(&isNumber);
        const auto it = std::find_if(m_plan.indicators.cbegin(),
                                     m_plan.indicators.cend(),
                                     [id](const Indicator &i) { return i.id == id; });
        if (!isNumber || it == m_plan.indicators.cend()) {
            error(line,
                  IndicatorId,
                  Tr::tr("the plan has no indicator with the id '%1'").arg(idText));
            return nullptr;
        }
        indicator = &*it;
        if (!name.isEmpty() && folded(name) != folded(indicator->name)) {
            error(
                line,
                IndicatorName,
                Tr::tr("indicator %1 is called '%2', not '%3'").arg(idText, indicator->name, name));
            return nullptr;
        }
    } else {
        const QList<const Indicator *> found = findIndicators(m_plan, name);
        if (found.size() != 1) {
            error(line,
                  IndicatorName,
                  found.isEmpty() ? Tr::tr("no indicator in the plan is called '%1'").arg(name)
                                  : Tr::tr("%1 indicators are called '%2'; give the indicatorId")
                                        .arg(found.size())
                                        .arg(name));
            return nullptr;
        }
        indicator = found.constFirst();
    }
    const QString areaCode = field(fields, AreaCode);
    if (!areaCode.isEmpty()) {
        const Programme *programme = m_plan.programme(indicator->programmeId);
        const Area *area = programme ? m_plan.owningArea(*programme) : nullptr;
        const bool matches = area
                             && (areaCode.compare(area->onsCode, Qt::CaseInsensitive) == 0
                                 || areaCode.compare(area->odsCode, Qt::CaseInsensitive) == 0);
        if (!matches) {
            error(line,
                  AreaCode,
                  Tr::tr("indicator %1 (%2) belongs to %3, not to '%4'")
                      .arg(QString::number(indicator->id),
                           indicator->name,
                           area ? area->name + u" ("_s + area->code() + u')' : QString(),
                           areaCode));
            return nullptr;
        }
    }
    return indicator;
}

void Reader::readRow(const QStringList &fields, qint64 line)
{
    const Indicator *indicator = resolve(fields, line);
    bool ok = indicator != nullptr;
    const OptionalValue planned = number(fields, Planned, line, &ok);
    const OptionalValue actual = number(fields, Actual, line, &ok);
    const OptionalValue lower = number(fields, Lower, line, &ok);
    const OptionalValue upper = number(fields, Upper, line, &ok);
    const OptionalValue count = number(fields, Count, line, &ok);
    const OptionalValue denominator = number(fields, Denominator, line, &ok);
    const QString note = field(fields, Note);
    const bool hasActual = actual || lower || upper || count || denominator || !note.isEmpty();

    const QString label = field(fields, PeriodLabel);
    if (label.isEmpty()) {
        if (planned || hasActual) {
            error(line, PeriodLabel, Tr::tr("is empty"));
        }
        return; // a row left blank: nothing to import
    }
    const Period period = Period::parse(label);
    if (!period.isValid()) {
        error(line, PeriodLabel, Tr::tr("'%1' is not a period").arg(label));
        return;
    }
    if (!ok || (!planned && !hasActual))
        return;
    const QString key = QString::number(indicator->id) + u'|' + period.toString();
    if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
        error(line,
              PeriodLabel,
              Tr::tr("a second row for indicator %1, %2 (the first is on line %3)")
                  .arg(QString::number(indicator->id), period.toString())
                  .arg(*it));
        return;
    }
    m_seen.insert(key, line);
    const Programme *programme = m_plan.programme(indicator->programmeId);
    const Area *area = programme ? m_plan.owningArea(*programme) : nullptr;
    const QString indicatorLabel
        = area ? Tr::tr("%1 (%2)").arg(indicator->name, area->name) : indicator->name;

    if (planned) {
        ImportPlan::PlannedChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = line;
        change.value = {period.toString(), planned};
        for (const PeriodValue &existing : indicator->trajectory) {
            if (Period::parse(existing.period) == period) {
                change.previous = existing.value;
                change.value.period = existing.period; // keep the stored label
                change.change = existing.value == planned ? ImportPlan::Change::Same
                                                          : ImportPlan::Change::Replace;
                break;
            }
        }
        m_result.planned.append(change);
    }
    if (hasActual) {
        ImportPlan::ActualChange change;
        change.indicatorId = indicator->id;
        change.indicatorName = indicatorLabel;
        change.line = line;
        change.value = {period.toString(), actual, lower, upper, count, denominator, note, false};
        for (const ActualValue &existing : indicator->actuals) {
            if (Period::parse(existing.period) == period) {
                change.previous = existing;
                change.value.period = existing.period;
                // Same figures keep the existing row as it is (an illustrative value stays so).
                change.value.synthetic = existing.synthetic;
                change.change = sameActualValue(existing, change.value)
                                    ? ImportPlan::Change::Same
                                    : ImportPlan::Change::Replace;
                if (change.change == ImportPlan::Change::Replace)
                    change.value.synthetic = false;
                break;
            }
        }
        m_result.actuals.append(change);
    }
}

ImportPlan Reader::read(QIODevice *device) &&
{
    CsvReader csv(device);
    QStringList fields;
    if (!csv.readRecord(fields)) {
        m_result.problems.append(
            {ImportProblem::Severity::Error,
             m_result.file,
             csv.hasError() ? csv.errorLine() : 0,
             QString(),
             csv.hasError() ? csv.errorString()
                            : Tr::tr("the file is empty: it has no header line and no rows.")});
        return std::move(m_result);
    }
    if (!readHeader(fields))
        return std::move(m_result);
    while (csv.readRecord(fields)) {
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) {
                return f.trimmed().isEmpty();
            }))
            continue;
        readRow(fields, csv.recordLine());
    }
    if (csv.hasError()) {
        m_result.problems.append({ImportProblem::Severity::Error,
                                  m_result.file,
                                  csv.errorLine(),
                                  QString(),
                                  csv.errorString()});
    }
    std::stable_sort(
        m_result.problems.begin(),
        m_result.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return std::move(m_result);
}

} // namespace

ImportPlan plan(const PlanSnapshot &plan, QIODevice *device, const QString &fileName)
{
    return Reader(plan, fileName).read(device);
}

ImportPlan planFile(const PlanSnapshot &plan, const QString &path)
{
    QFile file(path);
    if (const QString problem = notARegularFile(path); !problem.isEmpty()) {
        ImportPlan result;
        result.file = path;
        result.source = u"template"_s;
        result.problems.append({ImportProblem::Severity::Error, path, 0, QString(), problem});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan result;
        result.file = path;
        result.source = u"template"_s;
        result.problems.append({ImportProblem::Severity::Error,
                                path,
                                0,
                                QString(),
                                QFileInfo::exists(path)
                                    ? Tr::tr("cannot be read: %1").arg(file.errorString())
                                    : Tr::tr("does not exist. Check the name and folder.")});
        return result;
    }
    return SeriesTemplate::plan(plan, &file, path);
}

} // namespace Jfp::SeriesTemplate
