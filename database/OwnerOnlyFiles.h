#pragma once

#include <QString>

// The shop's files (database, its -wal and -shm, backups) are readable by the owner's account only.
class OwnerOnlyFiles
{
public:
    // Creates an empty file with mode 0600; false when it exists already or cannot be made.
    static bool createEmpty(const QString& path);
    // Takes group and other permissions away from a file that exists; true when it is owner-only now
    // (or does not exist).
    static bool restrict(const QString& path);
    // The database file and the -wal and -shm files SQLite keeps beside it.
    static void restrictDatabase(const QString& databasePath);
    // Makes a missing folder (the backup folder) that only the owner may enter; true when it is there.
    static bool makeFolder(const QString& path);
};
