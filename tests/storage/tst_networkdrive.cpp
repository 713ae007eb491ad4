// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "storage/database.h"
#include "storage/networkdrive.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Jfp;

/**
 * A plan on a network drive is kept with a rollback journal: SQLite's WAL needs memory
 * shared between the programs using the file, which a network drive cannot give.
 */
class tst_NetworkDrive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageKinds_data();
    void storageKinds();
    void networkPlansUseARollbackJournal();
    void localPlansUseWal();
};

void tst_NetworkDrive::storageKinds_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("device");
    QTest::addColumn<bool>("network");
    QTest::newRow("Linux ext4") << "ext4"_ba
                                << "/dev/sda1"_ba << false;
    QTest::newRow("Linux tmpfs") << "tmpfs"_ba
                                 << "tmpfs"_ba << false;
    QTest::newRow("Linux CIFS share") << "cifs"_ba
                                      << "//server/plans"_ba << true;
    QTest::newRow("Linux SMB3") << "smb3"_ba
                                << "//server/plans"_ba << true;
    QTest::newRow("Linux NFS") << "nfs4"_ba
                               << "server:/export"_ba << true;
    QTest::newRow("sshfs") << "fuse.sshfs"_ba
                           << "me@server:"_ba << true;
    QTest::newRow("Windows local disk") << "NTFS"_ba
                                        << "\\\\?\\Volume{0b1c-42}\\"_ba << false;
    QTest::newRow("Windows mapped share") << "NTFS"_ba
                                          << "\\\\fileserver\\plans"_ba << true;
    QTest::newRow("Windows share, upper case type") << "CIFS"_ba
                                                    << ""_ba << true;
}

void tst_NetworkDrive::storageKinds()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, device);
    QFETCH(bool, network);
    QCOMPARE(NetworkDrive::isNetworkStorage(type, device), network);
}

void tst_NetworkDrive::networkPlansUseARollbackJournal()
{
    const SqlDialect dialect;
    const QStringList setup = dialect.connectionSetup(false, true);
    QVERIFY(setup.contains(u"PRAGMA journal_mode = DELETE"_s));
    QVERIFY(!setup.join(u'\n').contains(u"WAL"_s));
    // A reader changes no journal mode, on any drive.
    QVERIFY(!dialect.connectionSetup(true, true).join(u'\n').contains(u"journal_mode"_s));
}

void tst_NetworkDrive::localPlansUseWal()
{
    // The test's temporary folder is on a local disk: a plan there is in WAL mode.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"local.jfp"_s);
    if (NetworkDrive::holds(path))
        QSKIP("the temporary folder is on a network drive here");
    QString error;
    auto db = Database::create(path, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(!db->isOnNetworkDrive());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
}

QTEST_GUILESS_MAIN(tst_NetworkDrive)
#include "tst_networkdrive.moc"
