// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/commandsink.h"
#include "commands/filltrajectory.h"
#include "domain/period.h"
#include "domain/plan.h"
#include "reporting/indicatorsummary.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Jfp {

/**
 * The trajectory editor's table for one indicator: one row per period from its baseline
 * period to the end of the plan horizon (2028/29), in financial years, quarters or months,
 * with the planned value and the actual value (and its confidence limits and note) side by
 * side, and each actual's status against the plan.
 *
 * Periods the indicator already has in another form (calendar years, rolling ranges such as
 * `2017 - 19`) are rows too, in period order, so that nothing stored is out of sight; values
 * at another of the three granularities are counted by otherGranularityCount().
 *
 * Editing goes through the CommandSink: setData(), paste() and clearCells() check every cell
 * (a number; within the unit's bounds), and either send one command for all of them or send
 * nothing and say, cell by cell, what is wrong. After a change the owner shows the re-read
 * plan again with setIndicator().
 */
class TrajectoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        PlannedColumn,
        ActualColumn,
        LowerColumn,
        UpperColumn,
        NoteColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        /** The row's period in the house style ("Q1 2025/26"). */
        PeriodRole = Qt::UserRole + 1,
        /** Status column: "green", "red" or "grey" for a shape and colour; empty when none. */
        RagRole,
        /** Status column: the TrajectoryStatus::State as an int, -1 when there is no actual. */
        StatusStateRole,
    };
    using Granularity = TrajectoryFill::Step;

    /** One cell to change; `where` names it in messages (empty: the row's period and column). */
    struct CellEdit
    {
        int row = 0;
        int column = 0;
        QString text;
        QString where;
    };

    explicit TrajectoryTableModel(QObject *parent = nullptr);

    void setSink(CommandSink sink) { m_sink = std::move(sink); }
    /** Shows an indicator of `plan`; keeps the granularity when it is the same indicator. */
    void setIndicator(const PlanSnapshot &plan, Id indicatorId);
    void clear();
    bool hasIndicator() const { return m_indicator.id != 0; }
    const Indicator &indicator() const { return m_indicator; }

    Granularity granularity() const { return m_granularity; }
    void setGranularity(Granularity granularity);
    /** Monthly when any value is for a month, quarterly when any is for a quarter, else annual. */
    static Granularity naturalGranularity(const Indicator &indicator);
    /** Values stored at another granularity than the one shown (not in the table). */
    int otherGranularityCount() const { return m_otherGranularity; }
    /** The latest actual against its planned value, for the header. */
    TrajectoryStatus status() const;
    /** The row of `period` (any form that parses), or -1. */
    int rowOf(const QString &period) const;

    /**
     * Checks the edits and sends them as one command. False when nothing was sent (with a
     * message per bad cell in `problems`) or when the plan refused the change.
     */
    bool applyEdits(const QList<CellEdit> &edits, QStringList *problems);
    /** The problems applyEdits() would report for typing `text` into `index`; empty if fine. */
    QStringList check(const QModelIndex &index, const QString &text) const;
    /** Empties the editable cells among `cells`, in one command. */
    bool clearCells(const QModelIndexList &cells, QStringList *problems);
    /**
     * Pastes tab- and newline-separated text (a block copied from a spreadsheet) with its top
     * left cell at the top left of `selection`; one value pasted into several cells fills
     * them all. Every bad cell is reported by its line in the text, and then nothing is
     * written.
     */
    bool paste(const QModelIndexList &selection, const QString &text, QStringList *problems);
    /** The cells as tab- and newline-separated text, numbers in full. */
    QString copy(const QModelIndexList &selection) const;
    /** What "Fill trajectory" starts from: the indicator's baseline and target. */
    TrajectoryFill::Request fillRequest() const;
    /** Stores filled values in one command. */
    bool setPlanned(const QList<PeriodValue> &values, QStringList *problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The RagRole key of a status: "green" on track, "red" off track, "grey", or empty. */
    static QString ragKey(TrajectoryStatus::State state);
    /** Reads a typed or pasted number: empty is "no value"; "12%" and "£400" are accepted. */
    static std::optional<double> parseNumber(const QString &text, Unit unit, bool *ok);

Q_SIGNALS:
    /** An edit through setData() was refused; `message` says why, cell by cell. */
    void editRefused(const QString &message);

private:
    struct Row
    {
        Period period;
        std::optional<PeriodValue> planned;
        std::optional<ActualValue> actual;
        QString marker; // "baseline …" or "target …"
    };
    struct Pending
    {
        QList<PeriodValue> planned;
        QList<ActualValue> actuals;
    };

    void rebuild();
    static bool isEditable(int column);
    QString columnName(int column) const;
    QString cellText(const Row &row, int column, int role) const;
    bool collect(const QList<CellEdit> &edits, Pending *pending, QStringList *problems) const;
    bool send(const Pending &pending, QStringList *problems);

    CommandSink m_sink;
    Indicator m_indicator;
    QString m_horizonStart;
    QString m_horizonEnd;
    Granularity m_granularity = Granularity::Annual;
    QList<Row> m_rows;
    int m_otherGranularity = 0;
};

} // namespace Jfp
