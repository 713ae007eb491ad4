// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "fuzzsupport.h"
#include "import/fingertipsreader.h"

#include <QBuffer>

/* FingertipsReader over any bytes: the export layouts and FingertipsNext's healthdata. */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    QByteArray bytes = JfpFuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Jfp::FingertipsData file
        = Jfp::FingertipsReader::read(&buffer, QStringLiteral("fuzz.csv"));
    for (const Jfp::FingertipsRow &row : file.rows) {
        if (!row.period.isValid() || row.isCategory())
            abort(); // headline rows have a period and no category
    }
    (void)file.errorMessages();
    return 0;
}
