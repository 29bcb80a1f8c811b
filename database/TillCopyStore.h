#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// One piece of work a till did while the server could not be reached, kept until it has been replayed.
struct OutboxItem
{
    enum class Kind
    {
        Sale,
        Enrolment
    };
    qint64 id = 0;
    Kind kind = Kind::Sale;
    QString tillId;
    QString ref; // the sale reference, or the enrolment's own reference (customers.client_ref on the server)
    QDateTime at;
    QString clerk;
    qint64 customerId = 0; // the customer's id in the copy (a customer enrolled offline has a copy-only id)
    QString customerRef;   // for a customer enrolled offline: their enrolment's reference
    qint64 amountMinor = 0;
    qint64 redeemPoints = 0;
    QString couponCode;
    qint64 estimatedEarned = 0; // what the clerk told the customer they would earn
    QJsonObject inputs;         // everything else the use-case needs (an enrolment's form)
    QDateTime replayedAt;       // invalid while it waits
    QJsonObject result;         // what the server answered, once replayed

    bool replayed() const { return replayedAt.isValid(); }
    static QString kindKey(Kind kind);
};

// Where a copy of the customers came from and when.
struct CopyCounts
{
    qint64 customers = 0;
    qint64 balances = 0;
    qint64 vouchers = 0;
    qint64 coupons = 0;
};

// The till's own SQLite file for a server shop: a read copy of what the counter needs (customers and their
// search terms, balances and open lots, open vouchers, stamp cards and coupons, campaigns, the shop's
// settings with the programme) plus the outbox of work done offline. The copy uses the shop's own schema,
// so the customer search runs on it unchanged; the till's own tables (till_*) exist only here.
class TillCopyStore
{
public:
    explicit TillCopyStore(Database& copy);

    // Creates the till's own tables when they are missing.
    Result<void> prepare();

    // Replaces the copy with the server's current data in one transaction on the copy; spend figures for
    // tiers are counted from `tierWindowStart`, and not at all when it is invalid (the programme needs none).
    Result<CopyCounts> refreshFrom(Database& server, const QDateTime& tierWindowStart);

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    // Spend the programme's tiers and discounts look at, and whether the customer ever bought or got the
    // welcome bonus, as the server had them at the last refresh.
    struct Figures
    {
        qint64 windowSpendMinor = 0;
        qint64 totalSpendMinor = 0;
        qint64 sales = 0;
        bool welcomeGiven = false;
    };
    Figures figures(qint64 customerId) const;
    // Points of the copy's lots that have expired by `at` (not spendable though the copy still counts them).
    qint64 expiredBy(qint64 customerId, const QDateTime& at) const;
    // The copy's open stamp card's stamps, or 0.
    int stamps(qint64 customerId) const;
    // The customer's place in the copy's point_balances (0 when none).
    qint64 balance(qint64 customerId) const;

    // Gives a customer just inserted into the copy an id below zero, which no server customer has, and the
    // enrolment's reference; returns the new id. Runs inside the caller's transaction.
    Result<qint64> makeLocal(qint64 copyId, const QString& clientRef);
    // The enrolment reference of a customer enrolled offline (id below zero), else empty.
    QString localRef(qint64 customerId) const;

    Result<qint64> addItem(const OutboxItem& item);
    QList<OutboxItem> items(bool waitingOnly) const;
    Result<OutboxItem> item(OutboxItem::Kind kind, const QString& tillId, const QString& ref) const;
    Result<void> markReplayed(qint64 id, const QDateTime& at, const QJsonObject& result);
    qint64 waitingCount() const;
    // What waiting sales of this copy customer spend and (by the estimate) earn.
    qint64 waitingRedeemed(qint64 customerId) const;
    qint64 waitingEarned(qint64 customerId) const;
    // Whether a waiting sale already used this coupon code.
    bool couponWaiting(const QString& code) const;
    // The enrolment waiting for `customerRef` replayed to this server customer, or 0.
    qint64 replayedCustomer(const QString& customerRef) const;

private:
    Database& m_copy;
};
