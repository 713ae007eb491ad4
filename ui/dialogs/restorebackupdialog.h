// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "storage/planbackups.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Jfp {

/**
 * File > Restore from Backup: the open plan's backups, newest first, with when each was taken
 * and its size; Restore puts the chosen one back (the window then reopens the plan), Cancel
 * leaves everything as it is. The list has the focus, its first row chosen.
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &planPath,
                        const QList<PlanBackup> &backups,
                        QWidget *parent = nullptr);

    /** The chosen backup's file; empty when none is chosen. */
    QString selectedPath() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace Jfp
