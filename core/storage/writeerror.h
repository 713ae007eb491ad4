// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QString>

class QSaveFile;

/**
 * What a failed write tells the user: what could not be written, why, and what to do. Every
 * writing command and export checks each write and flush, and says this instead of reporting
 * success over a truncated file (issue 25, item 4).
 */
namespace Jfp::WriteError {

/** "REASON. The disk may be full: free some space and try again." */
QString reason(const QString &why);

/** "Could not write 'PATH': REASON. The disk may be full: free some space and try again." */
QString file(const QString &path, const QString &why);

/** "Could not write to standard output: REASON. The disk may be full: …" */
QString standardOutput(const QString &why);

/**
 * Flushes `file` and commits it: true only when every write reached the file and it took the
 * target's name. QSaveFile::commit() (Qt 6.4) does not notice that the flush it does first
 * failed, so a full disk would give a truncated file; the flush is checked here first.
 */
bool commit(QSaveFile &file);

/**
 * Makes a write past the process's file size limit (RLIMIT_FSIZE, `ulimit -f`) fail with an
 * error (EFBIG) that every write checks, instead of killing the process with SIGXFSZ and no
 * message. Called first thing by each program's main(); nothing where there is no SIGXFSZ
 * (Windows).
 */
void failWritesPastSizeLimit();

} // namespace Jfp::WriteError
