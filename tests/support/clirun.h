// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** Runs the real `jfp` binary (JFP_CLI_PATH, set by jfp_add_test) for command-line tests. */
namespace Jfp::CliRun {

struct Result
{
    int status = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

inline Result run(const QStringList &arguments,
                  int timeoutMs = 60000,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JFP_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Jfp::CliRun
