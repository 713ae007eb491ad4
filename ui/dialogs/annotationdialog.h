// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Jfp {

/** Adds or edits an annotation; the message for a field stands next to that field. */
class AnnotationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnnotationDialog(const Annotation &annotation, QWidget *parent = nullptr);

    Annotation annotation() const;
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *periodEdit() const { return m_period; }

    void accept() override;

private:
    void validate();

    Annotation m_original;
    QLineEdit *m_label;
    QLabel *m_labelMessage;
    QCheckBox *m_dated;
    QLineEdit *m_period;
    QDateEdit *m_date;
    QLabel *m_periodMessage;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Jfp
