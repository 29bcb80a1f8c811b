#pragma once

#include <QString>

// Where a database file lives: SQLite's locking is unreliable on network filesystems, so a shop file on NFS
// or SMB/CIFS can be damaged when two computers write it.
class StorageLocation
{
public:
    // "NFS", "SMB" or "CIFS" for a path on such a filesystem (the file or, when it does not exist yet, its
    // folder); empty for a local disk or when it cannot be told.
    static QString networkFilesystem(const QString& path);
    // The name of a network filesystem from statfs()'s f_type, or empty for any other kind.
    static QString networkFilesystemOfType(long long filesystemType);
};
