// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "domain/milestoneschedule.h"
#include "mainwindow/editactions.h"
#include "mainwindow/mainwindow.h"
#include "models/milestonefilterproxymodel.h"
#include "models/milestonetablemodel.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/planreader.h"
#include "syntheticplan.h"
#include "translations.h"
#include "views/detailspane.h"
#include "views/milestonesview.h"
#include "views/milestonetimeline.h"
#include "views/plannavigator.h"

#include "commands/milestonecommands.h"
#include "dialogs/planpropertiesdialog.h"
#include "document/undostack.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Jfp;
using Marker = MilestoneTimeline::Marker;

namespace {

const QDate today(2025, 6, 1);

} // namespace

/**
 * The milestones view in the main window over a synthetic plan of 40 milestones: the filter
 * bar, sorting, the shared selection, and moving forecast dates on the timeline by mouse and
 * keyboard, checked in the plan file, its history and the undo stack.
 */
class tst_MilestonesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryMilestoneOfTheArea();
    void dragMovesTheForecast();
    void escapeCancelsTheDrag();
    void invalidDragIsRefused();
    void keyboardNudges_data();
    void keyboardNudges();
    void heldKeyMakesOneChange();
    void nudgeWithoutForecastStartsAtBaseline();
    void readOnlyPlanCannotBeMoved();
    void filterBar_data();
    void filterBar();
    void filterBarByKeyboard();
    void sortingFollowsHeaderAndControls();
    void selectionIsShared();
    void placeIsKeptAfterAChange();
    void everyControlHasAnAccessibleName();
    void planToleranceByKeyboard();
    void planPropertiesCancelled();
    void planPropertiesReadOnly();
    void screenshots();

private:
    // The milestone the drag tests move: open, with a forecast well after its baseline.
    Milestone draggable() const;
    std::optional<Milestone> stored(Id id) const;
    QList<ChangeRecord> history(Id id) const;
    QPoint dragTo(const Milestone &m, int dx, bool release = true);
    /** An open milestone, set On track, whose forecast is now 20 days after its baseline. */
    Milestone twentyDaysLate();
    QString shownStatus(Id id) const;
    /** File > Plan Properties, with `drive` run on the dialog while it is open. */
    void planProperties(const std::function<void(PlanPropertiesDialog *)> &drive);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    MilestonesView *m_view = nullptr;
    MilestoneTimeline *m_timeline = nullptr;
};

void tst_MilestonesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JFP Planner tests"_s);
    QApplication::setApplicationName(u"tst_milestonesview"_s);
    installTranslators(*QCoreApplication::instance(),
                       QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void tst_MilestonesView::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(u"%1.jfp"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QString error;
    {
        auto db = Database::create(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SyntheticPlan::generate(*db, 0, 4, &error), qPrintable(error));
        QVERIFY2(SyntheticPlan::addMilestones(*db, 40, today, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setMessagesSilenced(true);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openPlan(m_path));
    QVERIFY(m_window->navigator()->select(PlanTreeModel::ItemKind::Area,
                                          m_window->plan().areas.first().id));
    m_view = m_window->details()->milestonesView();
    m_timeline = m_view->timeline();
    m_view->setToday(today);
    m_window->details()->showMilestonesTab();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
}

void tst_MilestonesView::cleanup()
{
    m_window.reset();
    m_view = nullptr;
    m_timeline = nullptr;
}

Milestone tst_MilestonesView::draggable() const
{
    for (const Milestone &m : m_window->plan().milestones) {
        if (!MilestoneSchedule::isClosed(m.status) && m.forecastDate.isValid()
            && m.baselineDate.daysTo(m.forecastDate) >= 20 && m.forecastDate < QDate(2028, 1, 1)) {
            return m;
        }
    }
    return {};
}

std::optional<Milestone> tst_MilestonesView::stored(Id id) const
{
    QString error;
    auto db = Database::open(m_path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return std::nullopt;
    const auto plan = PlanReader::read(*db, &error);
    if (!plan)
        return std::nullopt;
    for (const Milestone &m : plan->milestones) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

QList<ChangeRecord> tst_MilestonesView::history(Id id) const
{
    QString error;
    auto db = Database::open(m_path, Database::OpenMode::ReadOnly, &error);
    if (!db)
        return {};
    HistoryFilter filter;
    filter.itemId = id;
    return HistoryRepository(*db).query(filter, &error).value_or(QList<ChangeRecord>());
}

// Presses on the milestone's forecast marker and drags it `dx` pixels along the axis.
QPoint tst_MilestonesView::dragTo(const Milestone &m, int dx, bool release)
{
    m_timeline->setPixelsPerDay(4); // a day is 4 pixels: 40 pixels are 10 days
    const int row = m_view->proxy()->rowOf(m.id);
    if (row < 0 || !m_view->selectMilestone(m.id))
        return {};
    m_timeline->scrollToCurrent();
    const QPoint from = m_timeline->markerPosition(row, Marker::Forecast);
    const QPoint to = from + QPoint(dx, 0);
    QTest::mousePress(m_timeline, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(m_timeline, from + QPoint(dx / 2, 0));
    QTest::mouseMove(m_timeline, to);
    if (release)
        QTest::mouseRelease(m_timeline, Qt::LeftButton, Qt::NoModifier, to);
    return to;
}

void tst_MilestonesView::showsEveryMilestoneOfTheArea()
{
    QCOMPARE(m_view->milestoneCount(), 40);
    QCOMPARE(m_view->table()->model()->rowCount(), 40);
    QCOMPARE(m_timeline->rowCount(), 40);
    QCOMPARE(m_window->details()->milestoneTable(), m_view->table());
    // Alt+3 (View > Go to Milestones) reaches the table.
    m_window->details()->showChartTab();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QVERIFY(m_view->table()->isVisible());
    QVERIFY(m_view->table()->hasFocus());
    // Overdue is said in words in the Due column.
    bool overdue = false;
    for (int row = 0; row < 40; ++row) {
        overdue = overdue
                  || m_view->table()
                         ->model()
                         ->index(row, MilestoneTableModel::DueColumn)
                         .data()
                         .toString()
                         .startsWith(u"Overdue by "_s);
    }
    QVERIFY(overdue);
    // The table can be hidden to give the timeline the room.
    QToolButton *tableSwitch = nullptr;
    for (QToolButton *button : m_view->findChildren<QToolButton *>()) {
        if (button->accessibleName() == u"Show the table"_s)
            tableSwitch = button;
    }
    QVERIFY(tableSwitch);
    const int before = m_view->timelineScrollArea()->height();
    QTest::mouseClick(tableSwitch, Qt::LeftButton);
    QVERIFY(m_view->table()->isHidden());
    QTRY_VERIFY(m_view->timelineScrollArea()->height() > before);
    QTest::mouseClick(tableSwitch, Qt::LeftButton);
    QVERIFY(m_view->table()->isVisible());
}

void tst_MilestonesView::dragMovesTheForecast()
{
    const Milestone m = draggable();
    QVERIFY(m.id != 0);
    UndoStack *undo = m_window->undoStack();
    const int before = undo->count();

    const QPoint to = dragTo(m, 40, false);
    QVERIFY(!to.isNull());
    // While dragging, the date snaps to days and is shown; nothing is stored yet.
    QCOMPARE(m_timeline->pendingDate(), m.forecastDate.addDays(10));
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
    QTest::mouseRelease(m_timeline, Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(!m_timeline->pendingDate().isValid());

    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate.addDays(10));
    QCOMPARE(stored(m.id)->baselineDate, m.baselineDate); // only the forecast moved
    const QList<ChangeRecord> changes = history(m.id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().field, u"forecastDate"_s);
    QCOMPARE(changes.first().oldValue, m.forecastDate.toString(Qt::ISODate));
    QCOMPARE(changes.first().newValue, m.forecastDate.addDays(10).toString(Qt::ISODate));
    QVERIFY(m_view->message().isEmpty());
    // The moved milestone stays selected, and the timeline shows the stored date.
    QCOMPARE(m_view->currentMilestoneId(), m.id);
    const int row = m_view->proxy()->rowOf(m.id);
    QCOMPARE(m_timeline->markerPosition(row, Marker::Forecast), to);

    undo->undo();
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
    undo->redo();
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate.addDays(10));
    undo->undo();
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
}

void tst_MilestonesView::escapeCancelsTheDrag()
{
    const Milestone m = draggable();
    const int before = m_window->undoStack()->count();
    const QPoint to = dragTo(m, -24, false);
    QCOMPARE(m_timeline->pendingDate(), m.forecastDate.addDays(-6));
    QTest::keyClick(m_timeline, Qt::Key_Escape);
    QVERIFY(!m_timeline->pendingDate().isValid());
    QTest::mouseRelease(m_timeline, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(m_window->undoStack()->count(), before);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
    QVERIFY(history(m.id).isEmpty());
    // A drag that ends where it began changes nothing either.
    dragTo(m, 1);
    QCOMPARE(m_window->undoStack()->count(), before);
}

void tst_MilestonesView::invalidDragIsRefused()
{
    const Milestone m = draggable();
    const int before = m_window->undoStack()->count();
    // Ten days before the baseline date.
    const int days = int(m.baselineDate.daysTo(m.forecastDate)) + 10;
    dragTo(m, -4 * days);
    QCOMPARE(m_window->undoStack()->count(), before);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
    QVERIFY(history(m.id).isEmpty());
    QVERIFY2(m_view->message().contains(u"before the baseline date"_s),
             qPrintable(m_view->message()));
    QVERIFY(m_window->lastError().isEmpty()); // said in the view, not by a dialog

    // Beyond the plan horizon is refused with the horizon in the message.
    Milestone late = m;
    for (const Milestone &candidate : m_window->plan().milestones) {
        if (candidate.forecastDate.isValid() && !MilestoneSchedule::isClosed(candidate.status)
            && candidate.forecastDate > late.forecastDate)
            late = candidate;
    }
    m_view->selectMilestone(late.id);
    m_timeline->setFocus();
    const int lateRow = m_view->proxy()->rowOf(late.id);
    QVERIFY(lateRow >= 0);
    const int toEnd = int(late.forecastDate.daysTo(QDate(2029, 4, 2)));
    QTest::keyPress(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    for (int i = 1; i < toEnd; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Right, Qt::ShiftModifier, QString(), true);
        QApplication::sendEvent(m_timeline, &repeat);
    }
    QCOMPARE(m_timeline->pendingDate(), QDate(2029, 4, 2));
    QTest::keyRelease(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->undoStack()->count(), before);
    QCOMPARE(stored(late.id)->forecastDate, late.forecastDate);
    QVERIFY2(m_view->message().contains(u"outside the plan horizon"_s),
             qPrintable(m_view->message()));
}

void tst_MilestonesView::keyboardNudges_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("months");
    QTest::newRow("a day later") << int(Qt::Key_Right) << Qt::KeyboardModifiers(Qt::ShiftModifier)
                                 << 1 << 0;
    QTest::newRow("a day earlier")
        << int(Qt::Key_Left) << Qt::KeyboardModifiers(Qt::ShiftModifier) << -1 << 0;
    QTest::newRow("a month later")
        << int(Qt::Key_Right) << Qt::KeyboardModifiers(Qt::ShiftModifier | Qt::ControlModifier) << 0
        << 1;
    QTest::newRow("a month earlier")
        << int(Qt::Key_Left) << Qt::KeyboardModifiers(Qt::ShiftModifier | Qt::ControlModifier) << 0
        << -1;
}

void tst_MilestonesView::keyboardNudges()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(int, days);
    QFETCH(int, months);
    const Milestone m = draggable();
    QVERIFY(m_view->selectMilestone(m.id));
    m_timeline->setFocus();
    QVERIFY(QTest::qWaitFor([this] { return m_timeline->hasFocus(); }));
    const int before = m_window->undoStack()->count();
    const QDate expected = m.forecastDate.addMonths(months).addDays(days);

    QTest::keyClick(m_timeline, Qt::Key(key), modifiers);
    QCOMPARE(m_window->undoStack()->count(), before + 1);
    QCOMPARE(stored(m.id)->forecastDate, expected);
    QCOMPARE(history(m.id).size(), 1);
    // Each press is its own change, and the selection stays for the next press.
    QCOMPARE(m_view->currentMilestoneId(), m.id);
    QVERIFY(m_timeline->hasFocus());
    QTest::keyClick(m_timeline, Qt::Key(key), modifiers);
    QCOMPARE(m_window->undoStack()->count(), before + 2);
    QCOMPARE(stored(m.id)->forecastDate, expected.addMonths(months).addDays(days));
    m_window->undoStack()->undo();
    QCOMPARE(stored(m.id)->forecastDate, expected);
    m_window->undoStack()->undo();
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
}

void tst_MilestonesView::heldKeyMakesOneChange()
{
    const Milestone m = draggable();
    QVERIFY(m_view->selectMilestone(m.id));
    m_timeline->setFocus();
    const int before = m_window->undoStack()->count();
    // A held key: press, then repeated release+press pairs, then the real release.
    QTest::keyPress(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    for (int i = 0; i < 4; ++i) {
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Right, Qt::ShiftModifier, QString(), true);
        QApplication::sendEvent(m_timeline, &release);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Right, Qt::ShiftModifier, QString(), true);
        QApplication::sendEvent(m_timeline, &press);
    }
    QCOMPARE(m_timeline->pendingDate(), m.forecastDate.addDays(5));
    QCOMPARE(m_window->undoStack()->count(), before);
    QTest::keyRelease(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->undoStack()->count(), before + 1);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate.addDays(5));
    // Esc while holding cancels instead.
    QTest::keyPress(m_timeline, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_timeline, Qt::Key_Escape);
    QTest::keyRelease(m_timeline, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_window->undoStack()->count(), before + 1);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate.addDays(5));
}

void tst_MilestonesView::nudgeWithoutForecastStartsAtBaseline()
{
    std::optional<Milestone> open;
    std::optional<Milestone> closed;
    for (const Milestone &m : m_window->plan().milestones) {
        if (m.forecastDate.isValid())
            continue;
        if (MilestoneSchedule::isClosed(m.status))
            closed = closed ? closed : m;
        else if (m.baselineDate < QDate(2028, 1, 1))
            open = open ? open : m;
    }
    QVERIFY(open && closed);
    QVERIFY(m_view->selectMilestone(open->id));
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(stored(open->id)->forecastDate, open->baselineDate.addMonths(1));
    // A complete or cancelled milestone without a forecast date has none to move.
    const int before = m_window->undoStack()->count();
    QVERIFY(m_view->selectMilestone(closed->id));
    QTest::keyClick(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->undoStack()->count(), before);
    QVERIFY(m_view->message().contains(u"has no forecast date to move"_s));
}

void tst_MilestonesView::readOnlyPlanCannotBeMoved()
{
    m_window->details()->setReadOnly(true);
    const Milestone m = draggable();
    dragTo(m, 40, false);
    QVERIFY(!m_timeline->pendingDate().isValid()); // the marker does not move
    QTest::mouseRelease(m_timeline,
                        Qt::LeftButton,
                        {},
                        m_timeline->markerPosition(m_view->proxy()->rowOf(m.id), Marker::Forecast));
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(stored(m.id)->forecastDate, m.forecastDate);
    QVERIFY(m_view->message().contains(u"read-only"_s));
}

Milestone tst_MilestonesView::twentyDaysLate()
{
    for (const Milestone &m : m_window->plan().milestones) {
        if (MilestoneSchedule::isClosed(m.status) || !m.baselineDate.isValid()
            || m.baselineDate <= today.addMonths(1) || m.baselineDate >= QDate(2027, 12, 1))
            continue;
        Milestone late = m;
        late.status = MilestoneStatus::OnTrack;
        late.forecastDate = m.baselineDate.addDays(20);
        if (!m_window->push(Commands::editMilestone(m, late)))
            return {};
        return late;
    }
    return {};
}

QString tst_MilestonesView::shownStatus(Id id) const
{
    const int row = m_view->proxy()->rowOf(id);
    return row < 0
               ? QString()
               : m_view->proxy()->index(row, MilestoneTableModel::StatusColumn).data().toString();
}

void tst_MilestonesView::planProperties(const std::function<void(PlanPropertiesDialog *)> &drive)
{
    auto *action = m_window->findChild<QAction *>(u"planPropertiesAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PlanPropertiesDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            drive(dialog);
            driven = true;
        }
        if (QApplication::activeModalWidget()) // a failed check leaves it open
            QApplication::activeModalWidget()->close();
    });
    action->trigger();
    QVERIFY(driven);
}

void tst_MilestonesView::planToleranceByKeyboard()
{
    const Milestone m = twentyDaysLate();
    QVERIFY(m.id != 0);
    QCOMPARE(m_window->plan().info.milestoneSlipToleranceDays, 14);
    QCOMPARE(shownStatus(m.id), u"Slipped"_s);
    QVERIFY(m_view->selectMilestone(m.id));
    const QString slipped = m.title + u". Slipped."_s;
    QVERIFY2(m_timeline->accessibleDescription().startsWith(slipped),
             qPrintable(m_timeline->accessibleDescription()));

    // File > Plan Properties, with a mnemonic no other File action has.
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    auto *action = m_window->findChild<QAction *>(u"planPropertiesAction"_s);
    QVERIFY(file->actions().contains(action));
    const auto mnemonic = [](const QString &text) {
        const qsizetype amp = text.indexOf(u'&');
        return amp < 0 ? QChar() : text.at(amp + 1).toLower();
    };
    QCOMPARE(mnemonic(action->text()), QChar(u't'));
    for (const QAction *other : file->actions()) {
        if (other != action && !other->isSeparator())
            QVERIFY2(mnemonic(other->text()) != u't', qPrintable(other->text()));
    }

    const int before = m_window->undoStack()->count();
    planProperties([&](PlanPropertiesDialog *dialog) {
        // Every field is named for a screen reader and has its own mnemonic.
        for (QWidget *field : QList<QWidget *>{
                 dialog->nameEdit(), dialog->descriptionEdit(), dialog->slipToleranceBox()})
            QVERIFY(!field->accessibleName().isEmpty());
        QSet<QChar> keys;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            const QChar key = mnemonic(label->text());
            QVERIFY2(!key.isNull() && !keys.contains(key), qPrintable(label->text()));
            keys.insert(key);
        }
        QCOMPARE(dialog->slipToleranceBox()->value(), 14);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
        // Tab leaves the description; Alt+S goes to the tolerance.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->descriptionEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->slipToleranceBox());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->nameEdit());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->slipToleranceBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"30"_s);
        QCOMPARE(dialog->slipToleranceBox()->value(), 30);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    // One undoable change; the table (and the timeline, which draws from it) follow.
    QCOMPARE(m_window->undoStack()->count(), before + 1);
    QCOMPARE(m_window->plan().info.milestoneSlipToleranceDays, 30);
    QCOMPARE(m_window->undoStack()->undoText(), u"Milestones slip after 30 days"_s);
    QCOMPARE(shownStatus(m.id), u"On track"_s);
    QVERIFY(m_view->selectMilestone(m.id));
    QVERIFY2(m_timeline->accessibleDescription().startsWith(m.title + u". On track."_s),
             qPrintable(m_timeline->accessibleDescription()));
    QString error;
    {
        auto db = Database::open(m_path, Database::OpenMode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        const auto all = HistoryRepository(*db).query({}, &error);
        QVERIFY2(all, qPrintable(error));
        QList<ChangeRecord> rows;
        for (const ChangeRecord &r : *all) {
            if (r.itemKind == u"plan"_s)
                rows << r;
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().field, u"milestoneSlipToleranceDays"_s);
        QCOMPARE(rows.first().oldValue, u"14"_s);
        QCOMPARE(rows.first().newValue, u"30"_s);
    }
    QVERIFY(m_window->undoStack()->undo());
    QCOMPARE(m_window->plan().info.milestoneSlipToleranceDays, 14);
    QCOMPARE(shownStatus(m.id), u"Slipped"_s);
    QVERIFY(m_view->selectMilestone(m.id));
    QVERIFY(m_timeline->accessibleDescription().startsWith(slipped));
}

void tst_MilestonesView::planPropertiesCancelled()
{
    const int before = m_window->undoStack()->count();
    planProperties([](PlanPropertiesDialog *dialog) {
        dialog->slipToleranceBox()->setFocus();
        QTest::keyClick(dialog->slipToleranceBox(), Qt::Key_Up);
        QCOMPARE(dialog->slipToleranceBox()->value(), 15);
        QTest::keyClick(dialog->slipToleranceBox(), Qt::Key_Escape);
    });
    QCOMPARE(m_window->undoStack()->count(), before);
    QCOMPARE(m_window->plan().info.milestoneSlipToleranceDays, 14);
    // OK with nothing changed changes nothing either.
    planProperties(
        [](PlanPropertiesDialog *dialog) { QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); });
    QCOMPARE(m_window->undoStack()->count(), before);
}

void tst_MilestonesView::planPropertiesReadOnly()
{
    m_window->closePlan();
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadUser);
    if (QFileInfo(m_path).isWritable())
        QSKIP("the file stays writable for this user (root)");
    QVERIFY(m_window->openPlan(m_path));
    QVERIFY(m_window->isReadOnly());
    auto *action = m_window->findChild<QAction *>(u"planPropertiesAction"_s);
    action->trigger(); // refused before any dialog opens
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY2(m_window->lastError().contains(u"read-only"_s), qPrintable(m_window->lastError()));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MilestonesView::filterBar_data()
{
    QTest::addColumn<int>("statusIndex"); // 0 = all statuses
    QTest::addColumn<QString>("owner");   // empty = all owners
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("words");
    QTest::newRow("status") << 1 + int(MilestoneStatus::AtRisk) << QString() << false << QString();
    QTest::newRow("owner") << 0 << u"Place director"_s << false << QString();
    QTest::newRow("no owner") << 0 << u"No owner given"_s << false << QString();
    QTest::newRow("overdue") << 0 << QString() << true << QString();
    QTest::newRow("words") << 0 << QString() << false << u"contract"_s;
    QTest::newRow("all together") << 1 + int(MilestoneStatus::OnTrack) << u"Place director"_s
                                  << true << QString();
}

void tst_MilestonesView::filterBar()
{
    QFETCH(int, statusIndex);
    QFETCH(QString, owner);
    QFETCH(bool, overdue);
    QFETCH(QString, words);
    m_view->statusFilter()->setCurrentIndex(statusIndex);
    if (!owner.isEmpty()) {
        const int index = m_view->ownerFilter()->findText(owner);
        QVERIFY(index > 0);
        m_view->ownerFilter()->setCurrentIndex(index);
    }
    m_view->overdueFilter()->setChecked(overdue);
    m_view->textFilter()->setText(words);

    // The expectation, worked out from the plan itself.
    QSet<Id> expected;
    for (const Milestone &m : m_window->plan().milestones) {
        const bool ok
            = (statusIndex == 0 || int(m.status) == statusIndex - 1)
              && (owner.isEmpty()
                  || (owner == u"No owner given"_s ? m.owner.isEmpty() : m.owner == owner))
              && (!overdue || MilestoneSchedule::daysOverdue(m, today) > 0)
              && (words.isEmpty() || m.title.contains(words, Qt::CaseInsensitive));
        if (ok)
            expected.insert(m.id);
    }
    QVERIFY(!expected.isEmpty() || overdue);
    QSet<Id> shown;
    const QAbstractItemModel *table = m_view->table()->model();
    for (int row = 0; row < table->rowCount(); ++row)
        shown.insert(table->index(row, 0).data(MilestoneTableModel::MilestoneIdRole).toLongLong());
    QCOMPARE(shown, expected);
    // The timeline shows the same rows in the same order.
    QCOMPARE(m_timeline->rowCount(), table->rowCount());
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(m_timeline->rowTitle(row), table->index(row, 0).data().toString());
    if (overdue) {
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(table->index(row, MilestoneTableModel::DueColumn)
                        .data()
                        .toString()
                        .startsWith(u"Overdue by "_s));
        }
    }
}

void tst_MilestonesView::filterBarByKeyboard()
{
    // Every filter is reachable from the keyboard: Status is the first stop after the tabs, the
    // others have mnemonics.
    auto *tabs = m_view->parentWidget()->parentWidget();
    QVERIFY(qobject_cast<QTabWidget *>(tabs));
    QTabBar *tabBar = static_cast<QTabWidget *>(tabs)->tabBar();
    tabBar->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return tabBar->hasFocus(); }));
    QTest::keyClick(tabBar, Qt::Key_Tab);
    QVERIFY(m_view->statusFilter()->hasFocus());
    QTest::keyClick(m_view->statusFilter(), Qt::Key_Down); // "Not started"
    QCOMPARE(m_view->statusFilter()->currentIndex(), 1);
    QTest::keyClick(m_view->statusFilter(), Qt::Key_Up);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier); // toggles "Overdue only"
    QTRY_VERIFY(m_view->overdueFilter()->isChecked());
    const int overdue = m_view->table()->model()->rowCount();
    QVERIFY(overdue > 0 && overdue < 40);
    QTest::keyClick(m_view->overdueFilter(), Qt::Key_Space);
    QVERIFY(!m_view->overdueFilter()->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::AltModifier);
    QVERIFY(m_view->textFilter()->hasFocus());
    QTest::keyClicks(m_view->textFilter(), u"business case"_s);
    QCOMPARE(m_view->table()->model()->rowCount(), 5);
    QCOMPARE(m_timeline->rowCount(), 5);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
    QVERIFY(m_view->ownerFilter()->hasFocus());
    // Sorting by keyboard: Alt+B, then choose a column.
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QVERIFY(m_view->sortColumn()->hasFocus());
    QTest::keyClick(m_view->sortColumn(), Qt::Key_Down); // "Milestone"
    QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorSection(),
             int(MilestoneTableModel::TitleColumn));
}

void tst_MilestonesView::sortingFollowsHeaderAndControls()
{
    QTableView *table = m_view->table();
    const auto forecastOrderIsAscending = [&] {
        QDate previous;
        bool undated = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QDate date = table->model()
                                   ->index(row, MilestoneTableModel::ForecastDateColumn)
                                   .data(MilestoneTableModel::DateRole)
                                   .toDate();
            if (!date.isValid()) {
                undated = true;
                continue;
            }
            if (undated || (previous.isValid() && date < previous))
                return false;
            previous = date;
        }
        return true;
    };
    QVERIFY(!forecastOrderIsAscending()); // the plan's own order at first
    // Clicking the column heading sorts, and the sort controls follow.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(MilestoneTableModel::ForecastDateColumn)
                  + header->sectionSize(MilestoneTableModel::ForecastDateColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(forecastOrderIsAscending());
    QCOMPARE(m_view->sortColumn()->currentData().toInt(),
             int(MilestoneTableModel::ForecastDateColumn));
    QVERIFY(!m_view->sortDescending()->isChecked());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(m_timeline->rowTitle(row), table->model()->index(row, 0).data().toString());
    // The order toggle reverses it.
    m_view->sortDescending()->setFocus();
    QTest::keyClick(m_view->sortDescending(), Qt::Key_Space);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(!forecastOrderIsAscending());
    // Back to the plan's order.
    m_view->sortColumn()->setCurrentIndex(0);
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             m_window->plan().milestones.first().title);
}

void tst_MilestonesView::selectionIsShared()
{
    // Timeline → table: a click on a row's title selects it in the table.
    m_timeline->setPixelsPerDay(1);
    const QRect row3 = m_timeline->rowRect(3);
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, QPoint(40, row3.center().y()));
    QCOMPARE(m_view->table()->currentIndex().row(), 3);
    QCOMPARE(m_timeline->currentRow(), 3);
    // Keyboard in the timeline moves the table's selection too.
    QTest::keyClick(m_timeline, Qt::Key_Down);
    QCOMPARE(m_view->table()->currentIndex().row(), 4);
    // Table → timeline.
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_timeline->currentRow(), m_timeline->rowCount() - 1);
    // The timeline scrolled to show it under the axis.
    const QScrollArea *scroll = m_view->timelineScrollArea();
    const QRect seen(m_timeline->mapFrom(scroll->viewport(), QPoint(0, 0)),
                     scroll->viewport()->size());
    QVERIFY(seen.contains(m_timeline->rowRect(m_timeline->rowCount() - 1).center()));
    // Enter asks for the milestone to be edited; Insert and Delete for adding and deleting.
    // (Only the requests are checked here: the window's EditActions, which would open the
    // dialogs, is unhooked; tst_itemdialogs drives those dialogs.)
    QObject::disconnect(m_view, nullptr, m_window->edits(), nullptr);
    QSignalSpy edit(m_view, &MilestonesView::editRequested);
    QSignalSpy add(m_view, &MilestonesView::addRequested);
    QSignalSpy remove(m_view, &MilestonesView::deleteRequested);
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QTest::keyClick(m_timeline, Qt::Key_Insert);
    QTest::keyClick(m_timeline, Qt::Key_Delete);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().toLongLong(), m_view->currentMilestoneId());
    QCOMPARE(add.size(), 1);
    QCOMPARE(remove.size(), 1);
}

void tst_MilestonesView::placeIsKeptAfterAChange()
{
    m_view->overdueFilter()->setChecked(true);
    m_view->sortColumn()->setCurrentIndex(
        m_view->sortColumn()->findData(int(MilestoneTableModel::DueColumn)));
    const int row = m_view->table()->model()->rowCount() - 1;
    m_view->table()->setCurrentIndex(m_view->table()->model()->index(row, 0));
    const Id id = m_view->currentMilestoneId();
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY2(m_view->message().isEmpty(), qPrintable(m_view->message()));
    QCOMPARE(m_window->undoStack()->count(), 1);
    // The plan was re-read: filter, sort and selection are as they were.
    QVERIFY(m_view->overdueFilter()->isChecked());
    QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorSection(),
             int(MilestoneTableModel::DueColumn));
    QCOMPARE(m_view->currentMilestoneId(), id);
    QVERIFY(m_timeline->hasFocus());
}

void tst_MilestonesView::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_view->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(w) || !w->isVisible())
            continue;
        if (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // a combo box's own view
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    // The timeline describes the selected milestone and the keys that move it.
    m_view->selectMilestone(draggable().id);
    QVERIFY(m_timeline->accessibleDescription().contains(draggable().title));
    QVERIFY(m_timeline->accessibleDescription().contains(u"Shift+Left"_s));
}

void tst_MilestonesView::screenshots()
{
    const QString dir = qEnvironmentVariable("JFP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set JFP_SCREENSHOT_DIR to write screenshots.");
    QDir().mkpath(dir);
    m_window->resize(1280, 800);
    const Milestone m = draggable();
    m_view->selectMilestone(m.id);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"milestones-window.png"_s)));
    // While dragging: the date is shown beside the marker.
    m_timeline->setPixelsPerDay(2);
    m_timeline->scrollToCurrent();
    const int row = m_view->proxy()->rowOf(m.id);
    const QPoint from = m_timeline->markerPosition(row, Marker::Forecast);
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_timeline, from + QPoint(60, 0));
    QVERIFY(m_view->grab().save(QDir(dir).filePath(u"milestones-dragging.png"_s)));
    QTest::mouseMove(m_timeline,
                     from - QPoint(2 * int(m.baselineDate.daysTo(m.forecastDate)) + 40, 0));
    QVERIFY(m_view->grab().save(QDir(dir).filePath(u"milestones-refused-drag.png"_s)));
    QTest::keyClick(m_timeline, Qt::Key_Escape);
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, from);
    m_timeline->zoomToFit();
    m_view->overdueFilter()->setChecked(true);
    QVERIFY(m_view->grab().save(QDir(dir).filePath(u"milestones-overdue.png"_s)));
}

QTEST_MAIN(tst_MilestonesView)
#include "tst_milestonesview.moc"
