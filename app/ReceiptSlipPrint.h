#pragma once

#include "ReceiptSlipLayout.h"

class Database;
class LoyaltyLedger;

// The slip of a recorded sale (found by till and reference), in the current language: what the sale answered
// when it was recorded, the points expiring next and the shop's name and logo.
Result<ReceiptSlipLayout> receiptSlipFor(Database& db, const LoyaltyLedger& ledger, const QString& tillId,
                                         const QString& saleRef, int widthMm, Qt::LayoutDirection direction);
