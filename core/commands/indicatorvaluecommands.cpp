// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorvaluecommands.h"

#include "commandsupport.h"
#include "coretr.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "validation.h"

#include <optional>

namespace Jfp::Commands {

namespace {

using namespace Qt::StringLiterals;
using namespace Internal;

struct TrajectoryPolicy
{
    using Value = PeriodValue;
    static QString noun() { return Tr::tr("trajectory"); }
    static QString field(const QString &period) { return u"trajectory "_s + period; }
    static bool isEmpty(const PeriodValue &v) { return !v.value; }
    static QString text(const std::optional<PeriodValue> &v)
    {
        return v ? numberText(v->value) : QString();
    }
    static Validation::Messages validate(const Indicator &i, const QList<PeriodValue> &values)
    {
        return Validation::trajectoryValues(i, values);
    }
    static std::optional<PeriodValue>
    fetch(IndicatorRepository &r, Id id, const QString &period, bool *ok, QString *error)
    {
        return r.trajectoryValue(id, period, ok, error);
    }
    static bool store(IndicatorRepository &r,
                      Id id,
                      const QString &period,
                      const std::optional<PeriodValue> &v,
                      QString *error)
    {
        return r.setTrajectoryValue(id, period, v, error);
    }
};

struct ActualPolicy
{
    using Value = ActualValue;
    static QString noun() { return Tr::tr("actual values"); }
    static QString field(const QString &period) { return u"actual "_s + period; }
    static bool isEmpty(const ActualValue &v)
    {
        return !v.value && !v.lower && !v.upper && !v.count && !v.denominator && v.note.isEmpty();
    }
    static QString text(const std::optional<ActualValue> &v) { return actualText(v); }
    static Validation::Messages validate(const Indicator &i, const QList<ActualValue> &values)
    {
        return Validation::actualValues(i, values);
    }
    static std::optional<ActualValue>
    fetch(IndicatorRepository &r, Id id, const QString &period, bool *ok, QString *error)
    {
        return r.actualValue(id, period, ok, error);
    }
    static bool store(IndicatorRepository &r,
                      Id id,
                      const QString &period,
                      const std::optional<ActualValue> &v,
                      QString *error)
    {
        return r.setActualValue(id, period, v, error);
    }
};

// The values of one series (trajectory or actuals) a command sets, and what each period held
// before, for undo. It works inside the command's transaction.
template<typename Policy>
class SeriesChange
{
    using Value = typename Policy::Value;

public:
    explicit SeriesChange(const QList<Value> &values)
        : m_values(values)
    {}

    qsizetype size() const { return m_values.size(); }
    const QList<Value> &values() const { return m_values; }

    Validation::Messages validate(const Indicator &indicator) const
    {
        return m_values.isEmpty() ? Validation::Messages{} : Policy::validate(indicator, m_values);
    }

    // The first redo keeps what each period held, for undo.
    bool remember(IndicatorRepository &repository, Id indicatorId, QString *error)
    {
        if (!m_changes.isEmpty())
            return true;
        for (Value value : std::as_const(m_values)) {
            value.period = Period::parse(value.period).toString();
            bool ok = false;
            Change change{value.period,
                          Policy::fetch(repository, indicatorId, value.period, &ok, error),
                          Policy::isEmpty(value) ? std::nullopt : std::optional<Value>(value)};
            if (!ok)
                return false;
            m_changes.append(change);
        }
        return true;
    }

    bool apply(IndicatorRepository &repository,
               ChangeLog &log,
               const ItemRef &ref,
               bool undo,
               QString *error) const
    {
        for (const Change &c : std::as_const(m_changes)) {
            const auto &from = undo ? c.after : c.before;
            const auto &to = undo ? c.before : c.after;
            if (!Policy::store(repository, ref.id, c.period, to, error))
                return false;
            log.changed(ref, Policy::field(c.period), Policy::text(from), Policy::text(to));
        }
        return true;
    }

private:
    struct Change
    {
        QString period;
        std::optional<Value> before;
        std::optional<Value> after;
    };

    QList<Value> m_values;
    QList<Change> m_changes;
};

// Sets planned and actual values of one indicator in one transaction.
class SetValues : public PlanCommand
{
public:
    SetValues(const Indicator &indicator,
              const QList<PeriodValue> &planned,
              const QList<ActualValue> &actuals)
        : m_indicatorId(indicator.id)
        , m_name(indicator.name)
        , m_planned(planned)
        , m_actuals(actuals)
    {}
    QString text() const override
    {
        if (m_actuals.size() == 0)
            return textFor(TrajectoryPolicy::noun(), m_planned.values());
        if (m_planned.size() == 0)
            return textFor(ActualPolicy::noun(), m_actuals.values());
        return Tr::tr("Set planned and actual values of '%1'").arg(m_name);
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            // Only the indicator's own fields: the values are checked against its unit.
            const auto indicator = IndicatorRepository(db).find(m_indicatorId, error);
            if (!indicator) {
                if (error && error->isEmpty())
                    *error = Tr::tr("The indicator no longer exists.");
                return false;
            }
            const Validation::Messages messages
                = m_planned.validate(*indicator) + m_actuals.validate(*indicator);
            if (!messages.isEmpty()) {
                if (error)
                    *error = Validation::summary(messages);
                return false;
            }
            IndicatorRepository repository(db);
            if (!m_planned.remember(repository, m_indicatorId, error)
                || !m_actuals.remember(repository, m_indicatorId, error))
                return false;
            return apply(db, repository, false, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            IndicatorRepository repository(db);
            return apply(db, repository, true, error);
        });
    }

private:
    template<typename Value>
    QString textFor(const QString &noun, const QList<Value> &values) const
    {
        if (values.size() == 1)
            return Tr::tr("Set %1 %2 of '%3'").arg(noun, values.first().period, m_name);
        return Tr::tr("Set %1 of '%2' for %n period(s)", nullptr, int(values.size()))
            .arg(noun, m_name);
    }

    bool apply(Database &db, IndicatorRepository &repository, bool undo, QString *error)
    {
        ChangeLog log(text(), undo);
        const ItemRef ref{u"indicator"_s, m_indicatorId, m_name};
        return m_planned.apply(repository, log, ref, undo, error)
               && m_actuals.apply(repository, log, ref, undo, error) && log.write(db, error);
    }

    Id m_indicatorId;
    QString m_name;
    SeriesChange<TrajectoryPolicy> m_planned;
    SeriesChange<ActualPolicy> m_actuals;
};

} // namespace

std::unique_ptr<PlanCommand> setTrajectoryValues(const Indicator &indicator,
                                                 const QList<PeriodValue> &values)
{
    return std::make_unique<SetValues>(indicator, values, QList<ActualValue>{});
}

std::unique_ptr<PlanCommand> setActualValues(const Indicator &indicator,
                                             const QList<ActualValue> &values)
{
    return std::make_unique<SetValues>(indicator, QList<PeriodValue>{}, values);
}

std::unique_ptr<PlanCommand> setIndicatorValues(const Indicator &indicator,
                                                const QList<PeriodValue> &planned,
                                                const QList<ActualValue> &actuals)
{
    return std::make_unique<SetValues>(indicator, planned, actuals);
}

} // namespace Jfp::Commands
