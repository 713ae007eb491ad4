// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include "rowsync.h"

namespace Jfp {

/**
 * A programme's progress updates, newest quarter first: quarter, RAG status (as a word, with
 * its key for a shape), who recorded it and when, and the start of its narrative. Every
 * quarter's update stays listed, so the board's history of the programme is in view.
 */
struct ProgressUpdateKey
{
    qint64 operator()(const ProgressUpdate &update) const { return update.id; }
};

class ProgressUpdateTableModel : public KeyedTableModel<ProgressUpdate, ProgressUpdateKey>
{
    Q_OBJECT

public:
    enum Column {
        QuarterColumn,
        RagColumn,
        AuthorColumn,
        RecordedColumn,
        NarrativeColumn,
        ColumnCount
    };
    enum Role {
        UpdateIdRole = Qt::UserRole + 1,
        /** RAG column: "red", "amber" or "green" (empty when not given). */
        RagRole,
    };

    explicit ProgressUpdateTableModel(QObject *parent = nullptr);

    void showProgramme(const PlanSnapshot &plan, Id programmeId);
    void clear();
    Id programmeId() const { return m_programmeId; }
    /** The update in `row`, or nullptr. */
    const ProgressUpdate *updateAt(int row) const;
    int rowOf(Id updateId) const;

    /** The whole narrative as the board reads it: one headed paragraph per part. */
    static QString narrative(const ProgressUpdate &update);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Id m_programmeId = 0;
};

} // namespace Jfp
