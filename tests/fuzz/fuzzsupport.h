// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

/*
 * What the libFuzzer targets share (tests/fuzz/run.sh runs them). Each target defines
 * LLVMFuzzerTestOneInput(); JfpFuzz::setUp() makes the application object Qt's SQL driver and
 * translations need, and silences Qt's messages so that they do not slow the fuzzer down.
 */
namespace JfpFuzz {

/**
 * The parts of fuzz_xlsx's text form of a workbook, in order (its inputs separate them with
 * lines "@@PART@@"; fuzz_seeds writes the seeds).
 */
inline const char *const kXlsxParts[] = {
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
};

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

inline void setUp()
{
    static int argc = 1;
    static char name[] = "jfp_fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("JFP_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessages);
}

/** Kilobytes of a line "Name:   N kB" of /proc/self/status; -1 when there is none. */
inline long statusKb(const char *name)
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    char line[256];
    long kb = -1;
    const size_t length = std::strlen(name);
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, name, length) == 0 && line[length] == ':') {
            kb = std::strtol(line + length + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(status);
    return kb;
}

/**
 * The issue's memory limit for one input: the process's peak resident memory while the input
 * is handled (VmHWM, reset through /proc/self/clear_refs) may grow at most `limitMb` above
 * where it started; beyond that the target aborts, which libFuzzer reports as a crash and
 * keeps. ASan's shadow and redzones count too, so this is a little stricter than 100 MB of
 * the reader's own.
 */
class MemoryBudget
{
public:
    explicit MemoryBudget(long limitMb = 100)
        : m_limitKb(limitMb * 1024)
    {
        if (FILE *clear = std::fopen("/proc/self/clear_refs", "w")) {
            std::fputs("5", clear);
            std::fclose(clear);
        }
        m_startKb = statusKb("VmRSS");
    }
    ~MemoryBudget()
    {
        const long peakKb = statusKb("VmHWM");
        if (m_startKb >= 0 && peakKb - m_startKb > m_limitKb) {
            std::fprintf(stderr,
                         "jfp fuzz: this input took %ld MB of memory, over the limit of %ld MB\n",
                         (peakKb - m_startKb) / 1024,
                         m_limitKb / 1024);
            std::abort();
        }
    }
    MemoryBudget(const MemoryBudget &) = delete;
    MemoryBudget &operator=(const MemoryBudget &) = delete;

private:
    long m_limitKb;
    long m_startKb = -1;
};

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A private folder for the input written as a file, emptied before each input. */
inline QString scratchFile(const QString &name)
{
    static QTemporaryDir dir;
    QDir folder(dir.path());
    for (const QString &entry : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        folder.remove(entry);
    return folder.filePath(name);
}

inline QString writeScratch(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratchFile(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes(data, size)) != qint64(size))
        abort();
    return path;
}

} // namespace JfpFuzz
