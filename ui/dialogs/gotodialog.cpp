// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "gotodialog.h"

#include "views/screenfit.h"
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Jfp {

namespace {

/**
 * Keeps the rows whose search text holds every word typed; the item named exactly what was
 * typed comes first, then names that start with it, then the others in plan order.
 */
class WordsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_text = text.simplified();
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidate();
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = rank(left), b = rank(right);
        return a != b ? a < b : left.row() < right.row();
    }

    int rank(const QModelIndex &index) const
    {
        if (m_text.isEmpty())
            return 0;
        const QString name = index.siblingAtColumn(PlanItemListModel::NameColumn).data().toString();
        if (name.compare(m_text, Qt::CaseInsensitive) == 0)
            return 0;
        return name.startsWith(m_text, Qt::CaseInsensitive) ? 1 : 2;
    }

    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString text = sourceModel()
                                 ->index(row, 0, parent)
                                 .data(PlanItemListModel::SearchTextRole)
                                 .toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    QString m_text;
    QStringList m_words;
};

} // namespace

GoToDialog::GoToDialog(const PlanSnapshot &plan, QWidget *parent)
    : QDialog(parent)
    , m_model(new PlanItemListModel(this))
    , m_proxy(new WordsFilter(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Go To"));
    m_model->setPlan(plan);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(PlanItemListModel::NameColumn); // best match first (WordsFilter::lessThan)

    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_filter);
    m_filter->setAccessibleName(tr("Find an item"));
    m_filter->setPlaceholderText(tr("Name, code or owner of an area, programme, milestone or "
                                    "indicator"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Matching items"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PlanItemListModel::NameColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(PlanItemListModel::KindColumn, 110);
    m_list->setColumnWidth(PlanItemListModel::WhereColumn, 260);
    m_count->setAccessibleName(tr("How many items match"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go To"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &GoToDialog::applyFilter);
    connect(m_list, &QTreeView::activated, this, &GoToDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_filter, 1);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_count, 1);
    foot->addWidget(buttons);
    layout->addLayout(foot);
    ScreenFit::resize(this, {900, 520});
    applyFilter({});
    m_filter->setFocus();
}

void GoToDialog::applyFilter(const QString &text)
{
    static_cast<WordsFilter *>(m_proxy)->setWords(text);
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_count->setText(tr("%n item(s) match", nullptr, m_proxy->rowCount()));
}

std::optional<GoToDialog::Item> GoToDialog::chosen() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return Item{PlanItemListModel::ItemKind(current.data(PlanItemListModel::ItemKindRole).toInt()),
                current.data(PlanItemListModel::ItemIdRole).toLongLong()};
}

void GoToDialog::accept()
{
    if (chosen())
        QDialog::accept();
}

bool GoToDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // Move in the list while typing stays in the box.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Jfp
