#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;

// One line of the points ledger. Entries are only ever appended; a balance is the sum of a customer's
// entries.
struct LedgerEntry
{
    enum class Kind
    {
        Earn,     // points given: for a sale, a welcome, a birthday, a referral, an activity
        Redeem,   // points spent on a sale
        Expire,   // points that reached their expiry date
        Adjust,   // a correction by the owner
        Reverse,  // a refund or void taking back earned points or returning spent ones
        Transfer, // points given by one customer to another
    };

    qint64 id = 0;
    qint64 customerId = 0;
    Kind kind = Kind::Earn;
    qint64 points = 0; // positive adds to the balance, negative takes from it
    QDateTime at;
    qint64 lotId = 0;    // for a negative entry: the earlier positive entry (lot) it draws on; 0: none
    QDateTime expiresAt; // for a positive entry: when what is left of it expires; invalid: never
    qint64 saleId = 0;   // the sale behind it, 0 when none
    QString reason;      // machine word: sale, welcome, birthday, referral, referred, activity, refund, …
    QString note;        // the person's words: the activity, the correction's reason
    qint64 counterpartId = 0; // the other customer of a referral or transfer
    QString recordedBy;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
};

// A positive entry with points still available, oldest expiry first.
struct PointLot
{
    qint64 lotId = 0;
    qint64 remaining = 0;
    QDateTime expiresAt;
};

// The ledger table and its two caches (balances, open lots), written only inside the caller's transaction.
class LedgerStore
{
public:
    explicit LedgerStore(Database& db);

    Result<qint64> append(const LedgerEntry& entry);
    // Cache upkeep, in the same transaction as the entries that cause it.
    Result<void> addToBalance(qint64 customerId, qint64 delta);
    Result<void> openLot(qint64 lotId, qint64 customerId, qint64 points, const QDateTime& expiresAt);
    Result<void> drawFromLot(qint64 lotId, qint64 points);

    qint64 balance(qint64 customerId) const;
    // The newest entry of a customer with this reason and note (e.g. a coupon's credit); 0 when none.
    qint64 lastEntryId(qint64 customerId, const QString& reason, const QString& note) const;
    // Open lots in the order redemptions draw on them: earliest expiry first, lots that never expire last.
    QList<PointLot> openLots(qint64 customerId) const;
    // Open lots whose expiry has come, with their customers, oldest first.
    QList<QPair<qint64, PointLot>> lotsDueBy(const QDateTime& now) const;
    // A customer's entries, oldest first (the statement).
    QList<LedgerEntry> entries(qint64 customerId) const;
    QList<LedgerEntry> entriesForSale(qint64 saleId) const;
    bool hasEntryWithReason(qint64 customerId, const QString& reason, const QString& note = {}) const;
    // Every entry grouped by customer, oldest first in each; stops when visit returns false.
    Result<void> forEachEntry(const std::function<bool(const LedgerEntry&)>& visit) const;
    // The caches as stored, for the integrity check.
    QHash<qint64, qint64> cachedBalances() const;
    QHash<qint64, PointLot> cachedLots() const;
    // Points moved per time bucket, kind and reason (the programme report), in bucket order. Buckets are
    // `bucketMs` long from the epoch, small enough that every one falls in a single local day.
    struct Flow
    {
        qint64 bucketStartMs = 0;
        LedgerEntry::Kind kind = LedgerEntry::Kind::Earn;
        QString reason;
        qint64 points = 0;
    };
    QList<Flow> flows(qint64 bucketMs) const;
    // Points still open, by bucket of their expiry; never-expiring points have bucketStartMs -1.
    QList<QPair<qint64, qint64>> outstandingByExpiry(qint64 bucketMs) const;
    // Sales whose recorded points_redeemed differs from their redeem entries.
    QList<qint64> salesWithWrongRedemption() const;

private:
    Database& m_db;
};
