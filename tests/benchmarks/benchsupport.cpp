// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "benchsupport.h"

#include "sample/demoplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace Jfp::Bench {

using namespace Qt::StringLiterals;

namespace {

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

QString scale(QString *error)
{
    const QString value = qEnvironmentVariable("JFP_BENCH_SCALE", u"sample"_s);
    if (!DemoPlan::scaleFromKey(value)) {
        if (error) {
            *error = u"JFP_BENCH_SCALE is '%1'; it takes %2"_s.arg(
                value, DemoPlan::scaleKeys().join(u", "_s));
        }
        return {};
    }
    return value;
}

qint64 limitMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("JFP_BENCH_LIMIT_S").toDouble(&ok);
    return qint64((ok && seconds > 0 ? seconds : 300.0) * 1000.0);
}

void report(const QString &step, const QString &scale, double ms, double peakRssMb)
{
    printLine(u"BENCH name=%1 scale=%2 ms=%3 peak_rss_mb=%4"_s.arg(step, scale)
                  .arg(ms, 0, 'f', 1)
                  .arg(peakRssMb, 0, 'f', 1));
}

void reportSkipped(const QString &step, const QString &scale, const QString &reason)
{
    printLine(u"BENCH name=%1 scale=%2 ms=-1 peak_rss_mb=-1 skipped=%3"_s.arg(step, scale, reason));
}

qint64 statusKb(const QByteArray &key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double peakRssMb()
{
    const qint64 kb = statusKb("VmHWM");
    return kb < 0 ? -1.0 : double(kb) / 1024.0;
}

bool resetPeak()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

ChildRun run(const QString &program, const QStringList &arguments, qint64 limitMs)
{
    ChildRun result;
    QTemporaryDir dir;
    if (!dir.isValid())
        return result;
    const QByteArray outPath = QFile::encodeName(dir.filePath(u"out"_s));
    const QByteArray errPath = QFile::encodeName(dir.filePath(u"err"_s));
    std::vector<QByteArray> words{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(
        &actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;

    // A watchdog stops the child at the limit; the wait below measures it either way.
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    bool stopped = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, std::chrono::milliseconds(limitMs), [&] { return done; })) {
            stopped = true;
            kill(pid, SIGKILL);
        }
    });
    int status = 0;
    rusage usage{};
    const pid_t waited = wait4(pid, &status, 0, &usage);
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_one();
    watchdog.join();

    result.stopped = stopped;
    if (waited == pid && WIFEXITED(status) && !stopped)
        result.status = WEXITSTATUS(status);
    result.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        result.out = out.readAll();
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        result.err = err.readAll();
    return result;
}

QString demoPlan(const QString &cli, const QString &scale, QString *error)
{
    const QString folder = QStringLiteral(BENCH_PLAN_DIR);
    const QString path = QDir(folder).filePath(u"demo-%1.jfp"_s.arg(scale));
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = u"cannot create %1"_s.arg(folder);
        return {};
    }
    // Making the plan is not a step that the limit applies to: the steps need it.
    const ChildRun made = run(cli, {u"demo"_s, path, u"--scale"_s, scale}, 24 * 3600 * 1000);
    if (made.status != 0) {
        if (error)
            *error = u"jfp demo failed: %1"_s.arg(QString::fromLocal8Bit(made.err));
        return {};
    }
    report(u"demo"_s, scale, made.ms, made.peakRssMb);
    return path;
}

} // namespace Jfp::Bench
