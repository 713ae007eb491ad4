// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Jfp {

/**
 * File > Export: what to export (the whole plan, or the selected area or programme) and where
 * to, in which format. The formats offered are the ones the export can write.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Format
    {
        QString name;   // "CSV (UTF-8)"
        QString suffix; // "csv"
    };

    ExportDialog(const QString &suggestedPath,
                 const QString &selectionName,
                 const QList<Format> &formats,
                 QWidget *parent = nullptr);

    /**
     * The file to write: as typed when it ends in a format's suffix (that format is written),
     * else with the chosen format's suffix added.
     */
    QString path() const;
    bool selectionOnly() const;
    void setSelectionOnly(bool selectionOnly);
    void setPath(const QString &path);
    void accept() override;

private:
    void browse();
    void formatChanged();

    QList<Format> m_formats;
    QRadioButton *m_wholePlan;
    QRadioButton *m_selection;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_message;
};

} // namespace Jfp
