// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "spc/spcoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp::Spc;

Q_DECLARE_METATYPE(Jfp::Spc::SpcOptions)

/** SPC options as the plan file stores them (JSON of the non-defaults) and charts name them. */
class tst_SpcOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsJson_data();
    void optionsJson();
    void optionsJsonInvalid_data();
    void optionsJsonInvalid();
    void caption();
};

void tst_SpcOptions::optionsJson_data()
{
    QTest::addColumn<SpcOptions>("options");
    QTest::addColumn<QString>("json");
    QTest::newRow("default") << SpcOptions() << QString();
    QTest::newRow("screening off") << [] {
        SpcOptions o;
        o.screenOutliers = false;
        return o;
    }() << u"{\"screenOutliers\":false}"_s;
    SpcOptions all;
    all.screenOutliers = false;
    all.shiftLength = 6;
    all.trendLength = 5;
    all.twoOfThreeIncludesBeyondLimits = true;
    all.conflictPolicy = SpcOptions::ConflictPolicy::ImprovementWins;
    all.fixAfterPoints = 12;
    all.minimumPointsForLimits = 13;
    all.shortSegmentThreshold = 12;
    QTest::newRow("all") << all
                         << u"{\"conflictPolicy\":\"improvementWins\",\"fixAfterPoints\":12,"
                            "\"minimumPointsForLimits\":13,\"screenOutliers\":false,"
                            "\"shiftLength\":6,\"shortSegmentThreshold\":12,\"trendLength\":5,"
                            "\"twoOfThreeIncludesBeyondLimits\":true}"_s;
}

void tst_SpcOptions::optionsJson()
{
    QFETCH(SpcOptions, options);
    QFETCH(QString, json);
    QCOMPARE(options.toJson(), json);
    QCOMPARE(options.isDefault(), json.isEmpty());
    QString error;
    const auto back = SpcOptions::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == options);
}

void tst_SpcOptions::optionsJsonInvalid_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not json") << u"screenOutliers=false"_s;
    QTest::newRow("array") << u"[1]"_s;
    QTest::newRow("text for a number") << u"{\"shiftLength\":\"six\"}"_s;
    QTest::newRow("fraction") << u"{\"shiftLength\":6.5}"_s;
    QTest::newRow("number for a flag") << u"{\"screenOutliers\":0}"_s;
    QTest::newRow("unknown policy") << u"{\"conflictPolicy\":\"loudest\"}"_s;
    QTest::newRow("fix after 5") << u"{\"fixAfterPoints\":5}"_s;
}

void tst_SpcOptions::optionsJsonInvalid()
{
    QFETCH(QString, json);
    QString error;
    QVERIFY(!SpcOptions::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void tst_SpcOptions::caption()
{
    QVERIFY(SpcOptions().caption().isEmpty());
    // Empty and {} read as the defaults; unknown keys are ignored.
    QVERIFY(SpcOptions::fromJson(u"{}"_s)->isDefault());
    QVERIFY(SpcOptions::fromJson(u"{\"fromTheFuture\":1}"_s)->isDefault());

    SpcOptions o;
    o.shiftLength = 6;
    const QString one = o.caption();
    QVERIFY(one.endsWith(u'.'));
    QVERIFY(one.contains(u"6"_s));
    QVERIFY(!one.contains(u';'));
    o.screenOutliers = false;
    o.twoOfThreeIncludesBeyondLimits = true;
    o.conflictPolicy = SpcOptions::ConflictPolicy::ImprovementWins;
    o.fixAfterPoints = 15;
    const QString many = o.caption();
    QCOMPARE(many.count(u';'), 4); // five options, one sentence
    QCOMPARE(many.count(u'.'), 1);
    QVERIFY(many.contains(u"15"_s));
}

QTEST_GUILESS_MAIN(tst_SpcOptions)
#include "tst_spcoptions.moc"
