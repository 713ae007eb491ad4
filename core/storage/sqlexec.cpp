// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sqlexec.h"

#include "database.h"

#include <QSqlError>

namespace Jfp::SqlExec {

std::optional<QSqlQuery>
exec(Database &db, const QString &sql, const QList<Binding> &bindings, QString *error)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql)) {
        if (error)
            *error = db.explain(query.lastError());
        return std::nullopt;
    }
    for (const auto &[name, value] : bindings)
        query.bindValue(name, value);
    if (!query.exec()) {
        if (error)
            *error = db.explain(query.lastError());
        return std::nullopt;
    }
    return query;
}

QSqlQuery *run(Database &db, const QString &sql, const QList<Binding> &bindings, QString *error)
{
    QSqlQuery *query = db.keptStatement(sql, error);
    if (!query)
        return nullptr;
    for (const auto &[name, value] : bindings)
        query->bindValue(name, value);
    if (!query->exec()) {
        if (error)
            *error = db.explain(query->lastError());
        query->finish();
        return nullptr;
    }
    return query;
}

bool execOne(Database &db,
             const QString &sql,
             const QList<Binding> &bindings,
             const QString &missing,
             QString *error)
{
    const auto query = exec(db, sql, bindings, error);
    if (!query)
        return false;
    if (query->numRowsAffected() != 1) {
        if (error)
            *error = missing;
        return false;
    }
    return true;
}

std::optional<QList<qint64>> orderedIds(Database &db,
                                        const QString &table,
                                        const QString &where,
                                        const QList<Binding> &bindings,
                                        QString *error)
{
    auto query = exec(
        db,
        QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY sort_order, id").arg(table, where),
        bindings,
        error);
    if (!query)
        return std::nullopt;
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

std::optional<int> nextSortOrder(Database &db,
                                 const QString &table,
                                 const QString &where,
                                 const QList<Binding> &bindings,
                                 QString *error)
{
    auto query = exec(db,
                      QStringLiteral("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM %1 WHERE %2")
                          .arg(table, where),
                      bindings,
                      error);
    if (!query || !query->next())
        return std::nullopt;
    return query->value(0).toInt();
}

bool placeAt(Database &db,
             const QString &table,
             qint64 id,
             int position,
             const QString &where,
             const QList<Binding> &bindings,
             QString *error)
{
    auto ids = orderedIds(db, table, where, bindings, error);
    if (!ids)
        return false;
    ids->removeAll(id);
    const qsizetype at = position < 0 || position > ids->size() ? ids->size() : position;
    ids->insert(at, id);
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (!exec(db,
                  QStringLiteral("UPDATE %1 SET sort_order = :sort WHERE id = :id").arg(table),
                  {{QStringLiteral(":sort"), int(i)}, {QStringLiteral(":id"), ids->at(i)}},
                  error)) {
            return false;
        }
    }
    return true;
}

std::optional<QList<std::pair<qint64, int>>>
sortOrders(Database &db, const QString &table, QString *error)
{
    auto query = exec(db, QStringLiteral("SELECT id, sort_order FROM %1").arg(table), {}, error);
    if (!query)
        return std::nullopt;
    QList<std::pair<qint64, int>> orders;
    while (query->next())
        orders.append({query->value(0).toLongLong(), query->value(1).toInt()});
    return orders;
}

bool setSortOrders(Database &db,
                   const QString &table,
                   const QList<std::pair<qint64, int>> &orders,
                   QString *error)
{
    for (const auto &[id, sort] : orders) {
        if (!exec(db,
                  QStringLiteral("UPDATE %1 SET sort_order = :sort WHERE id = :id").arg(table),
                  {{QStringLiteral(":sort"), sort}, {QStringLiteral(":id"), id}},
                  error)) {
            return false;
        }
    }
    return true;
}

} // namespace Jfp::SqlExec
