// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/boardpackdialog.h"
#include "mainwindow/mainwindow.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "views/plannavigator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Jfp;

using Section = BoardPackRequest::Section;

/** Charts > Board Pack: the sections, charts and order chosen in a dialog, by keyboard. */
class tst_BoardPackDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAreEverySection();
    void keysChooseSections();
    void refusesNoSectionsAndMissingFolder();
    void everyControlIsNamed();
    void menuWritesTheChosenSections();

private:
    QTemporaryDir m_dir;
};

void tst_BoardPackDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_boardpackdialog"_s);
    QVERIFY(m_dir.isValid());
}

void tst_BoardPackDialog::init()
{
    QSettings().clear();
}

void tst_BoardPackDialog::defaultsAreEverySection()
{
    BoardPackDialog dialog(m_dir.filePath(u"pack"_s), u"St Helens"_s);
    const BoardPackRequest request = dialog.request();
    QCOMPARE(request.sections, BoardPackRequest().sections);
    QCOMPARE(request.charts, BoardPackRequest::Charts::Automatic);
    QCOMPARE(request.sort, BoardPackRequest::Sort::Plan);
    QCOMPARE(dialog.path(), m_dir.filePath(u"pack.pdf"_s)); // .pdf added
    BoardPackRequest other;
    other.sections = {Section::Milestones};
    other.charts = BoardPackRequest::Charts::Spc;
    other.sort = BoardPackRequest::Sort::Status;
    dialog.setRequest(other);
    QCOMPARE(dialog.request().sections, other.sections);
    QCOMPARE(dialog.request().charts, other.charts);
    QCOMPARE(dialog.request().sort, other.sort);
}

void tst_BoardPackDialog::keysChooseSections()
{
    BoardPackDialog dialog(m_dir.filePath(u"pack.pdf"_s), u"St Helens"_s);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *milestones = dialog.findChild<QCheckBox *>(u"milestones"_s);
    QVERIFY(milestones);
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(!milestones->isChecked()); // Alt+M toggles the milestones section
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(dialog.request().sections,
                 QList<Section>({Section::Dashboard, Section::Progress}));
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier); // Order
    QVERIFY(dialog.focusWidget()
            && dialog.focusWidget()->accessibleName() == u"Order of indicators"_s);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_End);
    QCOMPARE(dialog.request().sort, BoardPackRequest::Sort::Status);
}

void tst_BoardPackDialog::refusesNoSectionsAndMissingFolder()
{
    BoardPackDialog dialog(m_dir.filePath(u"no such folder/pack.pdf"_s), u"St Helens"_s);
    dialog.show();
    const auto shownMessage = [&] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Board pack message"_s)
                return label->isVisible() ? label->text() : QString();
        }
        return QString();
    };
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(shownMessage().contains(u"does not exist"_s), qPrintable(shownMessage()));
    BoardPackRequest none;
    none.sections.clear();
    dialog.setRequest(none);
    dialog.setPath(m_dir.filePath(u"pack.pdf"_s));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(shownMessage().contains(u"choose at least one"_s));
    dialog.setRequest(BoardPackRequest());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_BoardPackDialog::everyControlIsNamed()
{
    BoardPackDialog dialog(m_dir.filePath(u"pack.pdf"_s), u"St Helens"_s);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus && !qobject_cast<QLabel *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

void tst_BoardPackDialog::menuWritesTheChosenSections()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils, installed by test.sh) is needed to count the pages");
    const QString planPath = m_dir.filePath(u"plan.jfp"_s);
    QString error;
    QVERIFY2(SamplePlan::createFile(planPath, &error), qPrintable(error));
    MainWindow window;
    window.setMessagesSilenced(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openPlan(planPath));
    const Area *stHelens = IndicatorSummaries::findArea(window.plan(), u"St Helens"_s);
    QVERIFY(window.navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id));
    const QString out = m_dir.filePath(u"chosen.pdf"_s);
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<BoardPackDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const auto done = qScopeGuard([&] { QTest::keyClick(dialog, Qt::Key_Return); });
        dialog->activateWindow(); // offscreen does not activate a modal dialog by itself
        if (!QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }, 5000))
            return;
        dialog->findChild<QCheckBox *>(u"indicators"_s)->setChecked(false);
        dialog->setPath(out);
        dialog->findChild<QCheckBox *>(u"dashboard"_s)->setFocus(); // Return: Write
        if (const QByteArray dir = qgetenv("JFP_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + u"/board-pack-dialog.png"_s);
        driven = true;
    });
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(driven);
    QTRY_VERIFY(QFile::exists(out));
    QProcess info;
    info.start(u"pdfinfo"_s, {out});
    QVERIFY(info.waitForFinished(30000));
    // Cover, contents, the dashboard (2 pages), progress, milestones: no indicator pages.
    const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                              .section(u"Pages:"_s, 1, 1)
                              .section(u'\n', 0, 0)
                              .trimmed();
    QCOMPARE(pages, u"6"_s);
    // Chosen again next time.
    QCOMPARE(QSettings().value(u"boardPack/sections"_s).toString(),
             u"dashboard,progress,milestones"_s);
}

QTEST_MAIN(tst_BoardPackDialog)
#include "tst_boardpackdialog.moc"
