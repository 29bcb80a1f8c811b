#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Phone numbers as people type them (any digit script, spaces, brackets, 00 or + prefixes, trunk
// prefixes such as Russian 8 or Iranian 0) turned into E.164, through libphonenumber.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // Replaces Arabic-Indic, Persian and other decimal digits with ASCII digits.
    static QString asciiDigits(QStringView text);
    // True when text holds only digits and what people put between them: spaces, + - ( ) . /
    static bool looksLikePhone(QStringView text);
    // The ASCII digits in text, in order.
    static QString digitsOf(QStringView text);

    // E.164 for a number typed in the shop's region; refused when it is not a valid number there.
    static Result<QString> toE164(QStringView typed, const QString& region);
    // "+7 912 345-67-89": how the number is written internationally; E.164 unchanged if it cannot be parsed.
    static QString formatInternational(const QString& e164);

    static bool isKnownRegion(const QString& region);
    static QStringList knownRegions();
    static QString countryName(const QString& region);
    // An example of a mobile number of the region, written nationally, for placeholders.
    static QString exampleNational(const QString& region);
    // A random valid mobile number of the region, for demo shops.
    static QString randomMobile(const QString& region, quint32 seed);
};
