// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

namespace Jfp {

/**
 * Why `path` cannot be read as a plan or data file without opening it: it is a named pipe
 * (FIFO), a device or a socket, which would block or never end. Empty for a regular file
 * (or a link to one) and for a path that does not exist (the caller says that itself).
 * The message reads after the file's name: "is not a regular file: …".
 */
QString notARegularFile(const QString &path);

} // namespace Jfp
