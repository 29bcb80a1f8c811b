#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// One shop of a chain. The first shop of every database may have no name yet (shown under a default one).
struct ShopRecord
{
    qint64 id = 0;
    QString name; // empty: never named
    qint64 createdAtMs = 0;
    QStringList tills; // the names of the tills in it, sorted
};

// A till known to the server: its name (UserSettings' till id, sales.till_id) and the shop it belongs to.
struct TillRecord
{
    qint64 id = 0;
    QString name;
    qint64 shopId = 0;
    qint64 registeredAtMs = 0;
};

// The shops of a chain and which shop each till belongs to. Tills register themselves with their first
// sale (SaleStore); the owner moves them. Callers hold the transaction for writes.
class ShopStore
{
public:
    explicit ShopStore(Database& db);

    // Every shop, oldest first, with its tills.
    Result<QList<ShopRecord>> all() const;
    Result<QList<TillRecord>> tills() const;
    Result<qint64> add(const QString& name, qint64 createdAtMs);
    Result<void> rename(qint64 shopId, const QString& name);
    // Puts a till in a shop, registering it when it has never sold; its past sales stay where they were.
    Result<void> assignTill(const QString& tillName, qint64 shopId, qint64 atMs);
    // The shop a till belongs to; nullopt when it has not sold or been assigned yet.
    std::optional<qint64> shopOfTill(const QString& tillName) const;
    // The shop new tills join: the oldest.
    qint64 firstShopId() const;

private:
    Database& m_db;
};
