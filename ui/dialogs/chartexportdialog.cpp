// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Jfp {

ChartExportDialog::ChartExportDialog(const QString &suggestedPath, bool folderMode, QWidget *parent)
    : QDialog(parent)
    , m_folderMode(folderMode)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_preset(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
{
    setWindowTitle(folderMode ? tr("Export All Charts") : tr("Export Chart"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose where to save"));
    m_path->setAccessibleName(folderMode ? tr("Folder") : tr("File"));
    m_preset->setAccessibleName(tr("Size preset"));
    m_width->setAccessibleName(tr("Width in millimetres"));
    m_height->setAccessibleName(tr("Height in millimetres"));
    m_dpi->setAccessibleName(tr("Dots per inch"));
    for (const ExportPreset &preset : ChartExporter::presets())
        m_preset->addItem(preset.name);
    m_preset->addItem(tr("Custom size"));
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(20, 2000);
        box->setDecimals(1);
        box->setSuffix(tr(" mm"));
    }
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    applyPreset(0);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(folderMode ? tr("&Folder:") : tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    if (folderMode) {
        m_format = new QComboBox(this);
        m_format->addItems({tr("PNG image"), tr("SVG drawing"), tr("PDF document")});
        m_format->setAccessibleName(tr("Format"));
        auto *formatLabel = new QLabel(tr("F&ormat:"), this);
        formatLabel->setBuddy(m_format);
        form->addRow(formatLabel, m_format);
    } else {
        m_chart = new QComboBox(this);
        m_chart->addItems({tr("Trajectory chart"), tr("SPC chart (XmR)")});
        m_chart->setAccessibleName(tr("Chart"));
        auto *chartLabel = new QLabel(tr("&Chart:"), this);
        chartLabel->setBuddy(m_chart);
        form->addRow(chartLabel, m_chart);
    }
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Size:"), m_preset);
    addRow(tr("&Width:"), m_width);
    addRow(tr("&Height:"), m_height);
    addRow(tr("&Resolution (PNG):"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    const auto custom = [this] {
        const QList<ExportPreset> presets = ChartExporter::presets();
        const int index = m_preset->currentIndex();
        if (index < presets.size()
            && (presets[index].size.widthMm != m_width->value()
                || presets[index].size.heightMm != m_height->value())) {
            QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(m_preset->count() - 1);
        }
    };
    connect(m_width, &QDoubleSpinBox::valueChanged, this, custom);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, custom);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = m_folderMode ? QFileDialog::getExistingDirectory(this, windowTitle(), m_path->text())
                           : QFileDialog::getSaveFileName(this,
                                                          windowTitle(),
                                                          m_path->text(),
                                                          tr("PNG image (*.png);;SVG drawing "
                                                             "(*.svg);;PDF document (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChartExportDialog::setChartChoice(bool spcShown, bool spcAvailable)
{
    if (!m_chart)
        return;
    if (!spcAvailable && m_chart->count() > 1)
        m_chart->removeItem(1);
    m_chart->setCurrentIndex(spcShown && spcAvailable ? 1 : 0);
}

bool ChartExportDialog::spcChosen() const
{
    return m_chart && m_chart->currentIndex() == 1;
}

void ChartExportDialog::applyPreset(int index)
{
    const QList<ExportPreset> presets = ChartExporter::presets();
    if (index < 0 || index >= presets.size())
        return;
    QSignalBlocker blockWidth(m_width);
    QSignalBlocker blockHeight(m_height);
    m_width->setValue(presets[index].size.widthMm);
    m_height->setValue(presets[index].size.heightMm);
    m_dpi->setValue(presets[index].size.dpi);
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportSize ChartExportDialog::size() const
{
    return {m_width->value(), m_height->value(), m_dpi->value()};
}

QString ChartExportDialog::format() const
{
    static const QStringList formats
        = {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    return m_format ? formats.value(m_format->currentIndex()) : QString();
}

} // namespace Jfp
