// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "../commands/commandtest.h"
#include "../support/planfilereader.h"
#include "mainwindow/mainwindow.h"
#include "sample/sampleplan.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/planreader.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

/**
 * What the editing GUI tests share: a copy of the sample plan on disk, re-reading it with
 * PlanReader (the database, not the widgets, is the truth), its history, and answering the
 * modal dialogs an action opens.
 */
namespace Jfp::UiTest {

using namespace Qt::StringLiterals;

inline QString samplePlan(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    QString error;
    if (!SamplePlan::createFile(path, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

/** The plan as it is in the file now, read through its own connection. */
inline PlanSnapshot reread(const QString &path)
{
    return TestPlan::read(path);
}

inline QList<ChangeRecord> history(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    const auto rows = HistoryRepository(*db).query({}, &error);
    if (!rows)
        qFatal("%s", qPrintable(error));
    return *rows;
}

using CommandTest::byId;
using CommandTest::byName;

/**
 * Runs `answer` on the next modal dialog of type D that opens (a message box or an editor
 * dialog), from the event loop, while the code under test waits in exec().
 */
template<typename D>
void whenDialogOpens(std::function<void(D *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QPointer<D> open(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog did not become active");
        answer(dialog);
        // A check that failed inside `answer` returned early: close the dialog, so that the
        // test reports the failure instead of waiting for ever.
        if (open && open->isVisible())
            open->reject();
    });
    timer->start();
}

/** Saves a picture of `widget` as NAME.png when JFP_SCREENSHOT_DIR is set (to look at). */
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("JFP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let pending layout requests settle
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

/**
 * Makes `window` active again after a modal dialog closed (the offscreen platform does not
 * hand activation back by itself), so that its shortcuts work.
 */
inline bool reactivate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/** A window on a fresh copy of the sample plan, shown and active. */
struct Window
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit Window(const QString &name = u"plan.jfp"_s)
    {
        path = samplePlan(dir, name);
        window = std::make_unique<MainWindow>();
        window->setMessagesSilenced(true);
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        if (!window->openPlan(path))
            qFatal("%s", qPrintable(window->lastError()));
    }
    MainWindow *operator->() const { return window.get(); }
};

/**
 * The controls under `root` a keyboard user can reach (visible, enabled, taking focus) that
 * have no accessible name, as "ClassName objectName"; empty when every one has a name.
 */
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(root)
                                 && !qobject_cast<QMenuBar *>(w) && w->isEnabled()
                                 && w->metaObject()->className() != QByteArrayLiteral("QWidget")
                                 && !w->inherits("QScrollBar");
        if (!interactive)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.isEmpty() && w->accessibleName().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return unnamed;
}

} // namespace Jfp::UiTest
