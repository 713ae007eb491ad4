// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "writeerror.h"

#include "coretr.h"

#include <QDir>
#include <QSaveFile>

#include <csignal>

namespace Jfp::WriteError {

QString reason(const QString &why)
{
    QString text = why.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    const QString advice = Tr::tr("The disk may be full: free some space and try again.");
    return text.isEmpty() ? advice : QStringLiteral("%1. %2").arg(text, advice);
}

QString file(const QString &path, const QString &why)
{
    return Tr::tr("Could not write '%1': %2").arg(QDir::toNativeSeparators(path), reason(why));
}

QString standardOutput(const QString &why)
{
    return Tr::tr("Could not write to standard output: %1").arg(reason(why));
}

bool commit(QSaveFile &file)
{
    return file.flush() && file.error() == QFileDevice::NoError && file.commit();
}

void failWritesPastSizeLimit()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace Jfp::WriteError
