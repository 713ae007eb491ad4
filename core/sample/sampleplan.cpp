// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "sampleplan.h"

#include "coretr.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/newplanfile.h"
#include "storage/planwriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Jfp::SamplePlan {

namespace {

struct LoadError
{
    QString message;
};

/** Reads one JSON object of the sample format, naming the place of any problem. */
class Reader
{
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {}

    QString text(const char *key, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString() && !(required && value.toString().trimmed().isEmpty()))
            return value.toString();
        if (value.isNull() || value.isUndefined()) {
            if (required)
                fail(key, Tr::tr("is required"));
            return {};
        }
        fail(key, Tr::tr("must be text"));
        return {};
    }

    std::optional<double> number(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isDouble())
            return value.toDouble();
        if (!value.isNull() && !value.isUndefined())
            fail(key, Tr::tr("must be a number or null (missing)"));
        return std::nullopt;
    }

    QDate date(const char *key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            fail(key, Tr::tr("'%1' is not a date written YYYY-MM-DD").arg(value));
        return date;
    }

    QString period(const char *key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        QString error;
        const Period period = Period::parse(value, &error);
        if (!period.isValid())
            fail(key, error);
        return period.toString();
    }

    template<typename E>
    E enumValue(const char *key) const
    {
        const QString value = text(key, true);
        const auto parsed = Enums::fromKey<E>(value);
        if (!parsed) {
            fail(key,
                 Tr::tr("'%1' is not one of: %2")
                     .arg(value, Enums::allKeys<E>().join(QStringLiteral(", "))));
        }
        return *parsed;
    }

    QJsonArray array(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isArray())
            return value.toArray();
        if (!value.isNull() && !value.isUndefined())
            fail(key, Tr::tr("must be a list"));
        return {};
    }

    QJsonObject object(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isObject())
            return value.toObject();
        if (!value.isNull() && !value.isUndefined())
            fail(key, Tr::tr("must be an object"));
        return {};
    }

    QString where() const { return m_where; }

    [[noreturn]] void fail(const char *key, const QString &what) const
    {
        throw LoadError{QStringLiteral("%1.%2: %3").arg(m_where, QLatin1String(key), what)};
    }

private:
    QJsonObject m_object;
    QString m_where;
};

QList<Reader> readers(const QJsonArray &array, const QString &where)
{
    QList<Reader> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array.at(i).isObject())
            throw LoadError{Tr::tr("%1: must be an object").arg(place)};
        list.append(Reader(array.at(i).toObject(), place));
    }
    return list;
}

class Loader
{
public:
    explicit Loader(Database &db)
        : m_writer(db)
    {}

    void load(const QJsonObject &root)
    {
        const Reader top(root, QStringLiteral("plan file"));
        if (top.text("format", true) != QLatin1String("jfp-sample/1"))
            top.fail("format", Tr::tr("must be \"jfp-sample/1\""));
        loadInfo(Reader(top.object("plan"), QStringLiteral("plan")));
        int order = 0;
        for (const Reader &r : readers(top.array("areas"), QStringLiteral("areas")))
            loadArea(r, order++);
        order = 0;
        for (const Reader &r : readers(top.array("frameworks"), QStringLiteral("frameworks")))
            loadFramework(r, order++);
        order = 0;
        for (const Reader &r : readers(top.array("programmes"), QStringLiteral("programmes")))
            loadProgramme(r, order++);
        order = 0;
        for (const Reader &r : readers(top.array("milestones"), QStringLiteral("milestones")))
            loadMilestone(r, order++);
        order = 0;
        for (const Reader &r : readers(top.array("indicators"), QStringLiteral("indicators")))
            loadIndicator(r, order++);
    }

private:
    void check(Id id, const Reader &r) const
    {
        if (id == 0)
            throw LoadError{QStringLiteral("%1: %2").arg(r.where(), m_error)};
    }

    Id lookup(const QHash<QString, Id> &ids, const Reader &r, const char *key, bool required) const
    {
        const QString name = r.text(key, required);
        if (name.isEmpty())
            return 0;
        const Id id = ids.value(name);
        if (id == 0)
            r.fail(key, Tr::tr("'%1' does not name an item defined earlier in the file").arg(name));
        return id;
    }

    void remember(QHash<QString, Id> &ids, const Reader &r, Id id)
    {
        const QString key = r.text("key", true);
        if (ids.contains(key))
            r.fail("key", Tr::tr("'%1' is used twice").arg(key));
        ids.insert(key, id);
    }

    void loadInfo(const Reader &r)
    {
        PlanInfo info;
        info.name = r.text("name", true);
        info.description = r.text("description");
        info.horizonStart = r.period("horizonStart");
        info.horizonEnd = r.period("horizonEnd");
        if (!m_writer.setPlanInfo(info, &m_error))
            throw LoadError{m_error};
    }

    void loadArea(const Reader &r, int order)
    {
        Area a;
        a.level = r.enumValue<AreaLevel>("level");
        a.parentId = lookup(m_areas, r, "parent", false);
        a.name = r.text("name", true);
        a.shortName = r.text("shortName");
        a.onsCode = r.text("onsCode");
        a.odsCode = r.text("odsCode");
        if (const auto population = r.number("population"))
            a.population = qint64(*population);
        a.populationYear = r.text("populationYear");
        a.populationSource = r.text("populationSource");
        a.description = r.text("description");
        a.source = r.text("source");
        for (const Reader &c :
             readers(r.array("extraCodes"), r.where() + QStringLiteral(".extraCodes")))
            a.extraCodes.append({c.text("scheme", true), c.text("code", true), c.text("name")});
        for (const Reader &p :
             readers(r.array("practices"), r.where() + QStringLiteral(".practices"))) {
            GpPractice practice;
            practice.name = p.text("name", true);
            practice.code = p.text("code");
            if (const auto key = p.number("mapKey"))
                practice.mapKey = int(*key);
            a.practices.append(practice);
        }
        const Id id = m_writer.insertArea(a, order, &m_error);
        check(id, r);
        remember(m_areas, r, id);
    }

    void loadFramework(const Reader &r, int order)
    {
        Framework f;
        f.key = r.text("key", true);
        f.name = r.text("name", true);
        f.areaId = lookup(m_areas, r, "area", false);
        f.description = r.text("description");
        f.source = r.text("source");
        for (const Reader &t : readers(r.array("themes"), r.where() + QStringLiteral(".themes"))) {
            Theme theme;
            theme.key = t.text("key", true);
            theme.code = t.text("code");
            theme.name = t.text("name", true);
            theme.description = t.text("description");
            f.themes.append(theme);
        }
        check(m_writer.insertFramework(f, order, &m_error), r);
        for (const Theme &theme : std::as_const(f.themes))
            m_themes.insert(theme.key, theme.id);
    }

    void loadProgramme(const Reader &r, int order)
    {
        Programme p;
        p.areaId = lookup(m_areas, r, "area", true);
        p.parentId = lookup(m_programmes, r, "parent", false);
        p.name = r.text("name", true);
        p.ambition = r.text("ambition");
        p.description = r.text("description");
        p.sro = r.text("sro");
        p.manager = r.text("manager");
        if (!r.text("status").isEmpty())
            p.status = r.enumValue<DeliveryStatus>("status");
        p.start = r.date("start");
        p.end = r.date("end");
        p.source = r.text("source");
        const QJsonArray tags = r.array("tags");
        for (const QJsonValue &tag : tags) {
            const Id themeId = m_themes.value(tag.toString());
            if (themeId == 0)
                r.fail("tags", Tr::tr("'%1' is not a theme key").arg(tag.toString()));
            p.themeIds.append(themeId);
        }
        const Id id = m_writer.insertProgramme(p, order, &m_error);
        check(id, r);
        remember(m_programmes, r, id);
    }

    void loadMilestone(const Reader &r, int order)
    {
        Milestone m;
        m.programmeId = lookup(m_programmes, r, "programme", true);
        m.title = r.text("title", true);
        m.owner = r.text("owner");
        m.baselineDate = r.date("baselineDate");
        m.forecastDate = r.date("forecastDate");
        m.completionDate = r.date("completionDate");
        m.status = r.enumValue<MilestoneStatus>("status");
        m.notes = r.text("notes");
        m.source = r.text("source");
        check(m_writer.insertMilestone(m, order, &m_error), r);
    }

    void loadIndicator(const Reader &r, int order)
    {
        Indicator i;
        i.programmeId = lookup(m_programmes, r, "programme", true);
        i.name = r.text("name", true);
        i.definition = r.text("definition");
        i.unit = r.enumValue<Unit>("unit");
        i.decimals = int(r.number("decimals").value_or(1));
        i.polarity = r.enumValue<Polarity>("polarity");
        i.code = r.text("code");
        i.source = r.text("source");
        const Reader baseline(r.object("baseline"), r.where() + QStringLiteral(".baseline"));
        i.baselineValue = baseline.number("value");
        i.baselinePeriod = baseline.period("period");
        i.baselineNote = baseline.text("note");
        const Reader target(r.object("target"), r.where() + QStringLiteral(".target"));
        i.targetKind = target.enumValue<TargetKind>("kind");
        i.targetValue = target.number("value");
        i.targetPeriod = target.period("period");
        i.targetBenchmark = target.text("benchmark");
        i.targetNote = target.text("note");
        for (const Reader &a :
             readers(r.array("actuals"), r.where() + QStringLiteral(".actuals"))) {
            ActualValue actual;
            actual.period = a.period("period");
            if (actual.period.isEmpty())
                a.fail("period", Tr::tr("is required"));
            actual.value = a.number("value");
            actual.lower = a.number("lower");
            actual.upper = a.number("upper");
            actual.count = a.number("count");
            actual.denominator = a.number("denominator");
            actual.note = a.text("note");
            i.actuals.append(actual);
        }
        for (const Reader &t :
             readers(r.array("trajectory"), r.where() + QStringLiteral(".trajectory")))
            i.trajectory.append({t.period("period"), t.number("value")});
        for (const Reader &b :
             readers(r.array("benchmarks"), r.where() + QStringLiteral(".benchmarks"))) {
            Benchmark benchmark;
            benchmark.name = b.text("name", true);
            benchmark.code = b.text("code");
            for (const Reader &v :
                 readers(b.array("values"), b.where() + QStringLiteral(".values"))) {
                PeriodValue value{v.period("period"), v.number("value")};
                if (value.period.isEmpty())
                    v.fail("period", Tr::tr("is required"));
                benchmark.values.append(value);
            }
            i.benchmarks.append(benchmark);
        }
        check(m_writer.insertIndicator(i, order, &m_error), r);
    }

    PlanWriter m_writer;
    QString m_error;
    QHash<QString, Id> m_areas;
    QHash<QString, Id> m_programmes;
    QHash<QString, Id> m_themes;
};

} // namespace

QString resourcePath()
{
    return QStringLiteral(":/sample/cheshire-and-merseyside.json");
}

QString defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Cheshire and Merseyside sample plan.jfp"));
}

bool populate(Database &db, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("The sample plan is missing from this build of JFP Planner.");
        return false;
    }
    return populateFromJson(db, file.readAll(), resourcePath(), error);
}

bool populateFromJson(Database &db, const QByteArray &json, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        if (error) {
            *error = Tr::tr("%1: not valid JSON at character %2: %3")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return false;
    }
    Transaction transaction(db);
    try {
        Loader loader(db);
        loader.load(document.object());
    } catch (const LoadError &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, e.message);
        return false; // the transaction rolls back
    }
    return transaction.commit(error);
}

bool createFile(const QString &path, QString *error)
{
    return NewPlanFile::create(path, populate, error);
}

} // namespace Jfp::SamplePlan
