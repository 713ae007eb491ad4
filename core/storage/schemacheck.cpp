// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "schemacheck.h"

#include "coretr.h"
#include "domain/printabletext.h"
#include "migrations.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Jfp::SchemaCheck {

using namespace Qt::StringLiterals;

namespace {

// The schema the migrations make at `version`, made once in memory and kept.
QList<SchemaObject> reference(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> made;
    const QMutexLocker lock(&mutex);
    if (const auto it = made.constFind(version); it != made.constEnd())
        return *it;
    QList<MigrationStep> steps;
    for (const MigrationStep &step : Migrations::steps()) {
        if (step.toVersion <= version)
            steps << step;
    }
    QList<SchemaObject> objects;
    const QString name = u"jfp-schema-reference-%1"_s.arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        const SqlDialect dialect(SqlDialect::Kind::Sqlite);
        QString error;
        if (db.open() && Migrations::migrate(db, dialect, &error, steps))
            objects = dialect.schemaObjects(db, 100000);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    made.insert(version, objects);
    return objects;
}

QString key(const SchemaObject &object)
{
    return object.type + u'\n' + object.name;
}

QString shown(const QString &name)
{
    return printableText(name, 80);
}

// SQLite's own bookkeeping tables, which ANALYZE or AUTOINCREMENT may add to any database.
bool isSqliteBookkeeping(const SchemaObject &object)
{
    return object.type == u"table"_s
           && (object.name.startsWith(u"sqlite_stat"_s) || object.name == u"sqlite_sequence"_s);
}

// "a trigger 't_wipe'": an object the plan holds, named as a message shows it.
QString aNamed(const SchemaObject &object)
{
    const QString name = shown(object.name);
    if (object.type == u"trigger"_s)
        return Tr::tr("a trigger '%1'").arg(name);
    if (object.type == u"view"_s)
        return Tr::tr("a view '%1'").arg(name);
    if (object.type == u"index"_s)
        return Tr::tr("an index '%1'").arg(name);
    if (object.type == u"table"_s)
        return Tr::tr("a table '%1'").arg(name);
    return Tr::tr("a schema object '%1' of an unknown kind ('%2')").arg(name, shown(object.type));
}

// "the table 'area'": one of the app's own objects.
QString theNamed(const SchemaObject &object)
{
    return object.type == u"index"_s ? Tr::tr("the index '%1'").arg(object.name)
                                     : Tr::tr("the table '%1'").arg(object.name);
}

QString unexpected(const SchemaObject &object)
{
    return Tr::tr("the plan holds %1 that JFP Planner did not make: it may have been tampered "
                  "with")
        .arg(aNamed(object));
}

QString missing(const SchemaObject &object)
{
    return Tr::tr("%1 that JFP Planner makes is missing: the plan was changed by another "
                  "program")
        .arg(theNamed(object));
}

QString changed(const SchemaObject &object)
{
    return Tr::tr("%1 is not as JFP Planner makes it: its definition was changed by another "
                  "program")
        .arg(theNamed(object));
}

} // namespace

QStringList problems(const QSqlDatabase &db, const SqlDialect &dialect, int version, bool *ok)
{
    QStringList found;
    if (dialect.kind() != SqlDialect::Kind::Sqlite) {
        bool read = false;
        for (const SchemaObject &object : dialect.schemaObjects(db, extraObjectsRead, &read))
            found << unexpected(object);
        if (ok)
            *ok = read;
        return read ? found : QStringList();
    }

    const QList<SchemaObject> expected = reference(version);
    const int limit = int(expected.size()) + extraObjectsRead;
    bool read = false;
    const QList<SchemaObject> stored = dialect.schemaObjects(db, limit, &read);
    if (ok)
        *ok = read;
    if (!read)
        return {};

    QHash<QString, const SchemaObject *> expectedByKey;
    for (const SchemaObject &object : expected)
        expectedByKey.insert(key(object), &object);
    QHash<QString, const SchemaObject *> storedByKey;
    for (const SchemaObject &object : stored) {
        storedByKey.insert(key(object), &object);
        if (isSqliteBookkeeping(object))
            continue;
        const SchemaObject *wanted = expectedByKey.value(key(object));
        if (!wanted)
            found << unexpected(object);
        else if (wanted->table != object.table
                 || wanted->sql.simplified() != object.sql.simplified())
            found << changed(*wanted);
    }
    for (const SchemaObject &object : expected) {
        if (!storedByKey.contains(key(object)))
            found << missing(object);
    }
    if (stored.size() >= limit) {
        found << Tr::tr("the plan holds more than %1 schema objects, far more than JFP Planner "
                        "makes: it may have been tampered with")
                     .arg(limit);
    }
    return found;
}

} // namespace Jfp::SchemaCheck
