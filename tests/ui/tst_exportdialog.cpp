// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "mainwindow/dataactions.h"
#include "mainwindow/mainwindow.h"
#include "reporting/indicatorsummary.h"
#include "sample/sampleplan.h"
#include "views/plannavigator.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/** The areaCode column (the third) of each data row. */
QSet<QString> areaCodes(const QStringList &lines)
{
    QSet<QString> codes;
    for (qsizetype i = 1; i < lines.size(); ++i)
        codes.insert(lines.at(i).section(u',', 2, 2));
    return codes;
}

} // namespace

/** File > Export: the whole plan or the selection, as the series CSV; and back in again. */
class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportScope_data();
    void exportScope();
    void menuExportWithKeys();
    void dialogChecksTheFolder();
    void exportThenImportChangesNothing();
    void workbookExportImportsBack();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_exportdialog"_s);
    QVERIFY(m_dir.isValid());
}

void tst_ExportDialog::init()
{
    QSettings().clear();
    const QString path = m_dir.filePath(u"plan%1.jfp"_s.arg(++m_run));
    QString error;
    QVERIFY2(SamplePlan::createFile(path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->setMessagesSilenced(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openPlan(path));
}

void tst_ExportDialog::cleanup()
{
    m_window.reset();
}

void tst_ExportDialog::exportScope_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("programme");
    QTest::addColumn<bool>("selectionOnly");
    QTest::addColumn<QSet<QString>>("codes");
    QTest::newRow("whole plan") << u"St Helens"_s << QString() << false
                                << QSet<QString>{u"E54000008"_s,
                                                 u"E06000050"_s,
                                                 u"E06000006"_s,
                                                 u"E08000013"_s};
    QTest::newRow("an area") << u"St Helens"_s << QString() << true
                             << QSet<QString>{u"E08000013"_s};
    QTest::newRow("a programme") << QString() << u"General Practice Services"_s << true
                                 << QSet<QString>{u"E06000006"_s};
}

void tst_ExportDialog::exportScope()
{
    QFETCH(QString, area);
    QFETCH(QString, programme);
    QFETCH(bool, selectionOnly);
    QFETCH(QSet<QString>, codes);
    const PlanSnapshot &plan = m_window->plan();
    if (!area.isEmpty()) {
        const Area *a = IndicatorSummaries::findArea(plan, area);
        QVERIFY(a);
        m_window->navigator()->select(PlanTreeModel::ItemKind::Area, a->id);
    } else {
        const auto it = std::find_if(plan.programmes.cbegin(),
                                     plan.programmes.cend(),
                                     [&](const Programme &p) { return p.name == programme; });
        QVERIFY(it != plan.programmes.cend());
        m_window->navigator()->select(PlanTreeModel::ItemKind::Programme, it->id);
    }
    const QString path = m_dir.filePath(u"export.csv"_s);
    QString error;
    const int rows = m_window->data()->exportTo(path, selectionOnly, &error);
    QVERIFY2(rows > 0, qPrintable(error));
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), rows + 1);
    QCOMPARE(lines.constFirst(),
             u"indicatorId,area,areaCode,programme,indicator,unit,period,planned,actual,lower,"
             "upper,count,denominator,note"_s);
    if (selectionOnly)
        QCOMPARE(areaCodes(lines), codes);
    else
        QVERIFY(areaCodes(lines).contains(codes));
}

void tst_ExportDialog::menuExportWithKeys()
{
    const Area *stHelens = IndicatorSummaries::findArea(m_window->plan(), u"St Helens"_s);
    m_window->navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id);
    const QString path = m_dir.filePath(u"st-helens.csv"_s); // .csv: the series CSV
    bool driven = false;
    bool chosen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const auto done = qScopeGuard([&] { QTest::keyClick(dialog, Qt::Key_Return); });
        dialog->activateWindow(); // offscreen does not activate a modal dialog by itself
        if (!QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }, 5000))
            return;
        auto *only = dialog->findChildren<QRadioButton *>().value(1);
        if (!only || only->text() != u"Only &St Helens"_s)
            return;
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        chosen = QTest::qWaitFor([only] { return only->isChecked(); }, 2000); // animateClick
        auto *file = dialog->findChild<QLineEdit *>();
        file->setFocus();
        file->selectAll();
        QTest::keyClicks(file, path);
        chosen = chosen && dialog->findChild<QComboBox *>()->currentText().startsWith(u"CSV"_s);
        if (const QByteArray dir = qgetenv("JFP_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + u"/export-dialog.png"_s);
        driven = true;
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(driven);
    QVERIFY(chosen); // Alt+S chose "Only St Helens"; typing .csv chose the CSV format
    const QStringList lines = csvLines(path);
    QVERIFY(lines.size() > 1);
    QCOMPARE(areaCodes(lines), QSet<QString>{u"E08000013"_s});
}

void tst_ExportDialog::dialogChecksTheFolder()
{
    ExportDialog dialog(m_dir.filePath(u"no such folder/plan.csv"_s),
                        QString(),
                        {{u"CSV"_s, u"csv"_s}, {u"Other"_s, u"xyz"_s}},
                        nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChildren<QRadioButton *>().value(1)->isEnabled()); // no selection
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused
    QLabel *message = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Export message"_s)
            message = label;
    }
    QVERIFY(message && message->isVisible());
    QVERIFY(message->text().startsWith(u"File: the folder '"_s));
    QVERIFY(message->text().endsWith(u"' does not exist. Choose another with Browse."_s));
    // A format's suffix follows the choice; a name with a format's suffix keeps it.
    dialog.setPath(m_dir.filePath(u"plan.csv"_s));
    auto *format = dialog.findChild<QComboBox *>();
    format->setCurrentIndex(1);
    QCOMPARE(dialog.path(), m_dir.filePath(u"plan.xyz"_s));
    dialog.setPath(m_dir.filePath(u"plan.csv"_s));
    QCOMPARE(dialog.path(), m_dir.filePath(u"plan.csv"_s));
    dialog.setPath(m_dir.filePath(u"plan"_s));
    QCOMPARE(dialog.path(), m_dir.filePath(u"plan.xyz"_s));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_ExportDialog::exportThenImportChangesNothing()
{
    const QString path = m_dir.filePath(u"roundtrip.csv"_s);
    QString error;
    QVERIFY2(m_window->data()->exportTo(path, false, &error) > 0, qPrintable(error));
    QPointer<ImportDialog> dialog = m_window->data()->previewImport(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isReading(); }, 20000));
    QCOMPARE(dialog->format(), ImportFormat::Template);
    QVERIFY(!dialog->importPlan().hasErrors());
    QVERIFY(!dialog->importPlan().hasChanges());
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
}

void tst_ExportDialog::workbookExportImportsBack()
{
    const Area *stHelens = IndicatorSummaries::findArea(m_window->plan(), u"St Helens"_s);
    m_window->navigator()->select(PlanTreeModel::ItemKind::Area, stHelens->id);
    const QString path = m_dir.filePath(u"st-helens.xlsx"_s);
    QString error;
    QVERIFY2(m_window->data()->exportTo(path, true, &error) > 0, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip: an Excel workbook
    file.close();
    // Read back into the same plan, the workbook changes nothing.
    QPointer<ImportDialog> dialog = m_window->data()->previewImport(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isReading(); }, 20000));
    QCOMPARE(dialog->format(), ImportFormat::Template);
    QVERIFY2(!dialog->importPlan().hasErrors(),
             qPrintable(dialog->importPlan().errorMessages().join(u'\n')));
    QVERIFY(!dialog->importPlan().hasChanges());
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
