// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "reporting/indicatorsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Jfp {

class Database;

/** One thing wrong with (or worth saying about) an imported file, by line and column. */
struct ImportProblem
{
    enum class Severity { Error, Notice };

    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0; // 0: the file as a whole; in a workbook, the row
    QString column;  // the column's heading as the file writes it; empty: the whole row
    QString message;
    QString sheet = {};    // the workbook sheet; empty for a CSV file
    int columnNumber = -1; // in a workbook, the 0-based column (for the cell reference)

    bool isError() const { return severity == Severity::Error; }
    /**
     * "export.csv: line 14, column Value: 'n/a' is not a number", or in a workbook
     * "plan.xlsx: Milestones!D14 (forecastDate): '31/13/2026' is not a date"
     */
    QString toString() const;
    /** At most this many characters of a message are shown; the rest is counted. */
    static constexpr int shownCharacters = 600;
    /** At most this many problems of each kind are listed; the rest are counted. */
    static constexpr int listed = 100;
    /**
     * Text from a file made safe to print: control characters as \xNN (a terminal never
     * obeys them) and anything past shownCharacters cut, saying how long it was.
     */
    static QString printable(const QString &text);
    /** "line 14" or "Milestones row 14": where a change comes from, for summaries. */
    static QString where(const QString &sheet, qint64 line);
};

/**
 * What an import will do to a plan, worked out without writing anything: the preview the
 * command line prints with --dry-run and the window shows before the user confirms.
 * applyImport() then writes exactly this in one transaction.
 */
struct ImportPlan
{
    enum class Change { Add, Replace, Same };

    struct Link
    {
        QString externalId;
        Id indicatorId = 0;
        QString indicatorName;
        QString areaName;
        bool isNew = false;  // not yet remembered in the plan
        QString source = {}; // e.g. "fingertips"; empty: the import's own source
    };

    /**
     * An item to add or to change (from a plan workbook or a milestone CSV). A new item's id,
     * and a reference to a new item (parentId, areaId, programmeId, frameworkId, themeIds,
     * indicatorId; indicatorId in the value changes below), is a negative placeholder that
     * applyImport() replaces with the id the plan gives it. An area carries its extra codes
     * and GP practices, a programme its themes, an indicator its SPC options and rebases
     * (changed fields "extraCodes", "practices", "themes", "spcOptions", "spcRebases").
     */
    template<typename T>
    struct ItemChange
    {
        Change change = Change::Add;
        QString sheet;
        qint64 line = 0;
        T item;             // the item as it will be
        QStringList fields; // Replace: the fields that change
    };

    struct PlannedChange
    {
        Change change = Change::Add;
        Id indicatorId = 0;
        QString indicatorName;
        qint64 line = 0;
        PeriodValue value; // a trajectory value
        OptionalValue previous;
        QString sheet; // the workbook sheet the value is on; empty for a CSV file
    };

    struct ActualChange
    {
        Change change = Change::Add;
        Id indicatorId = 0;
        QString indicatorName;
        qint64 line = 0;
        ActualValue value;
        std::optional<ActualValue> previous;
        QString sheet;
    };

    struct BenchmarkChange
    {
        Change change = Change::Add;
        Id indicatorId = 0;
        QString indicatorName;
        qint64 line = 0;
        QString benchmarkName;
        QString benchmarkCode;
        PeriodValue value;
        OptionalValue previous;
        QString sheet;
    };

    QString file;
    QString source = QStringLiteral("fingertips");
    /** The plan's name, description and horizon: at most one change. */
    QList<ItemChange<PlanInfo>> planInfo;
    QList<ItemChange<Area>> areas;
    QList<ItemChange<Framework>> frameworks; // their own fields; themes go below
    QList<ItemChange<Theme>> themes;
    QList<ItemChange<Programme>> programmes;
    QList<ItemChange<Milestone>> milestones;
    QList<ItemChange<ProgressUpdate>> progressUpdates;
    QList<ItemChange<Indicator>> indicators; // their own fields; series go below
    QList<ItemChange<Annotation>> annotations;
    QList<Link> links;
    QList<PlannedChange> planned;
    QList<ActualChange> actuals;
    QList<BenchmarkChange> benchmarks;
    /** Every error, and notices about what is skipped and why, by line. */
    QList<ImportProblem> problems;

    bool hasErrors() const;
    QStringList errorMessages() const;
    /** True when applyImport() would write something: a value to add or replace, a new link. */
    bool hasChanges() const;
    /** The values (planned, actual, benchmark) with this change. */
    int count(Change change) const;
    /** The items (plan info, areas, frameworks, themes, …, annotations) with this change. */
    int itemCount(Change change) const;
    /**
     * One item or value of the preview, as the import dialog lists it and the dry run counts
     * it: every kind the import writes (plan details, areas, frameworks, themes, programmes,
     * milestones, progress updates, indicators, annotations, then planned, actual and
     * benchmark values), so both say the same numbers.
     */
    struct Line
    {
        Change change = Change::Add;
        QString group; // an item's sheet heading ("Programmes"); a value's indicator name
        QString kind;  // "programme", "planned", "actual", "benchmark", … (translated)
        QString text;  // "programme 'Healthy weight' (Programmes row 2)"
        QString key;   // the kind untranslated: "programme", "progress_update", "planned", …
    };
    /**
     * Values are written with their indicator's decimals where `decimalsOf` knows them (126.1,
     * as the plan shows it; more digits only where a replaced value would otherwise read the
     * same as the one it replaces), else in full.
     */
    using DecimalsOf = std::function<std::optional<int>(Id indicatorId)>;
    QList<Line> lines(const DecimalsOf &decimalsOf = {}) const;
    /** "14 areas", "1 actual value": `n` lines of the kind `key` (Line::key). */
    static QString countText(const QString &key, int n);
    /** The lines with this change: what the dialog's "To add: N" headings count. */
    int lineCount(Change change) const;
    /** The preview as text: links, every value added or replaced, counts, every problem. */
    QString summary() const;
};

/**
 * What an import calls an item of any kind in its summary and the change history: its name,
 * title or label, or a progress update's quarter.
 */
template<typename T>
QString importItemName(const T &item)
{
    if constexpr (requires { item.title; })
        return item.title;
    else if constexpr (requires { item.label; })
        return item.label;
    else if constexpr (requires { item.rag; })
        return item.period;
    else
        return item.name;
}

using IndicatorSummaries::findIndicators;

/** True when two actual values hold the same figures and note. */
bool sameActualValue(const ActualValue &a, const ActualValue &b);

/**
 * Writes the plan's adds, replacements and new links in one transaction: all or nothing.
 * It runs Commands::importValues, so the change history records it; the window pushes that
 * command itself, to make the import one step of Edit > Undo.
 */
bool applyImport(Database &db, const ImportPlan &importPlan, QString *error);

} // namespace Jfp
