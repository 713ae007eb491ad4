// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * What the plan-scale benchmarks (bench_document, bench_cli) share: the scale they run at, the
 * `jfp demo` plans they run on, the time limit per step, peak memory, running `jfp` as a child
 * process, and the one machine-readable line each step prints:
 *
 *   BENCH name=<step> scale=<scale> ms=<ms> peak_rss_mb=<MB>
 *
 * or, for a step left out because it would take longer than the limit,
 *
 *   BENCH name=<step> scale=<scale> ms=-1 peak_rss_mb=-1 skipped=<reason>
 *
 * Environment: JFP_BENCH_SCALE (sample, ics or england; default sample) and JFP_BENCH_LIMIT_S
 * (seconds a step may take; default 300). Plans are made once, with `jfp demo FILE --scale S`
 * (seed 1), in the build's bench-plans folder, and reused.
 */
namespace Jfp::Bench {

/** JFP_BENCH_SCALE, or "sample"; empty (and `error`) when it is not a scale. */
QString scale(QString *error);
/** JFP_BENCH_LIMIT_S in milliseconds (default 300 s). */
qint64 limitMs();

void report(const QString &step, const QString &scale, double ms, double peakRssMb);
void reportSkipped(const QString &step, const QString &scale, const QString &reason);

/** A line of /proc/self/status in kilobytes ("VmHWM", "VmRSS"); -1 where there is none. */
qint64 statusKb(const QByteArray &key);
/** This process's peak resident set (VmHWM) in MB, -1 where it cannot be read. */
double peakRssMb();
/** Sets this process's peak back to its current resident set (Linux); false where it cannot. */
bool resetPeak();

/** A finished (or stopped) child process. */
struct ChildRun
{
    int status = -1;      // the exit code; -1 when it crashed or was stopped
    bool stopped = false; // stopped for taking longer than the limit
    double ms = 0;
    double peakRssMb = -1; // the child's own peak resident set (getrusage of the child)
    QByteArray out;
    QByteArray err;
};

/** Runs `program` with `arguments` and waits for it, stopping it after `limitMs`. */
ChildRun run(const QString &program, const QStringList &arguments, qint64 limitMs);

/**
 * The `jfp demo` plan of `scale` (seed 1), made with `cli` the first time it is asked for (which
 * reports a "demo" step); empty (and `error`) on failure.
 */
QString demoPlan(const QString &cli, const QString &scale, QString *error);

} // namespace Jfp::Bench
