// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "demoplan.h"

#include "domain/period.h"
#include "storage/database.h"
#include "storage/newplanfile.h"
#include "storage/planwriter.h"
#include "storage/sqlexec.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cmath>

namespace Jfp::DemoPlan {

using namespace Qt::StringLiterals;

namespace {

const QString demoSource = u"jfp demo (synthetic)"_s;

// The nine places of Cheshire and Merseyside: only their names are used, marked "(demo)".
const std::array<const char16_t *, 9> placeNames = {u"Cheshire East",
                                                    u"Cheshire West and Chester",
                                                    u"Halton",
                                                    u"Knowsley",
                                                    u"Liverpool",
                                                    u"Sefton",
                                                    u"St Helens",
                                                    u"Warrington",
                                                    u"Wirral"};

/**
 * SplitMix64: small, fast and the same on every platform and standard library (the
 * <random> distributions are not), so a seed gives the same plan everywhere.
 */
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** In [0, 1). */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    /** In [0, n). */
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

/** Item `k` of `n` spread evenly over `owners` in order: which owner it belongs to. */
int ownerOf(int k, int n, int owners)
{
    return int(qint64(k) * owners / n);
}

/** How many of `n` items owner `o` of `owners` gets, spread evenly. */
int shareOf(int o, int n, int owners)
{
    return n / owners + (o < n % owners ? 1 : 0);
}

int monthIndex(int year, int month)
{
    return year * 12 + month - 1;
}

class Generator
{
public:
    Generator(Database &db, Scale scale, quint32 seed)
        : m_db(db)
        , m_writer(db)
        , m_scale(scale)
        , m_shape(shape(scale))
        , m_seed(seed)
        , m_random(seed)
        , m_horizonStart(m_shape.horizonStartYear, 4, 1)
        , m_horizonEnd(m_shape.horizonEndYear + 1, 3, 31)
    {
        m_trajectoryStart = monthIndex(m_shape.trajectoryStartYear, m_shape.trajectoryStartMonth);
        m_actualStart = monthIndex(2026, 3) - m_shape.actualMonths + 1;
        m_firstMonth = std::min(m_trajectoryStart, m_actualStart);
        const int lastMonth
            = std::max(m_trajectoryStart + m_shape.trajectoryMonths - 1, monthIndex(2026, 3));
        for (int m = m_firstMonth; m <= lastMonth; ++m)
            m_monthLabels.append(Period::month(m / 12, m % 12 + 1).toString());
        const int startYear = m_shape.trajectoryStartMonth >= 4 ? m_shape.trajectoryStartYear
                                                                : m_shape.trajectoryStartYear - 1;
        m_baselinePeriod = Period::financialYear(startYear - 1).toString();
        m_targetPeriod = Period::financialYear(m_shape.horizonEndYear).toString();
    }

    bool run(QString *error)
    {
        m_error = error;
        return writeInfo() && writeAreas() && writeProgrammes() && m_writer.flush(error);
    }

    const Counts &counts() const { return m_writer.counts(); }

private:
    bool writeInfo()
    {
        PlanInfo info;
        info.name = u"Demo plan (synthetic, %1 scale, seed %2)"_s.arg(key(m_scale)).arg(m_seed);
        info.description
            = u"A synthetic plan made by 'jfp demo --scale %1 --seed %2' for trying JFP Planner "
              "at scale. Every name, date and value in it is made up: none is a real "
              "organisation, programme, milestone or published figure."_s.arg(key(m_scale))
                  .arg(m_seed);
        info.horizonStart = Period::financialYear(m_shape.horizonStartYear).toString();
        info.horizonEnd = Period::financialYear(m_shape.horizonEndYear).toString();
        return PlanWriter(m_db).setPlanInfo(info, m_error);
    }

    Id addArea(AreaLevel level, Id parentId, const QString &name, const QString &code, int sort)
    {
        Area area;
        area.level = level;
        area.parentId = parentId;
        area.name = name;
        area.odsCode = code;
        area.description = u"Synthetic area made by jfp demo; not a real organisation."_s;
        area.source = demoSource;
        const Id id = m_writer.addArea(area, sort, m_error);
        m_areaIds.append(id);
        return id;
    }

    QString placeName(int place) const
    {
        if (m_shape.places == int(placeNames.size()))
            return u"%1 (demo)"_s.arg(QString::fromUtf16(placeNames.at(place)));
        return u"Demo place %1"_s.arg(place + 1);
    }

    // Depth first, so that each area's programmes follow it: a system, its places, and
    // each place's localities.
    bool writeAreas()
    {
        int place = 0;
        int locality = 0;
        for (int system = 0; system < m_shape.systems; ++system) {
            const QString name = m_shape.systems == 1
                                     ? u"Demo integrated care system"_s
                                     : u"Demo integrated care system %1"_s.arg(system + 1);
            const Id systemId = addArea(AreaLevel::System,
                                        0,
                                        name,
                                        u"DEMO-S%1"_s.arg(system + 1, 2, 10, QLatin1Char('0')),
                                        system);
            if (systemId == 0)
                return false;
            for (int placeSort = 0; place < m_shape.places
                                    && ownerOf(place, m_shape.places, m_shape.systems) == system;
                 ++place, ++placeSort) {
                const Id placeId = addArea(AreaLevel::Place,
                                           systemId,
                                           placeName(place),
                                           u"DEMO-P%1"_s.arg(place + 1, 3, 10, QLatin1Char('0')),
                                           placeSort);
                if (placeId == 0)
                    return false;
                for (int sort = 0;
                     locality < m_shape.localities
                     && ownerOf(locality, m_shape.localities, m_shape.places) == place;
                     ++locality, ++sort) {
                    if (addArea(AreaLevel::Locality,
                                placeId,
                                u"Demo locality %1"_s.arg(locality + 1),
                                u"DEMO-L%1"_s.arg(locality + 1, 4, 10, QLatin1Char('0')),
                                sort)
                        == 0)
                        return false;
                }
            }
        }
        return true;
    }

    // Each area's programmes come in threes: two of the area's own, then a sub-programme of
    // the second.
    bool writeProgrammes()
    {
        int number = 0;
        for (qsizetype a = 0; a < m_areaIds.size(); ++a) {
            const int count = shareOf(int(a), m_shape.programmes, int(m_areaIds.size()));
            Id lastTopLevel = 0;
            int topLevelSort = 0;
            for (int j = 0; j < count; ++j) {
                const bool nested = j % 3 == 2;
                const Id id = writeProgramme(m_areaIds.at(a),
                                             nested ? lastTopLevel : 0,
                                             number,
                                             nested ? 0 : topLevelSort++);
                if (id == 0)
                    return false;
                if (!nested)
                    lastTopLevel = id;
                ++number;
            }
        }
        return true;
    }

    Id writeProgramme(Id areaId, Id parentId, int number, int sort)
    {
        static const std::array<DeliveryStatus, 4> statuses = {DeliveryStatus::NotStarted,
                                                               DeliveryStatus::OnTrack,
                                                               DeliveryStatus::AtRisk,
                                                               DeliveryStatus::OffTrack};
        Programme p;
        p.areaId = areaId;
        p.parentId = parentId;
        p.name = u"Demo programme %1"_s.arg(number + 1);
        p.description = u"Synthetic programme made by jfp demo; not a real programme."_s;
        p.sro = u"Demo SRO %1"_s.arg(m_random.below(40) + 1);
        p.manager = u"Demo manager %1"_s.arg(m_random.below(120) + 1);
        p.status = statuses.at(m_random.below(int(statuses.size())));
        p.start = m_horizonStart;
        p.end = m_horizonEnd;
        p.source = demoSource;
        const Id id = m_writer.addProgramme(p, sort, m_error);
        if (id == 0)
            return 0;
        const int milestones = shareOf(number, m_shape.milestones, m_shape.programmes);
        for (int i = 0; i < milestones; ++i) {
            if (!writeMilestone(id, i))
                return 0;
        }
        const int indicators = shareOf(number, m_shape.indicators, m_shape.programmes);
        for (int i = 0; i < indicators; ++i) {
            if (!writeIndicator(id, i))
                return 0;
        }
        return id;
    }

    MilestoneStatus milestoneStatus()
    {
        const double u = m_random.uniform();
        if (u < 0.25)
            return MilestoneStatus::NotStarted;
        if (u < 0.60)
            return MilestoneStatus::OnTrack;
        if (u < 0.72)
            return MilestoneStatus::AtRisk;
        if (u < 0.80)
            return MilestoneStatus::OffTrack;
        if (u < 0.95)
            return MilestoneStatus::Complete;
        return MilestoneStatus::Cancelled;
    }

    bool writeMilestone(Id programmeId, int sort)
    {
        static const QDate dataTo(2026, 3, 31);
        Milestone m;
        m.programmeId = programmeId;
        m.title = u"Demo milestone %1"_s.arg(++m_milestoneNumber);
        m.owner = u"Demo owner %1"_s.arg(m_random.below(200) + 1);
        const int days = int(m_horizonStart.daysTo(m_horizonEnd));
        m.baselineDate = m_horizonStart.addDays(m_random.below(days - 120));
        const int slip = m_random.uniform() < 0.4 ? 0 : m_random.below(120) + 1;
        m.forecastDate = std::min(m.baselineDate.addDays(slip), m_horizonEnd);
        m.status = milestoneStatus();
        if (m.status == MilestoneStatus::Complete && m.forecastDate > dataTo)
            m.status = MilestoneStatus::OnTrack; // nothing is complete after the data ends
        if (m.status == MilestoneStatus::Complete)
            m.completionDate
                = std::max(m.forecastDate.addDays(-m_random.below(15)), m_horizonStart);
        m.notes = u"Synthetic milestone made by jfp demo."_s;
        m.source = demoSource;
        return m_writer.addMilestone(m, sort, m_error);
    }

    bool writeIndicator(Id programmeId, int sort)
    {
        struct UnitRange
        {
            Unit unit;
            double low;
            double high;
        };
        static const std::array<UnitRange, 5> units = {UnitRange{Unit::Percentage, 40, 90},
                                                       UnitRange{Unit::RatePer100000, 50, 500},
                                                       UnitRange{Unit::Count, 100, 5000},
                                                       UnitRange{Unit::Days, 5, 60},
                                                       UnitRange{Unit::Score, 40, 80}};
        const int number = ++m_indicatorNumber;
        const UnitRange &range = units.at(m_random.below(int(units.size())));
        Indicator i;
        i.programmeId = programmeId;
        i.code = u"DEMO-I%1"_s.arg(number, 5, 10, QLatin1Char('0'));
        i.name = u"Demo indicator %1"_s.arg(number);
        i.definition = u"Synthetic indicator made by jfp demo: its values are illustrative, "
                       "not published figures."_s;
        i.unit = range.unit;
        i.decimals = 1;
        const double p = m_random.uniform();
        i.polarity = p < 0.45  ? Polarity::HigherIsBetter
                     : p < 0.9 ? Polarity::LowerIsBetter
                               : Polarity::Neutral;
        i.source = u"Synthetic data (jfp demo, seed %1)"_s.arg(m_seed);
        const double baseline = round1(m_random.between(range.low, range.high));
        const double change = m_random.between(0.05, 0.2);
        double target = i.polarity == Polarity::HigherIsBetter  ? baseline * (1 + change)
                        : i.polarity == Polarity::LowerIsBetter ? baseline * (1 - change)
                                                                : baseline;
        if (i.unit == Unit::Percentage)
            target = std::min(target, 99.0);
        target = round1(target);
        i.baselineValue = baseline;
        i.baselinePeriod = m_baselinePeriod;
        i.targetKind = TargetKind::Absolute;
        i.targetValue = target;
        i.targetPeriod = m_targetPeriod;
        i.tolerance = round1(std::max(0.1, baseline * 0.02));
        const Id id = m_writer.addIndicator(i, sort, m_error);
        return id != 0 && writeSeries(id, i.unit, baseline, target);
    }

    bool writeSeries(Id indicatorId, Unit unit, double baseline, double target)
    {
        const int months = m_shape.trajectoryMonths;
        for (int m = 0; m < months; ++m) {
            const double planned = baseline + (target - baseline) * (m + 1) / months;
            if (!m_writer.addTrajectoryValue(
                    indicatorId, {label(m_trajectoryStart + m), round1(planned)}, m_error))
                return false;
        }
        const double ceiling = unit == Unit::Percentage ? 100.0 : 1e12;
        const double drift = months > 0 ? (target - baseline) / months * 0.5 : 0.0;
        double level = baseline * m_random.between(0.95, 1.05);
        for (int m = 0; m < m_shape.actualMonths; ++m) {
            level += drift + baseline * 0.02 * (m_random.uniform() * 2 - 1);
            level = std::clamp(level, 0.0, ceiling);
            const double value = round1(level);
            const double halfWidth = std::max(0.1, value * m_random.between(0.03, 0.08));
            ActualValue actual;
            actual.period = label(m_actualStart + m);
            actual.value = value;
            actual.lower = round1(std::max(0.0, value - halfWidth));
            actual.upper = round1(std::min(ceiling, value + halfWidth));
            actual.synthetic = true;
            if (!m_writer.addActualValue(indicatorId, actual, m_error))
                return false;
        }
        return true;
    }

    const QString &label(int month) const { return m_monthLabels.at(month - m_firstMonth); }

    Database &m_db;
    BulkPlanWriter m_writer;
    Scale m_scale;
    Shape m_shape;
    quint32 m_seed;
    Random m_random;
    QDate m_horizonStart;
    QDate m_horizonEnd;
    int m_trajectoryStart = 0;
    int m_actualStart = 0;
    int m_firstMonth = 0;
    QStringList m_monthLabels;
    QString m_baselinePeriod;
    QString m_targetPeriod;
    QList<Id> m_areaIds;
    int m_milestoneNumber = 0;
    int m_indicatorNumber = 0;
    QString *m_error = nullptr;
};

} // namespace

QStringList scaleKeys()
{
    return {u"sample"_s, u"ics"_s, u"england"_s};
}

QString key(Scale scale)
{
    return scaleKeys().at(int(scale));
}

std::optional<Scale> scaleFromKey(const QString &key)
{
    const qsizetype index = scaleKeys().indexOf(key);
    return index < 0 ? std::nullopt : std::optional<Scale>(Scale(index));
}

Shape shape(Scale scale)
{
    // Systems, places, localities, programmes, milestones, indicators; the trajectory's first
    // year and month and its months; the actual months; the horizon's first and last years.
    static const std::array<Shape, 3> shapes = {
        // 99 indicators × (60 planned + 40 actual months) = 9,900 values.
        Shape{1, 9, 3, 33, 99, 99, 2024, 4, 60, 40, 2024, 2028},
        // Ten years: 5,280 indicators × (120 planned + 88 actual months) = 1,098,240 values.
        Shape{1, 9, 45, 660, 3300, 5280, 2019, 4, 120, 88, 2019, 2028},
        // 54,000 indicators × (36 planned + 20 actual months) = 3,024,000 values.
        Shape{42, 300, 1200, 18000, 54000, 54000, 2026, 4, 36, 20, 2024, 2028},
    };
    return shapes.at(int(scale));
}

bool populate(Database &db, Scale scale, quint32 seed, Counts *counts, QString *error)
{
    Transaction transaction(db);
    Generator generator(db, scale, seed);
    if (!generator.run(error) || !transaction.commit(error))
        return false; // the transaction rolls back
    if (counts)
        *counts = generator.counts();
    return true;
}

bool createFile(const QString &path, Scale scale, quint32 seed, Counts *counts, QString *error)
{
    return NewPlanFile::create(
        path,
        [&](Database &db, QString *fillError) {
            return populate(db, scale, seed, counts, fillError);
        },
        error);
}

} // namespace Jfp::DemoPlan
