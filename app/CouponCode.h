#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Single-use codes for coupons and vouchers: 10 Crockford Base32 characters (50 random bits from the system
// CSPRNG) and one check character from the same alphabet (Luhn mod 32). Input is forgiving: any case, spaces
// and hyphens ignored, I/L read as 1 and O as 0.
class CouponCode
{
    Q_DECLARE_TR_FUNCTIONS(CouponCode)

public:
    static constexpr int PayloadLength = 10;
    static constexpr int Length = PayloadLength + 1;

    // A new random code in canonical form (upper case, no separators, check character last).
    static QString generate();
    // The check character for a canonical 10-character payload.
    static QChar checkCharacter(QStringView payload);
    // The canonical code for typed or scanned text, or why it is not one (WrongLength, BadCharacter,
    // WrongCheck are told apart by message; the kind is Error::Kind::Invalid for all).
    static Result<QString> normalize(QStringView typed);
    // True when the text has the shape of a code (length and alphabet after forgiving), check not verified.
    static bool looksLikeCode(QStringView typed);
    // Easier to read aloud and type: "ABCDE-FGHJK-M".
    static QString display(const QString& canonical);
};
