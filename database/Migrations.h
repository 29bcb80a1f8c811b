#pragma once

#include "Result.h"

#include <QSqlDatabase>

// Numbered, stepwise schema changes; each runs in its own transaction and is recorded in schema_version.
class Migrations
{
public:
    static int latestVersion();
    // Every step's version, in order (numbers reserved for work on other branches may be missing).
    static QList<int> versions();
    static Result<int> currentVersion(const QSqlDatabase& db);
    static Result<void> migrate(QSqlDatabase db, int targetVersion);
};
