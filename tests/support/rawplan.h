// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

/** A plan file as another program sees it: changed behind JFP Planner's back, and hashed. */
namespace Jfp::RawPlan {

/**
 * Runs `statements` on the file `path` through a plain SQLite connection, as a tampering
 * program would; empty, or the first statement that failed and why.
 */
inline QString run(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-plan");
    QString failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            failed = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    failed = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failed;
}

/** A copy of the plan `source` at `path`, with `statements` run on it; empty if that failed. */
inline QString
tamperedCopy(const QString &source, const QString &path, const QStringList &statements)
{
    QFile::remove(path);
    if (!QFile::copy(source, path) || !run(path, statements).isEmpty())
        return {};
    return path;
}

/** The file's SHA-256: whether anything at all changed it. Empty if it cannot be read. */
inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace Jfp::RawPlan
