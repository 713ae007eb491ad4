// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "importplan.h"

#include "domain/period.h"
#include "domain/plan.h"

#include <QList>
#include <QSet>
#include <QString>

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

    static QSet<QString> defaultFinancialYearIndicators();
};

FingertipsData read(QIODevice *device, const QString &fileName, const Options &options = {});
FingertipsData readFile(const QString &path, const Options &options = {});

} // namespace FingertipsReader
} // namespace Jfp
