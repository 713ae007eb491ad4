// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "boardpackdialog.h"

#include "views/screenfit.h"

#include <QCheckBox>
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
#include <QVBoxLayout>

namespace Jfp {

BoardPackDialog::BoardPackDialog(const QString &suggestedPath,
                                 const QString &scopeName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_charts(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_message(new QLabel(this))
{
    using Section = BoardPackRequest::Section;
    setObjectName(QStringLiteral("BoardPackDialog"));
    setWindowTitle(tr("Board Pack"));

    auto *intro = new QLabel(
        tr("An A4 PDF for %1: a cover and contents, then the sections chosen.").arg(scopeName),
        this);
    intro->setWordWrap(true);
    const QList<QPair<Section, QString>> sections = {
        {Section::Dashboard, tr("Status &dashboard: every indicator's latest value and status")},
        {Section::Progress, tr("Programme &progress: RAG and narrative of the latest update")},
        {Section::Milestones, tr("&Milestones: overdue, slipped and due, then closed")},
        {Section::Indicators, tr("&Indicator pages: a chart and notes for each indicator")},
    };
    auto *sectionBox = new QVBoxLayout;
    for (const auto &[section, text] : sections) {
        auto *box = new QCheckBox(text, this);
        box->setChecked(true);
        box->setObjectName(BoardPack::key(section));
        box->setAccessibleName(
            QString(text).remove(QLatin1Char('&')).section(QLatin1Char(':'), 0, 0));
        sectionBox->addWidget(box);
        m_sections.append({section, box});
    }

    m_charts->addItem(tr("Automatic: SPC from 13 values, else the trajectory"),
                      int(BoardPackRequest::Charts::Automatic));
    m_charts->addItem(tr("Trajectory charts"), int(BoardPackRequest::Charts::Trajectory));
    m_charts->addItem(tr("SPC charts (XmR)"), int(BoardPackRequest::Charts::Spc));
    m_charts->setAccessibleName(tr("Charts"));
    m_sort->addItem(tr("As in the plan"), int(BoardPackRequest::Sort::Plan));
    m_sort->addItem(tr("By name"), int(BoardPackRequest::Sort::Name));
    m_sort->addItem(tr("Off track first"), int(BoardPackRequest::Sort::Status));
    m_sort->setAccessibleName(tr("Order of indicators"));
    m_path->setAccessibleName(tr("File"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAccessibleName(tr("Choose where to save"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Board pack message"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Sections:"), sectionBox);
    auto *chartsLabel = new QLabel(tr("&Charts:"), this);
    chartsLabel->setBuddy(m_charts);
    form->addRow(chartsLabel, m_charts);
    auto *sortLabel = new QLabel(tr("&Order:"), this);
    sortLabel->setBuddy(m_sort);
    form->addRow(sortLabel, m_sort);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Write the board pack"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {600, sizeHint().height()});

    connect(browseButton, &QPushButton::clicked, this, &BoardPackDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString BoardPackDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

void BoardPackDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

BoardPackRequest BoardPackDialog::request() const
{
    BoardPackRequest request;
    request.sections.clear();
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            request.sections.append(section);
    }
    request.charts = BoardPackRequest::Charts(m_charts->currentData().toInt());
    request.sort = BoardPackRequest::Sort(m_sort->currentData().toInt());
    return request;
}

void BoardPackDialog::setRequest(const BoardPackRequest &request)
{
    for (const auto &[section, box] : std::as_const(m_sections))
        box->setChecked(request.sections.contains(section));
    m_charts->setCurrentIndex(m_charts->findData(int(request.charts)));
    m_sort->setCurrentIndex(m_sort->findData(int(request.sort)));
}

void BoardPackDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Board Pack"), path(), tr("PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void BoardPackDialog::accept()
{
    const QFileInfo info(path());
    QString problem;
    QWidget *focus = m_path;
    if (request().sections.isEmpty()) {
        problem = tr("Sections: choose at least one.");
        focus = m_sections.constFirst().second;
    } else if (m_path->text().trimmed().isEmpty()) {
        problem = tr("File: enter the name of the PDF to write.");
    } else if (!info.absoluteDir().exists()) {
        problem = tr("File: the folder '%1' does not exist. Choose another with Browse.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        focus->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Jfp
