// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Jfp {

/** The Open Recent list, kept in the settings, most recent first, files that still exist. */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();
    /** Fills `menu` with one action per file (Alt+1…) and a Clear action. */
    void populate(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace Jfp
