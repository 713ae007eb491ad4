// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/period.h"
#include "fuzzsupport.h"

/*
 * Period::parse over any text. A period it accepts must read back the same from its house
 * style, and stepping it either way must not crash.
 */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    if (size > 256)
        return -1; // periods are short; keep the corpus to them
    const QString text = QString::fromUtf8(JfpFuzz::bytes(data, size));
    QString error;
    const Jfp::Period period = Jfp::Period::parse(text, &error);
    if (!period.isValid()) {
        if (error.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    const Jfp::Period again = Jfp::Period::parse(period.toString());
    if (!(again == period))
        abort(); // the house style reads back as the same period
    (void)period.end();
    (void)period.next().toString();
    (void)period.previous().toString();
    (void)period.shifted(-1000).isValid();
    return 0;
}
