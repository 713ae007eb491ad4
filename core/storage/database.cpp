// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "database.h"
#include "domain/printabletext.h"
#include "domain/regularfile.h"

#include "coretr.h"
#include "migrations.h"
#include "networkdrive.h"
#include "planbackups.h"
#include "schemacheck.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("jfp-plan-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A file's name as messages show it: control characters in it are never sent to a terminal.
QString display(const QString &path)
{
    return printableText(QDir::toNativeSeparators(path), 600);
}

// Checks the SQLite header and size without opening the file for SQL, so that nothing can
// be written to a file that is not a sound plan. Returns an empty string when it looks sound.
QString checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Tr::tr("'%1' cannot be read: %2. Check that you have permission to read it.")
            .arg(display(path), file.errorString());
    }
    const qint64 size = file.size();
    if (size == 0) {
        return Tr::tr("'%1' is empty, so it is not a plan. Open another file, or create a new "
                      "plan with File > New or 'jfp init'.")
            .arg(display(path));
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Tr::tr("'%1' is not a JFP Planner plan: it is not an SQLite database. Plans are "
                      "files with the extension .jfp.")
            .arg(display(path));
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const bool badPageSize = pageSize < 512 || (pageSize & (pageSize - 1)) != 0;
    const bool truncated = !badPageSize
                           && (size % pageSize != 0
                               || (validFor == changeCounter && pageCount > 0
                                   && size < pageSize * qint64(pageCount)));
    if (badPageSize || truncated) {
        return Tr::tr("'%1' is damaged: it is shorter than its own header says, so part of it is "
                      "missing. Restore the plan from a backup or a copy.")
            .arg(display(path));
    }
    return {};
}

// Why `path` is not an SQLite file that can be opened, without opening it; empty if it is.
QString checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("'%1' does not exist. Check the name and folder.").arg(display(path));
    if (info.isDir())
        return Tr::tr("'%1' is a folder, not a plan file.").arg(display(path));
    if (const QString problem = notARegularFile(path); !problem.isEmpty())
        return u"'%1' %2."_s.arg(display(path), problem);
    return checkFileHeader(path);
}

// True when the file's header says it is kept in WAL mode (bytes 18 and 19 are 2), as a plan
// is once it has been opened for writing.
bool headerSaysWal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

// A plan in WAL mode in a folder nobody may write to, with no WAL beside it: read as is.
bool readsAsImmutable(const QString &path)
{
    return !QFileInfo(QFileInfo(path).absolutePath()).isWritable() && headerSaysWal(path)
           && !QFileInfo::exists(path + u"-wal"_s);
}

// True when nothing beside the plan says a change may have been cut short: no write-ahead log
// (the last connection to close a WAL plan folds its log in and removes it) and no rollback
// journal. A log is also there while another program has the plan open.
bool closedCleanly(const QString &path)
{
    return !QFileInfo::exists(path + u"-wal"_s) && !QFileInfo::exists(path + u"-journal"_s);
}

QString lockedMessage(const QString &path)
{
    return Tr::tr("'%1' is in use by another program that is changing it, and it stayed busy "
                  "for 5 seconds. Wait for that program to finish, or close the plan there, and "
                  "try again. The file has not been changed.")
        .arg(display(path));
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return Tr::tr("'%1' is damaged and cannot be opened (%2). Restore the plan from a backup or "
                  "a copy.")
        .arg(display(path), detail);
}

// A failed statement in words, naming the file: in use, full disk, stopped, damaged, … While
// opening, anything else means the file is damaged; afterwards, SQLite's own text is shown.
QString describeError(const QString &path, const QSqlError &error, qint64 limitMs, bool opening)
{
    const int code = SqlDialect::sqliteCode(error);
    if (code < 0)
        return opening ? damagedMessage(path, error.text())
                       : u"'%1': %2"_s.arg(display(path), error.text());
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return lockedMessage(path);
    case 8: // SQLITE_READONLY
        return Tr::tr("'%1' is read-only, so nothing could be written to it. Save a copy you can "
                      "write to and change that.")
            .arg(display(path));
    case 9: // SQLITE_INTERRUPT: the statement time limit
        return Tr::tr("Reading or writing '%1' took longer than %n second(s) and was stopped, so "
                      "nothing was changed: the plan may be damaged, or far larger than any "
                      "plan should be. Check it with 'jfp check'.",
                      nullptr,
                      int(limitMs / 1000))
            .arg(display(path));
    case 10: // SQLITE_IOERR
        return Tr::tr("'%1' could not be read or written (%2): the disk or network drive it is "
                      "on may have gone. Check the drive and try again.")
            .arg(display(path), error.text());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return damagedMessage(path, error.text());
    case 13: // SQLITE_FULL
        return Tr::tr("The disk holding '%1' is full, so the change could not be written and "
                      "the plan is as it was. Free some space and try again.")
            .arg(display(path));
    case 18: // SQLITE_TOOBIG
        return Tr::tr("'%1' holds a value larger than JFP Planner reads (32 MB): it may have been "
                      "tampered with. Check it with 'jfp check'.")
            .arg(display(path));
    default:
        return opening ? damagedMessage(path, error.text())
                       : u"'%1': %2"_s.arg(display(path), error.text());
    }
}

QString openFailureMessage(const QString &path, const QSqlError &error)
{
    return describeError(path, error, StatementClock().limitMs, true);
}

} // namespace

Database::Database(const QString &path, bool readOnly, bool immutable)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_readOnly(readOnly)
    , m_immutable(immutable)
    // Only a writer's journal depends on it (and looking costs a read of the mount table).
    , m_onNetworkDrive(!readOnly && path != u":memory:"_s && NetworkDrive::holds(path))
{}

Database::~Database()
{
    m_statements.clear(); // a kept statement holds the connection open
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery *Database::keptStatement(const QString &sql, QString *error)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        if (error)
            *error = query->lastError().text();
        return nullptr;
    }
    return m_statements.insert(sql, std::move(query))->get();
}

bool Database::openConnection(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error
                = Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_immutable) {
        // A plan in a folder nobody may write to: SQLite cannot make the files a WAL-mode
        // reader needs beside it, and nobody can be changing it there, so it is read as is.
        m_db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + u"?mode=ro&immutable=1"_s);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_path);
        if (m_readOnly && !m_queryOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        if (error) {
            *error = SqlDialect::isLockError(m_db.lastError())
                         ? lockedMessage(m_path)
                         : Tr::tr("'%1' cannot be opened: %2")
                               .arg(display(m_path), m_db.lastError().text());
        }
        return false;
    }
    m_dialect = SqlDialect::forDriver(m_db.driverName());
    if (!m_dialect.guard(m_db, &m_clock, error))
        return false;
    QSqlQuery query(m_db);
    for (const QString &statement : m_dialect.connectionSetup(m_readOnly, m_onNetworkDrive)) {
        if (!query.exec(statement)) {
            if (error)
                *error = openFailureMessage(m_path, query.lastError());
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> Database::create(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error) {
            *error = Tr::tr("'%1' already exists. Choose another name, or delete the file first.")
                         .arg(display(path));
        }
        return nullptr;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error) {
            *error = Tr::tr("The folder '%1' does not exist. Create it first or choose another "
                            "place for the plan.")
                         .arg(display(info.absolutePath()));
        }
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, false));
    QString migrationError;
    if (!db->openConnection(error))
        return nullptr;
    if (!Migrations::migrate(db->m_db, db->m_dialect, &migrationError)) {
        if (error)
            *error = migrationError;
        db.reset();
        QFile::remove(path);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::createInMemory(QString *error)
{
    std::unique_ptr<Database> db(new Database(QStringLiteral(":memory:"), false));
    if (!db->openConnection(error))
        return nullptr;
    QString migrationError;
    if (!Migrations::migrate(db->m_db, db->m_dialect, &migrationError)) {
        if (error)
            *error = migrationError;
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database>
Database::open(const QString &path, OpenMode mode, QString *error, QuickCheck quickCheckWhen)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (const QString problem = checkSqliteFile(path); !problem.isEmpty())
        return fail(problem);

    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool writable = info.isWritable() && folderWritable;
    const bool readOnly = mode == OpenMode::ReadOnly || !writable;
    const bool immutable = readsAsImmutable(path);

    // First look read-only: nothing below may change a file that turns out to be unsound.
    int version = 0;
    QStringList schemaProblems;
    // The command line checks every page of every plan it opens: a damaged plan read row by
    // row can repeat rows without end (found by tests/fuzz). The window checks a plan that
    // was not closed cleanly in the background (checkInBackground).
    const bool unclean = !closedCleanly(path);
    const bool quickCheck = quickCheckWhen == QuickCheck::AtOpen;
    if (const QString problem = probe(path, quickCheck, &version, &schemaProblems);
        !problem.isEmpty()) {
        return fail(problem);
    }
    if (!schemaProblems.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(schemaProblems.size(), 3);
        QString listed = schemaProblems.mid(0, shown).join(u"; "_s);
        if (schemaProblems.size() > shown) {
            listed += Tr::tr(" (and %n more: 'jfp check' lists them all)",
                             nullptr,
                             int(schemaProblems.size() - shown));
        }
        return fail(Tr::tr("'%1' cannot be opened: %2. It has not been opened or changed. Open a "
                           "backup or the copy you were sent, or ask whoever sent it.")
                        .arg(display(path), listed));
    }
    const bool needsUpgrade = version < Migrations::latestVersion();
    if (needsUpgrade && !writable) {
        return fail(Tr::tr("'%1' is from an older version of JFP Planner and must be upgraded, "
                           "but it is read-only. Make a copy you can write to and open that.")
                        .arg(display(path)));
    }
    if (needsUpgrade && readOnly) { // a command that only reads: it changes nothing
        return fail(Tr::tr("'%1' is from an older version of JFP Planner (plan version %2; this "
                           "version keeps plans at version %3) and must be upgraded before it "
                           "is read. It has not been changed. Upgrade it with 'jfp upgrade %1' "
                           "or by opening it in JFP Planner; the plan as it was is kept as a "
                           "backup.")
                        .arg(display(path))
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    }

    std::unique_ptr<Database> db(new Database(path, readOnly, immutable));
    // A reader of a file it could write connects as a writer that may only read: as the last
    // connection to close, it removes the -wal and -shm files SQLite makes beside the plan,
    // which a read-only connection cannot.
    db->m_queryOnly = readOnly && writable && !immutable;
    db->m_quickChecked = quickCheck;
    db->m_quickCheckDue = unclean && !quickCheck;
    if (!db->openConnection(error))
        return nullptr;
    if (needsUpgrade && mode == OpenMode::ReadWrite) {
        // Older versions cannot read an upgraded plan: the plan as it was is kept first.
        QString backupError;
        const QString backup = PlanBackups(path).take(*db, &backupError);
        if (backup.isEmpty()) {
            return fail(Tr::tr("'%1' is from an older version of JFP Planner and must be "
                               "upgraded, which is done only once a backup of it is kept. It has "
                               "not been changed. %2")
                            .arg(display(path), backupError));
        }
        db->m_upgradedFrom = version;
        db->m_upgradeBackup = backup;
    }
    if (!readOnly) {
        QString migrationError;
        if (!Migrations::migrate(db->m_db, db->m_dialect, &migrationError))
            return fail(migrationError);
    }
    return db;
}

std::unique_ptr<Database> Database::openUnchecked(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (const QString problem = checkSqliteFile(path); !problem.isEmpty())
        return fail(problem);
    // As it stands in the file when nobody has it open, so that no -wal or -shm is left.
    const bool quiet = headerSaysWal(path) && !QFileInfo::exists(path + u"-wal"_s);
    std::unique_ptr<Database> db(new Database(path, true, quiet || readsAsImmutable(path)));
    if (!db->openConnection(error))
        return nullptr;
    return db;
}

QString
Database::probe(const QString &path, bool quickCheck, int *version, QStringList *schemaProblems)
{
    // A WAL plan nobody has open (no -wal beside it) is looked at as it stands in the file,
    // which leaves no -wal or -shm beside it. Should that fail, it is looked at again the
    // usual way, in case another program began changing it meanwhile: through a connection
    // that could write (but only reads) if it may, which removes the files it made.
    const bool quiet = headerSaysWal(path) && !QFileInfo::exists(path + u"-wal"_s);
    if (quiet) {
        const QString problem = probeOnce(path, true, false, quickCheck, version, schemaProblems);
        if (problem.isEmpty())
            return {};
    }
    const QFileInfo info(path);
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    return probeOnce(
        path, readsAsImmutable(path), quiet && writable, quickCheck, version, schemaProblems);
}

QString Database::probeOnce(const QString &path,
                            bool immutable,
                            bool queryOnly,
                            bool quickCheck,
                            int *version,
                            QStringList *schemaProblems)
{
    Database probe(path, true, immutable);
    probe.m_queryOnly = queryOnly;
    QString openError;
    if (!probe.openConnection(&openError))
        return openError;
    bool ok = false;
    QSqlError readError;
    const qint64 appId = probe.m_dialect.storedApplicationId(probe.m_db, &ok, &readError);
    if (!ok)
        return openFailureMessage(path, readError);
    *version = probe.m_dialect.schemaVersion(probe.m_db, &ok);
    if (!ok)
        return openFailureMessage(path, QSqlError());
    if (quickCheck) {
        QSqlQuery check(probe.m_db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            return openFailureMessage(path, check.lastError());
        if (check.value(0).toString() != QLatin1String("ok"))
            return damagedMessage(path, check.value(0).toString());
    }
    if (appId != SqlDialect::applicationId) {
        return Tr::tr("'%1' is an SQLite database, but not a JFP Planner plan: another program "
                      "made it. Open a .jfp plan instead.")
            .arg(display(path));
    }
    if (*version > Migrations::latestVersion()) {
        return Tr::tr("'%1' was saved by a newer version of JFP Planner (plan format %2; this "
                      "version reads up to %3). Install the newer version to open it. The file "
                      "has not been changed.")
            .arg(display(path))
            .arg(*version)
            .arg(Migrations::latestVersion());
    }
    // Before any table is read: a trigger would run its own code on the next change, and a
    // view named like a table would answer for it (or never answer).
    *schemaProblems = SchemaCheck::problems(probe.m_db, probe.m_dialect, *version, &ok);
    if (!ok)
        return openFailureMessage(path, QSqlError());
    return {};
}

QString Database::quickCheck(const QString &path, const std::atomic_bool *stop)
{
    Database checker(path, true, readsAsImmutable(path));
    QString openError;
    if (!checker.openConnection(&openError))
        return openError;
    if (stop)
        SqlDialect::stopWhen(checker.m_db, stop); // instead of the time limit
    QSqlQuery check(checker.m_db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return stop && stop->load() ? QString() : openFailureMessage(path, check.lastError());
    const QString result = check.value(0).toString();
    return result == QLatin1String("ok") ? QString() : damagedMessage(path, result);
}

QStringList Database::schemaProblems(const QString &path, QString *error)
{
    if (const QString problem = checkSqliteFile(path); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    int version = 0;
    QStringList problems;
    const QString problem = probe(path, true, &version, &problems);
    if (error)
        *error = problem;
    return problems;
}

QString Database::explain(const QSqlError &error) const
{
    return m_dialect.kind() == SqlDialect::Kind::Sqlite
               ? describeError(m_path, error, m_clock.limitMs, false)
               : u"'%1': %2"_s.arg(display(m_path), error.text());
}

int Database::schemaVersion() const
{
    return m_dialect.schemaVersion(m_db);
}

bool Database::copyTo(const QString &path, QString *error)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = Tr::tr("'%1' exists and cannot be replaced.").arg(display(path));
        return false;
    }
    return m_dialect.copyTo(m_db, path, error);
}

QStringList Database::integrityProblems() const
{
    return m_dialect.integrityProblems(m_db);
}

Transaction::Transaction(Database &db)
    : m_database(db)
    , m_db(db.connection())
{
    if (db.m_transactionDepth == 0) {
        QSqlError beginError;
        m_active = db.dialect().beginWrite(m_db, &beginError);
        if (!m_active)
            m_beginError = db.explain(beginError);
    } else {
        // SAVEPOINT, RELEASE and ROLLBACK TO are the same in SQLite and PostgreSQL.
        m_savepoint = u"jfp_nested_%1"_s.arg(db.m_transactionDepth);
        m_active = QSqlQuery(m_db).exec(u"SAVEPOINT "_s + m_savepoint);
    }
    if (m_active)
        ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_database.m_transactionDepth;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        query.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = Tr::tr("No transaction is open.");
        return false;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    if (!m_savepoint.isEmpty()) {
        QSqlQuery query(m_db);
        if (query.exec(u"RELEASE SAVEPOINT "_s + m_savepoint))
            return true;
        if (error)
            *error = query.lastError().text();
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        query.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
        return false;
    }
    if (m_db.commit())
        return true;
    if (error)
        *error = m_database.explain(m_db.lastError());
    m_db.rollback();
    return false;
}

} // namespace Jfp
