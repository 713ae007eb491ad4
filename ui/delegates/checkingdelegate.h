// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Jfp {

/**
 * A cell editor (a line edit) that checks its input before it is stored: Enter or Tab with
 * input that has a problem keeps the editor open with what the user typed and reports the
 * problem through refused(), instead of storing it. Esc puts the stored value back, as usual.
 * Enter stores the value and asks to go down a row (advance()), as in a spreadsheet.
 */
class CheckingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Check = std::function<QStringList(const QModelIndex &index, const QString &text)>;

    explicit CheckingDelegate(Check check, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

Q_SIGNALS:
    /** Input was kept back; `message` says what is wrong with it. */
    void refused(const QString &message);
    /** Input was accepted; the problems reported before no longer apply. */
    void accepted();
    /** Enter stored the value of the cell at `row`, `column`: move to the cell below. */
    void advance(int row, int column);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Check m_check;
};

} // namespace Jfp
