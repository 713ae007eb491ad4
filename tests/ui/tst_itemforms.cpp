// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "editors/areaform.h"
#include "editors/indicatorform.h"
#include "editors/milestoneform.h"
#include "editors/programmeform.h"
#include "uitest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * Each form shows Validation's message beside the field as the user types (an icon and
 * words), and reads what the user typed back into the item. Rows: the form, the edits made
 * through the keyboard ("field=text"), the field and what its message says (empty: none).
 */
class tst_ItemForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messages_data();
    void messages();
    void readsTheItemBack();
    void labelsAndNames_data();
    void labelsAndNames();

private:
    std::unique_ptr<ItemForm> makeForm(const QString &kind);
    QTemporaryDir m_dir;
    PlanSnapshot m_plan;
};

void tst_ItemForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_plan = UiTest::reread(UiTest::samplePlan(m_dir, u"forms.jfp"_s));
}

std::unique_ptr<ItemForm> tst_ItemForms::makeForm(const QString &kind)
{
    const auto whole = ItemForm::CommitMode::Whole;
    const Programme *obesity = UiTest::byName(m_plan.programmes, u"Tackling Obesity"_s);
    if (kind == u"area") {
        auto form = std::make_unique<AreaForm>(whole);
        form->setItem(*UiTest::byName(m_plan.areas, u"St Helens"_s), m_plan);
        return form;
    }
    if (kind == u"programme") {
        auto form = std::make_unique<ProgrammeForm>(whole);
        form->setItem(*obesity, m_plan);
        return form;
    }
    if (kind == u"milestone" || kind == u"milestone-unplaced") {
        auto form = std::make_unique<MilestoneForm>(whole);
        Milestone m;
        m.programmeId = kind == u"milestone" ? obesity->id : 0;
        m.title = u"Healthy eating campaign launched"_s;
        form->setItem(m, m_plan, true);
        return form;
    }
    auto form = std::make_unique<IndicatorForm>(whole);
    form->setItem(
        *UiTest::byName(m_plan.indicators, u"Emergency Admissions for intentional self harm"_s),
        m_plan);
    return form;
}

void tst_ItemForms::messages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("area fine") << u"area"_s << QStringList{u"shortName=St Helens Cares"_s}
                               << u"shortName"_s << QString();
    QTest::newRow("area name required")
        << u"area"_s << QStringList{u"name="_s} << u"name"_s << u"Give the area's name."_s;
    QTest::newRow("area ONS code unique") << u"area"_s << QStringList{u"onsCode=E08000012"_s}
                                          << u"onsCode"_s << u"already used by Liverpool"_s;
    QTest::newRow("area population not a number")
        << u"area"_s << QStringList{u"population=lots"_s} << u"population"_s
        << u"'lots' is not a whole number"_s;
    QTest::newRow("area population negative") << u"area"_s << QStringList{u"population=-5"_s}
                                              << u"population"_s << u"cannot be negative"_s;

    QTest::newRow("programme name required") << u"programme"_s << QStringList{u"name="_s}
                                             << u"name"_s << u"Give the programme's name."_s;
    QTest::newRow("programme date unreadable")
        << u"programme"_s << QStringList{u"start=31/13/2025"_s} << u"start"_s
        << u"'31/13/2025' is not a date: write it as 31/03/2026"_s;
    QTest::newRow("programme start outside horizon")
        << u"programme"_s << QStringList{u"start=01/04/2020"_s} << u"start"_s
        << u"outside the plan horizon 2024/25 to 2028/29"_s;
    QTest::newRow("programme end before start")
        << u"programme"_s << QStringList{u"start=01/04/2026"_s, u"end=2025-04-01"_s} << u"end"_s
        << u"The end date 1 April 2025 is before the start date 1 April 2026."_s;
    QTest::newRow("programme dates fine")
        << u"programme"_s << QStringList{u"start=1/4/2025"_s, u"end=31 March 2027"_s} << u"end"_s
        << QString();

    QTest::newRow("milestone title required") << u"milestone"_s << QStringList{u"title="_s}
                                              << u"title"_s << u"Give the milestone's title."_s;
    QTest::newRow("milestone programme required")
        << u"milestone-unplaced"_s << QStringList{} << u"programmeId"_s
        << u"Choose the programme it belongs to."_s;
    QTest::newRow("milestone forecast before baseline")
        << u"milestone"_s << QStringList{u"baselineDate=30/09/2025"_s, u"forecastDate=31/08/2025"_s}
        << u"forecastDate"_s << u"is before the baseline date 30 September 2025"_s;
    QTest::newRow("milestone completion needs complete")
        << u"milestone"_s << QStringList{u"completionDate=01/10/2025"_s} << u"completionDate"_s
        << u"Only a complete milestone has a completion date"_s;
    QTest::newRow("milestone complete with date")
        << u"milestone"_s << QStringList{u"status=complete"_s, u"completionDate=01/10/2025"_s}
        << u"completionDate"_s << QString();

    QTest::newRow("indicator name required") << u"indicator"_s << QStringList{u"name="_s}
                                             << u"name"_s << u"Give the indicator's name."_s;
    QTest::newRow("indicator percentage bound")
        << u"indicator"_s << QStringList{u"unit=percentage"_s} << u"baselineValue"_s
        << u"The baseline 978.7 is not a percentage between 0 and 100."_s;
    QTest::newRow("indicator value unreadable")
        << u"indicator"_s << QStringList{u"targetValue=twelve"_s} << u"targetValue"_s
        << u"'twelve' is not a number"_s;
    QTest::newRow("indicator count not negative")
        << u"indicator"_s << QStringList{u"unit=count"_s, u"targetValue=-3"_s} << u"targetValue"_s
        << u"The target -3 cannot be negative."_s;
    QTest::newRow("indicator period unreadable")
        << u"indicator"_s << QStringList{u"baselinePeriod=last year"_s} << u"baselinePeriod"_s
        << u"The baseline period 'last year' is not a period"_s;
    QTest::newRow("indicator target after baseline")
        << u"indicator"_s << QStringList{u"baselinePeriod=2026/27"_s, u"targetPeriod=2025/26"_s}
        << u"targetPeriod"_s << u"The target period 2025/26 is not after the baseline period"_s;
    QTest::newRow("indicator tolerance")
        << u"indicator"_s << QStringList{u"tolerance=-1"_s} << u"tolerance"_s
        << u"The tolerance cannot be negative."_s;
    QTest::newRow("indicator decimals") << u"indicator"_s << QStringList{u"decimals=9"_s}
                                        << u"decimals"_s << u"Decimal places must be 0 to 6."_s;
    QTest::newRow("indicator fine")
        << u"indicator"_s << QStringList{u"baselinePeriod=2023/24"_s, u"tolerance=25"_s}
        << u"tolerance"_s << QString();
}

// Types `text` into the field as a user would: focus, select all, type (or delete).
static void type(ItemForm &form, const QString &key, const QString &text)
{
    QWidget *editor = form.editor(key);
    QVERIFY2(editor, qPrintable(key));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setFocus();
        combo->setCurrentIndex(index);
        return;
    }
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        QTest::keyClicks(editor, text);
}

void tst_ItemForms::messages()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, edits);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    auto form = makeForm(kind);
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form.get()));
    QSignalSpy changed(form.get(), &ItemForm::messagesChanged);
    for (const QString &edit : std::as_const(edits)) {
        const qsizetype eq = edit.indexOf(u'=');
        type(*form, edit.left(eq), edit.mid(eq + 1));
    }
    if (!edits.isEmpty())
        QVERIFY(changed.count() > 0);

    const QString shown = form->shownMessage(field);
    if (expected.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY2(form->isValid(), qPrintable(Validation::summary(form->messages())));
        return;
    }
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY(!form->isValid());
    // Beside the field: an icon and the words, and the field's description says it too.
    QWidget *editor = form->editor(field);
    QCOMPARE(editor->accessibleDescription(), shown);
    const QList<QLabel *> labels = editor->parentWidget()->findChildren<QLabel *>();
    bool icon = false, words = false;
    for (QLabel *label : labels) {
        if (!label->isVisible())
            continue;
        icon = icon || !label->pixmap().isNull();
        words = words || label->text() == shown;
    }
    QVERIFY(icon);
    QVERIFY(words);
}

void tst_ItemForms::readsTheItemBack()
{
    auto form = makeForm(u"indicator"_s);
    auto *indicatorForm = static_cast<IndicatorForm *>(form.get());
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form.get()));
    type(*form, u"code"_s, u"SH-1"_s);
    type(*form, u"baselineValue"_s, u"978.7"_s);
    type(*form, u"baselinePeriod"_s, u"2022/23"_s);
    type(*form, u"tolerance"_s, u"12.5"_s);
    type(*form, u"polarity"_s, u"higher_is_better"_s);
    type(*form, u"definition"_s, u"Admissions per 100,000"_s);
    QVERIFY(form->isValid());
    const Indicator value = indicatorForm->value();
    QCOMPARE(value.code, u"SH-1"_s);
    QCOMPARE(value.baselinePeriod, u"2022/23"_s);
    QCOMPARE(value.tolerance, OptionalValue(12.5));
    QCOMPARE(value.polarity, Polarity::HigherIsBetter);
    QCOMPARE(value.definition, u"Admissions per 100,000"_s);
    QCOMPARE(value.id, indicatorForm->stored().id);
    // Only the field asked for.
    const Indicator one = indicatorForm->valueWith(u"code"_s);
    QCOMPARE(one.code, u"SH-1"_s);
    QCOMPARE(one.tolerance, indicatorForm->stored().tolerance);
    QVERIFY(form->isModified(u"code"_s));
    QVERIFY(!form->isModified(u"name"_s));

    // An emptied number is "none", not 0.
    type(*form, u"tolerance"_s, QString());
    QCOMPARE(indicatorForm->value().tolerance, OptionalValue());
}

void tst_ItemForms::labelsAndNames_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : {u"area"_s, u"programme"_s, u"milestone"_s, u"indicator"_s})
        QTest::newRow(qPrintable(kind)) << kind;
}

void tst_ItemForms::labelsAndNames()
{
    QFETCH(QString, kind);
    auto form = makeForm(kind);
    QSet<QChar> mnemonics;
    for (const QString &key : form->fieldKeys()) {
        QWidget *editor = form->editor(key);
        QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(key));
        QVERIFY(editor->focusPolicy() & Qt::TabFocus);
        QLabel *buddyLabel = nullptr;
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (label->buddy() == editor)
                buddyLabel = label;
        }
        QVERIFY2(buddyLabel, qPrintable(key));
        const qsizetype amp = buddyLabel->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(buddyLabel->text()));
        const QChar mnemonic = buddyLabel->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(mnemonic),
                 qPrintable(u"mnemonic %1 used twice (%2)"_s.arg(mnemonic).arg(key)));
        mnemonics.insert(mnemonic);
        QCOMPARE(editor->accessibleName(), form->fieldLabel(key));
    }
}

QTEST_MAIN(tst_ItemForms)
#include "tst_itemforms.moc"
