// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dataactions.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "export/planexport.h"
#include "import/importcommands.h"
#include "import/importformat.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

const QString importFolderKey = u"import/folder"_s;
const QString exportFolderKey = u"export/folder"_s;

QString rememberedFolder(const QString &key)
{
    const QString folder = QSettings().value(key).toString();
    return !folder.isEmpty() && QDir(folder).exists()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QList<ExportDialog::Format> exportFormats()
{
    return {
        {DataActions::tr("Excel workbook: areas, programmes, milestones, indicators and "
                         "their values"),
         u"xlsx"_s},
        {DataActions::tr("CSV, UTF-8: indicator series (planned and actual values)"), u"csv"_s}};
}

} // namespace

DataActions::DataActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

void DataActions::populate(QMenu *fileMenu)
{
    m_import = fileMenu->addAction(tr("&Import…"), this, &DataActions::importFile);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setObjectName(u"importAction"_s);
    m_export = fileMenu->addAction(tr("&Export…"), this, &DataActions::exportPlan);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setObjectName(u"exportAction"_s);
    connect(fileMenu, &QMenu::aboutToShow, this, &DataActions::updateEnabled);
    updateEnabled();
}

void DataActions::updateEnabled()
{
    m_import->setEnabled(m_window->hasPlan() && !m_window->isReadOnly());
    m_export->setEnabled(m_window->hasPlan());
}

void DataActions::importFile()
{
    if (!m_window->hasPlan() || m_window->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window,
        tr("Import"),
        rememberedFolder(importFolderKey),
        tr("Fingertips exports, templates and plan workbooks (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(importFolderKey, QFileInfo(path).absolutePath());
    previewImport(path);
}

ImportDialog *DataActions::previewImport(const QString &path)
{
    if (!m_window->hasPlan())
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new ImportDialog(
        m_window->plan(), path, ImportFormats::detectFile(path), m_window->isReadOnly(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyImport(dialog); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

ImportDialog *DataActions::importDialog() const
{
    return m_dialog;
}

void DataActions::applyImport(ImportDialog *dialog)
{
    if (!dialog->canImport())
        return;
    const ImportPlan &plan = dialog->importPlan();
    const int added = plan.count(ImportPlan::Change::Add);
    const int replaced = plan.count(ImportPlan::Change::Replace);
    if (m_window->push(Commands::importValues(plan, dialog->forgottenLinks()))) {
        m_window->statusBar()->showMessage(
            tr("Imported %1: %2 value(s) added, %3 replaced. Edit > Undo takes it back.")
                .arg(QFileInfo(plan.file).fileName())
                .arg(added)
                .arg(replaced),
            8000);
    }
}

QString DataActions::selectionName() const
{
    const auto [kind, id] = m_window->currentItem();
    if (kind == PlanTreeModel::ItemKind::Area) {
        const Area *area = m_window->plan().area(id);
        return area ? area->name : QString();
    }
    const Programme *programme = m_window->plan().programme(id);
    return programme ? programme->name : QString();
}

int DataActions::exportTo(const QString &path, bool selectionOnly, QString *error)
{
    ExportScope scope;
    if (selectionOnly) {
        const auto [kind, id] = m_window->currentItem();
        (kind == PlanTreeModel::ItemKind::Area ? scope.areaId : scope.programmeId) = id;
    }
    PlanExport::Summary summary;
    if (!PlanExport::write(path, m_window->plan(), scope, error, &summary))
        return -1;
    return summary.rows;
}

void DataActions::exportPlan()
{
    if (!m_window->hasPlan())
        return;
    const QString selection = selectionName();
    const QString name = m_window->plan().info.name.isEmpty()
                             ? QFileInfo(m_window->planPath()).completeBaseName()
                             : m_window->plan().info.name;
    const QList<ExportDialog::Format> formats = exportFormats();
    ExportDialog dialog(
        QDir(rememberedFolder(exportFolderKey)).filePath(name + u'.' + formats.constFirst().suffix),
        selection,
        formats,
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    QSettings().setValue(exportFolderKey, QFileInfo(path).absolutePath());
    QString error;
    const int rows = exportTo(path, dialog.selectionOnly(), &error);
    if (rows < 0) {
        QMessageBox::warning(
            m_window,
            tr("Cannot export"),
            tr("'%1' could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %1 row(s) to %2").arg(rows).arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace Jfp
