// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "annotationrepository.h"

#include "coretr.h"
#include "database.h"
#include "sqlexec.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace Jfp {

using namespace SqlValues;

namespace {

QString missing()
{
    return Tr::tr("The annotation no longer exists.");
}

} // namespace

Id AnnotationRepository::insert(const Annotation &annotation, QString *error)
{
    const bool withId = annotation.id > 0;
    QList<SqlExec::Binding> bindings = {{QStringLiteral(":indicator"), annotation.indicatorId},
                                        {QStringLiteral(":period"), fromText(annotation.period)},
                                        {QStringLiteral(":date"), fromDate(annotation.date)},
                                        {QStringLiteral(":label"), annotation.label},
                                        {QStringLiteral(":note"), fromText(annotation.note)}};
    if (withId)
        bindings.append({QStringLiteral(":id"), annotation.id});
    auto query = SqlExec::exec(m_db,
                               QStringLiteral("INSERT INTO annotation (%1indicator_id, period,"
                                              " event_date, label, note) VALUES (%2:indicator,"
                                              " :period, :date, :label, :note)")
                                       .arg(withId ? QStringLiteral("id, ") : QString(),
                                            withId ? QStringLiteral(":id, ") : QString())
                                   + m_db.dialect().returningId(),
                               bindings,
                               error);
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

bool AnnotationRepository::update(const Annotation &annotation, QString *error)
{
    return SqlExec::execOne(m_db,
                            QStringLiteral("UPDATE annotation SET period = :period,"
                                           " event_date = :date, label = :label, note = :note"
                                           " WHERE id = :id"),
                            {{QStringLiteral(":period"), fromText(annotation.period)},
                             {QStringLiteral(":date"), fromDate(annotation.date)},
                             {QStringLiteral(":label"), annotation.label},
                             {QStringLiteral(":note"), fromText(annotation.note)},
                             {QStringLiteral(":id"), annotation.id}},
                            missing(),
                            error);
}

bool AnnotationRepository::remove(Id id, QString *error)
{
    return SqlExec::execOne(m_db,
                            QStringLiteral("DELETE FROM annotation WHERE id = :id"),
                            {{QStringLiteral(":id"), id}},
                            missing(),
                            error);
}

std::optional<Annotation> AnnotationRepository::find(Id id, QString *error)
{
    auto found = SqlExec::exec(m_db,
                               QStringLiteral("SELECT id, indicator_id, period, event_date, label,"
                                              " note FROM annotation WHERE id = :id"),
                               {{QStringLiteral(":id"), id}},
                               error);
    if (!found)
        return std::nullopt;
    QSqlQuery &query = *found;
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
