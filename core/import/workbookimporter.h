// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

// Internal to the workbook import (workbookimport.cpp and workbookvalues.cpp).

#include "workbookcells.h"
#include "workbookimport.h"

#include "commands/validation.h"

#include <QHash>

namespace Jfp::WorkbookImport::Internal {

using namespace Qt::StringLiterals;
using PlanWorkbook::SheetKind;
using Change = ImportPlan::Change;

QString folded(const QString &text);
/**
 * libxlsxwriter writes numbers with 16 significant digits (a relative error of at most
 * 5e-16): a value read back that close to the plan's is the plan's value, so importing an
 * unchanged export changes nothing.
 */
void keepIfSame(OptionalValue &value, const OptionalValue &stored);
/** True when a name in a file (empty: not given) is the plan's name, case and spaces aside. */
bool sameName(const QString &given, const QString &stored);

/** Sets `field` from the cell when the cell has a value that differs; records what changed. */
template<typename T>
void take(T &field, const T &value, bool given, const QString &key, QStringList &changed)
{
    if (given && !(field == value)) {
        field = value;
        changed << key;
    }
}

/** Works through the sheets of one file against a plan, building the ImportPlan. */
class Importer
{
public:
    Importer(const PlanSnapshot &plan, const QString &fileName)
        : m_plan(plan)
        , m_work(plan)
    {
        m_result.file = fileName;
        m_result.source = u"template"_s;
    }

    void read(const SheetData &sheet, SheetKind kind);
    ImportPlan result() && { return std::move(m_result); }

private:
    // The plan's own sheets (workbookimport.cpp).
    void readAreas(CellReader &cells, const QList<const SheetData::Row *> &rows);
    void readProgrammes(CellReader &cells, const QList<const SheetData::Row *> &rows);
    void readMilestone(CellReader &cells);
    void readIndicator(CellReader &cells);
    void readValues(CellReader &cells, SheetKind kind);
    // The rest of the plan (workbookdetails.cpp).
    void readPlanInfo(CellReader &cells);
    void readAreaCode(CellReader &cells);
    void readPractice(CellReader &cells);
    void readFramework(CellReader &cells);
    void readTheme(CellReader &cells);
    void readProgressUpdate(CellReader &cells);
    void readAnnotation(CellReader &cells);
    void readRebase(CellReader &cells);
    void readLink(CellReader &cells);

    /** The area a row's areaId names (in the plan as it will be), or nullptr (reported). */
    Area *areaFor(CellReader &cells);
    /**
     * The themes a programme row's `themes` column names by key (empty when the cell is):
     * false (reported) when a key is not a theme of the plan or of this file.
     */
    bool themesFor(CellReader &cells, QList<Id> *themeIds);
    /**
     * False (reported) when the row repeats the natural key `key` of an earlier row of the
     * sheet; else remembers it.
     */
    bool firstRowFor(CellReader &cells, const QString &column, const QString &key);
    /**
     * Records that another sheet changes part of `item` (its extra codes, practices or SPC
     * rebases): its change becomes a Replace naming `field`, unless it is an Add.
     */
    template<typename T>
    void amend(QList<ImportPlan::ItemChange<T>> &changes,
               CellReader &cells,
               const T &item,
               const QString &field)
    {
        const auto it = std::find_if(changes.begin(), changes.end(), [&item](const auto &c) {
            return c.item.id == item.id;
        });
        if (it == changes.end()) {
            record(changes, cells, Change::Replace, item, {field});
            return;
        }
        it->item = item;
        if (it->change == Change::Same) {
            it->change = Change::Replace;
            it->sheet = cells.sheetName();
            it->line = cells.line();
        }
        if (it->change == Change::Replace && !it->fields.contains(field))
            it->fields << field;
    }

    /** The rows in an order that has each row's parent (by `parentId`) before it. */
    QList<const SheetData::Row *> parentsFirst(CellReader &cells, const SheetData &sheet);
    /** The plan id or placeholder that a reference means, or 0 (reported) when none. */
    Id resolve(CellReader &cells,
               const QString &key,
               qint64 reference,
               const QHash<qint64, Id> &keys,
               bool known,
               const QString &what);
    /** resolve() for a reference to an area or a programme. */
    Id areaReference(CellReader &cells, const QString &key, qint64 reference);
    Id programmeReference(CellReader &cells, const QString &key, qint64 reference);
    void validate(CellReader &cells, const Validation::Messages &messages);
    /** The programme named in the `programme` column (and `areaCode`), or 0 (reported). */
    Id programmeByName(CellReader &cells);
    /**
     * The milestone or indicator a row means: by id when the names agree, else by programme
     * and name. Sets the programme it belongs to (0: none given), and `stop` when the row
     * has been reported.
     */
    template<typename T>
    const T *findInProgramme(CellReader &cells,
                             const QList<T> &items,
                             const std::optional<qint64> &key,
                             const QString &nameKey,
                             const QString &name,
                             const std::optional<qint64> &programmeKey,
                             bool byProgrammeName,
                             Id *programmeId,
                             bool *stop);
    const Indicator *indicatorFor(CellReader &cells);
    template<typename T>
    T *workItem(QList<T> &list, Id id)
    {
        const auto it
            = std::find_if(list.begin(), list.end(), [id](const T &item) { return item.id == id; });
        return it == list.end() ? nullptr : &*it;
    }
    template<typename T>
    void record(QList<ImportPlan::ItemChange<T>> &changes,
                CellReader &cells,
                Change change,
                const T &item,
                const QStringList &fields)
    {
        changes.append({change, cells.sheetName(), cells.line(), item, fields});
    }
    /**
     * Reports the item's validation messages; without any, takes the item into the plan as
     * it will be and records the change (a found item's, or a new one). False when invalid.
     */
    template<typename T>
    bool commit(CellReader &cells,
                const Validation::Messages &messages,
                QList<T> &work,
                QList<ImportPlan::ItemChange<T>> &changes,
                const T &item,
                const T *existing,
                const QStringList &changed)
    {
        validate(cells, messages);
        if (!messages.isEmpty())
            return false;
        if (existing) {
            *workItem(work, existing->id) = item;
            record(
                changes, cells, changed.isEmpty() ? Change::Same : Change::Replace, item, changed);
        } else {
            work << item;
            record(changes, cells, Change::Add, item, {});
        }
        return true;
    }
    /**
     * Takes an item that lives inside another (a theme in its framework, an annotation on its
     * indicator) into the plan as it will be: over `stored`, or added to `siblings` when it
     * is new (`stored` null); records the change.
     */
    template<typename T>
    void commitPart(CellReader &cells,
                    QList<T> &siblings,
                    T *stored,
                    const T &item,
                    QList<ImportPlan::ItemChange<T>> &changes,
                    const QStringList &changed)
    {
        if (stored)
            *stored = item;
        else
            siblings << item;
        record(changes,
               cells,
               !stored             ? Change::Add
               : changed.isEmpty() ? Change::Same
                                   : Change::Replace,
               item,
               changed);
    }
    bool nameAgrees(CellReader &cells,
                    const QString &key,
                    const QString &given,
                    const QString &stored,
                    const QString &what,
                    Id id);

    const PlanSnapshot &m_plan;
    PlanSnapshot m_work; // the plan as it will be; new items have negative ids
    ImportPlan m_result;
    Id m_nextPlaceholder = -1;
    QHash<qint64, Id> m_areaKeys; // a sheet's id → the plan id or placeholder
    QHash<qint64, Id> m_programmeKeys;
    QHash<qint64, Id> m_indicatorKeys;
    QHash<QString, qint64> m_seenValues; // "sheet|indicator|benchmark|period" → row
    qint64 m_planInfoRow = 0;            // the Plan sheet's row, once read
};

} // namespace Jfp::WorkbookImport::Internal
