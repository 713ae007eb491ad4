// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "annotationrepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Jfp {

using namespace SqlValues;

Id AnnotationRepository::insert(const Annotation &annotation, QString *error)
{
    QSqlQuery query(m_db.connection());
    const bool withId = annotation.id > 0;
    query.prepare(
        QStringLiteral("INSERT INTO annotation (%1indicator_id, period, event_date, label,"
                       " note) VALUES (%2:indicator, :period, :date, :label, :note)")
            .arg(withId ? QStringLiteral("id, ") : QString(),
                 withId ? QStringLiteral(":id, ") : QString())
        + m_db.dialect().returningId());
    if (withId)
        query.bindValue(QStringLiteral(":id"), annotation.id);
    query.bindValue(QStringLiteral(":indicator"), annotation.indicatorId);
    query.bindValue(QStringLiteral(":period"), fromText(annotation.period));
    query.bindValue(QStringLiteral(":date"), fromDate(annotation.date));
    query.bindValue(QStringLiteral(":label"), annotation.label);
    query.bindValue(QStringLiteral(":note"), fromText(annotation.note));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

bool AnnotationRepository::update(const Annotation &annotation, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE annotation SET period = :period, event_date = :date,"
                                 " label = :label, note = :note WHERE id = :id"));
    query.bindValue(QStringLiteral(":period"), fromText(annotation.period));
    query.bindValue(QStringLiteral(":date"), fromDate(annotation.date));
    query.bindValue(QStringLiteral(":label"), annotation.label);
    query.bindValue(QStringLiteral(":note"), fromText(annotation.note));
    query.bindValue(QStringLiteral(":id"), annotation.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Tr::tr("The annotation no longer exists.");
        return false;
    }
    return true;
}

bool AnnotationRepository::remove(Id id, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM annotation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Tr::tr("The annotation no longer exists.");
        return false;
    }
    return true;
}

std::optional<Annotation> AnnotationRepository::find(Id id, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, indicator_id, period, event_date, label, note"
                                 " FROM annotation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Annotation{query.value(0).toLongLong(),
                      query.value(1).toLongLong(),
                      query.value(2).toString(),
                      toDate(query.value(3)),
                      query.value(4).toString(),
                      query.value(5).toString()};
}

} // namespace Jfp
