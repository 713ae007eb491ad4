// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "networkdrive.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <array>

namespace Jfp::NetworkDrive {

bool isNetworkStorage(const QByteArray &fileSystemType, const QByteArray &device)
{
    static constexpr std::array<const char *, 15> networkTypes = {"cifs",
                                                                  "smb3",
                                                                  "smbfs",
                                                                  "smb2",
                                                                  "nfs",
                                                                  "nfs4",
                                                                  "afs",
                                                                  "ncpfs",
                                                                  "9p",
                                                                  "fuse.sshfs",
                                                                  "sshfs",
                                                                  "davfs",
                                                                  "fuse.davfs2",
                                                                  "ceph",
                                                                  "glusterfs"};
    const QByteArray type = fileSystemType.toLower();
    if (std::any_of(networkTypes.cbegin(), networkTypes.cend(), [&type](const char *name) {
            return type == name;
        })) {
        return true;
    }
    // Windows: a share's universal name, never a local volume's "\\?\Volume{…}".
    return (device.startsWith("\\\\") || device.startsWith("//")) && !device.startsWith("\\\\?\\");
}

bool holds(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString native = QDir::toNativeSeparators(folder);
#ifdef Q_OS_WIN
    if (native.startsWith(QLatin1String("\\\\")) && !native.startsWith(QLatin1String("\\\\?\\")))
        return true; // \\server\share\…
#endif
    const QStorageInfo storage(folder);
    return storage.isValid() && isNetworkStorage(storage.fileSystemType(), storage.device());
}

} // namespace Jfp::NetworkDrive
