// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "helpactions.h"

#include "views/screenfit.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Jfp {

namespace {

QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void addMenu(QList<QStringList> &rows,
             QSet<const QAction *> &seen,
             const QMenu *menu,
             const QString &where)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(rows, seen, sub, where + QStringLiteral(" > ") + plainText(sub->title()));
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            rows.append({plainText(action->text()), where, keysText(action)});
    }
}

/** Screenshots at most `width` pixels wide (in proportion), so the guide reads without scrolling
 * sideways. */
void fitPictures(QTextBrowser *browser, int width)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            // QTextBrowser reads a picture's file from its search paths as bytes.
            const QVariant loaded
                = browser->loadResource(QTextDocument::ImageResource, QUrl(format.name()));
            QSize size = loaded.value<QImage>().size();
            if (size.isEmpty())
                size = QImage::fromData(loaded.toByteArray()).size();
            if (size.isEmpty() || size.width() <= width)
                continue;
            format.setWidth(width);
            format.setHeight(double(size.height()) * width / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void HelpActions::populate(QMenu *help)
{
    QAction *guide = help->addAction(tr("&User Guide"), this, &HelpActions::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, &HelpActions::showShortcuts);
}

QString HelpActions::userGuide()
{
    QFile file(QStringLiteral(":/guide/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype from = readme.indexOf(QStringLiteral("\n## Where your plan lives"));
    const qsizetype to = readme.indexOf(QStringLiteral("\n## Building by hand"));
    if (from < 0 || to < from)
        return readme;
    // The README's picture of the window comes first, as on its first page.
    QString picture;
    const qsizetype image = readme.indexOf(QStringLiteral("\n!["));
    if (image >= 0 && image < from)
        picture = readme.mid(image + 1, readme.indexOf(QLatin1Char('\n'), image + 1) - image);
    return QStringLiteral("# JFP Planner: user guide\n\n") + picture + readme.mid(from, to - from);
}

void HelpActions::showUserGuide()
{
    if (!m_guide) {
        m_guide = new QDialog(m_window, Qt::Window);
        m_guide->setWindowTitle(tr("JFP Planner User Guide"));
        auto *browser = new QTextBrowser(m_guide);
        browser->setAccessibleName(tr("User guide"));
        browser->setOpenLinks(false); // the README's links lead into the source tree
        // Its pictures are bundled under the same paths as beside the README.
        browser->setSearchPaths({QStringLiteral(":/guide")});
        browser->setMarkdown(userGuide());
        fitPictures(browser, 760);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_guide);
        connect(buttons, &QDialogButtonBox::rejected, m_guide, &QDialog::close);
        auto *layout = new QVBoxLayout(m_guide);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        ScreenFit::resize(m_guide, {900, 760});
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    if (auto *browser = m_guide->findChild<QTextBrowser *>())
        browser->setFocus();
}

QList<QStringList> HelpActions::shortcuts(const QWidget *window)
{
    QList<QStringList> rows;
    QSet<const QAction *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *top : main->menuBar()->actions()) {
            if (const QMenu *menu = top->menu())
                addMenu(rows, seen, menu, plainText(menu->title()));
        }
    }
    // Keys of the tree and the tables, outside the menus: where they work is the widget.
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        QString where;
        for (const QObject *o = action->parent(); o && where.isEmpty(); o = o->parent()) {
            if (const auto *w = qobject_cast<const QWidget *>(o))
                where = w->accessibleName();
        }
        rows.append({plainText(action->text()),
                     where.isEmpty() ? tr("Window") : tr("In %1").arg(where),
                     keysText(action)});
    }
    return rows;
}

void HelpActions::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter by command or key"));
    filter->setAccessibleName(tr("Filter shortcuts"));
    filter->setClearButtonEnabled(true);
    const QList<QStringList> rows = shortcuts(m_window);
    auto *table = new QTableWidget(int(rows.size()), 3, &dialog);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Where"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 3; ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).value(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(filter, &QLineEdit::textChanged, table, [table](const QString &text) {
        for (int r = 0; r < table->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; c < 3 && !match; ++c)
                match = table->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            table->setRowHidden(r, !match);
        }
    });
    auto *label = new QLabel(tr("&Filter:"), &dialog);
    label->setBuddy(filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(filter, 1);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(&dialog, {760, 640});
    filter->setFocus();
    dialog.exec();
}

} // namespace Jfp
