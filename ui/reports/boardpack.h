// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDate>
#include <QString>

#include <functional>

namespace Jfp {

struct BoardPackRequest
{
    Id areaId = 0;      // 0: the whole plan; otherwise this area and the areas beneath it
    Id programmeId = 0; // 0: every programme; otherwise this programme and its sub-programmes
    QDate date = QDate::currentDate();
    /** Automatic: the SPC chart for indicators with at least 13 values, else the trajectory. */
    enum class Charts { Automatic, Trajectory, Spc };
    Charts charts = Charts::Automatic;
};

struct BoardPackResult
{
    int pages = 0;
    int indicators = 0;
    int frontMatterPages = 0; // cover, contents and summary
};

/**
 * An A4 board pack as PDF: a cover (plan, area or programme, date), contents, a summary table
 * (indicator, baseline, latest, target, status against trajectory), then one page per
 * indicator with its chart, definition, source, annotations and latest progress narrative.
 * Every page has a footer with the page number.
 */
namespace BoardPack {

/** Called after each page; return false to cancel (the file is then removed). */
using Progress = std::function<bool(int done, int total)>;

QList<const Indicator *> indicators(const PlanSnapshot &plan, const BoardPackRequest &request);

bool write(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           const QString &path,
           BoardPackResult *result,
           QString *error,
           const Progress &progress = {});

} // namespace BoardPack
} // namespace Jfp
