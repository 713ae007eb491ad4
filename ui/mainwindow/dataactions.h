// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Jfp {

class ImportDialog;
class MainWindow;

/**
 * File > Import and File > Export. Import asks for a file, guesses its format from the first
 * line, and opens the preview (ImportDialog); pressing Import there pushes the whole import as
 * one command through MainWindow::push, so Edit > Undo takes it back. Export writes the whole
 * plan, or the selected area or programme, as a plan workbook (.xlsx) or the series CSV
 * (PlanExport, as `jfp export` does).
 */
class DataActions : public QObject
{
    Q_OBJECT

public:
    explicit DataActions(MainWindow *window);

    void populate(QMenu *fileMenu);
    void updateEnabled();

    void importFile();
    /** Opens the preview of importing `path` (window-modal, not blocking); null without a plan. */
    ImportDialog *previewImport(const QString &path);
    /** The preview open now, if any. */
    ImportDialog *importDialog() const;

    void exportPlan();
    /**
     * Writes the whole plan, or the area or programme selected in the tree, to `path` (its
     * suffix picks the format). Returns the number of rows written (on all sheets of a
     * workbook), -1 on failure.
     */
    int exportTo(const QString &path, bool selectionOnly, QString *error);

private:
    void applyImport(ImportDialog *dialog);
    QString selectionName() const;

    MainWindow *m_window;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QPointer<ImportDialog> m_dialog;
};

} // namespace Jfp
