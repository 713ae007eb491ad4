// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

#include <functional>
#include <optional>

namespace Jfp {

struct BoardPackRequest
{
    Id areaId = 0;      // 0: the whole plan; otherwise this area and the areas beneath it
    Id programmeId = 0; // 0: every programme; otherwise this programme and its sub-programmes
    QDate date = QDate::currentDate();
    /** Automatic: the SPC chart for indicators with at least 13 values, else the trajectory. */
    enum class Charts { Automatic, Trajectory, Spc };
    Charts charts = Charts::Automatic;
    /** The sections after the cover and contents, each shown in this order when chosen. */
    enum class Section { Dashboard, Progress, Milestones, Indicators };
    QList<Section> sections
        = {Section::Dashboard, Section::Progress, Section::Milestones, Section::Indicators};
    /** The order of the indicators: as in the plan, by name, or off track first. */
    enum class Sort { Plan, Name, Status };
    Sort sort = Sort::Plan;
    /** The cover and contents before the sections; without them, a section printed alone. */
    bool frontMatter = true;
};

struct BoardPackResult
{
    int pages = 0;
    int indicators = 0;
    int frontMatterPages = 0; // cover, contents and summary
    int indicatorPages = 0;   // indicators with values or a trajectory to chart
    QStringList sections;     // the titles of the sections written, in order
};

/**
 * An A4 board pack as PDF: a cover (plan, area or programme, date), contents, then the
 * sections chosen: a status dashboard (every indicator: baseline, latest with a sparkline,
 * target, status against trajectory, SPC icons), programme progress (each programme's latest
 * RAG and narrative), milestones (overdue, slipped and due first, then closed ones, and the open
 * ones on a timeline of their baseline and forecast dates), and one page per indicator with its
 * chart, definition, source, annotations and latest progress narrative. An indicator with no values
 * and no trajectory has no page: the dashboard says "no values yet". Every page has a footer with
 * the page number.
 */
namespace BoardPack {

/** Called after each page; return false to cancel (the file is then removed). */
using Progress = std::function<bool(int done, int total)>;

/** The section's word on the command line ("dashboard", "progress", …) and back. */
QString key(BoardPackRequest::Section section);
std::optional<BoardPackRequest::Section> sectionFromKey(const QString &key);
/**
 * Sections from a comma-separated list of keys ("dashboard,milestones"); nothing, and a
 * message naming the word and the choices, when a word is not a section or repeats one.
 */
std::optional<QList<BoardPackRequest::Section>> parseSections(const QString &list, QString *error);

QList<const Indicator *> indicators(const PlanSnapshot &plan, const BoardPackRequest &request);

/**
 * Draws the pages on `device` (a printer, A4 portrait) as write() writes them to a file, without
 * the PDF's bookmarks and links.
 */
bool paint(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           QPagedPaintDevice &device,
           BoardPackResult *result,
           QString *error);

bool write(const PlanSnapshot &plan,
           const BoardPackRequest &request,
           const QString &path,
           BoardPackResult *result,
           QString *error,
           const Progress &progress = {});

} // namespace BoardPack
} // namespace Jfp
