#pragma once

#include "AccessPolicy.h"
#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "Result.h"

#include <QCoreApplication>

class Clock;
class TillCopy;

// The counter while the server cannot be reached: customers are found in the till's copy, and sales and
// enrolments go to the outbox. What a sale earns is an estimate from the copy (the server's ledger confirms
// it on replay); points can be spent only up to what the copy shows, less what this till spent offline.
class OfflineTill
{
    Q_DECLARE_TR_FUNCTIONS(OfflineTill)

public:
    OfflineTill(TillCopy& copy, const Clock& clock, const AccessPolicy& access);

    // Lookups by phone, card and name, on the copy.
    CustomerDirectory& directory() { return m_directory; }
    // The copy's programme and currency, for the sale dialog's figures (read only: sales go to the outbox).
    LoyaltyLedger& copyLedger() { return m_ledger; }
    LoyaltyProgramme programme() const { return m_ledger.programme(); }
    Money money() const { return m_ledger.money(); }
    // What the copy knows of the customer's points, with this till's offline sales counted in.
    qint64 estimatedBalance(qint64 customerId) const;

    // The estimate the clerk reads out; `request.couponCode` is the typed coupon, checked against the copy.
    Result<SaleQuote> quote(const SaleRequest& request) const;
    // Puts the sale in the outbox; the JSON says `offline: true` with the estimate (`estimated_earned`,
    // `estimated_balance`). A reference already in the outbox answers as before.
    Result<SaleOutcome> recordSale(SaleRequest request);
    // Puts an enrolment in the outbox and the customer in the copy (found at once, with an id of the copy's
    // own below zero); `ref` is the enrolment's reference (made when empty). Returns the copy's id.
    Result<qint64> enrol(const CustomerDraft& draft, const QString& tillId, QString ref = {});

private:
    struct CouponOffer
    {
        QString code;
        qint64 discountMinor = 0;
        QString gives;
    };
    Result<CouponOffer> couponFor(const QString& typedCode, qint64 amountMinor) const;

    TillCopy& m_copy;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    mutable LoyaltyLedger m_ledger; // on the copy: the programme, the currency, coupon checks
    CustomerDirectory m_directory;
};
