// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importplan.h"

#include "coretr.h"
#include "domain/printabletext.h"
#include "domain/valueformat.h"
#include "import/importcommands.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/milestonerepository.h"
#include "storage/programmerepository.h"
#include "storage/seriesrepository.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <cmath>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

QString number(const OptionalValue &value)
{
    return value ? QString::number(*value, 'g', 15) : Tr::tr("none");
}

QString describe(const ActualValue &a)
{
    QString text = number(a.value);
    if (a.lower || a.upper)
        text += u" (95% CI "_s + number(a.lower) + u" to "_s + number(a.upper) + u')';
    if (a.count || a.denominator)
        text += u", "_s + number(a.count) + u" / "_s + number(a.denominator);
    return text;
}

template<typename T>
int countItems(const QList<ImportPlan::ItemChange<T>> &list, ImportPlan::Change change)
{
    return int(std::count_if(
        list.cbegin(), list.cend(), [change](const auto &item) { return item.change == change; }));
}

template<typename T>
QString describeItems(const QString &heading,
                      const QString &kind,
                      const QList<ImportPlan::ItemChange<T>> &list)
{
    using Change = ImportPlan::Change;
    if (list.isEmpty())
        return {};
    QString text = Tr::tr("%1: %2 to add, %3 to change, %4 unchanged")
                       .arg(heading)
                       .arg(countItems(list, Change::Add))
                       .arg(countItems(list, Change::Replace))
                       .arg(countItems(list, Change::Same))
                   + u'\n';
    for (const auto &c : list) {
        if (c.change == Change::Add) {
            text += u"  "_s
                    + Tr::tr("add %1 '%2' (%3)")
                          .arg(kind, importItemName(c.item), ImportProblem::where(c.sheet, c.line))
                    + u'\n';
        } else if (c.change == Change::Replace) {
            text += u"  "_s
                    + Tr::tr("change %1 '%2': %3 (%4)")
                          .arg(kind,
                               importItemName(c.item),
                               c.fields.join(u", "_s),
                               ImportProblem::where(c.sheet, c.line))
                    + u'\n';
        }
    }
    return text;
}

QString whereText(const QString &sheet, qint64 line)
{
    return line > 0 ? u" ("_s + ImportProblem::where(sheet, line) + u')' : QString();
}

/** A value with `decimals` places, or in full where they are not known (std::nullopt). */
QString number(const OptionalValue &value, std::optional<int> decimals)
{
    if (!value || !decimals)
        return number(value);
    return ValueFormat::number(*value, *decimals);
}

/** A count or denominator: whole numbers without decimals, others in full. */
QString countNumber(const OptionalValue &value)
{
    if (value && std::isfinite(*value) && *value == std::floor(*value) && std::abs(*value) < 1e15)
        return ValueFormat::number(*value, 0);
    return number(value);
}

QString describeValue(const ActualValue &a, std::optional<int> decimals)
{
    QString text = number(a.value, decimals);
    if (a.lower || a.upper)
        text += Tr::tr(", 95% CI %1 to %2")
                    .arg(number(a.lower, decimals), number(a.upper, decimals));
    if (a.count || a.denominator)
        text += Tr::tr(", %1 / %2").arg(countNumber(a.count), countNumber(a.denominator));
    if (!a.note.isEmpty())
        text += Tr::tr(", note: %1").arg(a.note);
    return text;
}

template<typename T>
void itemLines(QList<ImportPlan::Line> &out,
               const QList<ImportPlan::ItemChange<T>> &changes,
               const QString &group,
               const QString &kind,
               const QString &key)
{
    for (const ImportPlan::ItemChange<T> &c : changes) {
        QString text = Tr::tr("%1 '%2'").arg(kind, importItemName(c.item));
        if (c.change == ImportPlan::Change::Replace)
            text += u": "_s + c.fields.join(u", "_s);
        out.append({c.change, group, kind, text + whereText(c.sheet, c.line), key});
    }
}

} // namespace

QList<ImportPlan::Line> ImportPlan::lines(const DecimalsOf &decimalsOf) const
{
    const auto was = [](const QString &before, const QString &now) {
        return Tr::tr("%1, was %2").arg(now, before);
    };
    const auto decimals = [&decimalsOf](Id indicatorId) -> std::optional<int> {
        return decimalsOf ? decimalsOf(indicatorId) : std::nullopt;
    };
    // "126.1, was 126.1" says nothing: a replacement that reads the same at the indicator's
    // decimals is written in full.
    const auto replaced = [&was](const auto &describe, std::optional<int> places) {
        const QString before = describe(true, places), now = describe(false, places);
        return before == now ? was(describe(true, std::nullopt), describe(false, std::nullopt))
                             : was(before, now);
    };
    QList<Line> out;
    itemLines(out, planInfo, Tr::tr("Plan"), Tr::tr("plan"), u"plan"_s);
    itemLines(out, areas, Tr::tr("Areas"), Tr::tr("area"), u"area"_s);
    itemLines(out, frameworks, Tr::tr("Frameworks"), Tr::tr("framework"), u"framework"_s);
    itemLines(out, themes, Tr::tr("Themes"), Tr::tr("theme"), u"theme"_s);
    itemLines(out, programmes, Tr::tr("Programmes"), Tr::tr("programme"), u"programme"_s);
    itemLines(out, milestones, Tr::tr("Milestones"), Tr::tr("milestone"), u"milestone"_s);
    itemLines(out,
              progressUpdates,
              Tr::tr("Progress updates"),
              Tr::tr("progress update"),
              u"progress_update"_s);
    itemLines(out, indicators, Tr::tr("Indicators"), Tr::tr("indicator"), u"indicator"_s);
    itemLines(out, annotations, Tr::tr("Annotations"), Tr::tr("annotation"), u"annotation"_s);
    for (const PlannedChange &p : planned) {
        const std::optional<int> places = decimals(p.indicatorId);
        const QString value = p.change == Change::Replace ? replaced(
                                  [&p](bool before, std::optional<int> d) {
                                      return number(before ? p.previous : p.value.value, d);
                                  },
                                  places)
                                                          : number(p.value.value, places);
        out.append(
            {p.change,
             p.indicatorName,
             Tr::tr("planned"),
             Tr::tr("planned %1: %2").arg(p.value.period, value) + whereText(p.sheet, p.line),
             u"planned"_s});
    }
    for (const ActualChange &a : actuals) {
        const std::optional<int> places = decimals(a.indicatorId);
        const QString value = a.change == Change::Replace && a.previous
                                  ? replaced(
                                      [&a](bool before, std::optional<int> d) {
                                          return describeValue(before ? *a.previous : a.value, d);
                                      },
                                      places)
                                  : describeValue(a.value, places);
        out.append({a.change,
                    a.indicatorName,
                    Tr::tr("actual"),
                    Tr::tr("actual %1: %2").arg(a.value.period, value) + whereText(a.sheet, a.line),
                    u"actual"_s});
    }
    for (const BenchmarkChange &b : benchmarks) {
        const std::optional<int> places = decimals(b.indicatorId);
        const QString value = b.change == Change::Replace ? replaced(
                                  [&b](bool before, std::optional<int> d) {
                                      return number(before ? b.previous : b.value.value, d);
                                  },
                                  places)
                                                          : number(b.value.value, places);
        out.append(
            {b.change,
             b.indicatorName,
             Tr::tr("benchmark"),
             Tr::tr("%1 (%2) %3: %4").arg(b.benchmarkName, b.benchmarkCode, b.value.period, value)
                 + whereText(b.sheet, b.line),
             u"benchmark"_s});
    }
    return out;
}

QString ImportPlan::countText(const QString &key, int n)
{
    if (key == u"plan"_s)
        return Tr::tr("the plan's details");
    if (key == u"area"_s)
        return Tr::tr("%n area(s)", nullptr, n);
    if (key == u"framework"_s)
        return Tr::tr("%n framework(s)", nullptr, n);
    if (key == u"theme"_s)
        return Tr::tr("%n theme(s)", nullptr, n);
    if (key == u"programme"_s)
        return Tr::tr("%n programme(s)", nullptr, n);
    if (key == u"milestone"_s)
        return Tr::tr("%n milestone(s)", nullptr, n);
    if (key == u"progress_update"_s)
        return Tr::tr("%n progress update(s)", nullptr, n);
    if (key == u"indicator"_s)
        return Tr::tr("%n indicator(s)", nullptr, n);
    if (key == u"annotation"_s)
        return Tr::tr("%n annotation(s)", nullptr, n);
    if (key == u"planned"_s)
        return Tr::tr("%n planned value(s)", nullptr, n);
    if (key == u"actual"_s)
        return Tr::tr("%n actual value(s)", nullptr, n);
    return Tr::tr("%n benchmark value(s)", nullptr, n);
}

int ImportPlan::lineCount(Change change) const
{
    return itemCount(change) + count(change);
}

bool sameActualValue(const ActualValue &a, const ActualValue &b)
{
    return a.value == b.value && a.lower == b.lower && a.upper == b.upper && a.count == b.count
           && a.denominator == b.denominator && a.note == b.note && a.synthetic == b.synthetic;
}

QString ImportProblem::where(const QString &sheet, qint64 line)
{
    return sheet.isEmpty() ? Tr::tr("line %1").arg(line) : Tr::tr("%1 row %2").arg(sheet).arg(line);
}

QString ImportProblem::toString() const
{
    QString where;
    if (!sheet.isEmpty()) {
        // Excel's own cell reference, Milestones!D14, or the row when no column is meant.
        if (line > 0 && columnNumber >= 0) {
            QString letters;
            for (int n = columnNumber + 1; n > 0; n = (n - 1) / 26)
                letters.prepend(QChar(u'A' + (n - 1) % 26));
            where = sheet + u'!' + letters + QString::number(line);
        } else {
            where = line > 0 ? ImportProblem::where(sheet, line) : sheet;
        }
        if (!column.isEmpty())
            where += u" ("_s + column + u')';
        where += u": "_s;
    } else if (line > 0 && !column.isEmpty())
        where = Tr::tr("line %1, column %2: ").arg(line).arg(column);
    else if (line > 0)
        where = Tr::tr("line %1: ").arg(line);
    const QString prefix = file.isEmpty() ? QString() : printable(file) + u": "_s;
    return prefix + where + printable(message);
}

QString ImportProblem::printable(const QString &text)
{
    return printableText(text, shownCharacters);
}

bool ImportPlan::hasErrors() const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.isError(); });
}

QStringList ImportPlan::errorMessages() const
{
    QStringList messages;
    for (const ImportProblem &p : problems) {
        if (p.isError())
            messages << p.toString();
    }
    return messages;
}

bool ImportPlan::hasChanges() const
{
    return std::any_of(links.cbegin(), links.cend(), [](const Link &l) { return l.isNew; })
           || count(Change::Add) + count(Change::Replace) > 0
           || itemCount(Change::Add) + itemCount(Change::Replace) > 0;
}

int ImportPlan::itemCount(Change change) const
{
    return countItems(planInfo, change) + countItems(areas, change) + countItems(frameworks, change)
           + countItems(themes, change) + countItems(programmes, change)
           + countItems(milestones, change) + countItems(progressUpdates, change)
           + countItems(indicators, change) + countItems(annotations, change);
}

int ImportPlan::count(Change change) const
{
    int n = 0;
    for (const PlannedChange &p : planned)
        n += p.change == change ? 1 : 0;
    for (const ActualChange &a : actuals)
        n += a.change == change ? 1 : 0;
    for (const BenchmarkChange &b : benchmarks)
        n += b.change == change ? 1 : 0;
    return n;
}

QString ImportPlan::summary() const
{
    QString text;
    const auto countOf = [](const auto &list, Change change) {
        return int(std::count_if(list.cbegin(), list.cend(), [change](const auto &item) {
            return item.change == change;
        }));
    };
    text += Tr::tr("Import from %1").arg(file) + u'\n';
    text += Tr::tr("To add: %1; to replace or change: %2; unchanged: %3 (items and values)")
                .arg(lineCount(Change::Add))
                .arg(lineCount(Change::Replace))
                .arg(lineCount(Change::Same))
            + u'\n';
    text += describeItems(Tr::tr("Plan"), Tr::tr("plan"), planInfo);
    text += describeItems(Tr::tr("Areas"), Tr::tr("area"), areas);
    text += describeItems(Tr::tr("Frameworks"), Tr::tr("framework"), frameworks);
    text += describeItems(Tr::tr("Themes"), Tr::tr("theme"), themes);
    text += describeItems(Tr::tr("Programmes"), Tr::tr("programme"), programmes);
    text += describeItems(Tr::tr("Milestones"), Tr::tr("milestone"), milestones);
    text += describeItems(Tr::tr("Progress updates"), Tr::tr("progress update"), progressUpdates);
    text += describeItems(Tr::tr("Indicators"), Tr::tr("indicator"), indicators);
    text += describeItems(Tr::tr("Annotations"), Tr::tr("annotation"), annotations);
    if (!links.isEmpty() || source == u"fingertips"_s)
        text += Tr::tr("Links:") + u'\n';
    if (links.isEmpty() && source == u"fingertips"_s)
        text += u"  "_s + Tr::tr("none") + u'\n';
    for (const Link &link : links) {
        const bool fingertips = link.source.isEmpty() || link.source == u"fingertips"_s;
        text += u"  "_s
                + (fingertips
                       ? Tr::tr("Fingertips %1 -> %2 (%3, id %4)")
                             .arg(link.externalId, link.indicatorName, link.areaName)
                       : Tr::tr("%1 %2 -> %3 (%4, id %5)")
                             .arg(link.source, link.externalId, link.indicatorName, link.areaName))
                      .arg(link.indicatorId);
        if (link.isNew)
            text += u' ' + Tr::tr("[new, will be remembered]");
        text += u'\n';
    }
    if (!planned.isEmpty()) {
        text += Tr::tr("Planned values: %1 to add, %2 to replace, %3 unchanged")
                    .arg(countOf(planned, Change::Add))
                    .arg(countOf(planned, Change::Replace))
                    .arg(countOf(planned, Change::Same))
                + u'\n';
        for (const PlannedChange &p : planned) {
            if (p.change == Change::Add) {
                text += u"  "_s
                        + Tr::tr("add %1 %2: %3 (%4)")
                              .arg(p.indicatorName,
                                   p.value.period,
                                   number(p.value.value),
                                   ImportProblem::where(p.sheet, p.line))
                        + u'\n';
            } else if (p.change == Change::Replace) {
                text += u"  "_s
                        + Tr::tr("replace %1 %2: %3 with %4 (%5)")
                              .arg(p.indicatorName,
                                   p.value.period,
                                   number(p.previous),
                                   number(p.value.value),
                                   ImportProblem::where(p.sheet, p.line))
                        + u'\n';
            }
        }
    }
    text += Tr::tr("Actual values: %1 to add, %2 to replace, %3 unchanged")
                .arg(countOf(actuals, Change::Add))
                .arg(countOf(actuals, Change::Replace))
                .arg(countOf(actuals, Change::Same))
            + u'\n';
    for (const ActualChange &a : actuals) {
        if (a.change == Change::Add) {
            text += u"  "_s
                    + Tr::tr("add %1 %2: %3 (%4)")
                          .arg(a.indicatorName,
                               a.value.period,
                               describe(a.value),
                               ImportProblem::where(a.sheet, a.line))
                    + u'\n';
        } else if (a.change == Change::Replace) {
            text += u"  "_s
                    + Tr::tr("replace %1 %2: %3 with %4 (%5)")
                          .arg(a.indicatorName,
                               a.value.period,
                               a.previous ? describe(*a.previous) : QString(),
                               describe(a.value),
                               ImportProblem::where(a.sheet, a.line))
                    + u'\n';
        }
    }
    text += Tr::tr("Benchmark values: %1 to add, %2 to replace, %3 unchanged")
                .arg(countOf(benchmarks, Change::Add))
                .arg(countOf(benchmarks, Change::Replace))
                .arg(countOf(benchmarks, Change::Same))
            + u'\n';
    for (const BenchmarkChange &b : benchmarks) {
        if (b.change == Change::Add) {
            text += u"  "_s
                    + Tr::tr("add %1, %2 (%3) %4: %5 (%6)")
                          .arg(b.indicatorName,
                               b.benchmarkName,
                               b.benchmarkCode,
                               b.value.period,
                               number(b.value.value),
                               ImportProblem::where(b.sheet, b.line))
                    + u'\n';
        } else if (b.change == Change::Replace) {
            text += u"  "_s
                    + Tr::tr("replace %1, %2 (%3) %4: %5 with %6 (%7)")
                          .arg(b.indicatorName,
                               b.benchmarkName,
                               b.benchmarkCode,
                               b.value.period,
                               number(b.previous),
                               number(b.value.value),
                               ImportProblem::where(b.sheet, b.line))
                    + u'\n';
        }
    }
    // The first problems of each kind, and how many more: enough to act on, never a flood.
    QStringList notices;
    QStringList errors;
    qsizetype moreNotices = 0;
    qsizetype moreErrors = 0;
    for (const ImportProblem &p : problems) {
        QStringList &list = p.isError() ? errors : notices;
        if (list.size() < ImportProblem::listed)
            list << u"  "_s + p.toString();
        else
            ++(p.isError() ? moreErrors : moreNotices);
    }
    const auto more = [](qsizetype count) -> QString {
        return u"  "_s + Tr::tr("… and %1 more").arg(count) + u'\n';
    };
    if (!notices.isEmpty()) {
        text += Tr::tr("Skipped and notes:") + u'\n' + notices.join(u'\n') + u'\n';
        if (moreNotices)
            text += more(moreNotices);
    }
    if (!errors.isEmpty()) {
        text += Tr::tr("Errors (nothing will be written):") + u'\n' + errors.join(u'\n') + u'\n';
        if (moreErrors)
            text += more(moreErrors);
    }
    return text;
}

bool applyImport(Database &db, const ImportPlan &importPlan, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (importPlan.hasErrors())
        return fail(Tr::tr("the import has errors, so nothing was written"));
    if (db.isReadOnly())
        return fail(Tr::tr("'%1' is read-only, so nothing was written").arg(db.path()));
    return Commands::importValues(importPlan)->redo(db, error);
}

} // namespace Jfp
