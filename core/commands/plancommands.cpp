// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "plancommands.h"

#include "commandsupport.h"
#include "coretr.h"
#include "itemtraits.h"
#include "storage/planwriter.h"
#include "validation.h"

#include <QStringList>

namespace Jfp::Commands {

namespace {

using namespace Internal;
using namespace Qt::StringLiterals;

class EditPlanInfo : public PlanCommand
{
public:
    EditPlanInfo(const PlanInfo &before, const PlanInfo &after)
        : m_before(before)
        , m_after(after)
    {
        // What the file held that could not be used is replaced, and undo writes the default
        // the plan was read with.
        m_before.unusableSlipTolerance.reset();
        m_after.unusableSlipTolerance.reset();
    }

    QString text() const override
    {
        const FieldTexts before = planInfoFields(m_before);
        const FieldTexts after = planInfoFields(m_after);
        QStringList changed;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (before.at(i).value != after.at(i).value)
                changed << after.at(i).field;
        }
        if (changed == QStringList{u"milestoneSlipToleranceDays"_s}) {
            return Tr::tr(
                "Milestones slip after %n day(s)", nullptr, m_after.milestoneSlipToleranceDays);
        }
        return Tr::tr("Change plan properties");
    }
    bool redo(Database &db, QString *error) override
    {
        return apply(db, m_before, m_after, false, error);
    }
    bool undo(Database &db, QString *error) override
    {
        return apply(db, m_after, m_before, true, error);
    }

private:
    bool
    apply(Database &db, const PlanInfo &from, const PlanInfo &to, bool undo, QString *error) const
    {
        if (const QString problem = Validation::summary(Validation::planInfo(to));
            !problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        return inTransaction(db, error, [&] {
            ChangeLog log(text(), undo);
            log.diff({u"plan"_s, 0, to.name}, planInfoFields(from), planInfoFields(to));
            return PlanWriter(db).setPlanInfo(to, error) && log.write(db, error);
        });
    }

    PlanInfo m_before;
    PlanInfo m_after;
};

} // namespace

std::unique_ptr<PlanCommand> editPlanInfo(const PlanInfo &before, const PlanInfo &after)
{
    return std::make_unique<EditPlanInfo>(before, after);
}

std::unique_ptr<PlanCommand> setMilestoneSlipTolerance(const PlanInfo &before, int days)
{
    PlanInfo after = before;
    after.milestoneSlipToleranceDays = days;
    return std::make_unique<EditPlanInfo>(before, after);
}

} // namespace Jfp::Commands
