// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

// CommandSink lives in the core, so that item models can send their edits through it too.
#include "commands/commandsink.h"
