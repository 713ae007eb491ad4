// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "exportdialog.h"

#include "views/screenfit.h"
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Jfp {

ExportDialog::ExportDialog(const QString &suggestedPath,
                           const QString &selectionName,
                           const QList<Format> &formats,
                           QWidget *parent)
    : QDialog(parent)
    , m_formats(formats)
    , m_wholePlan(new QRadioButton(tr("The &whole plan"), this))
    , m_selection(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export"));
    m_selection->setText(selectionName.isEmpty() ? tr("The &selection")
                                                 : tr("Only &%1").arg(selectionName));
    m_selection->setEnabled(!selectionName.isEmpty());
    m_wholePlan->setChecked(true);
    m_wholePlan->setAccessibleName(tr("Export the whole plan"));
    m_selection->setAccessibleName(tr("Export only the selected area or programme"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_wholePlan);
    scope->addButton(m_selection);

    for (const Format &format : formats)
        m_format->addItem(tr("%1 (*.%2)").arg(format.name, format.suffix));
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("File"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAccessibleName(tr("Choose where to save"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Export message"));
    m_message->hide();

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_wholePlan);
    scopeBox->addWidget(m_selection);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scopeBox);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *note = new QLabel(tr("The workbook has a sheet for each kind of item and value; the "
                               "CSV one row per indicator and period. Either can be filled in "
                               "and imported again with File > Import."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Export"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {560, sizeHint().height()});

    const QString suffix = QFileInfo(suggestedPath).suffix().toLower();
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (formats.at(i).suffix == suffix)
            m_format->setCurrentIndex(int(i));
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    // Typing a name that ends in .csv or .xlsx chooses that format in the box too.
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString typed = QFileInfo(text.trimmed()).suffix();
        for (qsizetype i = 0; i < m_formats.size(); ++i) {
            if (typed.compare(m_formats.at(i).suffix, Qt::CaseInsensitive) == 0) {
                const QSignalBlocker blocker(m_format);
                m_format->setCurrentIndex(int(i));
            }
        }
    });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ExportDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const int index = m_format->currentIndex();
    if (path.isEmpty() || index < 0)
        return path;
    // A name that ends in a format's suffix says the format; any other gets the chosen one's.
    const QString typed = QFileInfo(path).suffix();
    const bool known = std::any_of(m_formats.cbegin(), m_formats.cend(), [&](const Format &f) {
        return typed.compare(f.suffix, Qt::CaseInsensitive) == 0;
    });
    if (!known)
        path += QLatin1Char('.') + m_formats.at(index).suffix;
    return path;
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

void ExportDialog::setSelectionOnly(bool selectionOnly)
{
    (selectionOnly && m_selection->isEnabled() ? m_selection : m_wholePlan)->setChecked(true);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::formatChanged()
{
    const int index = m_format->currentIndex();
    if (index < 0)
        return;
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text().trimmed()));
    if (!info.fileName().isEmpty())
        setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.')
                                    + m_formats.at(index).suffix));
}

void ExportDialog::browse()
{
    QStringList filters;
    for (const Format &format : std::as_const(m_formats))
        filters << tr("%1 (*.%2)").arg(format.name, format.suffix);
    QString selected = filters.value(m_format->currentIndex());
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export"), path(), filters.join(u";;"), &selected);
    if (chosen.isEmpty())
        return;
    const int index = int(filters.indexOf(selected));
    if (index >= 0)
        m_format->setCurrentIndex(index);
    setPath(chosen);
}

void ExportDialog::accept()
{
    const QString file = path();
    const QFileInfo info(file);
    QString problem;
    if (m_path->text().trimmed().isEmpty())
        problem = tr("File: enter the name of the file to write.");
    else if (!info.absoluteDir().exists())
        problem = tr("File: the folder '%1' does not exist. Choose another with Browse.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        m_path->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Jfp
