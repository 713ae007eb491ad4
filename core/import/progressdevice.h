// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QIODevice>

#include <atomic>

namespace Jfp {

/**
 * Reads through another, open device and counts the bytes, so that a reader working in a
 * background thread can show progress and be cancelled: bytesRead() and cancel() may be
 * called from any thread. After cancel() every read fails ("cancelled"), which stops the
 * CsvReader at its next chunk.
 */
class ProgressDevice : public QIODevice
{
public:
    /** `source` stays owned by the caller and must outlive this device. */
    explicit ProgressDevice(QIODevice *source, QObject *parent = nullptr);

    /** Opens for reading; `source` must already be open for reading. */
    bool openForReading();

    bool isSequential() const override { return true; }
    /** The size of the source (0 when it does not know it). */
    qint64 totalSize() const { return m_total; }
    qint64 bytesRead() const { return m_read.load(std::memory_order_relaxed); }
    /** 0…100, from bytesRead() and totalSize(). */
    int percent() const;

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_source;
    qint64 m_total = 0;
    std::atomic<qint64> m_read{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace Jfp
