// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "cli/commandline.h"
#include "fuzzsupport.h"
#include "storage/database.h"
#include "storage/planreader.h"

#include <QTextStream>

/*
 * A mutated plan: the bytes written to a .jfp file, opened with Database::open and read whole,
 * then through `jfp check`, `jfp tree` and `jfp indicators --json`, as a plan from someone
 * else would be. Refusing is fine; crashing, hanging or growing without bound is not.
 */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JfpFuzz::MemoryBudget budget;
    const QString path = JfpFuzz::writeScratch(QStringLiteral("fuzz.jfp"), data, size);
    {
        QString error;
        auto db = Jfp::Database::open(path, Jfp::Database::OpenMode::ReadOnly, &error);
        if (!db) {
            if (error.isEmpty())
                abort(); // a refusal always says why
        } else {
            (void)db->schemaVersion();
            (void)Jfp::PlanReader::read(*db, &error);
        }
    }
    for (const QStringList &command :
         {QStringList{QStringLiteral("check"), path},
          QStringList{QStringLiteral("tree"), path},
          QStringList{QStringLiteral("indicators"), path, QStringLiteral("--json")}}) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int status = Jfp::Cli::run(command, outStream, errStream);
        if (status < 0 || status > 2)
            abort(); // the documented exit statuses only
    }
    return 0;
}
