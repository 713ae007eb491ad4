// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "regularfile.h"

#include "coretr.h"

#include <QFileInfo>

namespace Jfp {

QString notARegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile() || info.isDir())
        return {};
    return Tr::tr("is not a regular file (it is a named pipe, a device or a socket), so it is "
                  "not read; give the path of a file");
}

} // namespace Jfp
