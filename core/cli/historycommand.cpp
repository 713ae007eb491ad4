// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "historycommand.h"

#include "arguments.h"

#include "coretr.h"
#include "storage/database.h"
#include "storage/historyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Jfp::Cli {

namespace {

using namespace Qt::StringLiterals;

// A date (the start of that day, UTC) or a date and time (UTC unless it says otherwise).
QDateTime parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time;
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int runHistory(const QStringList &words, Streams &streams)
{
    const Arguments args
        = parseArguments(words, {u"--json"_s}, {u"--since"_s, u"--item"_s, u"--user"_s});
    const QString path = singleFile(args, u"history"_s);
    HistoryFilter filter;
    if (args.hasOption(u"--since"_s)) {
        filter.since = parseSince(args.option(u"--since"_s));
        if (!filter.since.isValid())
            throw BadUsage{Tr::tr("--since takes a date such as 2026-04-01 or a date and time"
                                  " such as 2026-04-01T09:00:00Z, not '%1'")
                               .arg(args.option(u"--since"_s))};
    }
    if (args.hasOption(u"--item"_s)) {
        bool ok = false;
        const Id id = args.option(u"--item"_s).toLongLong(&ok);
        if (!ok || id <= 0)
            throw BadUsage{
                Tr::tr("--item takes an item id, not '%1'").arg(args.option(u"--item"_s))};
        filter.itemId = id;
    }
    filter.changedBy = args.option(u"--user"_s);

    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return fail(streams.err, error);
    const auto records = HistoryRepository(*db).query(filter, &error);
    if (!records)
        return fail(streams.err, Tr::tr("'%1' could not be read: %2").arg(path, error));

    if (args.hasFlag(u"--json"_s)) {
        QJsonArray rows;
        for (const ChangeRecord &r : *records) {
            rows.append(QJsonObject{
                {u"changedAt"_s, HistoryRepository::toText(r.changedAt)},
                {u"changedBy"_s, jsonText(r.changedBy)},
                {u"itemKind"_s, r.itemKind},
                {u"itemId"_s, r.itemId ? QJsonValue(r.itemId) : QJsonValue(QJsonValue::Null)},
                {u"itemName"_s, jsonText(r.itemName)},
                {u"field"_s, jsonText(r.field)},
                {u"oldValue"_s, jsonText(r.oldValue)},
                {u"newValue"_s, jsonText(r.newValue)},
                {u"command"_s, jsonText(r.command)},
            });
        }
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        streams.out.flush();
        return Success;
    }

    if (records->isEmpty()) {
        streams.out << Tr::tr("No changes recorded.") << '\n';
        streams.out.flush();
        return Success;
    }
    // A plain table: one line per changed field, long values shortened.
    const auto cell = [](QString text, int width) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.size() > width)
            text = text.left(width - 1) + QChar(0x2026);
        return text.leftJustified(width);
    };
    streams.out << cell(Tr::tr("Changed at (UTC)"), 20) << ' ' << cell(Tr::tr("By"), 10) << ' '
                << cell(Tr::tr("Item"), 30) << ' ' << cell(Tr::tr("Field"), 18) << ' '
                << cell(Tr::tr("Old value"), 20) << ' ' << Tr::tr("New value") << '\n';
    for (const ChangeRecord &r : *records) {
        const QString item = u"%1 %2 %3"_s.arg(r.itemKind).arg(r.itemId).arg(r.itemName);
        streams.out << cell(r.changedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), 20) << ' '
                    << cell(r.changedBy, 10) << ' ' << cell(item, 30) << ' ' << cell(r.field, 18)
                    << ' ' << cell(r.oldValue, 20) << ' '
                    << QString(r.newValue).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    streams.out.flush();
    return Success;
}

} // namespace

Command historyCommand()
{
    return {u"history"_s,
            u"history FILE [--since DATE] [--item ID] [--user NAME] [--json]"_s,
            Tr::tr("List the changes made to the plan: who, when, which field, old and new value"),
            runHistory};
}

} // namespace Jfp::Cli
