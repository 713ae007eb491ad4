// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spccommands.h"

#include "coretr.h"
#include "domain/period.h"
#include "reporting/spcchartdata.h"
#include "storage/database.h"
#include "storage/spcsettingsrepository.h"

#include <QSet>

namespace Jfp::Commands {

namespace {

class SetSpcSettings : public PlanCommand
{
public:
    SetSpcSettings(Id indicatorId, QString name, SpcSettingsValue before, SpcSettingsValue after)
        : m_indicatorId(indicatorId)
        , m_name(std::move(name))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    QString text() const override { return Tr::tr("Change SPC settings of '%1'").arg(m_name); }
    bool redo(Database &db, QString *error) override { return apply(db, m_after, error); }
    bool undo(Database &db, QString *error) override { return apply(db, m_before, error); }

private:
    bool apply(Database &db, const SpcSettingsValue &value, QString *error)
    {
        if (const QString problem = validateSpcSettings(value); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        Transaction transaction(db);
        SpcSettingsRepository repository(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.beginError();
            return false;
        }
        if (!repository.setOptions(m_indicatorId, value.optionsJson, error)
            || !repository.setRebases(m_indicatorId, value.rebases, error)) {
            return false;
        }
        db.noteChange({QStringLiteral("indicator"),
                       m_indicatorId,
                       PlanChange::Operation::Updated,
                       {QStringLiteral("spcOptions"), QStringLiteral("spcRebases")}});
        return transaction.commit(error);
    }

    Id m_indicatorId;
    QString m_name;
    SpcSettingsValue m_before;
    SpcSettingsValue m_after;
};

} // namespace

QString validateSpcSettings(const SpcSettingsValue &settings)
{
    QString error;
    const IndicatorSpcSettings parsed = IndicatorSpcSettings::parse(settings.optionsJson, &error);
    if (!error.isEmpty())
        return error;
    if (const QString problem = parsed.options.validationError(); !problem.isEmpty())
        return problem;
    QSet<QString> seen;
    for (const SpcRebase &rebase : settings.rebases) {
        QString periodError;
        if (!Period::parse(rebase.period, &periodError).isValid())
            return Tr::tr("Rebase: %1").arg(periodError);
        if (seen.contains(rebase.period))
            return Tr::tr("Rebase: %1 is given twice.").arg(rebase.period);
        seen.insert(rebase.period);
    }
    return {};
}

std::unique_ptr<PlanCommand> setSpcSettings(Id indicatorId,
                                            const QString &indicatorName,
                                            const SpcSettingsValue &before,
                                            const SpcSettingsValue &after)
{
    return std::make_unique<SetSpcSettings>(indicatorId, indicatorName, before, after);
}

} // namespace Jfp::Commands
