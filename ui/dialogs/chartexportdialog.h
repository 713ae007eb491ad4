// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "charts/chartexporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Jfp {

/** Where and at what size to export a chart: presets for Word, PowerPoint and A4. */
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** With `folderMode`, asks for a folder and a format instead of one file. */
    ChartExportDialog(const QString &suggestedPath, bool folderMode, QWidget *parent = nullptr);

    QString path() const;
    ExportSize size() const;
    /** "png", "svg" or "pdf" (folder mode). */
    QString format() const;

    /**
     * Which chart to export (one file): the one on screen is chosen, and the SPC chart is
     * offered only when the indicator has one.
     */
    void setChartChoice(bool spcShown, bool spcAvailable);
    bool spcChosen() const;

private:
    void applyPreset(int index);

    bool m_folderMode;
    QLineEdit *m_path;
    QComboBox *m_format = nullptr;
    QComboBox *m_chart = nullptr;
    QComboBox *m_preset;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QSpinBox *m_dpi;
};

} // namespace Jfp
