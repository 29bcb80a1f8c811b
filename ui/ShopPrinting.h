#pragma once

#include "CardBatches.h"
#include "PrintOptionsDialog.h"

#include <QCoreApplication>

#include <memory>

class Clock;
class Database;
class LoyaltyLedger;
struct CustomerRecord;

// The print dialogs of the window's menus and the customer page: batches of new membership and stamp cards,
// a customer's card and consent form, and a sale's receipt slip. Each is a PrintOptionsDialog over the same
// layouts and use-cases the command line prints with.
class ShopPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ShopPrinting)

public:
    static std::unique_ptr<PrintOptionsDialog> newMembershipCards(Database& db, const Clock& clock,
                                                                  QWidget* parent);
    static std::unique_ptr<PrintOptionsDialog> newStampCards(Database& db, const Clock& clock,
                                                             const LoyaltyLedger& ledger, QWidget* parent);
    static std::unique_ptr<PrintOptionsDialog>
    membershipCard(Database& db, const Clock& clock, const CustomerRecord& customer, QWidget* parent);
    static std::unique_ptr<PrintOptionsDialog> consentForm(Database& db, const CustomerRecord& customer,
                                                           QWidget* parent);
    static std::unique_ptr<PrintOptionsDialog> receiptSlip(Database& db, const LoyaltyLedger& ledger,
                                                           const QString& tillId, const QString& saleRef,
                                                           QWidget* parent);
    // The slip straight to Qt's print dialog on the roll last chosen, as the sale dialog's option asks.
    static void printReceiptSlip(Database& db, const LoyaltyLedger& ledger, const QString& tillId,
                                 const QString& saleRef, QWidget* parent);

private:
    using BatchDraw = std::function<Result<CardBatches::Batch>(int count)>;
    using BatchKeep = std::function<Result<void>(const CardBatches::Batch& batch)>;
    // New numbered cards: drawn for every preview, kept once printed.
    static std::unique_ptr<PrintOptionsDialog> cardBatch(const QString& title, const QString& fileName,
                                                         const BatchDraw& draw, const BatchKeep& keep,
                                                         QWidget* parent);
    static void addCardLayouts(PrintOptionsDialog& dialog);
    static void addSlipWidths(PrintOptionsDialog& dialog);
};
