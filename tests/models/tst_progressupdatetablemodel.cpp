// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "models/progressupdatetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/** A programme's progress updates: newest quarter first, RAG in words, narrative preview. */
class tst_ProgressUpdateTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void newestFirst();
    void cells_data();
    void cells();
    void narrative();

private:
    PlanSnapshot m_plan;
};

void tst_ProgressUpdateTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Programme p;
    p.id = 3;
    p.name = u"Tackling Obesity"_s;
    Programme other = p;
    other.id = 4;
    m_plan.programmes = {p, other};
    const auto update = [](Id id, Id programme, const QString &period, const QString &rag) {
        ProgressUpdate u;
        u.id = id;
        u.programmeId = programme;
        u.period = period;
        u.rag = rag;
        u.recordedAt = QDateTime(QDate(2026, 1, int(id)), QTime(9, 30), Qt::UTC);
        u.recordedBy = u"alice"_s;
        return u;
    };
    ProgressUpdate q1 = update(1, 3, u"Q1 2025/26"_s, u"red"_s);
    q1.wentWell = u"Summit held"_s;
    q1.didNot = u"Recruitment"_s;
    q1.nextSteps = u"Advertise again"_s;
    m_plan.progressUpdates = {q1,
                              update(2, 3, u"Q3 2025/26"_s, u"green"_s),
                              update(3, 4, u"Q4 2025/26"_s, u"amber"_s),
                              update(4, 3, u"Q2 2025/26"_s, QString())};
}

void tst_ProgressUpdateTableModel::modelTester()
{
    ProgressUpdateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showProgramme(m_plan, 3);
    QCOMPARE(model.rowCount(), 3);
    model.showProgramme(m_plan, 4);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.programmeId(), 0);
}

void tst_ProgressUpdateTableModel::newestFirst()
{
    ProgressUpdateTableModel model;
    model.showProgramme(m_plan, 3);
    QStringList quarters;
    for (int r = 0; r < model.rowCount(); ++r)
        quarters << model.index(r, ProgressUpdateTableModel::QuarterColumn).data().toString();
    QCOMPARE(quarters, (QStringList{u"Q3 2025/26"_s, u"Q2 2025/26"_s, u"Q1 2025/26"_s}));
    QCOMPARE(model.rowOf(1), 2);
    QCOMPARE(model.updateAt(0)->id, 2);
    QCOMPARE(model.updateAt(3), nullptr);
}

void tst_ProgressUpdateTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected");
    const int display = Qt::DisplayRole;
    using M = ProgressUpdateTableModel;
    QTest::newRow("RAG word") << 2 << int(M::RagColumn) << display << u"Red"_s;
    QTest::newRow("RAG key for the shape") << 2 << int(M::RagColumn) << int(M::RagRole) << u"red"_s;
    QTest::newRow("no RAG") << 1 << int(M::RagColumn) << display << u"Not given"_s;
    QTest::newRow("author") << 0 << int(M::AuthorColumn) << display << u"alice"_s;
    QTest::newRow("preview") << 2 << int(M::NarrativeColumn) << display
                             << u"Went well: Summit held · Did not: Recruitment · Next: Advertise"
                                " again"_s;
    QTest::newRow("no narrative") << 0 << int(M::NarrativeColumn) << display << u"(no narrative)"_s;
}

void tst_ProgressUpdateTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QString, expected);
    ProgressUpdateTableModel model;
    model.showProgramme(m_plan, 3);
    QCOMPARE(model.index(row, column).data(role).toString(), expected);
    QVERIFY(
        !model.index(row, ProgressUpdateTableModel::RecordedColumn).data().toString().isEmpty());
}

void tst_ProgressUpdateTableModel::narrative()
{
    const QString text = ProgressUpdateTableModel::narrative(m_plan.progressUpdates.first());
    QCOMPARE(text,
             u"What went well:\nSummit held\n\nWhat did not go well:\nRecruitment\n\n"
             "Next steps:\nAdvertise again"_s);
    QVERIFY(ProgressUpdateTableModel::narrative(m_plan.progressUpdates.at(1))
                .contains(u"(not written)"_s));
}

QTEST_GUILESS_MAIN(tst_ProgressUpdateTableModel)
#include "tst_progressupdatetablemodel.moc"
