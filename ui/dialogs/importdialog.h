// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "import/fingertipsreader.h"
#include "import/importformat.h"
#include "import/importplan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace Jfp {

class ImportReader;

/**
 * File > Import: the preview of importing one file, before anything is written.
 *
 * It reads the file in the background (progress bar; Cancel stops the reading and closes the
 * dialog), then lists what the import will add, replace and leave unchanged, grouped with
 * counts, what it skips and why, and every problem as ImportPlan words it ("export.csv: line
 * 14, column Value: 'n/a' is not a number"). For a Fingertips export it lists the file's
 * indicators and lets the user link each to the plan indicators it feeds, starting from the
 * links the plan remembers. Problems disable Import with a message saying so. The dialog
 * writes nothing: the caller applies importPlan() as one undoable command.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Starts reading `path` at once, as `format`. */
    ImportDialog(const PlanSnapshot &plan,
                 const QString &path,
                 ImportFormat format,
                 bool readOnly,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportFormat format() const { return m_format; }
    bool isReading() const;
    /** What pressing Import writes (valid when canImport()). */
    const ImportPlan &importPlan() const { return m_importPlan; }
    /** Remembered links the user removed: the import forgets them. */
    QList<ImportPlan::Link> forgottenLinks() const;
    bool canImport() const;
    /** Cancel: stops the reading too. */
    void reject() override;

    /** Links a Fingertips indicator id to a plan indicator (what the Link button does). */
    void link(const QString &fingertipsId, Id indicatorId);
    void unlink(const QString &fingertipsId, Id indicatorId);

    QTreeWidget *indicatorTree() const { return m_indicators; }
    QTreeWidget *changeTree() const { return m_changes; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *planIndicatorBox() const { return m_planIndicator; }
    QComboBox *formatBox() const { return m_formatBox; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /** The preview is ready (reading finished and the lists are filled). */
    void previewReady();

private:
    struct Choice
    {
        QString externalId;
        Id indicatorId = 0;
        bool remembered = false;
    };

    void startReading();
    void readingFinished();
    void replan();
    void showIndicators();
    void showChanges();
    void showProblems();
    void updateState();
    void linkSelected();
    void unlinkSelected();
    QString selectedFingertipsId() const;
    QString indicatorLabel(Id indicatorId) const;
    bool hasRowsFor(const QString &fingertipsId) const;

    PlanSnapshot m_plan;
    QString m_path;
    ImportFormat m_format;
    bool m_readOnly;
    ImportReader *m_reader;
    FingertipsData m_data;
    ImportPlan m_importPlan;
    QList<Choice> m_choices;
    QList<Choice> m_forgotten;
    bool m_read = false;

    QComboBox *m_formatBox;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_linkPanel;
    QTreeWidget *m_indicators;
    QComboBox *m_planIndicator;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QTreeWidget *m_changes;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems;
    QList<QWidget *> m_results; // hidden while reading
    QLabel *m_message;
    QPushButton *m_import;
};

} // namespace Jfp
