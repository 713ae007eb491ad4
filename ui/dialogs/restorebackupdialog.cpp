// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Jfp {

namespace {

constexpr int pathRole = Qt::UserRole;

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &planPath,
                                         const QList<PlanBackup> &backups,
                                         QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto *intro = new QLabel(tr("Backups of '%1', newest first. Restoring replaces the plan with "
                                "the backup you choose; the plan as it is now is kept as a backup "
                                "first, so you can go back to it.")
                                 .arg(QDir::toNativeSeparators(planPath)),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Backups:"), this);
    listLabel->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setAccessibleDescription(tr("The plan's backups, newest first: when each was taken, "
                                        "and its size"));
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const PlanBackup &backup : backups) {
        auto *item
            = new QTreeWidgetItem(m_list,
                                  {locale.toString(backup.time.toLocalTime(), QLocale::LongFormat),
                                   locale.formattedDataSize(backup.bytes)});
        item->setData(0, pathRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    m_restore->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel, restoring nothing"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_restore->setEnabled(!selectedPath().isEmpty());
    });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!selectedPath().isEmpty());
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 22);
    m_list->setFocus();
}

QString RestoreBackupDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, pathRole).toString() : QString();
}

} // namespace Jfp
