// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QCoreApplication>

namespace Jfp {

/** Translation context for the GUI-free core: `Tr::tr("…")` marks a string for lupdate. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Jfp)
};

} // namespace Jfp
