#include "StorageLocation.h"

#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

QString StorageLocation::networkFilesystemOfType(long long filesystemType)
{
    // The magic numbers of linux/magic.h (and fs/smb/client for SMB2 and CIFS).
    switch (filesystemType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFE534D42:
        return QStringLiteral("SMB");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    default:
        return {};
    }
}

QString StorageLocation::networkFilesystem(const QString& path)
{
    const QFileInfo info(path);
    const QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs = {};
    if (::statfs(QFile::encodeName(probe).constData(), &fs) != 0)
        return {};
    return networkFilesystemOfType(static_cast<long long>(fs.f_type));
}
