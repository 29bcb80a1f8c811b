#pragma once

#include "CardSheetLayout.h"
#include "CustomerRecord.h"
#include "Result.h"

#include <QCoreApplication>

class Clock;
class Database;
struct LoyaltyProgramme;

// What goes on printed cards, for the command line and the window alike: the shop's name and logo, the
// customers' own cards, and batches of new numbered cards. A new batch's numbers are drawn first and kept
// (the last blank serial remembered, stamp card serials registered) only once the batch has been printed.
class CardBatches
{
    Q_DECLARE_TR_FUNCTIONS(CardBatches)

public:
    static constexpr int MaxBatch = 10000;

    struct Batch
    {
        CardSheetLayout::Content content;
        qint64 lastSerial = 0; // blank membership cards: the serial to remember once printed
        int capacity = 0;      // stamp cards: boxes a registered card holds
    };

    CardBatches(Database& db, const Clock& clock);

    Result<CardSheetLayout::Content> membershipCards(const QList<CustomerRecord>& customers) const;
    // Blank cards after the last blank batch, skipping numbers a customer already holds.
    Result<Batch> newMembershipCards(int count) const;
    Result<void> keepMembershipCards(const Batch& batch);
    // Stamp cards after the highest serial the shop has.
    Result<Batch> newStampCards(int count, const LoyaltyProgramme& programme) const;
    // Registers the batch's serials as cards not yet given to anybody; in one transaction.
    Result<void> keepStampCards(const Batch& batch);

private:
    CardSheetLayout::Content shopContent(CardSheetLayout::Kind kind) const;

    Database& m_db;
    const Clock& m_clock;
};
