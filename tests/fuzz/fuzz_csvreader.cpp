// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "formats/csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>

/* CsvReader over any bytes: every record until the end or an error, nothing held whole. */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    QByteArray bytes = JfpFuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Jfp::CsvReader reader(&buffer);
    reader.setMaxFieldLength(4096);
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.readRecord(fields)) {
        if (reader.recordLine() < lastLine)
            abort(); // lines only go forwards
        lastLine = reader.recordLine();
        for (const QString &field : fields) {
            if (field.size() > reader.maxFieldLength())
                abort();
        }
    }
    if (reader.hasError() && reader.errorString().isEmpty())
        abort();
    return 0;
}
