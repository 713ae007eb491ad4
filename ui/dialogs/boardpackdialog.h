// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "reports/boardpack.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Jfp {

/**
 * Charts > Board Pack: which sections the pack holds (as `jfp board-pack --sections`), the kind
 * of chart on the indicator pages, the indicators' order, and the file to write.
 */
class BoardPackDialog : public QDialog
{
    Q_OBJECT

public:
    BoardPackDialog(const QString &suggestedPath,
                    const QString &scopeName,
                    QWidget *parent = nullptr);

    /** The file to write, with ".pdf" added when it has no such suffix. */
    QString path() const;
    void setPath(const QString &path);
    /** The request's sections, charts and sort as chosen (scope and date are the caller's). */
    BoardPackRequest request() const;
    void setRequest(const BoardPackRequest &request);
    void accept() override;

private:
    void browse();

    QList<QPair<BoardPackRequest::Section, QCheckBox *>> m_sections;
    QComboBox *m_charts;
    QComboBox *m_sort;
    QLineEdit *m_path;
    QLabel *m_message;
};

} // namespace Jfp
