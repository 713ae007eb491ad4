// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "indicatorform.h"

#include "commands/indicatorcommands.h"

#include <QLineEdit>

namespace Jfp {

using namespace Qt::StringLiterals;

IndicatorForm::IndicatorForm(CommitMode mode, QWidget *parent)
    : ProgrammeItemForm<Indicator>(mode, parent)
{
    addSection(tr("Measure"));
    addProgrammeField(tr("&Programme:"));
    addLine(u"code"_s, tr("&Code:"), tr("e.g. ASC-17 or a Fingertips id"));
    bind(u"code"_s, &Indicator::code);
    addLine(u"name"_s, tr("&Name:"));
    bind(u"name"_s, &Indicator::name);
    addText(u"definition"_s, tr("&Definition:"));
    bind(u"definition"_s, &Indicator::definition);
    addCombo(u"unit"_s, tr("&Unit:"), enumItems<Unit>());
    bind(u"unit"_s, &Indicator::unit);
    const QString decimals = u"decimals"_s;
    addNumber(decimals, tr("Deci&mal places:"), true);
    bind(
        decimals,
        [this, decimals](const Indicator &i) { setNumber(decimals, double(i.decimals)); },
        [this, decimals](Indicator &i) {
            // An empty box means the usual one decimal place.
            const OptionalValue value = number(decimals, double(i.decimals));
            i.decimals = value ? int(*value) : 1;
        });
    addCombo(u"polarity"_s, tr("Po&larity:"), enumItems<Polarity>());
    bind(u"polarity"_s, &Indicator::polarity);
    addLine(u"source"_s, tr("&Source:"));
    bind(u"source"_s, &Indicator::source);

    addSection(tr("Baseline"));
    addNumber(u"baselineValue"_s, tr("&Baseline:"));
    bind(u"baselineValue"_s, &Indicator::baselineValue);
    addLine(u"baselinePeriod"_s, tr("Baseline p&eriod:"), tr("e.g. 2023/24 or Q1 2024/25"));
    bind(u"baselinePeriod"_s, &Indicator::baselinePeriod);
    addLine(u"baselineNote"_s, tr("Basel&ine note:"));
    bind(u"baselineNote"_s, &Indicator::baselineNote);

    addSection(tr("Target"));
    addCombo(u"targetKind"_s, tr("&Kind of target:"), enumItems<TargetKind>());
    bind(u"targetKind"_s, &Indicator::targetKind);
    addNumber(u"targetValue"_s, tr("&Target:"));
    bind(u"targetValue"_s, &Indicator::targetValue);
    addLine(u"targetPeriod"_s, tr("Target pe&riod:"), tr("e.g. 2026/27"));
    bind(u"targetPeriod"_s, &Indicator::targetPeriod);
    addLine(u"targetBenchmark"_s, tr("Benc&hmark:"), tr("e.g. North West average"));
    bind(u"targetBenchmark"_s, &Indicator::targetBenchmark);
    addLine(u"targetNote"_s, tr("T&arget note:"));
    bind(u"targetNote"_s, &Indicator::targetNote);

    addSection(tr("Tracking"));
    QLineEdit *tolerance = addNumber(u"tolerance"_s, tr("T&olerance:"));
    bind(u"tolerance"_s, &Indicator::tolerance);
    tolerance->setToolTip(tr("How far from the trajectory a value may be, in the indicator's "
                             "unit, and still count as on track. Empty: it must meet the "
                             "trajectory."));
    tolerance->setPlaceholderText(tr("in the indicator's unit, e.g. 0.5"));
}

Validation::Messages IndicatorForm::validate(const Indicator &indicator, const Indicator *) const
{
    return Validation::indicator(indicator, plan());
}

std::unique_ptr<PlanCommand> IndicatorForm::makeEdit(const Indicator &before,
                                                     const Indicator &after) const
{
    return Commands::editIndicator(before, after);
}

} // namespace Jfp
