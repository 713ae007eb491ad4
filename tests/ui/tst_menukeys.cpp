// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "mainwindow/menukeys.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

/** A field that takes Ctrl+E and Ctrl+K for itself, as QLineEdit does with X11's Emacs keys. */
class EmacsField : public QLineEdit
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *press = static_cast<QKeyEvent *>(event);
            if (press->modifiers() == Qt::ControlModifier
                && (press->key() == Qt::Key_E || press->key() == Qt::Key_K)) {
                event->accept();
                ++taken;
                return true;
            }
        }
        return QLineEdit::event(event);
    }
    int taken = 0;
};

} // namespace

/** MenuKeys: the window's menu keys win over a text field's own bindings. */
class tst_MenuKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuKeysWinInAField_data();
    void menuKeysWinInAField();
};

void tst_MenuKeys::menuKeysWinInAField_data()
{
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("triggered"); // the window's action ran
    QTest::newRow("Ctrl+E, a menu key: the menu's") << true << true << int(Qt::Key_E) << true;
    QTest::newRow("without MenuKeys the field takes it")
        << false << true << int(Qt::Key_E) << false;
    QTest::newRow("a disabled action leaves it to the field")
        << true << false << int(Qt::Key_E) << false;
    QTest::newRow("Ctrl+K, no menu key: the field's") << true << true << int(Qt::Key_K) << false;
    QTest::newRow("Ctrl+A, select all: the field's") << true << true << int(Qt::Key_A) << false;
}

void tst_MenuKeys::menuKeysWinInAField()
{
    QFETCH(bool, installed);
    QFETCH(bool, enabled);
    QFETCH(int, key);
    QFETCH(bool, triggered);
    QWidget window;
    auto *field = new EmacsField;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(field);
    auto *exportChart = new QAction(u"Export Chart"_s, &window);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setEnabled(enabled);
    window.addAction(exportChart);
    auto *selectAll = new QAction(u"Select All Items"_s, &window);
    selectAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_A));
    window.addAction(selectAll);
    if (installed)
        new MenuKeys(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    field->setFocus();
    QVERIFY(QTest::qWaitFor([field] { return field->hasFocus(); }));
    field->setText(u"some text"_s);
    QSignalSpy exported(exportChart, &QAction::triggered);
    QSignalSpy selected(selectAll, &QAction::triggered);
    QTest::keyClick(field, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(exported.count(), triggered && key == Qt::Key_E ? 1 : 0);
    QCOMPARE(selected.count(), 0); // select all stays the field's
    if (key == Qt::Key_A)
        QCOMPARE(field->selectedText(), u"some text"_s);
}

QTEST_MAIN(tst_MenuKeys)
#include "tst_menukeys.moc"
