// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "planbackups.h"

#include "coretr.h"
#include "database.h"
#include "planreader.h"
#include "sqldialect.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

const QString timeFormat = u"yyyyMMdd-HHmmss-zzz"_s;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The SQLite files that may lie beside a plan: its write-ahead log and index, and its journal.
const QStringList sidecars = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : sidecars)
        QFile::remove(path + suffix);
}

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return u"jfp-backup-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/**
 * Copies a plan file, with the write-ahead log kept beside it when there is one (a damaged
 * plan is kept with its log as it was before a restore).
 */
bool copyWithLog(const QString &source, const QString &target)
{
    if (!QFile::copy(source, target))
        return false;
    const QString log = source + u"-wal"_s;
    if (!QFileInfo::exists(log))
        return true;
    if (!QFile::copy(log, target + u"-wal"_s))
        return false;
    QFile::setPermissions(target + u"-wal"_s, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

/** Replaces `target` with `source` in one step (MoveFileEx on Windows, rename elsewhere). */
bool replaceFile(const QString &source, const QString &target, QString *why)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()),
                            error);
    if (error && why)
        *why = QString::fromLocal8Bit(error.message());
    return !error;
}

/**
 * Opens `path` (a copy of the backup, which may be changed: an older plan is upgraded) as any
 * plan is opened, runs SQLite's integrity and foreign-key checks, reads the plan, and leaves
 * it as one self-contained file (no write-ahead log). Empty when sound; else why not.
 */
QString checkCopy(const QString &path, const QString &shownAs)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadWriteScratch, &error);
    if (!db)
        return error.replace(display(path), display(shownAs));
    const QStringList problems = db->integrityProblems();
    if (!problems.isEmpty()) {
        return Tr::tr("'%1' is damaged (%2).")
            .arg(display(shownAs), QStringList(problems.mid(0, 3)).join(u"; "_s));
    }
    if (!PlanReader::read(*db, &error))
        return Tr::tr("'%1' cannot be read: %2").arg(display(shownAs), error);
    QSqlQuery query(db->connection());
    if (!query.exec(u"PRAGMA journal_mode = DELETE"_s) || !query.next()
        || query.value(0).toString().compare("delete"_L1, Qt::CaseInsensitive) != 0) {
        return Tr::tr("'%1' could not be prepared for restoring: %2")
            .arg(display(shownAs), query.lastError().text());
    }
    return {};
}

} // namespace

QString PlanBackups::defaultRoot()
{
    // The window's AppLocalDataLocation ("JFP Planner/JFP Planner"), whichever program asks.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (generic.isEmpty())
        return {};
    return QDir(generic).filePath(u"JFP Planner/JFP Planner/backups"_s);
}

PlanBackups::PlanBackups(const QString &planPath, const QString &root)
    : m_planPath(QFileInfo(planPath).absoluteFilePath())
    , m_baseName(QFileInfo(planPath).completeBaseName())
{
    QString canonical = QFileInfo(m_planPath).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(m_planPath);
#ifdef Q_OS_WIN
    canonical = canonical.toLower(); // one plan, however its name is spelt
#endif
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    if (m_baseName.isEmpty())
        m_baseName = u"plan"_s;
    if (!root.isEmpty())
        m_folder = QDir(root).filePath(m_baseName + u'-' + QString::fromLatin1(hash.left(10)));
}

QList<PlanBackup> PlanBackups::list() const
{
    QList<PlanBackup> backups;
    if (m_folder.isEmpty())
        return backups;
    const QFileInfoList files = QDir(m_folder).entryInfoList({u"*.jfp"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.fileName().startsWith(u'.'))
            continue; // one being written
        const QString stem = file.completeBaseName();
        QDateTime time = QDateTime::fromString(stem.right(timeFormat.size()), timeFormat);
        time = time.isValid() ? QDateTime(time.date(), time.time(), Qt::UTC)
                              : file.lastModified().toUTC();
        backups.append({file.absoluteFilePath(), time, file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const PlanBackup &a, const PlanBackup &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return backups;
}

QDateTime PlanBackups::lastBackupTime() const
{
    const QList<PlanBackup> backups = list();
    return backups.isEmpty() ? QDateTime() : backups.constFirst().time;
}

QString PlanBackups::newBackupPath(const QDateTime &time) const
{
    QDateTime at = time.toUTC();
    for (;;) {
        const QString path
            = QDir(m_folder).filePath(u"%1-%2.jfp"_s.arg(m_baseName, at.toString(timeFormat)));
        if (!QFileInfo::exists(path))
            return path;
        at = at.addMSecs(1);
    }
}

QString PlanBackups::newPartialPath(QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = Tr::tr("No backup of '%1' could be made in '%2': %3")
                         .arg(display(m_planPath), display(m_folder), why);
        }
        return QString();
    };
    if (m_folder.isEmpty())
        return fail(Tr::tr("there is no folder for application data."));
    if (!QDir().mkpath(m_folder))
        return fail(Tr::tr("the folder cannot be created. Check that you may write there."));
    // Unique, so that two windows on the same plan never write into one copy.
    return QDir(m_folder).filePath(
        u".backup-%1.jfp.partial"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
}

bool PlanBackups::copyPlanFile(const QString &planFile,
                               const QString &target,
                               const std::atomic_bool *stop,
                               QString *error)
{
    const QString name = connectionName();
    bool copied = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(planFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            if (stop)
                SqlDialect::stopWhen(db, stop);
            QSqlQuery query(db);
            query.exec(u"PRAGMA trusted_schema = OFF"_s);
            query.exec(u"PRAGMA busy_timeout = 5000"_s);
            // VACUUM INTO reads in one transaction: a consistent copy, including what is
            // still in the write-ahead log, while the plan's own connection goes on reading.
            copied = query.prepare(u"VACUUM INTO :path"_s);
            query.bindValue(u":path"_s, target);
            copied = copied && query.exec();
            if (!copied && error)
                *error = query.lastError().text();
            query.finish();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!copied)
        discard(target);
    return copied;
}

QString PlanBackups::keep(const QString &partial, const QDateTime &time, QString *error)
{
    const QString target = newBackupPath(time.isValid() ? time : QDateTime::currentDateTimeUtc());
    if (!QFile::rename(partial, target)) {
        discard(partial);
        if (error) {
            *error
                = Tr::tr("No backup of '%1' could be made in '%2': %3")
                      .arg(display(m_planPath),
                           display(m_folder),
                           Tr::tr("the copy could not take its name '%1'.").arg(display(target)));
        }
        return {};
    }
    prune();
    return target;
}

void PlanBackups::discard(const QString &partial)
{
    removeWithSidecars(partial);
}

QString PlanBackups::take(Database &db, QString *error, const QDateTime &now)
{
    const QString partial = newPartialPath(error);
    if (partial.isEmpty())
        return {};
    QString why;
    if (!db.copyTo(partial, &why)) {
        discard(partial);
        if (error) {
            *error = Tr::tr("No backup of '%1' could be made in '%2': %3")
                         .arg(display(m_planPath), display(m_folder), why);
        }
        return {};
    }
    return keep(partial, now, error);
}

void PlanBackups::prune(int keep)
{
    const QList<PlanBackup> backups = list();
    for (qsizetype i = keep; i < backups.size(); ++i)
        removeWithSidecars(backups.at(i).path);
    // A copy a stopped program left half-written; one being written now is never a day old.
    if (m_folder.isEmpty())
        return;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList partials
        = QDir(m_folder).entryInfoList({u".backup*.partial"_s}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : partials) {
        if (file.lastModified().toUTC() < dayAgo)
            discard(file.absoluteFilePath());
    }
}

QString PlanBackups::check(const QString &backupPath)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"check.jfp"_s);
    if (!dir.isValid() || !copyWithLog(backupPath, copy)) {
        if (!QFileInfo::exists(backupPath))
            return Tr::tr("'%1' does not exist.").arg(display(backupPath));
        return Tr::tr("'%1' cannot be read or copied to the temporary folder.")
            .arg(display(backupPath));
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return checkCopy(copy, backupPath);
}

bool PlanBackups::keepCurrent(const QString &planFile, QString *keptAs, QString *error)
{
    const QString target = newBackupPath(QDateTime::currentDateTimeUtc());
    const QString partial = QDir(m_folder).filePath(u".backup.jfp.partial"_s);
    removeWithSidecars(partial);
    // The file's bytes, with its log, are taken first: SQLite may drop the log of a file it
    // finds damaged as it gives up on it. They are kept if no consistent copy can be made.
    const QString bytes = QDir(m_folder).filePath(u".backup-bytes.jfp.partial"_s);
    removeWithSidecars(bytes);
    const bool bytesCopied = copyWithLog(planFile, bytes);
    const auto dropBytes = qScopeGuard([&] { removeWithSidecars(bytes); });
    const QString name = connectionName();
    bool inUse = false;
    bool copied = false;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(planFile);
        if (db.open()) {
            QSqlQuery query(db);
            // Exclusive locking: it fails while any other connection has the plan open, even
            // one doing nothing, and keeps every other program out until this one closes.
            query.exec(u"PRAGMA trusted_schema = OFF"_s);
            query.exec(u"PRAGMA busy_timeout = 1000"_s);
            query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
            if (!query.exec(u"BEGIN EXCLUSIVE"_s)
                || !query.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
                inUse = SqlDialect::isLockError(query.lastError());
                why = query.lastError().text();
            }
            query.exec(u"COMMIT"_s);
            if (!inUse && query.prepare(u"VACUUM INTO :path"_s)) {
                query.bindValue(u":path"_s, partial);
                copied = query.exec();
                if (!copied)
                    why = query.lastError().text();
            }
            query.finish();
            query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        } else {
            inUse = SqlDialect::isLockError(db.lastError());
            why = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (inUse) {
        removeWithSidecars(partial);
        if (error) {
            *error = Tr::tr("'%1' is in use by another program (or open in JFP Planner): close it "
                            "there, then restore again. It has not been changed.")
                         .arg(display(planFile));
        }
        return false;
    }
    if (!copied) {
        // An unsound plan (the usual reason to restore) is kept as it was, byte for byte,
        // with its write-ahead log beside it: changes not yet folded in are in the log.
        removeWithSidecars(partial);
        copied = bytesCopied && QFile::rename(bytes, partial);
        if (copied && QFileInfo::exists(bytes + u"-wal"_s))
            copied = QFile::rename(bytes + u"-wal"_s, partial + u"-wal"_s);
        if (!copied)
            why = Tr::tr("the file cannot be read");
    }
    if (copied && QFileInfo::exists(partial + u"-wal"_s)
        && !QFile::rename(partial + u"-wal"_s, target + u"-wal"_s)) {
        copied = false;
        why = Tr::tr("the copy could not take its name '%1'.").arg(display(target + u"-wal"_s));
    }
    if (!copied || !QFile::rename(partial, target)) {
        removeWithSidecars(target + u"-wal"_s);
        removeWithSidecars(partial);
        if (error) {
            *error = Tr::tr("'%1' could not be kept as a backup in '%2' (%3), so it has not been "
                            "replaced. Check that there is space and that you may write there.")
                         .arg(display(planFile), display(m_folder), why);
        }
        return false;
    }
    if (keptAs)
        *keptAs = target;
    return true;
}

bool PlanBackups::restore(const QString &backupPath, QString *error, QString *keptAs)
{
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo::exists(backup)) {
        return fail(Tr::tr("The backup '%1' does not exist. Run 'jfp restore %2' to list the "
                           "backups of the plan.")
                        .arg(display(backup), display(m_planPath)));
    }
    const QFileInfo plan(m_planPath);
    if (!plan.absoluteDir().exists()) {
        return fail(Tr::tr("The folder '%1' does not exist, so '%2' cannot be restored there.")
                        .arg(display(plan.absolutePath()), display(m_planPath)));
    }
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        return fail(Tr::tr("The backup folder '%1' cannot be created, so '%2' cannot be kept "
                           "before it is replaced. It has not been changed.")
                        .arg(display(m_folder), display(m_planPath)));
    }

    // The backup is copied beside the plan and checked there: what is checked is what is put
    // in place, and the rename at the end replaces the plan in one step.
    const QString incoming = plan.absoluteDir().filePath(u".%1.restoring"_s.arg(plan.fileName()));
    removeWithSidecars(incoming);
    const auto cleanUp = qScopeGuard([&] { removeWithSidecars(incoming); });
    if (!copyWithLog(backup, incoming)) {
        return fail(Tr::tr("'%1' could not be copied beside '%2'. Check that there is space and "
                           "that you may write in its folder. The plan has not been changed.")
                        .arg(display(backup), display(m_planPath)));
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    if (const QString problem = checkCopy(incoming, backup); !problem.isEmpty()) {
        return fail(Tr::tr("The backup cannot be restored: %1 '%2' has not been changed. "
                           "Choose another backup.")
                        .arg(problem, display(m_planPath)));
    }
    for (const QString &suffix : sidecars) {
        if (QFileInfo::exists(incoming + suffix) && !QFile::remove(incoming + suffix)) {
            return fail(Tr::tr("'%1' could not be tidied after its check. '%2' has not been "
                               "changed; try again.")
                            .arg(display(incoming + suffix), display(m_planPath)));
        }
    }

    QString kept;
    if (plan.exists() && !keepCurrent(m_planPath, &kept, error))
        return false;
    // The plan's own log was copied into it as it closed; what is left of it is stale and must
    // not be read against the restored file.
    for (const QString &suffix : sidecars) {
        const QString stale = m_planPath + suffix;
        if (QFileInfo::exists(stale) && !QFile::remove(stale)) {
            return fail(Tr::tr("'%1' is in use by another program: close it there, then restore "
                               "again. '%2' has not been changed.")
                            .arg(display(stale), display(m_planPath)));
        }
    }
    if (plan.exists())
        QFile::setPermissions(incoming, QFile::permissions(m_planPath)); // as the plan had them
    QString why;
    if (!replaceFile(incoming, m_planPath, &why)) {
        return fail(Tr::tr("'%1' could not be replaced (%2). Close any program using it and try "
                           "again. It has not been changed.")
                        .arg(display(m_planPath), why));
    }
    prune();
    if (keptAs)
        *keptAs = kept;
    return true;
}

} // namespace Jfp
