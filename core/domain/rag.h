// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Jfp {

/** A progress update's RAG rating. Stored and written in files by its key. */
enum class Rag { Red, Amber, Green };

namespace Rags {

/** "red", "amber", "green": as the plan file, the workbook and `jfp … --json` keep it. */
QString key(Rag rag);
/** The rating a key names; nullopt for anything else (no rating given). */
std::optional<Rag> fromKey(QStringView key);
/** Every key, red first. */
QStringList keys();

/** "Red", "Amber", "Green" (translated), or "Not given" for a key that is none of them. */
QString label(QStringView key);
/** The shape shown beside the word, so that colour never carries it alone: ▲ ◆ ●, else –. */
QString symbol(QStringView key);
/** The order in which lists sort by rating: red, amber, green, any other text, none. */
int rank(QStringView key);

} // namespace Rags
} // namespace Jfp
