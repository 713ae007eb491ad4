// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Jfp {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    QStringList existing;
    const QStringList stored = QSettings().value(settingsKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(settingsKey, files);
    Q_EMIT changed();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximum)
        list.removeLast();
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const QString label = tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (list.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent plans"));
        none->setEnabled(false);
    } else {
        menu->addSeparator();
        QAction *clearAction = menu->addAction(tr("&Clear Recent Plans"));
        connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    }
}

} // namespace Jfp
