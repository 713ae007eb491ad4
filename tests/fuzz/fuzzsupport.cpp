// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "fuzzsupport.h"

// libFuzzer calls this once, before the first input, in every target.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    JfpFuzz::setUp();
    return 0;
}
