// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "importplan.h"

#include "domain/period.h"
#include "domain/plan.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;

namespace Jfp {

/** One data row of a Fingertips export. Text the file leaves empty is empty; numbers nullopt. */
struct FingertipsRow
{
    qint64 line = 0; // the physical line the row starts on
    QString indicatorId;
    QString indicatorName; // trimmed (real files hold a trailing line break)
    QString parentCode;
    QString parentName;
    QString areaCode;
    QString areaName;
    QString areaType;
    QString sex;
    QString age;
    QString categoryType;
    QString category;
    QString timePeriod; // as the file writes it
    Period period;
    qint64 sortable = 0; // Time period Sortable (YYYYQQMM); 0 when the file has none
    OptionalValue value;
    OptionalValue lowerCi95;
    OptionalValue upperCi95;
    OptionalValue lowerCi998;
    OptionalValue upperCi998;
    OptionalValue count;
    OptionalValue denominator;
    QString valueNote;
    QString recentTrend;
    QString comparedToEngland;
    QString comparedToParent;
    QString newData;
    QString comparedToGoal;
    QString timePeriodRange;

    /** An inequality breakdown (deprivation decile, ethnic group…), not the headline series. */
    bool isCategory() const { return !categoryType.isEmpty(); }
};

/** What a Fingertips file holds, after checking every row. */
struct FingertipsData
{
    enum class Layout {
        Unknown,
        Export27,       // the current export: 27 columns, with Time period range
        Export26,       // before mid-2022: 26 columns
        NextHealthData, // FingertipsNext's healthdata.csv (IndicatorId,…,Year,…)
    };

    QString fileName;
    Layout layout = Layout::Unknown;
    QString parentComparisonColumn; // e.g. "Compared to Region value or percentiles"
    /** Headline rows (no Category Type), in period order (Time period Sortable where given). */
    QList<FingertipsRow> rows;
    /** Rows with a Category Type, kept apart; same order. */
    QList<FingertipsRow> categoryRows;
    /** Every error and notice, in line order. Rows with an error are in neither list. */
    QList<ImportProblem> problems;
    int duplicatesSkipped = 0;

    /** One Fingertips indicator id of the file, with what the file holds for it. */
    struct IndicatorInFile
    {
        QString id;
        QString name; // as on its first row, trimmed
        qint64 firstLine = 0;
        int rows = 0;         // headline rows, without exact duplicates
        int categoryRows = 0; // rows with a Category Type
        bool kept = true;     // false: Options::keepIndicators left its rows out
    };
    /** Every indicator id with a valid row, in the order of its first row. */
    QList<IndicatorInFile> indicators;
    const IndicatorInFile *indicator(const QString &id) const;

    bool hasErrors() const;
    QStringList errorMessages() const;
};

/**
 * Reads Fingertips data files as shared/spec/fingertips.md describes them: the 27- and
 * 26-column exports (columns found by their normalised heading, so fingertipsR's spaceless
 * names load too; the parent comparison by pattern; `Target data` as the old name of
 * `Compared to goal`) and FingertipsNext's healthdata layout. Short rows are padded and extra
 * fields ignored; empty values are missing, never 0; a value that is there must be a number.
 * Rows that repeat an earlier row's key (indicator, area, sex, age, category, period) with the
 * same figures are skipped with a notice; with other figures they are an error.
 */
namespace FingertipsReader {

struct Options
{
    /**
     * FingertipsNext's healthdata gives only a start year. Indicators listed here are read as
     * financial years (2023 → 2023/24); all others as calendar years (2023).
     */
    QSet<QString> financialYearIndicators = defaultFinancialYearIndicators();

    /**
     * When set, only the rows of these indicator ids are kept in FingertipsData::rows and
     * categoryRows. Rows of other ids are still checked, de-duplicated and counted
     * (FingertipsData::indicators), then dropped, so that reading a large file holds only the
     * rows an import uses: memory grows with those, not with the file.
     */
    std::optional<QSet<QString>> keepIndicators;

    static QSet<QString> defaultFinancialYearIndicators();
};

/**
 * Reads the file record by record (CsvReader): the file is never held whole, and with
 * Options::keepIndicators neither are the rows of indicators nobody imports.
 */
FingertipsData read(QIODevice *device, const QString &fileName, const Options &options = {});
FingertipsData readFile(const QString &path, const Options &options = {});

} // namespace FingertipsReader
} // namespace Jfp
