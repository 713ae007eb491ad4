// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "restorecommand.h"

#include "arguments.h"

#include "coretr.h"
#include "domain/regularfile.h"
#include "storage/database.h"
#include "storage/planbackups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int list(const QString &path, const PlanBackups &backups, bool json, Streams &streams)
{
    const QList<PlanBackup> found = backups.list();
    if (json) {
        QJsonArray rows;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const PlanBackup &b = found.at(i);
            rows.append(QJsonObject{{u"number"_s, int(i + 1)},
                                    {u"path"_s, display(b.path)},
                                    {u"time"_s, b.time.toUTC().toString(Qt::ISODateWithMs)},
                                    {u"bytes"_s, double(b.bytes)}});
        }
        const QJsonObject document{{u"plan"_s, display(backups.planPath())},
                                   {u"folder"_s, display(backups.folder())},
                                   {u"backups"_s, rows}};
        streams.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (found.isEmpty()) {
        streams.out << Tr::tr("'%1' has no backups yet (they are kept in '%2'). JFP Planner "
                              "makes one before the first change each time the plan is opened, "
                              "and daily.")
                           .arg(display(path), display(backups.folder()))
                    << '\n';
        return Success;
    }
    streams.out << Tr::tr("Backups of '%1', newest first (in '%2'):")
                       .arg(display(path), display(backups.folder()))
                << '\n';
    const QLocale locale;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const PlanBackup &b = found.at(i);
        streams.out << QString::number(i + 1).rightJustified(4) << "  " << localTime(b.time) << "  "
                    << locale.formattedDataSize(b.bytes).rightJustified(10) << '\n';
    }
    streams.out << Tr::tr("To restore one: jfp restore %1 --backup NUMBER").arg(path) << '\n';
    return Success;
}

int runRestore(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {u"--json"_s}, {u"--backup"_s});
    const QString path = singleFile(args, u"restore"_s);
    const bool restoring = args.hasOption(u"--backup"_s);
    if (restoring && args.hasFlag(u"--json"_s))
        throw BadUsage{Tr::tr("--json lists the backups: it does not go with --backup")};
    if (QFileInfo(path).isDir())
        return fail(streams.err, Tr::tr("'%1' is a folder, not a plan file.").arg(display(path)));
    if (const QString problem = notARegularFile(path); !problem.isEmpty())
        return fail(streams.err, u"'%1' %2."_s.arg(display(path), problem));

    const PlanBackups backups(path);
    if (backups.folder().isEmpty()) {
        return fail(streams.err,
                    Tr::tr("There is no folder for application data, so '%1' has no backups.")
                        .arg(display(path)));
    }
    if (!restoring)
        return list(path, backups, args.hasFlag(u"--json"_s), streams);

    const QString chosen = args.option(u"--backup"_s);
    QString backupPath = chosen;
    bool isNumber = false;
    const int number = chosen.toInt(&isNumber);
    if (isNumber) {
        const QList<PlanBackup> found = backups.list();
        if (found.isEmpty()) {
            return fail(streams.err,
                        Tr::tr("'%1' has no backups in '%2', so there is nothing to restore.")
                            .arg(display(path), display(backups.folder())));
        }
        if (number < 1 || number > found.size()) {
            return fail(streams.err,
                        Tr::tr("'%1' has no backup %2: choose a number from 1 to %3 (run 'jfp "
                               "restore %1' to list them).")
                            .arg(display(path))
                            .arg(number)
                            .arg(found.size()));
        }
        backupPath = found.at(number - 1).path;
    } else if (const QString problem = notARegularFile(backupPath); !problem.isEmpty()) {
        return fail(streams.err, u"'%1' %2."_s.arg(display(backupPath), problem));
    }
    QString error;
    QString kept;
    if (!PlanBackups(path).restore(backupPath, &error, &kept))
        return fail(streams.err, error);
    streams.out
        << Tr::tr("Restored '%1' from the backup '%2'.").arg(display(path), display(backupPath))
        << '\n';
    if (!kept.isEmpty()) {
        streams.out << Tr::tr("The plan as it was is kept as the backup '%1': to go back to it, "
                              "run jfp restore %2 --backup \"%1\"")
                           .arg(display(kept), path)
                    << '\n';
    }
    return Success;
}

int runUpgrade(const QStringList &words, Streams &streams)
{
    const Arguments args = parseArguments(words, {}, {});
    const QString path = singleFile(args, u"upgrade"_s);
    QString error;
    // Opening to write upgrades an older plan, after keeping it as a backup.
    const auto db = Database::open(path, Database::OpenMode::ReadWrite, &error);
    if (!db)
        return fail(streams.err, error);
    if (db->upgradedFrom() == 0) {
        streams.out << Tr::tr("'%1' is up to date (plan version %2): nothing to upgrade.")
                           .arg(display(path))
                           .arg(db->schemaVersion())
                    << '\n';
        return Success;
    }
    streams.out << Tr::tr("Upgraded '%1' from plan version %2 to %3. Older versions of JFP "
                          "Planner cannot open it now; the plan as it was is kept as the backup "
                          "'%4' (jfp restore %1 --backup \"%4\" puts it back).")
                       .arg(display(path))
                       .arg(db->upgradedFrom())
                       .arg(db->schemaVersion())
                       .arg(display(db->upgradeBackup()))
                << '\n';
    return Success;
}

} // namespace

Command upgradeCommand()
{
    return {u"upgrade"_s,
            u"upgrade FILE"_s,
            Tr::tr("Upgrade a plan from an older version of JFP Planner (the plan as it was is "
                   "kept as a backup)"),
            runUpgrade};
}

Command restoreCommand()
{
    return {u"restore"_s,
            u"restore FILE [--backup N|PATH] [--json]"_s,
            Tr::tr("List the plan's backups, or restore one (the plan as it was is kept)"),
            runRestore};
}

} // namespace Jfp::Cli
