// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importtesthook.h"

#include <QThread>
#include <QtGlobal>

#include <cstdio>

namespace Jfp {

ImportTestHook::ImportTestHook()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("JFP_TEST_IMPORT_PAUSE_AFTER", &ok);
    m_pauseAfter = ok && n > 0 ? n : 0;
}

void ImportTestHook::wroteValue()
{
    if (++m_written != m_pauseAfter)
        return;
    std::fprintf(stderr, "jfp: test hook: import paused after %d values\n", m_written);
    std::fflush(stderr);
    QThread::sleep(60);
}

} // namespace Jfp
