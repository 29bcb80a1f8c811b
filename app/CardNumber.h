#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Membership card numbers: EAN-13 with a company-internal GS1 prefix (04x), so they never collide with
// product barcodes. A scanner that reads a leading-zero EAN-13 as UPC-A gives 12 digits; those are padded.
class CardNumber
{
    Q_DECLARE_TR_FUNCTIONS(CardNumber)

public:
    static int checkDigit(QStringView first12Digits);
    // The card number in its stored 13-digit form, or why the typed text is not one.
    static Result<QString> normalize(QStringView typed);
    // The card with the given serial: prefix, serial padded to fill 12 digits, check digit.
    static QString fromSerial(const QString& prefix, qint64 serial);
    // Whether typed text is plausibly a card (12 or 13 digits, separators allowed), before checking the
    // digit.
    static bool looksLikeCard(QStringView typed);
};
