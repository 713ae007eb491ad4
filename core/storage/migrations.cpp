// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "migrations.h"

#include "coretr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Jfp::Migrations {

namespace {

bool execAll(QSqlDatabase &db,
             const SqlDialect &dialect,
             const QStringList &statements,
             QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(dialect.ddl(statement))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 1: the first plan file schema.
bool createVersion1(QSqlDatabase &db, const SqlDialect &dialect, QString *error)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE plan_info (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE area (id {ID},"
            " parent_id INTEGER REFERENCES area(id) ON DELETE CASCADE,"
            " level TEXT NOT NULL CHECK (level IN ('system', 'place', 'locality')),"
            " name TEXT NOT NULL CHECK (name <> ''),"
            " short_name TEXT, ons_code TEXT, ods_code TEXT, population INTEGER,"
            " population_year TEXT, population_source TEXT, description TEXT, source TEXT,"
            " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE UNIQUE INDEX area_ons_code ON area (ons_code)"
                       " WHERE ons_code IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX area_ods_code ON area (ods_code)"
                       " WHERE ods_code IS NOT NULL"),
        QStringLiteral("CREATE INDEX area_parent ON area (parent_id)"),
        QStringLiteral("CREATE TABLE area_code (id {ID},"
                       " area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,"
                       " scheme TEXT NOT NULL, code TEXT NOT NULL, name TEXT,"
                       " UNIQUE (area_id, scheme, code))"),
        QStringLiteral("CREATE TABLE gp_practice (id {ID},"
                       " area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (name <> ''), code TEXT, map_key INTEGER,"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE framework (id {ID}, key TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " area_id INTEGER REFERENCES area(id) ON DELETE CASCADE,"
                       " description TEXT, source TEXT, sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE theme (id {ID},"
            " framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE,"
            " key TEXT NOT NULL UNIQUE, code TEXT, name TEXT NOT NULL CHECK (name <> ''),"
            " description TEXT, sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE programme (id {ID},"
            " area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,"
            " parent_id INTEGER REFERENCES programme(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL CHECK (name <> ''), ambition TEXT, description TEXT,"
            " sro TEXT, manager TEXT, status TEXT, start_date TEXT, end_date TEXT, source TEXT,"
            " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX programme_area ON programme (area_id)"),
        QStringLiteral("CREATE INDEX programme_parent ON programme (parent_id)"),
        QStringLiteral("CREATE TABLE programme_theme ("
                       " programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
                       " theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (programme_id, theme_id))"),
        QStringLiteral(
            "CREATE TABLE milestone (id {ID},"
            " programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
            " title TEXT NOT NULL CHECK (title <> ''), owner TEXT, baseline_date TEXT,"
            " forecast_date TEXT, completion_date TEXT,"
            " status TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk',"
            " 'off_track', 'complete', 'cancelled')),"
            " notes TEXT, source TEXT, sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX milestone_programme ON milestone (programme_id)"),
        QStringLiteral("CREATE TABLE indicator (id {ID},"
                       " programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
                       " code TEXT, name TEXT NOT NULL CHECK (name <> ''), definition TEXT,"
                       " unit TEXT NOT NULL, decimals INTEGER NOT NULL DEFAULT 1,"
                       " polarity TEXT NOT NULL, source TEXT,"
                       " baseline_value {REAL}, baseline_period TEXT, baseline_note TEXT,"
                       " target_kind TEXT NOT NULL, target_value {REAL}, target_period TEXT,"
                       " target_benchmark TEXT, target_note TEXT,"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX indicator_programme ON indicator (programme_id)"),
        QStringLiteral("CREATE TABLE trajectory_value ("
                       " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
                       " period TEXT NOT NULL, value {REAL}, PRIMARY KEY (indicator_id, period))"),
        QStringLiteral("CREATE TABLE actual_value ("
                       " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
                       " period TEXT NOT NULL, value {REAL}, lower_ci {REAL}, upper_ci {REAL},"
                       " count {REAL}, denominator {REAL}, note TEXT,"
                       " PRIMARY KEY (indicator_id, period))"),
        QStringLiteral("CREATE TABLE benchmark (id {ID},"
                       " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (name <> ''), code TEXT,"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE benchmark_value ("
                       " benchmark_id INTEGER NOT NULL REFERENCES benchmark(id) ON DELETE CASCADE,"
                       " period TEXT NOT NULL, value {REAL}, PRIMARY KEY (benchmark_id, period))"),
    };
    return execAll(db, dialect, statements, error) && dialect.setApplicationId(db, error);
}

// Version 2: chart annotations, links to external indicator ids (Fingertips), SPC settings
// and rebase points, and a flag for illustrative (synthetic) actual values.
bool createVersion2(QSqlDatabase &db, const SqlDialect &dialect, QString *error)
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE annotation (id {ID},"
            " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
            " period TEXT, event_date TEXT, label TEXT NOT NULL CHECK (label <> ''), note TEXT,"
            " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX annotation_indicator ON annotation (indicator_id)"),
        QStringLiteral(
            "CREATE TABLE indicator_link (source TEXT NOT NULL, external_id TEXT NOT NULL,"
            " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
            " PRIMARY KEY (source, external_id, indicator_id))"),
        QStringLiteral("CREATE TABLE spc_rebase (id {ID},"
                       " indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
                       " period TEXT NOT NULL, reason TEXT, UNIQUE (indicator_id, period))"),
        QStringLiteral(
            "CREATE TABLE spc_settings ("
            " indicator_id INTEGER PRIMARY KEY REFERENCES indicator(id) ON DELETE CASCADE,"
            " options TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE actual_value ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0"),
    };
    return execAll(db, dialect, statements, error);
}

// Version 3: quarterly progress updates, the change history of every edit, and a tolerance
// for judging an indicator on or off track.
bool createVersion3(QSqlDatabase &db, const SqlDialect &dialect, QString *error)
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE progress_update (id {ID},"
            " programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
            " period TEXT NOT NULL,"
            " rag TEXT NOT NULL CHECK (rag IN ('red', 'amber', 'green')),"
            " went_well TEXT, did_not TEXT, next_steps TEXT, recorded_at TEXT, recorded_by TEXT,"
            " UNIQUE (programme_id, period))"),
        QStringLiteral("CREATE TABLE change_history (id {ID}, changed_at TEXT NOT NULL,"
                       " changed_by TEXT, item_kind TEXT NOT NULL, item_id INTEGER,"
                       " item_name TEXT, field TEXT, old_value TEXT, new_value TEXT,"
                       " command TEXT)"),
        QStringLiteral("CREATE INDEX change_history_changed_at ON change_history (changed_at)"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN tolerance {REAL}"),
    };
    return execAll(db, dialect, statements, error);
}

} // namespace

const QList<MigrationStep> &steps()
{
    static const QList<MigrationStep> list = {
        {1, QStringLiteral("Create the plan schema"), createVersion1},
        {2,
         QStringLiteral("Add annotations, indicator links, SPC settings and synthetic values"),
         createVersion2},
        {3,
         QStringLiteral("Add progress updates, the change history and indicator tolerances"),
         createVersion3},
    };
    return list;
}

int latestVersion()
{
    return steps().constLast().toVersion;
}

QStringList tableNames()
{
    return {QStringLiteral("plan_info"),
            QStringLiteral("area"),
            QStringLiteral("area_code"),
            QStringLiteral("gp_practice"),
            QStringLiteral("framework"),
            QStringLiteral("theme"),
            QStringLiteral("programme"),
            QStringLiteral("programme_theme"),
            QStringLiteral("milestone"),
            QStringLiteral("indicator"),
            QStringLiteral("trajectory_value"),
            QStringLiteral("actual_value"),
            QStringLiteral("benchmark"),
            QStringLiteral("benchmark_value"),
            QStringLiteral("progress_update"),
            QStringLiteral("change_history")};
}

bool migrate(QSqlDatabase &db,
             const SqlDialect &dialect,
             QString *error,
             const QList<MigrationStep> &steps)
{
    bool ok = false;
    const int current = dialect.schemaVersion(db, &ok);
    if (!ok) {
        if (error)
            *error = Tr::tr("Could not read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    for (const MigrationStep &step : steps) {
        if (step.toVersion <= current)
            continue;
        if (!dialect.beginWrite(db)) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QString stepError;
        if (!step.apply(db, dialect, &stepError)
            || !dialect.setSchemaVersion(db, step.toVersion, &stepError) || !db.commit()) {
            db.rollback();
            if (error) {
                *error = Tr::tr("Upgrading the plan to version %1 (%2) failed: %3")
                             .arg(step.toVersion)
                             .arg(step.description, stepError);
            }
            return false;
        }
    }
    return true;
}

} // namespace Jfp::Migrations
