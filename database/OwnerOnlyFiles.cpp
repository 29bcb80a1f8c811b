#include "OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFile::Permissions kOwnerReadWrite =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

bool OwnerOnlyFiles::createEmpty(const QString& path)
{
    QFile file(path);
    // The mode is given at creation, so the file is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerReadWrite))
        return false;
    file.close();
    return restrict(path);
}

bool OwnerOnlyFiles::restrict(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return true;
    const QFile::Permissions now = QFile::permissions(path);
    if (!(now & kOthers))
        return true;
    return QFile::setPermissions(path, now & ~kOthers);
}

void OwnerOnlyFiles::restrictDatabase(const QString& databasePath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        restrict(databasePath + suffix);
}

bool OwnerOnlyFiles::makeFolder(const QString& path)
{
    // A folder the owner chose (a USB stick, a synced folder) keeps its own permissions.
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}
