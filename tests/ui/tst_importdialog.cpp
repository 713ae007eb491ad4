// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "../commands/commandtest.h"
#include "dialogs/importdialog.h"
#include "dialogs/importreader.h"
#include "export/planexport.h"
#include "import/fingertipsimport.h"
#include "import/workbookimport.h"
#include "mainwindow/dataactions.h"
#include "mainwindow/mainwindow.h"
#include "syntheticfingertips.h"
#include "translations.h"
#include "uitest.h"

#include "document/undostack.h"
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Jfp;

namespace {

const QString stHelensSuicideRate = u"Suicide rate (St Helens)"_s;

QString fixture()
{
    return QStringLiteral(TEST_DATA_DIR)
           + u"/fingertips/fingertips_export_93356_cheshire_merseyside.csv"_s;
}

QByteArray fixtureBytes()
{
    QFile file(fixture());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList topTexts(const QTreeWidget *tree, int column = 0)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(column);
    return texts;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

/** Chooses `text` in a combo box with the keyboard: Home, then Down until it is current. */
bool chooseWithKeys(QComboBox *box, const QString &text)
{
    const int target = box->findText(text);
    if (target < 0)
        return false;
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentIndex() == target;
}

void pressWithKeys(QPushButton *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

} // namespace

/**
 * File > Import: the preview dialog over a real main window and plan file. Everything is
 * driven with the keyboard; what lands is checked by reading the plan file again.
 */
class tst_ImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fingertipsImportIsOneUndoableStep();
    void rememberedLinksArePrefilled();
    void problemsDisableImport_data();
    void problemsDisableImport();
    void templateIsDetectedAndCanBeOverridden();
    void milestoneCsvAddsAMilestone();
    void workbookCountsEveryKind();
    void cancelWhileReadingChangesNothing();
    void readerCancelStopsEarly();
    void everyControlHasAnAccessibleName();

private:
    PlanSnapshot diskPlan() const; // the plan file, read afresh
    QString onDisk() const { return CommandTest::dump(diskPlan()); }
    static const Indicator *suicideRate(const PlanSnapshot &plan)
    {
        const auto found = findIndicators(plan, u"Suicide rate"_s);
        return found.size() == 1 ? found.constFirst() : nullptr;
    }
    ImportDialog *preview(const QString &path);
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_importdialog"_s);
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void tst_ImportDialog::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(u"plan%1.jfp"_s.arg(++m_run));
    QString error;
    QVERIFY2(SamplePlan::createFile(m_path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->setMessagesSilenced(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openPlan(m_path));
}

void tst_ImportDialog::cleanup()
{
    m_window.reset();
}

PlanSnapshot tst_ImportDialog::diskPlan() const
{
    QString error;
    auto db = Database::open(m_path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    return CommandTest::read(*db);
}

ImportDialog *tst_ImportDialog::preview(const QString &path)
{
    ImportDialog *dialog = m_window->data()->previewImport(path);
    if (!dialog)
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return !dialog->isReading(); }, 20000))
        return nullptr;
    QTest::qWait(20); // let the lists paint
    return dialog;
}

QString tst_ImportDialog::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImportDialog::fingertipsImportIsOneUndoableStep()
{
    const QString before = onDisk();
    QPointer<ImportDialog> dialog = preview(fixture());
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ImportFormat::Fingertips);
    QTreeWidget *indicators = dialog->indicatorTree();
    QCOMPARE(indicators->topLevelItemCount(), 1);
    QCOMPARE(indicators->topLevelItem(0)->text(0), u"93356 Campylobacter incidence rate/100,000"_s);
    QCOMPARE(indicators->topLevelItem(0)->text(1), u"63"_s); // rows, of two lines each
    QCOMPARE(indicators->topLevelItem(0)->text(2), u"not imported: no plan indicator linked"_s);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(u"No Fingertips indicator in this file"_s));
    QVERIFY(dialog->problemList()->count() == 0);
    QVERIFY(dialog->problemList()->isHidden());
    QVERIFY(!dialog->linkButton()->isEnabled()); // no plan indicator chosen yet

    // Link 93356 to St Helens' suicide rate, with the keyboard.
    indicators->setFocus();
    QTest::keyClick(indicators, Qt::Key_Home);
    QVERIFY(chooseWithKeys(dialog->planIndicatorBox(), stHelensSuicideRate));
    pressWithKeys(dialog->linkButton());
    QCOMPARE(indicators->topLevelItem(0)->childCount(), 1);
    QCOMPARE(indicators->topLevelItem(0)->child(0)->text(0), stHelensSuicideRate);
    QCOMPARE(indicators->topLevelItem(0)->child(0)->text(2), u"new link"_s);
    QCOMPARE(indicators->topLevelItem(0)->text(2), stHelensSuicideRate);
    // St Helens 2015-2017 as actuals; England and North West region as benchmarks.
    const QStringList groups = topTexts(dialog->changeTree());
    QCOMPARE(groups.value(0), u"To add: 9"_s);
    QCOMPARE(groups.value(1), u"To replace or change: 0"_s);
    QCOMPARE(groups.value(2), u"Unchanged (already in the plan): 0"_s);
    QCOMPARE(groups.value(3), u"Links to remember: 1, to forget: 0"_s);
    QVERIFY(groups.value(4).startsWith(u"Skipped, with the reason: "_s));
    QTreeWidgetItem *add = dialog->changeTree()->topLevelItem(0);
    QCOMPARE(add->childCount(), 1);
    QCOMPARE(add->child(0)->text(0),
             stHelensSuicideRate + u": 3 actual values, 6 benchmark values"_s);
    // With the indicator's 1 decimal, as the plan shows it.
    QCOMPARE(add->child(0)->child(2)->text(0),
             u"actual 2017: 126.1, 95% CI 110.1 to 143.7, 225 / 178,455 (line 122)"_s);
    QTreeWidgetItem *skipped = dialog->changeTree()->topLevelItem(4);
    QStringList reasons;
    for (int i = 0; i < skipped->childCount(); ++i)
        reasons << skipped->child(i)->text(0);
    QVERIFY2(reasons.join(u'\n').contains(u"rows of other areas skipped: 24"_s),
             qPrintable(reasons.join(u'\n')));
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(u"Import adds 9 and replaces or changes 0"_s));
    QCOMPARE(onDisk(), before); // nothing is written before Import
    UiTest::screenshot(dialog, u"import-preview-fingertips"_s);

    QTest::keyClick(dialog, Qt::Key_Return); // Import is the default button
    QTRY_VERIFY(!dialog);
    const QString after = onDisk();
    QVERIFY(after != before);
    QVERIFY(after.contains(u"  link|fingertips|93356"_s));
    const PlanSnapshot plan = diskPlan();
    const Indicator *indicator = suicideRate(plan);
    QVERIFY(indicator);
    QCOMPARE(indicator->actuals.size(), 3);
    QCOMPARE(indicator->actuals.constLast().period, u"2017"_s);
    QCOMPARE(indicator->actuals.constLast().value, 126.08220559805);
    QCOMPARE(indicator->actuals.constLast().count, 225.0);
    QCOMPARE(indicator->benchmarks.size(), 2);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(),
             u"Import 'fingertips_export_93356_cheshire_merseyside.csv'"_s);

    // Edit > Undo takes the whole import back, Edit > Redo brings it again.
    m_window->activateWindow(); // the offscreen platform does not give it back by itself
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(onDisk(), before);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(onDisk(), after);
}

void tst_ImportDialog::rememberedLinksArePrefilled()
{
    {
        // An earlier import (the command line's) remembered the link.
        m_window->closePlan();
        QString error;
        auto db = Database::open(m_path, Database::OpenMode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        const ImportPlan first = FingertipsImport::plan(CommandTest::read(*db),
                                                        FingertipsReader::readFile(fixture()),
                                                        {{u"93356"_s, u"Suicide rate"_s}});
        QVERIFY2(applyImport(*db, first, &error), qPrintable(error));
    }
    QVERIFY(m_window->openPlan(m_path));
    const QString before = onDisk();
    QPointer<ImportDialog> dialog = preview(fixture());
    QVERIFY(dialog);
    QTreeWidgetItem *top = dialog->indicatorTree()->topLevelItem(0);
    QCOMPARE(top->childCount(), 1);
    QCOMPARE(top->child(0)->text(0), stHelensSuicideRate);
    QCOMPARE(top->child(0)->text(2), u"remembered link"_s);
    QCOMPARE(topTexts(dialog->changeTree()).value(2), u"Unchanged (already in the plan): 9"_s);
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(dialog->messageLabel()->text(),
             u"Nothing to import: the plan already holds these values."_s);

    // Unlink it with the keyboard: the import then forgets the link, and only that.
    dialog->indicatorTree()->setFocus();
    QTest::keyClick(dialog->indicatorTree(), Qt::Key_Home);
    QTest::keyClick(dialog->indicatorTree(), Qt::Key_Down);
    QVERIFY(dialog->unlinkButton()->isEnabled());
    pressWithKeys(dialog->unlinkButton());
    QCOMPARE(dialog->indicatorTree()->topLevelItem(0)->childCount(), 0);
    QVERIFY(topTexts(dialog->changeTree()).contains(u"Links to remember: 0, to forget: 1"_s));
    QVERIFY(dialog->importButton()->isEnabled());
    pressWithKeys(dialog->importButton());
    QTRY_VERIFY(!dialog);
    const QString after = onDisk();
    QVERIFY(!after.contains(u"link|fingertips|93356"_s));
    const PlanSnapshot plan = diskPlan();
    QCOMPARE(suicideRate(plan)->actuals.size(), 3); // the values stay
    m_window->undoStack()->undo();
    QCOMPARE(onDisk(), before);
}

void tst_ImportDialog::problemsDisableImport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("problem");
    const QByteArray fixture = fixtureBytes();
    const auto with = [&fixture](const QByteArray &from, const QByteArray &to) {
        QByteArray bytes = fixture;
        bytes.replace(from, to);
        return bytes;
    };
    const int fingertips = int(ImportFormat::Fingertips);
    const int series = int(ImportFormat::Template);
    QTest::newRow("bad number") << with(",126.08220559805,", ",n/a,") << fingertips
                                << u"line 122, column Value: 'n/a' is not a number"_s;
    QTest::newRow("bad period") << with(",2017,126.08", ",20X7,126.08") << fingertips
                                << u"line 122, column Time period: '20X7' is not a time period "
                                   "Fingertips writes"_s;
    QTest::newRow("wrong header") << QByteArray("Name,Amount\r\nA,1\r\n") << fingertips
                                  << u"line 1: this is not a Fingertips data export: its first "
                                     "line has no Indicator ID, Area Code, Value, Time period "
                                     "column(s)."_s;
    QTest::newRow("empty") << QByteArray() << fingertips
                           << u"the file is empty: it has no header line and no rows."_s;
    // An Excel workbook chosen by mistake: a zip file.
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14)
                            << fingertips << u"the file holds binary data (a NUL byte)"_s;
    QTest::newRow("truncated") << fixture.left(fixture.size() - 60) << fingertips
                               << u"the file ends in the middle of this row"_s;
    QTest::newRow("template bad number")
        << QByteArray("indicator,period,planned\r\nSuicide rate,2025/26,n/a\r\n") << series
        << u"line 2, column planned: 'n/a' is not a number"_s;
    QTest::newRow("template unknown area")
        << QByteArray("indicator,areaCode,period,planned\r\nSuicide rate,E06000006,2025/26,1\r\n")
        << series
        << u"line 2, column areaCode: indicator 2 (Suicide rate) belongs to St Helens "
           "(E08000013), not to 'E06000006'"_s;
}

void tst_ImportDialog::problemsDisableImport()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, problem);
    const QString before = onDisk();
    const QString path = writeFile(u"problem.csv"_s, bytes);
    QPointer<ImportDialog> dialog = preview(path);
    QVERIFY(dialog);
    QCOMPARE(int(dialog->format()), format);
    const QStringList problems = listTexts(dialog->problemList());
    QVERIFY2(std::any_of(problems.cbegin(),
                         problems.cend(),
                         [&](const QString &p) {
                             return p.startsWith(u"problem.csv: "_s) && p.contains(problem);
                         }),
             qPrintable(problems.join(u'\n')));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->messageLabel()->text().contains(u"this import. Correct the file"_s),
             qPrintable(dialog->messageLabel()->text()));
    if (QByteArray(QTest::currentDataTag()) == "bad number")
        UiTest::screenshot(dialog, u"import-preview-problem"_s);
    QTest::keyClick(dialog, Qt::Key_Return); // the default button is not Import now
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(onDisk(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_ImportDialog::templateIsDetectedAndCanBeOverridden()
{
    const QString before = onDisk();
    const QString path
        = writeFile(u"series.csv"_s, "indicator,period,planned\r\nSuicide rate,2025/26,11.5\r\n");
    QPointer<ImportDialog> dialog = preview(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ImportFormat::Template);
    QVERIFY(dialog->indicatorTree()->isHidden() || !dialog->indicatorTree()->isVisibleTo(dialog));
    QCOMPARE(topTexts(dialog->changeTree()).value(0), u"To add: 1"_s);
    QVERIFY(dialog->importButton()->isEnabled());
    UiTest::screenshot(dialog, u"import-preview-template"_s);

    // Read it as a Fingertips export instead: that fails, and says why.
    dialog->formatBox()->setFocus();
    QTest::keyClick(dialog->formatBox(), Qt::Key_Up);
    QCOMPARE(dialog->format(), ImportFormat::Fingertips);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isReading(); }, 10000));
    QVERIFY(listTexts(dialog->problemList())
                .join(u'\n')
                .contains(u"this is not a Fingertips data export"_s));
    QVERIFY(!dialog->importButton()->isEnabled());
    QTest::keyClick(dialog->formatBox(), Qt::Key_Down);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isReading(); }, 10000));
    QCOMPARE(dialog->problemList()->count(), 0);
    QVERIFY(dialog->importButton()->isEnabled());
    pressWithKeys(dialog->importButton());
    QTRY_VERIFY(!dialog);
    const PlanSnapshot plan = diskPlan();
    const Indicator *indicator = suicideRate(plan);
    QVERIFY(indicator);
    QCOMPARE(indicator->trajectory.size(), 1);
    QCOMPARE(indicator->trajectory.constFirst().period, u"2025/26"_s);
    QCOMPARE(indicator->trajectory.constFirst().value, 11.5);
    m_window->undoStack()->undo();
    QCOMPARE(onDisk(), before);
}

void tst_ImportDialog::milestoneCsvAddsAMilestone()
{
    const QString before = onDisk();
    const Id programme = m_window->plan().milestones.constFirst().programmeId;
    const QString path
        = writeFile(u"milestones.csv"_s,
                    "programmeId,title,forecastDate,status\r\n" + QByteArray::number(programme)
                        + ",Pilot in two PCNs,2026-09-30,on_track\r\n");
    QPointer<ImportDialog> dialog = preview(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ImportFormat::Template);
    QTreeWidgetItem *add = dialog->changeTree()->topLevelItem(0);
    QCOMPARE(add->text(0), u"To add: 1"_s);
    QCOMPARE(add->child(0)->text(0), u"Milestones: 1 milestone"_s);
    QCOMPARE(add->child(0)->child(0)->text(0), u"milestone 'Pilot in two PCNs' (line 2)"_s);
    pressWithKeys(dialog->importButton());
    QTRY_VERIFY(!dialog);
    const PlanSnapshot plan = diskPlan();
    QVERIFY(std::any_of(plan.milestones.cbegin(), plan.milestones.cend(), [](const Milestone &m) {
        return m.title == u"Pilot in two PCNs"_s && m.forecastDate == QDate(2026, 9, 30);
    }));
    m_window->undoStack()->undo();
    QCOMPARE(onDisk(), before);
}

void tst_ImportDialog::workbookCountsEveryKind()
{
    // The sample plan's workbook, imported into an empty plan: the dialog counts what the
    // import writes (plan details, frameworks and themes too) and says the numbers the
    // dry run prints, from the same preview.
    QString error;
    const QString workbook = m_dir.filePath(u"sample.xlsx"_s);
    QVERIFY2(PlanExport::write(workbook, m_window->plan(), {}, &error), qPrintable(error));
    const QString empty = m_dir.filePath(u"empty.jfp"_s);
    QFile::remove(empty);
    QVERIFY(m_window->createPlan(empty));
    const ImportPlan expected = WorkbookImport::planFile(m_window->plan(), workbook);
    QVERIFY2(!expected.hasErrors(), qPrintable(expected.errorMessages().join(u'\n')));
    const int adds = expected.lineCount(ImportPlan::Change::Add);
    const PlanSnapshot &sample = diskPlan();
    QVERIFY(adds > sample.areas.size() + sample.programmes.size() + sample.milestones.size()
                       + sample.indicators.size());
    QVERIFY2(expected.summary().contains(u"To add: %1;"_s.arg(adds)),
             qPrintable(expected.summary().left(300)));

    QPointer<ImportDialog> dialog = preview(workbook);
    QVERIFY(dialog);
    QTreeWidgetItem *add = dialog->changeTree()->topLevelItem(0);
    QCOMPARE(add->text(0), u"To add: %1"_s.arg(adds));
    QStringList groups;
    for (int i = 0; i < add->childCount(); ++i)
        groups << add->child(i)->text(0).section(u':', 0, 0);
    // Counted in words that agree with their number.
    QCOMPARE(add->child(0)->text(0), u"Areas: %1 areas"_s.arg(sample.areas.size()));
    UiTest::screenshot(dialog, u"import-preview-workbook"_s);
    // The new plan's name and horizon are replaced by the workbook's.
    QCOMPARE(dialog->changeTree()->topLevelItem(1)->child(0)->text(0),
             u"Plan: the plan's details"_s);
    for (const QString &kind : {u"Areas"_s,
                                u"Frameworks"_s,
                                u"Themes"_s,
                                u"Programmes"_s,
                                u"Milestones"_s,
                                u"Indicators"_s})
        QVERIFY2(groups.contains(kind), qPrintable(kind + u" not in "_s + groups.join(u", "_s)));
    pressWithKeys(dialog->importButton());
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->undoStack()->count(), 1);
    const PlanSnapshot &imported = m_window->plan();
    QCOMPARE(imported.frameworks.size(), sample.frameworks.size());
    QCOMPARE(imported.programmes.size(), sample.programmes.size());
    // The plan keeps its own name; the workbook fills in what it lacked.
    QCOMPARE(imported.info.name, u"empty"_s);
    QCOMPARE(imported.info.description, sample.info.description);
}

void tst_ImportDialog::cancelWhileReadingChangesNothing()
{
    const QString before = onDisk();
    const QString path = m_dir.filePath(u"large.csv"_s);
    QString error;
    QVERIFY2(SyntheticFingertips::writeFile(path, {200000, 300, 1}, &error) > 0, qPrintable(error));
    QPointer<ImportDialog> dialog = m_window->data()->previewImport(path);
    QVERIFY(dialog);
    QVERIFY(dialog->isReading());
    QVERIFY(dialog->progressBar()->isVisibleTo(dialog));
    QVERIFY(dialog->changeTree()->isHidden());
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(u"Cancel stops"_s));
    UiTest::screenshot(dialog, u"import-reading"_s);
    QTest::keyClick(dialog, Qt::Key_Escape); // Cancel
    QTRY_VERIFY(!dialog);
    QCOMPARE(onDisk(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_ImportDialog::readerCancelStopsEarly()
{
    const QString path = m_dir.filePath(u"large-cancel.csv"_s);
    QString error;
    QVERIFY2(SyntheticFingertips::writeFile(path, {200000, 300, 1}, &error) > 0, qPrintable(error));
    ImportReader reader;
    QSignalSpy finished(&reader, &ImportReader::finished);
    reader.start(path, ImportFormat::Fingertips, m_window->plan(), std::nullopt);
    QVERIFY(reader.isRunning());
    reader.cancel();
    QVERIFY(finished.wait(20000));
    const ImportReader::Result result = reader.takeResult();
    QVERIFY(result.cancelled);
    QVERIFY2(result.fingertips.rows.size() < 200000,
             qPrintable(QString::number(result.fingertips.rows.size())));
    QVERIFY(!reader.isRunning());
}

void tst_ImportDialog::everyControlHasAnAccessibleName()
{
    QPointer<ImportDialog> dialog = preview(fixture());
    QVERIFY(dialog);
    const QStringList unnamed = UiTest::unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    dialog->reject();
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
