#pragma once

#include "Result.h"
#include "TillCopyStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

class Clock;
class Database;
class TillCopy;

// What one replay did: each item's answer from the server, and whether it had to stop.
struct ReplaySummary
{
    int replayed = 0;     // items that reached the server in this run
    int conflicts = 0;    // conflicts they left for the owner
    qint64 waiting = 0;   // items still in the outbox
    bool stopped = false; // the server went away (or the run was stopped) before the end
    QString stopReason;
    qint64 elapsedMs = 0;
    QList<QJsonObject> results; // one per replayed item: kind, ref, till, customer, told, confirmed, conflicts
};

// Sends the outbox to the server in the order the work was done, each item in its own server transaction
// through the ordinary use-cases (the sale at its original time), then marks it replayed in the copy. An item
// whose server transaction committed but whose mark was lost (the till died in between) is sent again and
// changes nothing: sales by their (till, reference), enrolments by their reference, conflicts once per item
// and kind. What the server's ledger refuses is decided by its rules and recorded as a conflict:
// - coupon_refused: the coupon was used elsewhere meanwhile (or is no longer valid); the sale is recorded
//   with the money off the customer was given, without the coupon;
// - points_short: the points spent offline are no longer all there; the ledger takes what the balance
//   allows and the rest is listed as unrecovered;
// - enrolled_elsewhere: the phone or card was enrolled at another till meanwhile; that customer is used;
// - enrolment_refused, sale_refused: the server refused the item; nothing was written, the item is listed.
class OutboxReplay
{
    Q_DECLARE_TR_FUNCTIONS(OutboxReplay)

public:
    OutboxReplay(Database& server, TillCopy& copy, const Clock& clock);

    // Called after each item's server transaction has committed and before the copy marks it; returning
    // false stops there, as a till that dies at the worst moment would (tests).
    void setAfterServerCommit(std::function<bool(const OutboxItem&)> hook) { m_afterCommit = std::move(hook); }

    Result<ReplaySummary> replay(const std::function<void(int done, int total)>& progress = {});

private:
    struct ItemOutcome
    {
        QJsonObject result;
        QList<QJsonObject> conflicts; // kind, customer, details
    };
    Result<ItemOutcome> replayEnrolment(const OutboxItem& item);
    Result<ItemOutcome> replaySale(const OutboxItem& item);

    Database& m_server;
    TillCopy& m_copy;
    const Clock& m_clock;
    std::function<bool(const OutboxItem&)> m_afterCommit;
};
