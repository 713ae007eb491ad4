// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "progressdevice.h"

#include "coretr.h"

#include <algorithm>

namespace Jfp {

ProgressDevice::ProgressDevice(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
{}

bool ProgressDevice::openForReading()
{
    if (!m_source || !m_source->isReadable()) {
        setErrorString(Tr::tr("the file is not open for reading"));
        return false;
    }
    m_total = m_source->isSequential() ? 0 : m_source->size();
    return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

int ProgressDevice::percent() const
{
    if (m_total <= 0)
        return 0;
    return int(std::clamp<qint64>(bytesRead() * 100 / m_total, 0, 100));
}

qint64 ProgressDevice::readData(char *data, qint64 maxSize)
{
    if (isCancelled()) {
        setErrorString(Tr::tr("cancelled"));
        return -1;
    }
    const qint64 got = m_source->read(data, maxSize);
    if (got < 0) {
        setErrorString(m_source->errorString());
        return -1;
    }
    m_read.fetch_add(got, std::memory_order_relaxed);
    return got;
}

qint64 ProgressDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Jfp
