// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "deleteconfirmation.h"

#include <QCoreApplication>
#include <QStringList>

namespace Jfp::DeleteConfirmation {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)
};

/** "a", "a and b", "a, b and c". */
QString listOf(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return Text::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(Text::tr(", ")), parts.last());
}

} // namespace

QString question(Kind kind, const QString &name)
{
    switch (kind) {
    case Kind::Area:
        return Text::tr("Delete area '%1'?").arg(name);
    case Kind::Programme:
        return Text::tr("Delete programme '%1'?").arg(name);
    case Kind::Milestone:
        return Text::tr("Delete milestone '%1'?").arg(name);
    case Kind::Indicator:
        return Text::tr("Delete indicator '%1'?").arg(name);
    }
    return {};
}

QString details(Kind kind, const DeleteScope &scope)
{
    QStringList parts;
    if (scope.areas)
        parts << Text::tr("%n area(s) beneath it", nullptr, scope.areas);
    if (scope.programmes)
        parts << (kind == Kind::Area ? Text::tr("%n programme(s)", nullptr, scope.programmes)
                                     : Text::tr("%n sub-programme(s)", nullptr, scope.programmes));
    if (scope.milestones)
        parts << Text::tr("%n milestone(s)", nullptr, scope.milestones);
    if (kind == Kind::Indicator) {
        if (scope.values)
            parts << Text::tr("its %n value(s)", nullptr, scope.values);
    } else if (scope.indicators) {
        parts << (scope.values
                      ? Text::tr("%n indicator(s)", nullptr, scope.indicators) + QLatin1Char(' ')
                            + Text::tr("with their %n value(s)", nullptr, scope.values)
                      : Text::tr("%n indicator(s)", nullptr, scope.indicators));
    }
    if (scope.annotations)
        parts << Text::tr("%n annotation(s)", nullptr, scope.annotations);
    if (scope.progressUpdates)
        parts << Text::tr("%n progress update(s)", nullptr, scope.progressUpdates);
    if (scope.practices)
        parts << Text::tr("%n GP practice(s)", nullptr, scope.practices);
    const QString undo = Text::tr("You can undo this (Edit > Undo).");
    if (parts.isEmpty())
        return undo;
    return Text::tr("This also deletes %1.").arg(listOf(parts)) + QLatin1Char(' ') + undo;
}

} // namespace Jfp::DeleteConfirmation
