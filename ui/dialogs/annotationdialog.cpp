// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "annotationdialog.h"

#include "commands/annotationcommands.h"
#include "domain/period.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jfp {

AnnotationDialog::AnnotationDialog(const Annotation &annotation, QWidget *parent)
    : QDialog(parent)
    , m_original(annotation)
    , m_label(new QLineEdit(annotation.label, this))
    , m_labelMessage(new QLabel(this))
    , m_dated(new QCheckBox(tr("Marks a &day rather than a period"), this))
    , m_period(new QLineEdit(annotation.period, this))
    , m_date(
          new QDateEdit(annotation.date.isValid() ? annotation.date : QDate::currentDate(), this))
    , m_periodMessage(new QLabel(this))
    , m_note(new QPlainTextEdit(annotation.note, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(annotation.id ? tr("Edit Annotation") : tr("Add Annotation"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("e.g. Care Communities launched"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setPlaceholderText(tr("e.g. 2024/25 or Q3 2024/25"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dated->setAccessibleName(tr("Marks a day rather than a period"));
    m_dated->setChecked(annotation.date.isValid());
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    for (QLabel *message : {m_labelMessage, m_periodMessage}) {
        message->setStyleSheet(QStringLiteral("color: #DA291C"));
        message->setWordWrap(true);
        message->hide();
    }

    auto *form = new QFormLayout;
    auto *labelName = new QLabel(tr("&Label:"), this);
    labelName->setBuddy(m_label);
    form->addRow(labelName, m_label);
    form->addRow(QString(), m_labelMessage);
    form->addRow(QString(), m_dated);
    auto *periodName = new QLabel(tr("&Period:"), this);
    periodName->setBuddy(m_period);
    form->addRow(periodName, m_period);
    auto *dateName = new QLabel(tr("Da&te:"), this);
    dateName->setBuddy(m_date);
    form->addRow(dateName, m_date);
    form->addRow(QString(), m_periodMessage);
    auto *noteName = new QLabel(tr("&Note:"), this);
    noteName->setBuddy(m_note);
    form->addRow(noteName, m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const auto updateDated = [this, periodName, dateName] {
        const bool dated = m_dated->isChecked();
        m_period->setVisible(!dated);
        periodName->setVisible(!dated);
        m_date->setVisible(dated);
        dateName->setVisible(dated);
    };
    updateDated();
    connect(m_dated, &QCheckBox::toggled, this, updateDated);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnnotationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, [this] { m_labelMessage->hide(); });
    connect(m_period, &QLineEdit::textChanged, this, [this] { m_periodMessage->hide(); });
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_original;
    a.label = m_label->text().trimmed();
    if (m_dated->isChecked()) {
        a.date = m_date->date();
        a.period.clear();
    } else {
        a.date = QDate();
        const Period period = Period::parse(m_period->text());
        a.period = period.isValid() ? period.toString() : m_period->text().trimmed();
    }
    a.note = m_note->toPlainText().trimmed();
    return a;
}

void AnnotationDialog::validate()
{
    const Annotation a = annotation();
    m_labelMessage->setVisible(a.label.isEmpty());
    m_labelMessage->setText(tr("Give the annotation a label."));
    QString periodError;
    if (!m_dated->isChecked()) {
        if (a.period.isEmpty())
            periodError
                = tr("Give the period it marks, such as 2024/25, or tick the box to give a day.");
        else
            Period::parse(a.period, &periodError);
    }
    m_periodMessage->setText(periodError);
    m_periodMessage->setVisible(!periodError.isEmpty());
}

void AnnotationDialog::accept()
{
    validate();
    if (m_labelMessage->isVisible()) {
        m_label->setFocus();
        return;
    }
    if (m_periodMessage->isVisible()) {
        m_period->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Jfp
