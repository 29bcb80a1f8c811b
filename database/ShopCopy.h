#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Copies a whole shop from a SQLite file into another, empty Regulars database (a PostgreSQL server for
// several tills): every table, ids kept, identity sequences moved past the copied ids, counts verified.
class ShopCopy
{
    Q_DECLARE_TR_FUNCTIONS(ShopCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Both databases are open at the same schema version; `to` must hold no shop data yet.
    static Result<QList<TableCount>> copy(Database& from, Database& to);
};
