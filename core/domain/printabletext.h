// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

namespace Jfp {

/**
 * Text from a file, or a file's name, made safe to print in a message: control characters
 * (but line breaks) as \xNN, so that a terminal never obeys them, and anything past
 * `maxCharacters` cut, saying how long it was.
 */
QString printableText(const QString &text, qsizetype maxCharacters);

} // namespace Jfp
