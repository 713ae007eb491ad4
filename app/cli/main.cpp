// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JFP Planner"));
    QCoreApplication::setApplicationName(QStringLiteral("jfp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JFP_VERSION));
    Jfp::installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const int status = Jfp::Cli::run(QCoreApplication::arguments().mid(1), out, err, &in);
    out.flush();
    err.flush();
    return status;
}
