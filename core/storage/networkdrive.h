// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Whether a plan is on a network drive (a Windows share, SMB/CIFS, NFS, …), where SQLite's
 * WAL journal does not work: the shared memory it needs is not shared between computers.
 * Such a plan is kept with a rollback journal instead, and the window says so.
 */
namespace Jfp::NetworkDrive {

/**
 * True for a network file system as QStorageInfo describes it: its type ("cifs", "nfs4",
 * "smb3", "fuse.sshfs", …) or, on Windows, its device, which for a mapped or UNC drive is
 * the share's universal name ("\\server\share") rather than a local volume ("\\?\Volume{…}").
 */
bool isNetworkStorage(const QByteArray &fileSystemType, const QByteArray &device);

/** True when the folder holding `path` is on a network drive, or `path` is a UNC path. */
bool holds(const QString &path);

} // namespace Jfp::NetworkDrive
