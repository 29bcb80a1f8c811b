#pragma once

#include "AccessPolicy.h"
#include "Result.h"
#include "ShopStore.h"

#include <QCoreApplication>

class Clock;
class Database;

// A chain's shops and which shop each till belongs to. Customers, balances, coupons and the programme are
// shared by the whole chain; sales carry their shop, so reports can be for one shop. Only the owner adds or
// renames shops and moves tills, and each change is in the audit log.
class Shops
{
    Q_DECLARE_TR_FUNCTIONS(Shops)

public:
    Shops(Database& db, const Clock& clock, const AccessPolicy& access);

    Result<QList<ShopRecord>> all() const;
    Result<QList<TillRecord>> tills() const;
    // A shop by its number or its name (any case); the refusal names what was looked for.
    Result<ShopRecord> find(const QString& idOrName) const;
    // The shop a till belongs to; a till that has not sold yet will join the first shop.
    Result<ShopRecord> shopOfTill(const QString& tillName) const;
    // The name of the till's shop when the chain has more than one shop; empty for a single shop.
    QString chainShopName(const QString& tillName) const;

    Result<ShopRecord> add(const QString& name);
    Result<void> rename(qint64 shopId, const QString& name);
    // Moves a till (registered or not yet) to a shop; its past sales stay with the shop they were made in.
    Result<void> assignTill(const QString& tillName, qint64 shopId);

    // The name people see: the first shop, never named, is "Main shop" in their language.
    static QString displayName(const ShopRecord& shop);

private:
    Result<QString> checkedName(const QString& name, qint64 exceptShopId) const;

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    ShopStore m_store;
};
