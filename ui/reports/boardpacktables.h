// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "boardpack.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;

/**
 * The board pack's section tables (programme progress, milestones) and the drawing of a table
 * that flows over as many pages as its rows need. BoardPack::write's Writer turns the pages.
 */
namespace Jfp::BoardPack {

// Page geometry in 96-dpi units: A4 portrait is 793.7 × 1122.5.
inline constexpr double pageWidth = 210 / 25.4 * 96;
inline constexpr double pageHeight = 297 / 25.4 * 96;
inline constexpr double margin = 18 / 25.4 * 96;

QString sectionTitle(BoardPackRequest::Section section);

/** A table that flows over as many pages as its rows need, its header on each. */
struct Table
{
    QString title;
    QString intro;
    QList<double> columns; // fractions of the width
    QStringList headers;
    QList<QStringList> rows;
    QString empty; // said instead of the table when it has no rows
};

/** The pages a section is drawn on, as the board pack's writer turns them. */
class Pages
{
public:
    virtual ~Pages() = default;
    /** Starts the next page: false when the user cancelled. */
    virtual bool startPage() = 0;
    /** The painter of the page, or null in the dry pass, when pages are only counted. */
    virtual QPainter *painter() = 0;
};

/** The height of `text` wrapped to `width`. */
double measure(const QString &text, const QFont &font, double width);
/** Draws wrapped text (only measures it when `painter` is null); returns the y below it. */
double drawText(QPainter *painter,
                const QString &text,
                double y,
                const QFont &font,
                const QColor &colour,
                double left = margin,
                double width = pageWidth - 2 * margin);

/** The programmes in the pack's scope, in plan order. */
QList<const Programme *> programmes(const PlanSnapshot &plan, const BoardPackRequest &request);
/** A shape for a milestone's status: ○ ● ◆ ▲ ✔ ✕. */
QString milestoneSymbol(MilestoneStatus status);

Table progressTable(const PlanSnapshot &plan, const BoardPackRequest &request);
/** The open milestones in the pack's scope by due date (those without a date last). */
QList<const Milestone *> openMilestones(const PlanSnapshot &plan, const BoardPackRequest &request);
/** The milestones in scope: open ones first by due date, then completed and cancelled ones. */
Table milestonesTable(const PlanSnapshot &plan, const BoardPackRequest &request);

/**
 * Draws a table from the top of a new page, going on over new pages as its rows need; `end`
 * is set to the y below it on its last page.
 */
bool flowTable(Pages &pages, const Table &table, double *end = nullptr);

} // namespace Jfp::BoardPack
