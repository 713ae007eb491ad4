// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

namespace Jfp {

/**
 * The import's test hook (documented in importcommands.h): when JFP_TEST_IMPORT_PAUSE_AFTER
 * holds a number N, the N-th wroteValue() says so on standard error and sleeps for a minute,
 * its transaction still open, so that tst_importkill can kill the process mid-import.
 * Nothing sets it outside that test.
 */
class ImportTestHook
{
public:
    ImportTestHook();
    void wroteValue();

private:
    int m_pauseAfter = 0; // 0: no pause
    int m_written = 0;
};

} // namespace Jfp
